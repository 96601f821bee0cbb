<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <source>ProjectDesk</source>
        <translation>ProjectDesk 项目管理台</translation>
    </message>
</context>
<context>
    <name>pd::ui::MainWindow</name>
    <message>
        <source>ProjectDesk</source>
        <translation>ProjectDesk 项目管理台</translation>
    </message>
    <message>
        <source>No portfolio open</source>
        <translation>未打开项目组合</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>总览</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>财务</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>物资交付</translation>
    </message>
    <message>
        <source>Search code, title, country, officer or partner</source>
        <translation>搜索编号、名称、国家、负责人或合作伙伴</translation>
    </message>
    <message>
        <source>Search name, acronym or IATI identifier</source>
        <translation>搜索名称、简称或 IATI 标识符</translation>
    </message>
    <message>
        <source>The portfolio dashboard is coming: KPIs and charts of the whole portfolio.</source>
        <translation>项目组合总览即将推出：整个项目组合的关键指标和图表。</translation>
    </message>
    <message>
        <source>Budgets, transactions and exchange rates are coming.</source>
        <translation>预算、交易和汇率功能即将推出。</translation>
    </message>
    <message>
        <source>The goods-and-materials supply ledger is coming.</source>
        <translation>物资援助交付台账即将推出。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Portfolio...</source>
        <translation>打开项目组合(&amp;O)...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About ProjectDesk</source>
        <translation>关于 ProjectDesk(&amp;A)</translation>
    </message>
    <message>
        <source>%1 - ProjectDesk</source>
        <translation>%1 - ProjectDesk</translation>
    </message>
    <message>
        <source>Portfolio %1</source>
        <translation>项目组合 %1</translation>
    </message>
    <message>
        <source>%1 of %2 projects</source>
        <translation>共 %2 个项目，显示 %1 个</translation>
    </message>
    <message>
        <source>Open Portfolio</source>
        <translation>打开项目组合</translation>
    </message>
    <message>
        <source>ProjectDesk portfolios (*.db *.projectdesk);;All files (*)</source>
        <translation>ProjectDesk 项目组合 (*.db *.projectdesk);;所有文件 (*)</translation>
    </message>
    <message>
        <source>About ProjectDesk</source>
        <translation>关于 ProjectDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ProjectDesk %1&lt;/h3&gt;&lt;p&gt;Projects, partners, budgets and deliveries of CICETE&apos;s international cooperation, in Chinese and English.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ProjectDesk %1&lt;/h3&gt;&lt;p&gt;中国国际经济技术交流中心国际合作的项目、合作伙伴、预算和物资交付管理，支持中英文。&lt;/p&gt;&lt;p&gt;依据 GNU 通用公共许可证第 3 版或更高版本授权。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>pd::ui::PartnerTableModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>IATI identifier</source>
        <translation>IATI 标识符</translation>
    </message>
    <message>
        <source>SSC Network since</source>
        <translation>加入南南合作网络年份</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
</context>
<context>
    <name>pd::ui::ProjectTableModel</name>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>Business line</source>
        <translation>业务领域</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>计划开始</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>计划结束</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>负责人</translation>
    </message>
</context>
</TS>
