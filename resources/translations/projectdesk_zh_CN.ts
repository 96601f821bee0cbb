<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>项目名称（英文）</translation>
    </message>
    <message>
        <source>Title (Chinese)</source>
        <translation>项目名称（中文）</translation>
    </message>
    <message>
        <source>Business line</source>
        <translation>业务领域</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>资金来源</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
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
        <source>Actual start</source>
        <translation>实际开始</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>实际结束</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>SDG goals</source>
        <translation>可持续发展目标</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Description (English)</source>
        <translation>项目描述（英文）</translation>
    </message>
    <message>
        <source>Description (Chinese)</source>
        <translation>项目描述（中文）</translation>
    </message>
    <message>
        <source>IATI identifier</source>
        <translation>IATI 标识符</translation>
    </message>
</context>
<context>
    <name>DeliveryCommands</name>
    <message>
        <source>delivery %1 was changed by someone else meanwhile</source>
        <translation>交付批次 %1 在此期间已被他人修改</translation>
    </message>
    <message>
        <source>Add delivery %1</source>
        <translation>添加交付批次 %1</translation>
    </message>
    <message>
        <source>Edit delivery %1</source>
        <translation>编辑交付批次 %1</translation>
    </message>
    <message>
        <source>Delete delivery %1</source>
        <translation>删除交付批次 %1</translation>
    </message>
    <message>
        <source>Mark delivery %1 %2</source>
        <translation>将交付批次 %1 标记为“%2”</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>the making of the demo portfolio</source>
        <translation>演示项目组合的生成</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>项目名称（英文）</translation>
    </message>
    <message>
        <source>Title (Chinese)</source>
        <translation>项目名称（中文）</translation>
    </message>
    <message>
        <source>Business line</source>
        <translation>业务领域</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>资金来源</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>IATI status</source>
        <translation>IATI 状态代码</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Country codes</source>
        <translation>国家代码</translation>
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
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>名称（英文）</translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation>名称（中文）</translation>
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
        <source>IATI organisation type</source>
        <translation>IATI 机构类型代码</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>国家代码</translation>
    </message>
    <message>
        <source>IATI identifier</source>
        <translation>IATI 标识符</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>入网年份</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Project title</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Value date</source>
        <translation>起息日</translation>
    </message>
    <message>
        <source>IATI transaction type</source>
        <translation>IATI 交易类型代码</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供方</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>接收方</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参考编号</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目的国</translation>
    </message>
    <message>
        <source>Destination code</source>
        <translation>目的国代码</translation>
    </message>
    <message>
        <source>Consignee</source>
        <translation>收货方</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>发运</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>抵达</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>已交接</translation>
    </message>
    <message>
        <source>Planned dispatch</source>
        <translation>计划发运</translation>
    </message>
    <message>
        <source>Actual dispatch</source>
        <translation>实际发运</translation>
    </message>
    <message>
        <source>Planned arrival</source>
        <translation>计划抵达</translation>
    </message>
    <message>
        <source>Actual arrival</source>
        <translation>实际抵达</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>品项</translation>
    </message>
    <message>
        <source>Tonnes</source>
        <translation>吨</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>货值</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>承运人</translation>
    </message>
    <message>
        <source>B/L or AWB</source>
        <translation>提单或运单号</translation>
    </message>
    <message>
        <source>Unknown column "%1"; the columns are: %2</source>
        <translation>未知列“%1”；可用的列为：%2</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>物资交付</translation>
    </message>
    <message>
        <source>more rows than an Excel sheet holds (%1); export to CSV instead</source>
        <translation>行数超过 Excel 工作表上限（%1）；请改为导出 CSV</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <source>the export was not begun</source>
        <translation>导出尚未开始</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Export to Excel</source>
        <translation>导出为 Excel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, comma-separated (*.csv)</source>
        <translation>CSV，逗号分隔 (*.csv)</translation>
    </message>
    <message>
        <source>CSV, semicolon-separated (*.csv)</source>
        <translation>CSV，分号分隔 (*.csv)</translation>
    </message>
    <message>
        <source>Tab-separated text (*.csv *.tsv *.txt)</source>
        <translation>制表符分隔文本 (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>导出为 CSV</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Exporting %1...</source>
        <translation>正在导出%1...</translation>
    </message>
    <message>
        <source>Export to CSV...</source>
        <translation>导出为 CSV...</translation>
    </message>
    <message>
        <source>Export to Excel...</source>
        <translation>导出为 Excel...</translation>
    </message>
</context>
<context>
    <name>FinanceCommands</name>
    <message>
        <source>the record was changed by someone else meanwhile</source>
        <translation>该记录在此期间已被他人修改</translation>
    </message>
    <message>
        <source>Add budget line %1</source>
        <translation>添加预算行 %1</translation>
    </message>
    <message>
        <source>Edit budget line %1</source>
        <translation>编辑预算行 %1</translation>
    </message>
    <message>
        <source>Remove budget line %1</source>
        <translation>删除预算行 %1</translation>
    </message>
    <message>
        <source>Add transaction %1</source>
        <translation>添加交易 %1</translation>
    </message>
    <message>
        <source>Edit transaction %1</source>
        <translation>编辑交易 %1</translation>
    </message>
    <message>
        <source>Remove transaction %1</source>
        <translation>删除交易 %1</translation>
    </message>
</context>
<context>
    <name>Iati</name>
    <message>
        <source>the file declares entities in a DTD, which are not read</source>
        <translation>文件在 DTD 中声明了实体，不予读取</translation>
    </message>
    <message>
        <source>the file uses an entity, which is not read</source>
        <translation>文件使用了实体，不予读取</translation>
    </message>
    <message>
        <source>elements are nested deeper than %1 levels</source>
        <translation>元素嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>not well-formed XML: %1</source>
        <translation>XML 格式不正确：%1</translation>
    </message>
    <message>
        <source>the file ends before the document does</source>
        <translation>文件在文档结束前就已结束</translation>
    </message>
    <message>
        <source>a text or tag is longer than %1 MiB</source>
        <translation>文本或标记超过 %1 MiB</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>an IATI organisation file, not an activities file: organisations are not imported</source>
        <translation>这是 IATI 机构文件，不是活动文件：不导入机构</translation>
    </message>
    <message>
        <source>not an IATI activities file (the root element is &lt;%1&gt;)</source>
        <translation>不是 IATI 活动文件（根元素为 &lt;%1&gt;）</translation>
    </message>
    <message>
        <source>the file does not say its IATI version</source>
        <translation>文件未注明 IATI 版本</translation>
    </message>
    <message>
        <source>an IATI %1 file: only versions 2.01 to 2.03 are read</source>
        <translation>IATI %1 文件：仅支持 2.01 至 2.03 版本</translation>
    </message>
    <message>
        <source>IATI version %1 is not read (2.01 to 2.03 are)</source>
        <translation>不支持 IATI %1 版本（支持 2.01 至 2.03）</translation>
    </message>
    <message>
        <source>a text is longer than %1 MiB</source>
        <translation>文本超过 %1 MiB</translation>
    </message>
    <message>
        <source>the file ends inside an activity</source>
        <translation>文件在某个活动中途结束</translation>
    </message>
    <message>
        <source>value "%1" is not a decimal number</source>
        <translation>值“%1”不是十进制数</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <source>%1 cannot be replaced</source>
        <translation>无法替换 %1</translation>
    </message>
    <message>
        <source>%1 cannot be renamed to %2</source>
        <translation>无法将 %1 重命名为 %2</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was changed</source>
        <translation>导入已取消；未做任何更改</translation>
    </message>
    <message>
        <source>project %1 has no date; IATI needs at least one (planned start)</source>
        <translation>项目 %1 没有日期；IATI 至少需要一个（计划开始日期）</translation>
    </message>
    <message>
        <source>unknown activity status "%1"</source>
        <translation>未知的活动状态“%1”</translation>
    </message>
    <message>
        <source>"%1" is not a date</source>
        <translation>“%1”不是日期</translation>
    </message>
    <message>
        <source>unknown activity date type "%1"</source>
        <translation>未知的活动日期类型“%1”</translation>
    </message>
    <message>
        <source>percentages sum to %1%, scaled to 100%</source>
        <translation>百分比合计为 %1%，已按比例调整为 100%</translation>
    </message>
    <message>
        <source>%1 has no share left after scaling; not kept</source>
        <translation>%1 按比例调整后占比为零，未保留</translation>
    </message>
    <message>
        <source>unknown country code "%1"</source>
        <translation>未知的国家代码“%1”</translation>
    </message>
    <message>
        <source>country %1 is given twice</source>
        <translation>国家 %1 重复出现</translation>
    </message>
    <message>
        <source>%1: percentage "%2" is not above 0 and at most 100</source>
        <translation>%1：百分比“%2”不在 0（不含）到 100 之间</translation>
    </message>
    <message>
        <source>"%1" is not an SDG goal or target</source>
        <translation>“%1”不是可持续发展目标或具体目标</translation>
    </message>
    <message>
        <source>sector %1 of vocabulary %2: only DAC 5-digit sectors (vocabulary 1) are held</source>
        <translation>词表 %2 的部门 %1：仅保存 DAC 五位部门代码（词表 1）</translation>
    </message>
    <message>
        <source>unknown DAC sector code "%1"</source>
        <translation>未知的 DAC 部门代码“%1”</translation>
    </message>
    <message>
        <source>sector %1 is given twice</source>
        <translation>部门 %1 重复出现</translation>
    </message>
    <message>
        <source>no free project code for %1</source>
        <translation>无法为 %1 分配可用的项目编号</translation>
    </message>
    <message>
        <source>unknown organisation type "%1" of %2</source>
        <translation>%2 的机构类型“%1”未知</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>缺少角色</translation>
    </message>
    <message>
        <source>unknown organisation role "%1"</source>
        <translation>未知的机构角色“%1”</translation>
    </message>
    <message>
        <source>neither an identifier nor a name</source>
        <translation>既无标识符也无名称</translation>
    </message>
    <message>
        <source>empty value</source>
        <translation>值为空</translation>
    </message>
    <message>
        <source>value %1 has no currency and the activity no default-currency</source>
        <translation>金额 %1 没有货币，活动也没有默认货币</translation>
    </message>
    <message>
        <source>unknown currency "%1"</source>
        <translation>未知货币“%1”</translation>
    </message>
    <message>
        <source>%1 rounded to %2 %3</source>
        <translation>%1 四舍五入为 %2 %3</translation>
    </message>
    <message>
        <source>unknown budget type "%1"</source>
        <translation>未知的预算类型“%1”</translation>
    </message>
    <message>
        <source>unknown budget status "%1"</source>
        <translation>未知的预算状态“%1”</translation>
    </message>
    <message>
        <source>no period start or end</source>
        <translation>缺少期间开始或结束日期</translation>
    </message>
    <message>
        <source>no transaction type</source>
        <translation>缺少交易类型</translation>
    </message>
    <message>
        <source>unknown transaction type "%1"</source>
        <translation>未知的交易类型“%1”</translation>
    </message>
    <message>
        <source>no transaction date</source>
        <translation>缺少交易日期</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>缺少金额</translation>
    </message>
    <message>
        <source>no iati-identifier</source>
        <translation>缺少 iati-identifier</translation>
    </message>
    <message>
        <source>an import of %1</source>
        <translation>%1 的导入</translation>
    </message>
    <message>
        <source>"%1" (IATI 1.x or a name) read as code %2</source>
        <translation>“%1”（IATI 1.x 代码或名称）读作代码 %2</translation>
    </message>
    <message>
        <source>transaction type %1 given as the element's text, not its code</source>
        <translation>交易类型 %1 写在元素文本中，而不是 code 属性中</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>the import was cancelled; nothing was changed</source>
        <translation>导入已取消；未做任何更改</translation>
    </message>
    <message>
        <source>the column mapped to %1 is not in the file</source>
        <translation>映射到 %1 的列不在文件中</translation>
    </message>
    <message>
        <source>no column is mapped to the required field %1 (%2)</source>
        <translation>必填字段 %1（%2）未映射到列</translation>
    </message>
    <message>
        <source>no column is mapped to any of %1; one is required</source>
        <translation>%1 均未映射到列；至少需要一个</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>Project code</source>
        <translation>项目编号</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>项目名称（英文）</translation>
    </message>
    <message>
        <source>Title (Chinese)</source>
        <translation>项目名称（中文）</translation>
    </message>
    <message>
        <source>Business line</source>
        <translation>业务领域</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>资金来源</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
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
        <source>Actual start</source>
        <translation>实际开始</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>实际结束</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>可持续发展目标</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Description (English)</source>
        <translation>说明（英文）</translation>
    </message>
    <message>
        <source>Description (Chinese)</source>
        <translation>说明（中文）</translation>
    </message>
    <message>
        <source>IATI identifier</source>
        <translation>IATI 标识符</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>名称（英文）</translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation>名称（中文）</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Organisation type</source>
        <translation>机构类型</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Network member since</source>
        <translation>入网年份</translation>
    </message>
    <message>
        <source>Transaction type</source>
        <translation>交易类型</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Value date</source>
        <translation>起息日</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供方</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>接收方</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参考编号</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>期间开始</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>期间结束</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Budget type</source>
        <translation>预算类型</translation>
    </message>
    <message>
        <source>Budget status</source>
        <translation>预算状态</translation>
    </message>
    <message>
        <source>Delivery code</source>
        <translation>交付批次编号</translation>
    </message>
    <message>
        <source>Destination country</source>
        <translation>目的国</translation>
    </message>
    <message>
        <source>Consignee</source>
        <translation>收货方</translation>
    </message>
    <message>
        <source>Planned dispatch</source>
        <translation>计划发运</translation>
    </message>
    <message>
        <source>Planned arrival</source>
        <translation>计划抵达</translation>
    </message>
    <message>
        <source>Origin port</source>
        <translation>起运港</translation>
    </message>
    <message>
        <source>Destination port</source>
        <translation>目的港</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>承运人</translation>
    </message>
    <message>
        <source>Transport document</source>
        <translation>运输单据</translation>
    </message>
    <message>
        <source>Incoterm</source>
        <translation>贸易术语</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Unit value</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Gross weight (kg)</source>
        <translation>毛重（公斤）</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
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
        <source>Transactions</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>Budget lines</source>
        <translation>预算行</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>物资交付</translation>
    </message>
    <message>
        <source>Delivery items</source>
        <translation>交付物资明细</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>not a column mapping: %1</source>
        <translation>不是列映射：%1</translation>
    </message>
    <message>
        <source>the JSON is not an object</source>
        <translation>JSON 不是对象</translation>
    </message>
    <message>
        <source>unknown entity "%1"</source>
        <translation>未知的数据类型“%1”</translation>
    </message>
    <message>
        <source>"columns" is not an object of field keys and headers</source>
        <translation>“columns”不是由字段键和列标题组成的对象</translation>
    </message>
    <message>
        <source>%1 has no field "%2"</source>
        <translation>%1 没有字段“%2”</translation>
    </message>
    <message>
        <source>the separator "%1" is not a comma, semicolon or tab</source>
        <translation>分隔符“%1”不是逗号、分号或制表符</translation>
    </message>
    <message>
        <source>unknown encoding "%1" (UTF-8, UTF-16LE, UTF-16BE or GB18030)</source>
        <translation>未知编码“%1”（可用 UTF-8、UTF-16LE、UTF-16BE 或 GB18030）</translation>
    </message>
    <message>
        <source>the file could not be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>the quoted field of the record on line %1 is not closed</source>
        <translation>第 %1 行记录的引号字段未闭合</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>必须填写</translation>
    </message>
    <message>
        <source>unknown project code</source>
        <translation>未知的项目编号</translation>
    </message>
    <message>
        <source>duplicate code %1: already on line %2</source>
        <translation>编号 %1 重复：第 %2 行已有</translation>
    </message>
    <message>
        <source>unknown country "%1"</source>
        <translation>未知国家“%1”</translation>
    </message>
    <message>
        <source>no partner has this name, acronym or IATI identifier</source>
        <translation>没有合作伙伴使用此名称、简称或 IATI 标识符</translation>
    </message>
    <message>
        <source>deliveries are imported as planned; advance them after the import</source>
        <translation>交付批次按“计划”状态导入；请在导入后推进其状态</translation>
    </message>
    <message>
        <source>unknown currency</source>
        <translation>未知货币</translation>
    </message>
    <message>
        <source>unknown delivery code</source>
        <translation>未知的交付批次编号</translation>
    </message>
    <message>
        <source>unknown category</source>
        <translation>未知类别</translation>
    </message>
    <message>
        <source>not an amount: %1</source>
        <translation>不是金额：%1</translation>
    </message>
    <message>
        <source>not a number (at most three decimals)</source>
        <translation>不是数字（最多三位小数）</translation>
    </message>
    <message>
        <source>not an IATI organisation type</source>
        <translation>不是 IATI 机构类型</translation>
    </message>
    <message>
        <source>not a year</source>
        <translation>不是年份</translation>
    </message>
    <message>
        <source>duplicate: %1 is already on line %2</source>
        <translation>重复：第 %2 行已有 %1</translation>
    </message>
    <message>
        <source>"%1" is not CODE or CODE:PERCENT</source>
        <translation>“%1”不是“代码”或“代码:百分比”格式</translation>
    </message>
    <message>
        <source>give a percentage for every entry or for none</source>
        <translation>请为每一项都给出百分比，或全部不给</translation>
    </message>
    <message>
        <source>"%1" is not an SDG number (1-17)</source>
        <translation>“%1”不是可持续发展目标编号（1-17）</translation>
    </message>
    <message>
        <source>not a rate: %1</source>
        <translation>不是汇率：%1</translation>
    </message>
    <message>
        <source>duplicate: the %1 rate of this day is already on line %2</source>
        <translation>重复：当日 %1 汇率已在第 %2 行</translation>
    </message>
    <message>
        <source>not an IATI transaction type (1-13 or its name)</source>
        <translation>不是 IATI 交易类型（1-13 或其名称）</translation>
    </message>
    <message>
        <source>not a date (YYYY-MM-DD)</source>
        <translation>不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>unknown %1</source>
        <translation>未知的%1</translation>
    </message>
    <message>
        <source>line %1 is not valid %2; save the file again in one encoding (UTF-8 is best) or choose the encoding it is in</source>
        <translation>第 %1 行不是有效的 %2；请将文件重新保存为单一编码（最好是 UTF-8），或选择文件实际使用的编码</translation>
    </message>
    <message>
        <source>line %1 is UTF-8 and line %2 is not: the file mixes encodings; save it again in one encoding (UTF-8 is best)</source>
        <translation>第 %1 行是 UTF-8，第 %2 行却不是：文件混用了多种编码；请将其重新保存为单一编码（最好是 UTF-8）</translation>
    </message>
    <message>
        <source>line %1 has more than %2 columns; ProjectDesk reads at most %2</source>
        <translation>第 %1 行超过 %2 列；ProjectDesk 最多读取 %2 列</translation>
    </message>
    <message>
        <source>line %1 has a cell of more than %2 characters (about %3 MB); ProjectDesk reads at most %2 in a cell</source>
        <translation>第 %1 行有单元格超过 %2 个字符（约 %3 MB）；ProjectDesk 每个单元格最多读取 %2 个字符</translation>
    </message>
    <message>
        <source>line %1 has more than %2 characters (about %3 MB); ProjectDesk reads at most %2 in one record</source>
        <translation>第 %1 行超过 %2 个字符（约 %3 MB）；ProjectDesk 每条记录最多读取 %2 个字符</translation>
    </message>
    <message>
        <source>an import of %1</source>
        <translation>%1 的导入</translation>
    </message>
    <message>
        <source>"%1" is neither a header nor an object</source>
        <translation>“%1”既不是列标题，也不是对象</translation>
    </message>
    <message>
        <source>"%1" has an unknown key "%2" (value, column, values, format, sum)</source>
        <translation>“%1”含有未知的键“%2”（可用 value、column、values、format、sum）</translation>
    </message>
    <message>
        <source>"%1": a "value" stands alone</source>
        <translation>“%1”：“value”只能单独使用</translation>
    </message>
    <message>
        <source>"%1": the value is not a string or a number</source>
        <translation>“%1”：该值不是字符串或数字</translation>
    </message>
    <message>
        <source>"%1" has neither "value" nor "column"</source>
        <translation>“%1”既没有“value”，也没有“column”</translation>
    </message>
    <message>
        <source>"%1": "values" is not an object of source values and values</source>
        <translation>“%1”：“values”不是由源值和对应值组成的对象</translation>
    </message>
    <message>
        <source>"%1": the value for "%2" is not a string</source>
        <translation>“%1”：“%2”对应的值不是字符串</translation>
    </message>
    <message>
        <source>"%1": the format is not a string</source>
        <translation>“%1”：格式不是字符串</translation>
    </message>
    <message>
        <source>"%1": "sum" is true or false</source>
        <translation>“%1”：“sum”只能为 true 或 false</translation>
    </message>
    <message>
        <source>unknown key "%1" (%2)</source>
        <translation>未知的键“%1”（可用：%2）</translation>
    </message>
    <message>
        <source>"group_by" is not a list of headers</source>
        <translation>“group_by”不是列标题的列表</translation>
    </message>
    <message>
        <source>"on_invalid" is "stop" or "skip", not "%1"</source>
        <translation>“on_invalid”只能为“stop”或“skip”，不能为“%1”</translation>
    </message>
    <message>
        <source>"sheet" is a sheet's name or its number from 1</source>
        <translation>“sheet”应为工作表名称或从 1 开始的序号</translation>
    </message>
    <message>
        <source>"header_row" is a line number from 1</source>
        <translation>“header_row”应为从 1 开始的行号</translation>
    </message>
    <message>
        <source>the date format "%1" has no year (yyyy); use it or excel-serial</source>
        <translation>日期格式“%1”中没有年份（yyyy）；请加上年份或使用 excel-serial</translation>
    </message>
    <message>
        <source>not an Excel date number (%1)</source>
        <translation>不是 Excel 日期序号（%1）</translation>
    </message>
    <message>
        <source>not a date in the form %1</source>
        <translation>不是 %1 格式的日期</translation>
    </message>
    <message>
        <source>DAC categories read as their first purpose code: %1</source>
        <translation>DAC 类别按其第一个目的代码读取：%1</translation>
    </message>
    <message>
        <source>the column to group rows by is not in the file</source>
        <translation>文件中没有用于分组的列</translation>
    </message>
    <message>
        <source>cannot be added to the group's %1: not a number</source>
        <translation>不能累加到该组的 %1：不是数字</translation>
    </message>
    <message>
        <source>the rejected rows cannot be written to %1: %2</source>
        <translation>无法将被拒的行写入 %1：%2</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>the part %1 is larger than %2 uncompressed, more than this import reads</source>
        <translation>部件 %1 解压后大于 %2，超出本导入可读取的大小</translation>
    </message>
    <message>
        <source>the part %1 inflates to more than %2 times its compressed size, as zip bombs do; it is not read</source>
        <translation>部件 %1 解压后超过其压缩大小的 %2 倍（压缩炸弹的特征），不予读取</translation>
    </message>
    <message>
        <source>it has no part %1</source>
        <translation>其中没有部件 %1</translation>
    </message>
    <message>
        <source>the part %1 is encrypted</source>
        <translation>部件 %1 已加密</translation>
    </message>
    <message>
        <source>the part %1 cannot be read: %2</source>
        <translation>无法读取部件 %1：%2</translation>
    </message>
    <message>
        <source>the part %1 cannot be inflated: %2</source>
        <translation>无法解压部件 %1：%2</translation>
    </message>
    <message>
        <source>the part %1 has a document type declaration (DTD), which workbooks do not have; it is not read</source>
        <translation>部件 %1 含有文档类型声明（DTD），工作簿不应有此内容，不予读取</translation>
    </message>
    <message>
        <source>the part %1 is not well-formed XML (line %2, column %3): %4</source>
        <translation>部件 %1 不是格式正确的 XML（第 %2 行第 %3 列）：%4</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx): %2</source>
        <translation>%1 不是 Excel 工作簿（.xlsx）：%2</translation>
    </message>
    <message>
        <source>%1 is protected with a password or is an Excel 97-2003 workbook (.xls); open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx) without a password, then import that file.</source>
        <translation>%1 设有密码，或是 Excel 97-2003 工作簿（.xls）；请在 Excel 或 LibreOffice 中打开，另存为不带密码的 Excel 工作簿（.xlsx），然后导入该文件。</translation>
    </message>
    <message>
        <source>it is not a zip archive, as .xlsx files are; save it as .xlsx and import that file</source>
        <translation>它不是 .xlsx 文件应有的 zip 压缩包；请另存为 .xlsx 后导入</translation>
    </message>
    <message>
        <source>it is a binary Excel workbook (.xlsb); save it as .xlsx and import that file</source>
        <translation>它是二进制 Excel 工作簿（.xlsb）；请另存为 .xlsx 后导入</translation>
    </message>
    <message>
        <source>it is an OpenDocument spreadsheet (.ods); save it as .xlsx and import that file</source>
        <translation>它是 OpenDocument 电子表格（.ods）；请另存为 .xlsx 后导入</translation>
    </message>
    <message>
        <source>it has no part xl/workbook.xml</source>
        <translation>其中没有部件 xl/workbook.xml</translation>
    </message>
    <message>
        <source>%1 has no sheet “%2”; its sheets are %3</source>
        <translation>%1 中没有工作表“%2”；其工作表为 %3</translation>
    </message>
    <message>
        <source>its sheet “%1” has no part</source>
        <translation>其工作表“%1”没有对应的部件</translation>
    </message>
    <message>
        <source>sheet “%1”, row %2: %3</source>
        <translation>工作表“%1”第 %2 行：%3</translation>
    </message>
    <message>
        <source>the row number “%1” is not valid</source>
        <translation>行号“%1”无效</translation>
    </message>
    <message>
        <source>the cell reference “%1” is not valid (columns go from A to XFD)</source>
        <translation>单元格引用“%1”无效（列的范围为 A 到 XFD）</translation>
    </message>
    <message>
        <source>the row has more than %1 columns</source>
        <translation>该行超过 %1 列</translation>
    </message>
    <message>
        <source>cell %1%2 holds more than %3 characters</source>
        <translation>单元格 %1%2 超过 %3 个字符</translation>
    </message>
    <message>
        <source>cell %1%2 refers to shared string %3, which the workbook does not have</source>
        <translation>单元格 %1%2 引用了共享字符串 %3，而工作簿中没有该字符串</translation>
    </message>
    <message>
        <source>it has more than %1 sheets</source>
        <translation>其工作表超过 %1 个</translation>
    </message>
    <message>
        <source>it has no sheets</source>
        <translation>其中没有工作表</translation>
    </message>
    <message>
        <source>it has more than %1 shared strings</source>
        <translation>其共享字符串超过 %1 个</translation>
    </message>
    <message>
        <source>its shared strings hold more than %1 characters</source>
        <translation>其共享字符串超过 %1 个字符</translation>
    </message>
    <message>
        <source>delivery</source>
        <translation>交付批次</translation>
    </message>
    <message>
        <source>transaction</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>budget line</source>
        <translation>预算行</translation>
    </message>
    <message>
        <source>project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>%1; nothing was undone</source>
        <translation>%1；未撤销任何内容</translation>
    </message>
    <message>
        <source>there is no import %1</source>
        <translation>没有编号为 %1 的导入</translation>
    </message>
    <message>
        <source>%1 %2 was deleted after the import</source>
        <translation>%1 %2 在导入后被删除</translation>
    </message>
    <message>
        <source>%1 %2 was changed after the import (revision %3)</source>
        <translation>%1 %2 在导入后被修改（修订版 %3）</translation>
    </message>
    <message>
        <source>the %1 rate of %2 was changed after the import</source>
        <translation>%2 的 %1 汇率在导入后被修改</translation>
    </message>
    <message>
        <source>transactions</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>budget lines</source>
        <translation>预算行</translation>
    </message>
    <message>
        <source>deliveries</source>
        <translation>交付批次</translation>
    </message>
    <message>
        <source>projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>%1 %2 has %3 added after the import</source>
        <translation>%1 %2 在导入后新增了%3</translation>
    </message>
    <message>
        <source>import %1 (%2) was undone already on %3; nothing was done</source>
        <translation>导入 %1（%2）已于 %3 撤销；未作任何操作</translation>
    </message>
</context>
<context>
    <name>LockWait</name>
    <message>
        <source>Waiting for the Portfolio</source>
        <translation>正在等待项目组合</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Your change waits for %1 to finish writing to the portfolio.
It is made as soon as that is done; Cancel leaves everything as it was.</source>
        <translation>您的更改正在等待 %1 完成对项目组合的写入。
写入一结束即会保存；点击“取消”则一切保持原样。</translation>
    </message>
</context>
<context>
    <name>LongOperation</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>正在取消...</translation>
    </message>
    <message>
        <source>Waiting for %1 to finish writing to the portfolio...</source>
        <translation>正在等待 %1 完成对项目组合的写入...</translation>
    </message>
</context>
<context>
    <name>PackingList</name>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>the header names no quantity column</source>
        <translation>表头中没有“数量”列</translation>
    </message>
    <message>
        <source>a description in English or Chinese is required</source>
        <translation>必须填写英文或中文品名</translation>
    </message>
    <message>
        <source>unknown category "%1"</source>
        <translation>未知类别“%1”</translation>
    </message>
    <message>
        <source>"%1" is not a quantity above 0 with at most 3 decimals</source>
        <translation>“%1”不是大于 0 且最多 3 位小数的数量</translation>
    </message>
    <message>
        <source>a unit is required</source>
        <translation>必须填写单位</translation>
    </message>
    <message>
        <source>"%1" is not an amount in %2</source>
        <translation>“%1”不是以 %2 计的金额</translation>
    </message>
    <message>
        <source>"%1" is not a weight in kilograms with at most 3 decimals</source>
        <translation>“%1”不是最多 3 位小数的公斤重量</translation>
    </message>
    <message>
        <source>pasted packing list</source>
        <translation>粘贴的装箱单</translation>
    </message>
    <message>
        <source>there are no rows to paste</source>
        <translation>没有可粘贴的行</translation>
    </message>
</context>
<context>
    <name>ProjectCommands</name>
    <message>
        <source>%1 was changed by someone else meanwhile</source>
        <translation>项目 %1 在此期间已被他人修改</translation>
    </message>
    <message>
        <source>Create project %1</source>
        <translation>创建项目 %1</translation>
    </message>
    <message>
        <source>Edit project %1</source>
        <translation>编辑项目 %1</translation>
    </message>
    <message>
        <source>Delete project %1</source>
        <translation>删除项目 %1</translation>
    </message>
    <message>
        <source>Add partner %1</source>
        <translation>添加合作伙伴 %1</translation>
    </message>
    <message>
        <source>Remove partner %1</source>
        <translation>移除合作伙伴 %1</translation>
    </message>
</context>
<context>
    <name>RateTable</name>
    <message>
        <source>%1, line %2, %3: %4</source>
        <translation>%1，第 %2 行，%3：%4</translation>
    </message>
    <message>
        <source>want currency, date, rate</source>
        <translation>应为“货币, 日期, 汇率”</translation>
    </message>
    <message>
        <source>want date, rate</source>
        <translation>应为“日期, 汇率”</translation>
    </message>
    <message>
        <source>"%1" is not a date (YYYY-MM-DD)</source>
        <translation>“%1”不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>unknown currency "%1"</source>
        <translation>未知货币“%1”</translation>
    </message>
</context>
<context>
    <name>ReadOnlyView</name>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1（只读）</translation>
    </message>
</context>
<context>
    <name>Salvage</name>
    <message>
        <source>%1 is too damaged to recover: none of its rows can be read</source>
        <translation>%1 损坏过重，无法恢复：其中没有任何一行可以读取</translation>
    </message>
    <message>
        <source>Recovery cancelled; no file was written.</source>
        <translation>恢复已取消；未写入任何文件。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) belonged to projects that could not be recovered</source>
        <translation>
            <numerusform>%n 行所属的项目无法恢复</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) named partners that could not be recovered</source>
        <translation>
            <numerusform>%n 行引用的合作伙伴无法恢复</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) belonged to deliveries that could not be recovered</source>
        <translation>
            <numerusform>%n 行所属的交付批次无法恢复</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) broke a rule of the portfolio (%1)</source>
        <translation>
            <numerusform>%n 行违反了项目组合的规则（%1）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to the end</source>
        <translation>%1 至末尾</translation>
    </message>
    <message>
        <source>%1: lost entirely, the table could not be read</source>
        <translation>%1：整表丢失，该表无法读取</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) recovered</source>
        <translation>
            <numerusform>%1：已恢复 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>rows with rowids %1 could not be read</source>
        <translation>rowid 为 %1 的行无法读取</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) kept without their link to a partner that could not be read</source>
        <translation>
            <numerusform>%n 行已保留，但其关联的合作伙伴无法读取，关联已清除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n row(s) were recovered into %1; nothing was lost.</source>
        <translation>
            <numerusform>全部 %n 行均已恢复到 %1，没有任何丢失。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is too damaged to recover: its table of contents cannot be read</source>
        <translation>%1 损坏过重，无法恢复：其目录无法读取</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 不存在</translation>
    </message>
    <message>
        <source>%1 is not a ProjectDesk portfolio</source>
        <translation>%1 不是 ProjectDesk 项目组合</translation>
    </message>
    <message>
        <source>%1 was written by a newer ProjectDesk (schema version %2; this version reads up to %3). Recover it with that version.</source>
        <translation>%1 由较新版本的 ProjectDesk 写入（数据库结构版本 %2；本版本最多可读取 %3）。请用该版本进行恢复。</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file for the recovered portfolio</source>
        <translation>%1 已存在；请为恢复出的项目组合另选一个新文件</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were recovered into %1. Lost: whole tables, %2; ranges of unreadable rows elsewhere, %3; rows refused by the new portfolio, %4. Check the recovered portfolio against your records before you use it.</source>
        <translation>
            <numerusform>已将 %n 行恢复到 %1。丢失：整张表 %2 个；其他位置无法读取的行段 %3 处；新项目组合拒收的行 %4 行。使用恢复后的项目组合前，请与您的记录核对。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceCommand</name>
    <message>
        <source>Could not redo "%1": %2</source>
        <translation>无法重做“%1”：%2</translation>
    </message>
    <message>
        <source>Could not undo "%1": %2</source>
        <translation>无法撤销“%1”：%2</translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message>
        <source>IATI identifier %1 already belongs to another partner</source>
        <translation>IATI 标识符 %1 已被其他合作伙伴使用</translation>
    </message>
    <message>
        <source>%1 was changed by someone else (revision %2, you edited revision %3)</source>
        <translation>%1 已被他人修改（当前版本 %2，您编辑的是版本 %3）</translation>
    </message>
    <message>
        <source>%1 was changed by someone else</source>
        <translation>%1 已被他人修改</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 不存在</translation>
    </message>
    <message>
        <source>code %1 is already used by another project</source>
        <translation>编号 %1 已被其他项目使用</translation>
    </message>
    <message>
        <source>%1 was deleted by someone else</source>
        <translation>%1 已被他人删除</translation>
    </message>
    <message>
        <source>partner %1</source>
        <translation>合作伙伴 %1</translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>项目 %1</translation>
    </message>
    <message>
        <source>%1 was changed or removed by someone else</source>
        <translation>%1 已被他人修改或删除</translation>
    </message>
    <message>
        <source>budget line #%1</source>
        <translation>预算行 #%1</translation>
    </message>
    <message>
        <source>transaction #%1</source>
        <translation>交易 #%1</translation>
    </message>
    <message>
        <source>project #%1 does not exist</source>
        <translation>项目 #%1 不存在</translation>
    </message>
    <message>
        <source>the partner role was changed by someone else</source>
        <translation>该合作伙伴角色已被他人修改</translation>
    </message>
    <message>
        <source>delivery %1</source>
        <translation>交付批次 %1</translation>
    </message>
    <message>
        <source>delivery %1 does not exist</source>
        <translation>交付批次 %1 不存在</translation>
    </message>
    <message>
        <source>partner #%1 does not exist</source>
        <translation>合作伙伴 #%1 不存在</translation>
    </message>
    <message>
        <source>code %1 is already used by another delivery</source>
        <translation>编号 %1 已被其他交付批次使用</translation>
    </message>
    <message>
        <source>the status changes one step at a time through the workflow, not by editing</source>
        <translation>状态只能按流程逐步变更，不能直接编辑</translation>
    </message>
    <message>
        <source>the step needs the date it happened</source>
        <translation>该步骤须填写发生日期</translation>
    </message>
    <message>
        <source>%1 is in the future: a step is recorded once it has happened</source>
        <translation>%1 是将来的日期：步骤须在发生后才能记录</translation>
    </message>
    <message>
        <source>%1 comes before the previous step (%2 on %3)</source>
        <translation>%1 早于上一步骤（%3 %2）</translation>
    </message>
    <message>
        <source>%1 comes before %2, already recorded for this delivery</source>
        <translation>%1 早于该批次已记录的日期 %2</translation>
    </message>
    <message>
        <source>%1: its latest step is not the one being undone</source>
        <translation>%1：最近一步并非要撤销的步骤</translation>
    </message>
    <message>
        <source>A partner cannot be merged into itself.</source>
        <translation>合作伙伴不能与自身合并。</translation>
    </message>
    <message>
        <source>The key is lower-case letters, digits and hyphens, at most 40, such as "cyclone-freddy-2023".</source>
        <translation>标识由小写字母、数字和连字符组成，最多 40 个字符，例如“cyclone-freddy-2023”。</translation>
    </message>
    <message>
        <source>The emergency needs an English name.</source>
        <translation>紧急事件需要英文名称。</translation>
    </message>
    <message>
        <source>A GLIDE number reads like EQ-2015-000048-NPL: hazard, year, six digits, country.</source>
        <translation>GLIDE 编号形如 EQ-2015-000048-NPL：灾害类型、年份、六位数字、国家。</translation>
    </message>
    <message>
        <source>There is already an emergency %1 (%2).</source>
        <translation>已有紧急事件 %1（%2）。</translation>
    </message>
    <message>
        <source>emergency %1</source>
        <translation>紧急事件 %1</translation>
    </message>
    <message>
        <source>%1 is no emergency of the list: add it first (projectdesk-cli emergencies add).</source>
        <translation>%1 不在紧急事件列表中：请先添加（projectdesk-cli emergencies add）。</translation>
    </message>
    <message numerus="yes">
        <source>%1 plays a role in %n project(s); remove those roles first</source>
        <translation>
            <numerusform>%1 在 %n 个项目中担任角色；请先移除这些角色</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>Nothing was changed. %1</source>
        <translation>未做任何更改。%1</translation>
    </message>
    <message>
        <source>%1 is busy: %2 is writing to it. Nothing was changed; try again when it has finished.</source>
        <translation>%1 正忙：%2 正在写入。未做任何更改；请待其完成后重试。</translation>
    </message>
    <message>
        <source>%1 in this program</source>
        <translation>本程序中的%1</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>another program (the portfolio is open in ProjectDesk: %1)</source>
        <translation>另一个程序（该项目组合已在 ProjectDesk 中打开：%1）</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>另一个程序</translation>
    </message>
    <message>
        <source>writing</source>
        <translation>写入</translation>
    </message>
    <message>
        <source>Nothing was changed: %1 is on a network share, where one program at a time may write, and %2 has it open for writing. To work on one portfolio together, use a team server.</source>
        <translation>未做任何更改：%1 位于网络共享上，那里同一时间只能有一个程序写入，而 %2 已将其打开用于写入。如需多人共用一个项目组合，请使用团队服务器。</translation>
    </message>
    <message>
        <source>The change was cancelled while it waited for %1; nothing was changed.</source>
        <translation>在等待 %1 时更改已被取消；未做任何更改。</translation>
    </message>
    <message>
        <source>%1 already exists; a backup is written to a new file.</source>
        <translation>%1 已存在；备份须写入新文件。</translation>
    </message>
    <message>
        <source>the file is damaged: %1</source>
        <translation>文件已损坏：%1</translation>
    </message>
    <message>
        <source>schema version %1, expected %2</source>
        <translation>数据库结构版本为 %1，应为 %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: you may not have permission to open it.</source>
        <translation>无法读取 %1：您可能没有打开它的权限。</translation>
    </message>
    <message>
        <source>%1 is not a ProjectDesk portfolio (it is not an SQLite database file).</source>
        <translation>%1 不是 ProjectDesk 项目组合（它不是 SQLite 数据库文件）。</translation>
    </message>
    <message>
        <source>%1 is open for editing in another ProjectDesk window (%2), so this one shows it read-only.</source>
        <translation>%1 已在另一个 ProjectDesk 窗口中打开编辑（%2），因此本窗口以只读方式显示。</translation>
    </message>
    <message>
        <source>%1 is open read-only, as you asked.</source>
        <translation>已按您的要求以只读方式打开 %1。</translation>
    </message>
    <message>
        <source>You may not write to %1, so it is open read-only.</source>
        <translation>您没有写入 %1 的权限，因此以只读方式打开。</translation>
    </message>
    <message>
        <source>The folder holding %1 cannot be written, so it is open read-only.</source>
        <translation>%1 所在的文件夹不可写，因此以只读方式打开。</translation>
    </message>
    <message>
        <source>%1 is damaged, so it is open read-only and never written to. Use File &gt; Recover to salvage it.</source>
        <translation>%1 已损坏，因此以只读方式打开，绝不会写入。请使用“文件 &gt; 恢复”抢救其中的数据。</translation>
    </message>
    <message>
        <source>%1 is on a network share, where one program at a time may write, and another has it open for writing.</source>
        <translation>%1 位于网络共享上，那里同一时间只能有一个程序写入，而另一个程序已将其打开用于写入。</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application, not a ProjectDesk portfolio.</source>
        <translation>%1 是其他应用程序的 SQLite 数据库，不是 ProjectDesk 项目组合。</translation>
    </message>
    <message>
        <source>%1 is damaged: its schema version (%2) is not one ProjectDesk ever wrote. It was left as it is.</source>
        <translation>%1 已损坏：其数据库结构版本（%2）不是 ProjectDesk 写入过的版本。文件保持原样。</translation>
    </message>
    <message>
        <source>%1 is damaged: it holds tables but no schema version. It was left as it is; projectdesk-cli recover can salvage it.</source>
        <translation>%1 已损坏：其中有数据表却没有数据库结构版本。文件保持原样；可用 projectdesk-cli recover 抢救其中的数据。</translation>
    </message>
    <message>
        <source>%1 was written by a newer ProjectDesk (schema version %2; this version reads up to %3). Update ProjectDesk to open it.</source>
        <translation>%1 由较新版本的 ProjectDesk 写入（数据库结构版本 %2；本版本最多可读取 %3）。请升级 ProjectDesk 后再打开。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a portfolio file.</source>
        <translation>%1 是文件夹，不是项目组合文件。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 is empty: it is not a ProjectDesk portfolio. It was left as it is.</source>
        <translation>%1 是空文件：它不是 ProjectDesk 项目组合。文件保持原样。</translation>
    </message>
    <message>
        <source>%1 cannot be created: its folder cannot be written.</source>
        <translation>无法创建 %1：其所在文件夹不可写。</translation>
    </message>
    <message>
        <source>editing</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>%1 was made by an older ProjectDesk and must be upgraded before it can be opened, but it cannot be written (%2) Copy it to a folder you can write and open the copy.</source>
        <translation>%1 由较旧版本的 ProjectDesk 创建，须先升级才能打开，但它不可写入（%2）。请将其复制到可写的文件夹，然后打开副本。</translation>
    </message>
    <message>
        <source>%1 is the portfolio that is open; choose another file.</source>
        <translation>%1 是当前打开的项目组合，请选择其他文件。</translation>
    </message>
    <message>
        <source>ProjectDesk cannot write beside %1 (%2).</source>
        <translation>ProjectDesk 无法在 %1 所在位置写入文件（%2）。</translation>
    </message>
    <message>
        <source>%1 on %2 (%3, process %4), since %5</source>
        <translation>%2 上的 %1（%3，进程 %4），自 %5 起</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>某人</translation>
    </message>
    <message>
        <source>%1 is open in another ProjectDesk window: %2.</source>
        <translation>%1 已在另一个 ProjectDesk 窗口中打开：%2。</translation>
    </message>
    <message>
        <source>%1 was just opened in another ProjectDesk window.</source>
        <translation>%1 刚刚在另一个 ProjectDesk 窗口中打开。</translation>
    </message>
    <message>
        <source>%1 was not upgraded, since no copy of it could be kept first: %2</source>
        <translation>%1 未升级，因为无法先保留一份副本：%2</translation>
    </message>
    <message>
        <source>an upgrade of the portfolio</source>
        <translation>项目组合升级</translation>
    </message>
    <message>
        <source>The portfolio could not be upgraded to schema version %1 and was left as it was: %2</source>
        <translation>项目组合无法升级到数据库结构版本 %1，已保持原样：%2</translation>
    </message>
    <message>
        <source>The portfolio could not be upgraded to schema version %1 and was left as it was: row %2 of %3 refers to a missing row.</source>
        <translation>项目组合无法升级到数据库结构版本 %1，已保持原样：%3 的第 %2 行引用了不存在的行。</translation>
    </message>
    <message>
        <source>The portfolio is busy: another program is writing to it. Try again when it has finished.</source>
        <translation>项目组合正忙：另一个程序正在写入。请待其完成后重试。</translation>
    </message>
    <message>
        <source>A record with the same code or identifier exists already.</source>
        <translation>已存在编号或标识符相同的记录。</translation>
    </message>
    <message>
        <source>The record is still used by other records, or refers to one that no longer exists.</source>
        <translation>该记录仍被其他记录使用，或引用了已不存在的记录。</translation>
    </message>
    <message>
        <source>The record breaks a rule of the portfolio; nothing was changed.</source>
        <translation>该记录违反了项目组合的规则；未做任何更改。</translation>
    </message>
    <message>
        <source>The portfolio file is damaged.</source>
        <translation>项目组合文件已损坏。</translation>
    </message>
    <message>
        <source>The file is not a ProjectDesk portfolio, or it is damaged.</source>
        <translation>该文件不是 ProjectDesk 项目组合，或者已损坏。</translation>
    </message>
    <message>
        <source>The portfolio cannot be written (it or its folder is read-only); nothing was changed.</source>
        <translation>无法写入项目组合（该文件或其所在文件夹为只读）；未做任何更改。</translation>
    </message>
    <message>
        <source>The disk holding the portfolio is full; nothing was changed.</source>
        <translation>项目组合所在的磁盘已满；未做任何更改。</translation>
    </message>
    <message>
        <source>The portfolio file could not be read or written (a disk or network problem).</source>
        <translation>无法读取或写入项目组合文件（磁盘或网络故障）。</translation>
    </message>
    <message>
        <source>The portfolio could not be read or changed; the details are in the log.</source>
        <translation>无法读取或更改项目组合；详细信息已记入日志。</translation>
    </message>
    <message>
        <source>The disk holding %1 is full (%2 MB free). Free some space, then try again; nothing was changed.</source>
        <translation>%1 所在的磁盘已满（剩余 %2 MB）。请释放一些空间后重试；未做任何更改。</translation>
    </message>
    <message>
        <source>%1 is damaged: part of it cannot be read. It is not written to; use File &gt; Recover (or projectdesk-cli recover) to salvage what can be read into a new portfolio.</source>
        <translation>%1 已损坏：其中部分内容无法读取。不会对其写入；请使用“文件 &gt; 恢复”（或 projectdesk-cli recover）将可读取的数据抢救到新的项目组合中。</translation>
    </message>
    <message>
        <source>%1 cannot be written (it or its folder is read-only); nothing was changed.</source>
        <translation>无法写入 %1（该文件或其所在文件夹为只读）；未做任何更改。</translation>
    </message>
    <message>
        <source>%1 is busy: another program is writing to it. Try again when it has finished.</source>
        <translation>%1 正忙：另一个程序正在写入。请待其完成后重试。</translation>
    </message>
    <message>
        <source>%1 is not a ProjectDesk portfolio, or it is damaged.</source>
        <translation>%1 不是 ProjectDesk 项目组合，或者已损坏。</translation>
    </message>
    <message>
        <source>%1 could not be read or written (a disk or network problem). Check that it is still there, then try again; the details are in the log.</source>
        <translation>无法读取或写入 %1（磁盘或网络故障）。请确认文件仍在原处后重试；详细信息已记入日志。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The rows could not be written to the team server; nothing was changed.</source>
        <translation>这些记录未能写入团队服务器；没有做任何更改。</translation>
    </message>
    <message>
        <source>%1 already exists; a copy is written to a new file.</source>
        <translation>%1 已存在；副本只写入新文件。</translation>
    </message>
    <message>
        <source>The portfolio on %1 is open read-only, as you asked.</source>
        <translation>已按您的要求以只读方式打开 %1 上的项目组合。</translation>
    </message>
    <message>
        <source>The team server %1 could not be reached, or it refused the login of %2. Check the address, the user and the password; the details are in the log.</source>
        <translation>无法连接团队服务器 %1，或服务器拒绝了 %2 的登录。请检查地址、用户名和密码；详细信息见日志。</translation>
    </message>
    <message>
        <source>The database %1 holds tables of another application, not a ProjectDesk portfolio. It was left as it is.</source>
        <translation>数据库 %1 中是其他应用程序的数据表，不是 ProjectDesk 项目组合。它保持原样，未做任何更改。</translation>
    </message>
    <message>
        <source>The portfolio on %1 was set up by a newer ProjectDesk (schema version %2; this version reads up to %3). Update ProjectDesk to open it.</source>
        <translation>%1 上的项目组合由较新版本的 ProjectDesk 建立（结构版本 %2；本版本最高可读 %3）。请更新 ProjectDesk 后再打开。</translation>
    </message>
    <message>
        <source>The database %1 holds no portfolio yet. An administrator sets it up with projectdesk-cli --server URL server init.</source>
        <translation>数据库 %1 中还没有项目组合。请管理员用 projectdesk-cli --server URL server init 建立。</translation>
    </message>
    <message>
        <source>The portfolio on %1 has schema version %2, older than this ProjectDesk's %3. An administrator upgrades it with projectdesk-cli --server URL server migrate.</source>
        <translation>%1 上的项目组合结构版本为 %2，低于本版 ProjectDesk 的 %3。请管理员用 projectdesk-cli --server URL server migrate 升级。</translation>
    </message>
    <message>
        <source>You have view rights on this portfolio on %1.</source>
        <translation>您对 %1 上的项目组合只有查看权限。</translation>
    </message>
    <message>
        <source>%1 already holds records (in %2): a portfolio is copied only into an empty one.</source>
        <translation>%1 中已有记录（在 %2 中）：项目组合只能复制到空的项目组合中。</translation>
    </message>
    <message>
        <source>The copy was cancelled; nothing was kept.</source>
        <translation>复制已取消；没有保留任何内容。</translation>
    </message>
    <message>
        <source>The team server could not be reached, or it refused the login. Check the address, the user and the password.</source>
        <translation>无法连接团队服务器，或服务器拒绝了登录。请检查地址、用户名和密码。</translation>
    </message>
    <message>
        <source>Your role on this portfolio does not allow this change; nothing was changed.</source>
        <translation>您在此项目组合中的角色不允许此项更改；没有做任何更改。</translation>
    </message>
    <message>
        <source>The portfolio is open read-only; nothing was changed.</source>
        <translation>项目组合以只读方式打开；没有做任何更改。</translation>
    </message>
    <message>
        <source>Another officer is changing the same records. Try again in a moment.</source>
        <translation>另一位项目官员正在修改相同的记录。请稍后再试。</translation>
    </message>
    <message>
        <source>The team server's disk is full; nothing was changed. Tell its administrator.</source>
        <translation>团队服务器的磁盘已满；没有做任何更改。请通知服务器管理员。</translation>
    </message>
    <message>
        <source>%1 is not a team server address (%2). Write it as postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>%1 不是团队服务器地址（%2）。请写成 postgresql://用户@主机:端口/数据库。</translation>
    </message>
    <message>
        <source>it does not start with postgresql://</source>
        <translation>它不以 postgresql:// 开头</translation>
    </message>
    <message>
        <source>it names no host</source>
        <translation>其中没有主机名</translation>
    </message>
    <message>
        <source>it names no database</source>
        <translation>其中没有数据库名</translation>
    </message>
    <message>
        <source>sslmode must be one of %1</source>
        <translation>sslmode 必须是以下之一：%1</translation>
    </message>
    <message>
        <source>the option %1 is not known</source>
        <translation>不认识选项 %1</translation>
    </message>
    <message>
        <source>You have view rights on this portfolio: you may read everything and change nothing. Nothing was changed.</source>
        <translation>您对此项目组合只有查看权限：可以查看全部内容，但不能做任何更改。没有做任何更改。</translation>
    </message>
    <message>
        <source>You are an officer of this portfolio with no business line granted to you yet, so you may not change it. Nothing was changed; an admin can grant you lines.</source>
        <translation>您是此项目组合的项目官员，但尚未被授予任何业务领域，因此不能修改。没有做任何更改；管理员可以为您授予业务领域。</translation>
    </message>
    <message>
        <source>You may change records of your business lines (%1) only; this one belongs to another line, or only an admin may do this. Nothing was changed.</source>
        <translation>您只能修改您所负责业务领域（%1）的记录；这条记录属于其他业务领域，或者此操作只有管理员可以进行。没有做任何更改。</translation>
    </message>
    <message>
        <source>The database %1 cannot name its roles: a team portfolio's database is named with letters, digits and underscores only (at most 51). Create one so named and run server init on it.</source>
        <translation>无法以数据库 %1 的名称命名其角色：团队项目组合的数据库名称只能包含字母、数字和下划线（最多 51 个字符）。请按此规则新建数据库，再对其运行 server init。</translation>
    </message>
    <message>
        <source>The team roles could not be set up, and nothing was changed: %1</source>
        <translation>未能建立团队角色，没有做任何更改：%1</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>planned end %1 is before planned start %2</source>
        <translation>计划结束日期 %1 早于计划开始日期 %2</translation>
    </message>
    <message>
        <source>an actual end needs an actual start</source>
        <translation>填写实际结束日期前须先填写实际开始日期</translation>
    </message>
    <message>
        <source>actual end %1 is before actual start %2</source>
        <translation>实际结束日期 %1 早于实际开始日期 %2</translation>
    </message>
    <message>
        <source>a closed project needs its actual end date</source>
        <translation>已结项的项目须填写实际结束日期</translation>
    </message>
    <message>
        <source>unknown country code "%1"</source>
        <translation>未知的国家代码“%1”</translation>
    </message>
    <message>
        <source>country %1 is listed twice</source>
        <translation>国家 %1 重复列出</translation>
    </message>
    <message>
        <source>%1: percentage %2 is not between 0 and 100</source>
        <translation>%1：比例 %2 不在 0 到 100 之间</translation>
    </message>
    <message>
        <source>country percentages sum to %1, not 100%</source>
        <translation>各国家比例合计为 %1，而不是 100%</translation>
    </message>
    <message>
        <source>unknown DAC sector code "%1"</source>
        <translation>未知的 DAC 部门代码“%1”</translation>
    </message>
    <message>
        <source>sector %1 is listed twice</source>
        <translation>部门 %1 重复列出</translation>
    </message>
    <message>
        <source>sector percentages sum to %1, not 100%</source>
        <translation>各部门比例合计为 %1，而不是 100%</translation>
    </message>
    <message>
        <source>a project code is required</source>
        <translation>必须填写项目编号</translation>
    </message>
    <message>
        <source>"%1" is not a valid code (letters, digits, . _ / -; at most 40)</source>
        <translation>“%1”不是有效的编号（仅限字母、数字及 . _ / -，最多 40 个字符）</translation>
    </message>
    <message>
        <source>a title in English or Chinese is required</source>
        <translation>必须填写英文或中文项目名称</translation>
    </message>
    <message>
        <source>SDG goal %1 does not exist (1-17)</source>
        <translation>可持续发展目标 %1 不存在（应为 1-17）</translation>
    </message>
    <message>
        <source>SDG goal %1 is listed twice</source>
        <translation>可持续发展目标 %1 重复列出</translation>
    </message>
    <message>
        <source>a name in English or Chinese is required</source>
        <translation>必须填写英文或中文名称</translation>
    </message>
    <message>
        <source>%1 is not an IATI organisation type</source>
        <translation>%1 不是有效的 IATI 组织类型</translation>
    </message>
    <message>
        <source>"%1" is not an IATI organisation identifier</source>
        <translation>“%1”不是有效的 IATI 组织标识符</translation>
    </message>
    <message>
        <source>%1 is not a year of the SSC Network (1995-%2)</source>
        <translation>%1 不是中国南南合作网络的有效年份（1995-%2）</translation>
    </message>
    <message>
        <source>contact %1 has no name</source>
        <translation>第 %1 个联系人未填写姓名</translation>
    </message>
    <message>
        <source>contact %1: "%2" is not an e-mail address</source>
        <translation>第 %1 个联系人：“%2”不是有效的电子邮件地址</translation>
    </message>
    <message>
        <source>an amount with a known currency is required</source>
        <translation>必须填写金额及有效的货币</translation>
    </message>
    <message>
        <source>a budget period needs a start and an end date</source>
        <translation>预算期间须有开始和结束日期</translation>
    </message>
    <message>
        <source>the period ends %1, before it starts %2</source>
        <translation>期间结束日期 %1 早于开始日期 %2</translation>
    </message>
    <message>
        <source>budget type %1 is neither original (1) nor revised (2)</source>
        <translation>预算类型 %1 既不是原始预算（1）也不是修订预算（2）</translation>
    </message>
    <message>
        <source>budget status %1 is neither indicative (1) nor committed (2)</source>
        <translation>预算状态 %1 既不是指示性（1）也不是已承诺（2）</translation>
    </message>
    <message>
        <source>%1 is not an IATI transaction type (1-13)</source>
        <translation>%1 不是有效的 IATI 交易类型（1-13）</translation>
    </message>
    <message>
        <source>a transaction date is required</source>
        <translation>必须填写交易日期</translation>
    </message>
    <message>
        <source>unknown currency code "%1"</source>
        <translation>未知的货币代码“%1”</translation>
    </message>
    <message>
        <source>%1 is the reporting currency itself</source>
        <translation>%1 就是报告货币本身</translation>
    </message>
    <message>
        <source>a rate needs the date it applies from</source>
        <translation>汇率须注明生效日期</translation>
    </message>
    <message>
        <source>a rate must be more than 0</source>
        <translation>汇率必须大于 0</translation>
    </message>
    <message>
        <source>item %1: a description in English or Chinese is required</source>
        <translation>第 %1 项：必须填写英文或中文品名</translation>
    </message>
    <message>
        <source>item %1: the quantity must be more than 0</source>
        <translation>第 %1 项：数量必须大于 0</translation>
    </message>
    <message>
        <source>item %1: a unit is required (set, box, t...)</source>
        <translation>第 %1 项：必须填写单位（套、箱、吨等）</translation>
    </message>
    <message>
        <source>item %1: the unit value must be an amount of 0 or more</source>
        <translation>第 %1 项：单价必须是不小于 0 的金额</translation>
    </message>
    <message>
        <source>item %1: the unit value is in %2 but the delivery is valued in %3</source>
        <translation>第 %1 项：单价以 %2 计，而该批次以 %3 计价</translation>
    </message>
    <message>
        <source>item %1: the gross weight cannot be negative</source>
        <translation>第 %1 项：毛重不能为负数</translation>
    </message>
    <message>
        <source>the delivery was handed over: its status can no longer change</source>
        <translation>该批次已交接，状态不能再变更</translation>
    </message>
    <message>
        <source>the delivery was cancelled: its status can no longer change</source>
        <translation>该批次已取消，状态不能再变更</translation>
    </message>
    <message>
        <source>the delivery is already %1</source>
        <translation>该批次已经是“%1”状态</translation>
    </message>
    <message>
        <source>a delivery cannot go back from %1 to %2</source>
        <translation>交付批次不能从“%1”退回到“%2”</translation>
    </message>
    <message>
        <source>a delivery that is %1 must be %2 first; it cannot become %3 directly</source>
        <translation>“%1”的批次须先变为“%2”，不能直接变为“%3”</translation>
    </message>
    <message>
        <source>a delivery code is required</source>
        <translation>必须填写交付批次编号</translation>
    </message>
    <message>
        <source>the code is longer than 40 characters</source>
        <translation>编号超过 40 个字符</translation>
    </message>
    <message>
        <source>the delivery must belong to a project</source>
        <translation>交付批次必须属于某个项目</translation>
    </message>
    <message>
        <source>a destination country is required</source>
        <translation>必须填写目的国</translation>
    </message>
    <message>
        <source>unknown currency "%1"</source>
        <translation>未知货币“%1”</translation>
    </message>
    <message>
        <source>"%1" is not an Incoterms 2020 rule</source>
        <translation>“%1”不是《国际贸易术语解释通则 2020》中的术语</translation>
    </message>
    <message>
        <source>planned date %1 comes before %2</source>
        <translation>计划日期 %1 早于 %2</translation>
    </message>
    <message>
        <source>actual date %1 comes before %2</source>
        <translation>实际日期 %1 早于 %2</translation>
    </message>
    <message>
        <source>a dispatched delivery needs its dispatch date</source>
        <translation>已发运的批次须填写发运日期</translation>
    </message>
    <message>
        <source>an arrived delivery needs its arrival date</source>
        <translation>已抵达的批次须填写抵达日期</translation>
    </message>
    <message>
        <source>a handed-over delivery needs its handover date</source>
        <translation>已交接的批次须填写交接日期</translation>
    </message>
    <message>
        <source>a dispatch date is set but the delivery is not dispatched</source>
        <translation>已填写发运日期，但该批次尚未发运</translation>
    </message>
    <message>
        <source>an arrival date is set but the delivery has not arrived</source>
        <translation>已填写抵达日期，但该批次尚未抵达</translation>
    </message>
    <message>
        <source>a handover date is set but the delivery is not handed over</source>
        <translation>已填写交接日期，但该批次尚未交接</translation>
    </message>
    <message>
        <source>the packing list's totals are too large</source>
        <translation>装箱单合计金额或重量过大</translation>
    </message>
    <message>
        <source>"%1" is not an IATI organisation identifier of the form AGENCY-ID: a registration agency such as XM-DAC or GB-COH, a hyphen and the organisation's number there (XM-DAC-41114)</source>
        <translation>“%1”不是“登记机构-编号”（AGENCY-ID）格式的 IATI 机构标识符：应为 XM-DAC 或 GB-COH 等登记机构代码，加连字符和该机构在其中的编号（如 XM-DAC-41114）</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>New Portfolio</source>
        <translation>新建项目组合</translation>
    </message>
    <message>
        <source>%1 does not exist. Create a new, empty portfolio there?</source>
        <translation>%1 不存在。在此新建一个空的项目组合吗？</translation>
    </message>
</context>
<context>
    <name>pd::ui::BudgetLineDialog</name>
    <message>
        <source>Edit Budget Line</source>
        <translation>编辑预算行</translation>
    </message>
    <message>
        <source>Add Budget Line</source>
        <translation>添加预算行</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>原始</translation>
    </message>
    <message>
        <source>Revised</source>
        <translation>修订</translation>
    </message>
    <message>
        <source>Indicative</source>
        <translation>指示性</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>已承诺</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>期间开始</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>期间结束</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Budget type</source>
        <translation>预算类型</translation>
    </message>
    <message>
        <source>Budget status</source>
        <translation>预算状态</translation>
    </message>
</context>
<context>
    <name>pd::ui::ChipBar</name>
    <message>
        <source>Remove this filter</source>
        <translation>移除此筛选条件</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>全部清除</translation>
    </message>
</context>
<context>
    <name>pd::ui::ConflictDialog</name>
    <message>
        <source>Project changed by someone else</source>
        <translation>项目已被他人修改</translation>
    </message>
    <message>
        <source>Project %1 was changed in another window or by another user after you opened it (their revision %2, yours %3). These fields differ:</source>
        <translation>您打开项目 %1 后，该项目已在另一个窗口中或被其他用户修改（对方版本 %2，您的版本 %3）。以下字段存在差异：</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Their version</source>
        <translation>对方版本</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>您的版本</translation>
    </message>
    <message>
        <source>Reload Their Version</source>
        <translation>重新加载对方版本</translation>
    </message>
    <message>
        <source>Overwrite With Mine</source>
        <translation>用我的版本覆盖</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>改动</translation>
    </message>
</context>
<context>
    <name>pd::ui::CsvCheckPage</name>
    <message>
        <source>Check the File</source>
        <translation>检查文件</translation>
    </message>
    <message>
        <source>Every row is checked before anything is written. Fix what is listed in the file, save it, and check again.</source>
        <translation>写入之前会检查每一行。请在文件中修正所列问题，保存后重新检查。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>货值</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>&amp;Check Again</source>
        <translation>重新检查(&amp;C)</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>正在检查...</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Checking %1...</source>
        <translation>正在检查 %1...</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>检查已取消。</translation>
    </message>
    <message>
        <source>The first %1 are listed.</source>
        <translation>仅列出前 %1 个。</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Problems by kind</source>
        <translation>按类别汇总的问题</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Problem (the first of its kind)</source>
        <translation>问题（该类第一个）</translation>
    </message>
    <message>
        <source>First lines</source>
        <translation>最先出现的行</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Warning, kept as written: %1</source>
        <translation>警告，按原样保存：%1</translation>
    </message>
    <message>
        <source>Each problem:</source>
        <translation>逐条问题：</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) checked</source>
        <translation>
            <numerusform>已检查 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) checked, forming %1 records</source>
        <translation>
            <numerusform>已检查 %n 行，合为 %1 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): what the file says is kept as written and listed here.</source>
        <translation>
            <numerusform>%n 条警告：文件中的内容按原样保存，并在此列出。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no problems. Import writes them all in one go.</source>
        <translation>%1：没有问题。导入将一次写入全部数据。</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n record(s) with problems will be left out, their rows written to %2. The others are imported.</source>
        <translation>
            <numerusform>%1；有问题的 %n 条记录将不导入，其各行写入 %2。其余记录照常导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, problems: %2. Nothing will be written until the file has none.</source>
        <translation>%1，问题：%2。文件中没有问题之前，不会写入任何数据。</translation>
    </message>
</context>
<context>
    <name>pd::ui::CsvMappingPage</name>
    <message>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <source>Match the Columns</source>
        <translation>匹配列</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>&amp;Load Mapping...</source>
        <translation>载入列映射(&amp;L)...</translation>
    </message>
    <message>
        <source>&amp;Save Mapping...</source>
        <translation>保存列映射(&amp;S)...</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>预览：</translation>
    </message>
    <message>
        <source>Load Mapping</source>
        <translation>载入列映射</translation>
    </message>
    <message>
        <source>Mappings (*.json)</source>
        <translation>列映射 (*.json)</translation>
    </message>
    <message>
        <source>Save Mapping</source>
        <translation>保存列映射</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, separated by %3; %n column(s).</source>
        <translation>
            <numerusform>%1：%2，以%3分隔；共 %n 列。</numerusform>
        </translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 is a mapping for %2, not for %3.</source>
        <translation>%1 是%2的列映射，不适用于%3。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Columns and fields</source>
        <translation>列与字段</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Each field takes the column chosen for it, or a value fixed for every record. Values... says what a column's values mean. Fields marked * must be given. The preview shows the first rows as they will be imported.</source>
        <translation>每个字段取为其选定的列，或对每条记录取同一个固定值。“取值...”说明该列取值的含义。标有 * 的字段必须给出。预览显示前几行导入后的样子。</translation>
    </message>
    <message>
        <source>first with content</source>
        <translation>第一个有内容的行</translation>
    </message>
    <message>
        <source>Import nothing until every record is valid</source>
        <translation>所有记录都有效之前不导入任何数据</translation>
    </message>
    <message>
        <source>Import the valid records; write the others to a .rejected.csv file</source>
        <translation>导入有效记录；其余写入 .rejected.csv 文件</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>Se&amp;parator:</source>
        <translation>分隔符(&amp;P)：</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>工作表(&amp;H)：</translation>
    </message>
    <message>
        <source>Header &amp;row:</source>
        <translation>标题行(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Group rows by:</source>
        <translation>行分组依据(&amp;G)：</translation>
    </message>
    <message>
        <source>Records with &amp;problems:</source>
        <translation>有问题的记录(&amp;P)：</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>含义</translation>
    </message>
    <message numerus="yes">
        <source>%1: a workbook; the header is on row %2; %n column(s).</source>
        <translation>
            <numerusform>%1：工作簿；标题在第 %2 行；共 %n 列。</numerusform>
        </translation>
    </message>
    <message>
        <source>(the first)</source>
        <translation>（第一个）</translation>
    </message>
    <message>
        <source>(each row is one record)</source>
        <translation>（每行一条记录）</translation>
    </message>
    <message>
        <source>Column for %1</source>
        <translation>%1 对应的列</translation>
    </message>
    <message>
        <source>(the same value for every record)</source>
        <translation>（每条记录取同一个值）</translation>
    </message>
    <message>
        <source>Value of %1 for every record</source>
        <translation>每条记录的 %1 取值</translation>
    </message>
    <message>
        <source>Values...</source>
        <translation>取值...</translation>
    </message>
    <message>
        <source>Values of %1</source>
        <translation>%1 的取值</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) translated</source>
        <translation>
            <numerusform>已对照 %n 个取值</numerusform>
        </translation>
    </message>
    <message>
        <source>dates as %1</source>
        <translation>日期格式 %1</translation>
    </message>
    <message>
        <source>added up</source>
        <translation>相加</translation>
    </message>
    <message>
        <source>as written</source>
        <translation>按原样</translation>
    </message>
</context>
<context>
    <name>pd::ui::DashboardCharts</name>
    <message>
        <source>Projects and budget by business line</source>
        <translation>各业务领域的项目数和预算</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Disbursed</source>
        <translation>已拨付</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>已支出</translation>
    </message>
    <message>
        <source>Execution %</source>
        <translation>执行率 %</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Projects by status and business line</source>
        <translation>各状态、各业务领域的项目数</translation>
    </message>
    <message>
        <source>Tonnes handed over by month</source>
        <translation>各月交接物资吨数</translation>
    </message>
    <message>
        <source>Tonnes</source>
        <translation>吨</translation>
    </message>
    <message>
        <source>Projects by Sustainable Development Goal</source>
        <translation>各可持续发展目标的项目数</translation>
    </message>
    <message>
        <source>Partners by type</source>
        <translation>各类型合作伙伴</translation>
    </message>
    <message>
        <source>%1 million</source>
        <translation>%1，百万</translation>
    </message>
    <message>
        <source>%1: %2 projects, budget %3</source>
        <translation>%1：%2 个项目，预算 %3</translation>
    </message>
    <message>
        <source>Budget, disbursed and spent by year (%1)</source>
        <translation>各年度预算、拨付和支出（%1）</translation>
    </message>
    <message>
        <source>Top recipient countries by budget (%1)</source>
        <translation>预算最多的受援国（%1）</translation>
    </message>
</context>
<context>
    <name>pd::ui::DashboardPage</name>
    <message>
        <source>%1 M</source>
        <translation>%1 百万</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>导出...</translation>
    </message>
    <message>
        <source>Picture (PNG)...</source>
        <translation>图片 (PNG)...</translation>
    </message>
    <message>
        <source>Export Dashboard</source>
        <translation>导出总览</translation>
    </message>
    <message>
        <source>dashboard.png</source>
        <translation>总览.png</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>One-page PDF...</source>
        <translation>单页 PDF...</translation>
    </message>
    <message>
        <source>dashboard.pdf</source>
        <translation>总览.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>总览</translation>
    </message>
    <message>
        <source>Active projects</source>
        <translation>实施中项目</translation>
    </message>
    <message>
        <source>Countries reached</source>
        <translation>覆盖国家</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>Total budget</source>
        <translation>预算总额</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>已承诺</translation>
    </message>
    <message>
        <source>Disbursed</source>
        <translation>已拨付</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>已支出</translation>
    </message>
    <message>
        <source>Execution rate</source>
        <translation>执行率</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>已交接物资</translation>
    </message>
    <message>
        <source>Overdue deliveries</source>
        <translation>逾期交付批次</translation>
    </message>
    <message>
        <source>Computing...</source>
        <translation>正在计算...</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>无</translation>
    </message>
    <message>
        <source>disbursed and spent of budget</source>
        <translation>已拨付和已支出占预算比例</translation>
    </message>
    <message>
        <source>%1 deliveries</source>
        <translation>共 %1 个交付批次</translation>
    </message>
    <message>
        <source>%1 tonnes</source>
        <translation>%1 吨</translation>
    </message>
    <message>
        <source>Some amounts have no exchange rate and are left out of the totals.</source>
        <translation>部分金额缺少汇率，未计入合计。</translation>
    </message>
    <message>
        <source>ProjectDesk dashboard</source>
        <translation>ProjectDesk 总览</translation>
    </message>
    <message>
        <source>1 delivery</source>
        <translation>共 1 个交付批次</translation>
    </message>
    <message>
        <source>active today, of %1 projects in the years</source>
        <translation>今天在实施，共 %1 个所选年份内的项目</translation>
    </message>
    <message>
        <source>active today, of %1 projects</source>
        <translation>今天在实施，共 %1 个项目</translation>
    </message>
    <message>
        <source>as of today</source>
        <translation>截至今天</translation>
    </message>
    <message>
        <source>due in %1, as of today</source>
        <translation>%1 年到期，截至今天</translation>
    </message>
    <message>
        <source>due from %1, as of today</source>
        <translation>%1 年起到期，截至今天</translation>
    </message>
    <message>
        <source>due by %1, as of today</source>
        <translation>%1 年及以前到期，截至今天</translation>
    </message>
    <message>
        <source>due in %1–%2, as of today</source>
        <translation>%1–%2 年到期，截至今天</translation>
    </message>
</context>
<context>
    <name>pd::ui::DateField</name>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>Type a date such as %1, or pick one from the calendar (Alt+Down). Empty means not set.</source>
        <translation>输入日期，如 %1，或从日历中选择（Alt+下箭头）。留空表示未设置。</translation>
    </message>
    <message>
        <source>Pick the date from a calendar</source>
        <translation>从日历中选择日期</translation>
    </message>
    <message>
        <source>Open the calendar</source>
        <translation>打开日历</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>%1: a date is required.</source>
        <translation>%1：必须填写日期。</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date. Type it as %3.</source>
        <translation>%1：“%2”不是日期。请按 %3 的格式输入。</translation>
    </message>
    <message>
        <source>not a date</source>
        <translation>不是日期</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>pd::ui::DateFormat</name>
    <message>
        <source>As the language and region of the system</source>
        <translation>跟随系统的语言和地区</translation>
    </message>
    <message>
        <source>ISO 8601 (%1)</source>
        <translation>ISO 8601（%1）</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 或 %2</translation>
    </message>
</context>
<context>
    <name>pd::ui::DeliveriesPage</name>
    <message>
        <source>Deliveries</source>
        <translation>物资交付</translation>
    </message>
    <message>
        <source>Search code, B/L or AWB, carrier, project, consignee or country (English or Chinese)</source>
        <translation>按编号、提单或运单号、承运人、项目、收货方或国家搜索（中文或英文）</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>仅显示逾期</translation>
    </message>
    <message>
        <source>New Delivery</source>
        <translation>新建交付批次</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Under way (not handed over)</source>
        <translation>进行中（未交接）</translation>
    </message>
    <message>
        <source>Any destination</source>
        <translation>全部目的国</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目的国</translation>
    </message>
    <message>
        <source>Counting deliveries...</source>
        <translation>正在统计交付批次...</translation>
    </message>
    <message>
        <source>%1 deliveries</source>
        <translation>共 %1 个交付批次</translation>
    </message>
    <message>
        <source>Open Delivery</source>
        <translation>打开交付批次</translation>
    </message>
    <message>
        <source>Delete Delivery...</source>
        <translation>删除交付批次...</translation>
    </message>
    <message>
        <source>Handed over: %1</source>
        <translation>已交接：%1</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <source>handed over %1 – %2</source>
        <translation>交接日期 %1 – %2</translation>
    </message>
    <message>
        <source>Only: %1</source>
        <translation>仅显示：%1</translation>
    </message>
    <message>
        <source>Project Filters</source>
        <translation>项目筛选</translation>
    </message>
    <message>
        <source>one project</source>
        <translation>单个项目</translation>
    </message>
    <message>
        <source>Open a portfolio to export its deliveries.</source>
        <translation>请先打开项目组合再导出其物资交付。</translation>
    </message>
    <message>
        <source>1 delivery</source>
        <translation>共 1 个交付批次</translation>
    </message>
    <message>
        <source>due to arrive %1 – %2</source>
        <translation>计划抵达 %1 – %2</translation>
    </message>
</context>
<context>
    <name>pd::ui::DeliveriesReport</name>
    <message>
        <source>Deliveries report</source>
        <translation>物资交付报告</translation>
    </message>
    <message>
        <source>No exchange rate for %1: those values are left out of the converted totals.</source>
        <translation>%1 无汇率：这些金额未计入折算合计。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Deliveries handed over</source>
        <translation>已交接批次</translation>
    </message>
    <message>
        <source>Destination countries</source>
        <translation>目的国</translation>
    </message>
    <message>
        <source>International organisations</source>
        <translation>国际组织</translation>
    </message>
    <message>
        <source>Consignees</source>
        <translation>收货方</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Tonnes</source>
        <translation>吨</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>货值</translation>
    </message>
    <message>
        <source>Overdue on %1</source>
        <translation>截至%1逾期</translation>
    </message>
    <message>
        <source>Value (%1)</source>
        <translation>货值（%1）</translation>
    </message>
    <message>
        <source>By destination country</source>
        <translation>按目的国</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>物资交付</translation>
    </message>
    <message>
        <source>By category of goods</source>
        <translation>按物资类别</translation>
    </message>
    <message>
        <source>A delivery counts in each category it carries.</source>
        <translation>一批物资按其所含每一类别分别计数。</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>无记录。</translation>
    </message>
    <message>
        <source>Shipments handed over</source>
        <translation>已交接批次清单</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>交付批次</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目的国</translation>
    </message>
    <message>
        <source>Consignee</source>
        <translation>收货方</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>交接</translation>
    </message>
    <message>
        <source>Shipments under way on %1</source>
        <translation>截至%1在途批次</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Planned arrival</source>
        <translation>计划抵达</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>The first %1 of %2, by handover date.</source>
        <translation>按交接日期列出前 %1 批（共 %2 批）。</translation>
    </message>
    <message>
        <source>The first %1 of %2, by planned arrival.</source>
        <translation>按计划抵达日期列出前 %1 批（共 %2 批）。</translation>
    </message>
</context>
<context>
    <name>pd::ui::DeliveryEditor</name>
    <message>
        <source>Handover certificate no.</source>
        <translation>交接证书编号</translation>
    </message>
    <message>
        <source>Mark Procured</source>
        <translation>标记已采购</translation>
    </message>
    <message>
        <source>Mark Dispatched</source>
        <translation>标记已发运</translation>
    </message>
    <message>
        <source>Mark In Transit</source>
        <translation>标记运输中</translation>
    </message>
    <message>
        <source>Mark Arrived</source>
        <translation>标记已抵达</translation>
    </message>
    <message>
        <source>Delivery %1</source>
        <translation>交付批次 %1</translation>
    </message>
    <message>
        <source>New Delivery</source>
        <translation>新建交付批次</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>流程</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>发运信息</translation>
    </message>
    <message>
        <source>Packing list</source>
        <translation>装箱单</translation>
    </message>
    <message>
        <source>(not named yet)</source>
        <translation>（尚未指定）</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Destination country</source>
        <translation>目的国</translation>
    </message>
    <message>
        <source>Consignee</source>
        <translation>收货方</translation>
    </message>
    <message>
        <source>Port of loading</source>
        <translation>装运港</translation>
    </message>
    <message>
        <source>Port of discharge</source>
        <translation>卸货港</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>承运人</translation>
    </message>
    <message>
        <source>Bill of lading / air waybill</source>
        <translation>提单 / 空运单号</translation>
    </message>
    <message>
        <source>Incoterm</source>
        <translation>贸易术语</translation>
    </message>
    <message>
        <source>Currency of values</source>
        <translation>计价货币</translation>
    </message>
    <message>
        <source>Planned dispatch</source>
        <translation>计划发运</translation>
    </message>
    <message>
        <source>Planned arrival</source>
        <translation>计划抵达</translation>
    </message>
    <message>
        <source>Planned handover</source>
        <translation>计划交接</translation>
    </message>
    <message>
        <source>Dispatched on</source>
        <translation>实际发运</translation>
    </message>
    <message>
        <source>Arrived on</source>
        <translation>实际抵达</translation>
    </message>
    <message>
        <source>Handed over on</source>
        <translation>实际交接</translation>
    </message>
    <message>
        <source>Certificate date</source>
        <translation>证书日期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Status: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>状态：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>自 %1 起逾期</translation>
    </message>
    <message>
        <source>Save the delivery to start its workflow.</source>
        <translation>保存交付批次后即可开始流程。</translation>
    </message>
    <message>
        <source>%1: %2 → %3 (recorded by %4)</source>
        <translation>%1：%2 → %3（记录人 %4）</translation>
    </message>
    <message>
        <source>no project has the code "%1"</source>
        <translation>没有编号为“%1”的项目</translation>
    </message>
    <message>
        <source>The delivery was not saved.</source>
        <translation>交付批次未保存。</translation>
    </message>
    <message>
        <source>%1 saved a newer version of this delivery while you were editing it. When you save, you will be asked which version to keep.</source>
        <translation>在您编辑期间，%1 保存了此物资交付的较新版本。您保存时，将询问保留哪个版本。</translation>
    </message>
    <message>
        <source>This delivery belongs to a project of another line: you may change deliveries of your own lines (%1) only.</source>
        <translation>此物资交付属于其他业务领域的项目：您只能修改您所负责业务领域（%1）的物资交付。</translation>
    </message>
    <message>
        <source>Mark Handed Over</source>
        <translation>标记已交接</translation>
    </message>
    <message>
        <source>Cancel Delivery</source>
        <translation>取消交付</translation>
    </message>
    <message>
        <source>Date of the step</source>
        <translation>本步骤日期</translation>
    </message>
    <message>
        <source>On</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>%1 is a project of another line: you may add deliveries to projects of your own lines (%2) only.</source>
        <translation>%1 属于其他业务领域：您只能为本人负责的业务领域（%2）的项目添加交付。</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
</context>
<context>
    <name>pd::ui::DeliveryTableModel</name>
    <message>
        <source>Overdue: planned to arrive on %1 and not arrived yet</source>
        <translation>逾期：计划于 %1 抵达，至今未抵达</translation>
    </message>
    <message>
        <source>Planned; not yet done</source>
        <translation>计划日期，尚未完成</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（逾期）</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目的国</translation>
    </message>
    <message>
        <source>Consignee</source>
        <translation>收货方</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>发运</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>抵达</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>交接</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>品项</translation>
    </message>
    <message>
        <source>Tonnes</source>
        <translation>吨</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>货值</translation>
    </message>
    <message>
        <source>B/L or AWB</source>
        <translation>提单或运单号</translation>
    </message>
</context>
<context>
    <name>pd::ui::ErrorReporter</name>
    <message>
        <source>Log: %1</source>
        <translation>日志：%1</translation>
    </message>
    <message>
        <source>ProjectDesk</source>
        <translation>ProjectDesk</translation>
    </message>
</context>
<context>
    <name>pd::ui::FieldRuleDialog</name>
    <message>
        <source>Values of %1</source>
        <translation>%1 的取值</translation>
    </message>
    <message>
        <source>Each value found in the file is imported as written, or as the value you give it here. Values are matched ignoring case and surrounding spaces.</source>
        <translation>文件中的每个取值按原样导入，或按您在此给出的值导入。匹配时不区分大小写，忽略首尾空格。</translation>
    </message>
    <message>
        <source>Values and what they are imported as</source>
        <translation>取值及其导入后的值</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>文件中的值</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>(as written)</source>
        <translation>（按原样）</translation>
    </message>
    <message>
        <source>(YYYY-MM-DD or as Excel shows it)</source>
        <translation>（YYYY-MM-DD 或 Excel 显示的日期）</translation>
    </message>
    <message>
        <source>Add up the values of the rows grouped into one record</source>
        <translation>把合为一条记录的各行数值相加</translation>
    </message>
    <message>
        <source>Date &amp;format:</source>
        <translation>日期格式(&amp;F)：</translation>
    </message>
</context>
<context>
    <name>pd::ui::FinancePage</name>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Disbursed</source>
        <translation>已拨付</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>已支出</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>执行率</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Business line</source>
        <translation>业务领域</translation>
    </message>
    <message>
        <source>Exchange Rates...</source>
        <translation>汇率...</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>财务</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>需关注事项</translation>
    </message>
    <message>
        <source>Projects that need attention</source>
        <translation>需关注的项目</translation>
    </message>
    <message>
        <source>All projects of the portfolio.</source>
        <translation>项目组合中的全部项目。</translation>
    </message>
    <message>
        <source>Projects shown by the Projects register: %1</source>
        <translation>项目登记表当前显示的项目：%1</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>已承诺</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Execution %1 of the budget (disbursed and spent)</source>
        <translation>预算执行率 %1（已拨付和已支出）</translation>
    </message>
    <message>
        <source>budget</source>
        <translation>预算</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %n amount(s) from %3</source>
        <translation>
            <numerusform>%1 %2：自 %3 起共 %n 笔</numerusform>
        </translation>
    </message>
    <message>
        <source>* Not in the totals, for want of an exchange rate into %1: %2</source>
        <translation>* 因缺少兑换为 %1 的汇率，以下金额未计入合计：%2</translation>
    </message>
    <message numerus="yes">
        <source>No %1 rate for %n transaction(s) from %2</source>
        <translation>
            <numerusform>自 %2 起有 %n 笔交易缺少 %1 汇率</numerusform>
        </translation>
    </message>
    <message>
        <source>Overspent: %1 used of a budget of %2</source>
        <translation>超支：预算 %2，已使用 %1</translation>
    </message>
    <message>
        <source>Export Transactions</source>
        <translation>导出交易</translation>
    </message>
    <message>
        <source>Open a portfolio to export its transactions.</source>
        <translation>请先打开项目组合再导出其交易。</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>按%1</translation>
    </message>
    <message>
        <source>Projects to look at</source>
        <translation>需关注的项目</translation>
    </message>
</context>
<context>
    <name>pd::ui::FinanceReport</name>
    <message>
        <source>Financial report</source>
        <translation>财务报告</translation>
    </message>
    <message>
        <source>Budget is the latest revision of each period; committed, disbursed and spent are IATI transaction types 2, 3 and 4.</source>
        <translation>预算取各期最新修订；已承诺、已拨付和已支出分别为 IATI 交易类型 2、3、4。</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>已承诺</translation>
    </message>
    <message>
        <source>Disbursed</source>
        <translation>已拨付</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>已支出</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>执行率</translation>
    </message>
    <message>
        <source>By year (%1)</source>
        <translation>按年度（%1）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>By business line (%1)</source>
        <translation>按业务领域（%1）</translation>
    </message>
    <message>
        <source>Business line</source>
        <translation>业务领域</translation>
    </message>
    <message>
        <source>By project (%1)</source>
        <translation>按项目（%1）</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>%1 projects with no amount dated in the period are left out.</source>
        <translation>期间内没有金额的 %1 个项目未列出。</translation>
    </message>
    <message>
        <source>The %1 projects with the largest budgets, of %2; the others are summed in one row.</source>
        <translation>共 %2 个项目，列出预算最大的 %1 个；其余合并为一行。</translation>
    </message>
    <message>
        <source>Other projects</source>
        <translation>其他项目</translation>
    </message>
    <message>
        <source>%1 projects</source>
        <translation>%1 个项目</translation>
    </message>
</context>
<context>
    <name>pd::ui::ImportFilePage</name>
    <message>
        <source>Choose a File</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>浏览(&amp;B)...</translation>
    </message>
    <message>
        <source>Spreadsheet of %1</source>
        <translation>%1电子表格</translation>
    </message>
    <message>
        <source>IATI activities (XML)</source>
        <translation>IATI 活动（XML）</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Holds:</source>
        <translation>内容(&amp;H)：</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>%1 is not a file that can be read.</source>
        <translation>%1 不是可读取的文件。</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx), a spreadsheet saved as CSV (from Excel or WPS, in any encoding), or IATI activity files (XML).</source>
        <translation>Excel 工作簿（.xlsx）、另存为 CSV 的电子表格（来自 Excel 或 WPS，任何编码），或 IATI 活动文件（XML）。</translation>
    </message>
    <message>
        <source>Nothing is written until the whole file has been checked; an import is all or nothing unless you choose to skip records with problems.</source>
        <translation>整个文件检查完毕之前不写入任何数据；除非您选择跳过有问题的记录，导入要么全部完成，要么完全不做。</translation>
    </message>
    <message>
        <source>Spreadsheets and IATI files (*.xlsx *.csv *.txt *.tsv *.xml);;Excel workbooks (*.xlsx);;CSV files (*.csv *.txt *.tsv);;IATI activity files (*.xml);;All files (*)</source>
        <translation>电子表格和 IATI 文件 (*.xlsx *.csv *.txt *.tsv *.xml);;Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv *.txt *.tsv);;IATI 活动文件 (*.xml);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>pd::ui::ImportRunPage</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Importing...</source>
        <translation>正在导入...</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was written.</source>
        <translation>导入已取消：未写入任何数据。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何数据：%1</translation>
    </message>
    <message>
        <source>Importing %1...</source>
        <translation>正在导入 %1...</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>货值</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message numerus="yes">
        <source>the file changed since it was checked and now has %n problem(s).</source>
        <translation>
            <numerusform>文件在检查后已被修改，现有 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>IATI %1: %2 activities imported as new projects, %3 updated, %4 skipped; %5 transactions imported, %6 skipped; %7 budgets imported, %8 skipped; %9 new partners.</source>
        <translation>IATI %1：%2 个活动导入为新项目，%3 个已更新，%4 个跳过；导入交易 %5 笔，跳过 %6 笔；导入预算 %7 条，跳过 %8 条；新增合作伙伴 %9 个。</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>未导入项</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n record(s) of %1 into the portfolio.</source>
        <translation>
            <numerusform>已将 %n 条%1记录导入项目组合。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) with problems were left out; their rows are in %1.</source>
        <translation>
            <numerusform>有问题的 %n 条记录未导入；其各行已写入 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): kept as the file says.</source>
        <translation>
            <numerusform>%n 条警告：按文件原样保存。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date warning(s): kept as the file gives them.</source>
        <translation><numerusform>%n 条日期警告：按文件原样保存。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n IATI 1.x code(s) mapped.</source>
        <translation><numerusform>已转换 %n 个 IATI 1.x 代码。</numerusform></translation>
    </message>
    <message>
        <source>Kept, warning</source>
        <translation>已保存，有警告</translation>
    </message>
    <message>
        <source>Mapped</source>
        <translation>已转换</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>元素</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>pd::ui::ImportUndoDialog</name>
    <message>
        <source>Undo Import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <source>Undoing an import removes the records it added and puts back the ones it changed. It is refused when a record was changed after the import.</source>
        <translation>撤销导入会删除该次导入新增的记录，并把它修改过的记录恢复原样。如果某条记录在导入后又被修改过，撤销将被拒绝。</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>&amp;Undo Import</source>
        <translation>撤销导入(&amp;U)</translation>
    </message>
    <message>
        <source>Undo the chosen import</source>
        <translation>撤销所选的导入</translation>
    </message>
</context>
<context>
    <name>pd::ui::ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>pd::ui::KpiTile</name>
    <message>
        <source>Open what this counts</source>
        <translation>打开此数字对应的记录</translation>
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
        <source>Open Portfolio</source>
        <translation>打开项目组合</translation>
    </message>
    <message>
        <source>About ProjectDesk</source>
        <translation>关于 ProjectDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ProjectDesk %1&lt;/h3&gt;&lt;p&gt;Projects, partners, budgets and deliveries of CICETE's international cooperation, in Chinese and English.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ProjectDesk %1&lt;/h3&gt;&lt;p&gt;中国国际经济技术交流中心国际合作的项目、合作伙伴、预算和物资交付管理，支持中英文。&lt;/p&gt;&lt;p&gt;依据 GNU 通用公共许可证第 3 版或更高版本授权。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;New Portfolio...</source>
        <translation>新建项目组合(&amp;N)...</translation>
    </message>
    <message>
        <source>New &amp;Demo Portfolio...</source>
        <translation>新建演示项目组合(&amp;D)...</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Backup...</source>
        <translation>备份(&amp;B)...</translation>
    </message>
    <message>
        <source>&amp;Close Portfolio</source>
        <translation>关闭项目组合(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>New &amp;Project...</source>
        <translation>新建项目(&amp;P)...</translation>
    </message>
    <message>
        <source>&amp;Delete Project...</source>
        <translation>删除项目(&amp;D)...</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>首选项(&amp;P)...</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Project &amp;Filters</source>
        <translation>项目筛选(&amp;F)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>No recent portfolios</source>
        <translation>无最近打开的项目组合</translation>
    </message>
    <message>
        <source>ProjectDesk portfolios (*.db);;All files (*)</source>
        <translation>ProjectDesk 项目组合 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>New Portfolio</source>
        <translation>新建项目组合</translation>
    </message>
    <message>
        <source>%1 could not be replaced.</source>
        <translation>无法替换 %1。</translation>
    </message>
    <message>
        <source>New Demo Portfolio</source>
        <translation>新建演示项目组合</translation>
    </message>
    <message>
        <source>%1 exists already; choose a new file for the demo portfolio.</source>
        <translation>%1 已存在；请为演示项目组合另选一个新文件。</translation>
    </message>
    <message>
        <source>Generating the demo portfolio...</source>
        <translation>正在生成演示项目组合...</translation>
    </message>
    <message>
        <source>Backup Portfolio</source>
        <translation>备份项目组合</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Writing a consistent copy of the portfolio...</source>
        <translation>正在写入项目组合的一致性副本...</translation>
    </message>
    <message>
        <source>Backup cancelled</source>
        <translation>备份已取消</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>备份已写入 %1</translation>
    </message>
    <message>
        <source>Delete project %1, "%2"?</source>
        <translation>删除项目 %1“%2”？</translation>
    </message>
    <message numerus="yes">
        <source>Its %n partner role(s) are removed with it: %1.</source>
        <translation>
            <numerusform>其 %n 个合作伙伴角色将一并删除：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Project</source>
        <translation>删除项目</translation>
    </message>
    <message>
        <source>Project %1 deleted</source>
        <translation>已删除项目 %1</translation>
    </message>
    <message>
        <source>%1 is the portfolio open now; choose another file.</source>
        <translation>%1 是当前打开的项目组合，请选择其他文件。</translation>
    </message>
    <message>
        <source>%1 exists already; a backup is written to a new file.</source>
        <translation>%1 已存在；备份须写入新文件。</translation>
    </message>
    <message>
        <source>Exchange &amp;Rates...</source>
        <translation>汇率(&amp;R)...</translation>
    </message>
    <message>
        <source>Delete Delivery</source>
        <translation>删除交付批次</translation>
    </message>
    <message numerus="yes">
        <source>Delete delivery %1 with its packing list of %n line(s)? You can undo this.</source>
        <translation>
            <numerusform>删除交付批次 %1 及其 %n 行装箱单？此操作可以撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delivery %1 deleted</source>
        <translation>交付批次 %1 已删除</translation>
    </message>
    <message numerus="yes">
        <source>%n budget line(s)</source>
        <translation>
            <numerusform>%n 条预算行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s)</source>
        <translation>
            <numerusform>%n 笔交易</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(ies) with their packing lists</source>
        <translation>
            <numerusform>%n 个交付批次及其装箱单</numerusform>
        </translation>
    </message>
    <message>
        <source>Its %1 are removed too.</source>
        <translation>其 %1 也将一并删除。</translation>
    </message>
    <message>
        <source>You can undo this.</source>
        <translation>此操作可以撤销。</translation>
    </message>
    <message>
        <source>&amp;Reports...</source>
        <translation>报告(&amp;R)...</translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation>导入(&amp;I)...</translation>
    </message>
    <message>
        <source>Export &amp;IATI...</source>
        <translation>导出 IATI(&amp;I)...</translation>
    </message>
    <message>
        <source>Export IATI</source>
        <translation>导出 IATI</translation>
    </message>
    <message>
        <source>IATI activity files (*.xml)</source>
        <translation>IATI 活动文件 (*.xml)</translation>
    </message>
    <message>
        <source>Writing %1...</source>
        <translation>正在写入 %1...</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n project(s) as IATI activities to %1</source>
        <translation>
            <numerusform>已将 %n 个项目作为 IATI 活动导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;cover...</source>
        <translation>恢复(&amp;C)...</translation>
    </message>
    <message>
        <source>%1 (read-only) - ProjectDesk</source>
        <translation>%1（只读）- ProjectDesk</translation>
    </message>
    <message>
        <source>%1 is open in ProjectDesk (%2); it cannot be replaced while it is.</source>
        <translation>%1 已在 ProjectDesk 中打开（%2）；打开期间不能替换它。</translation>
    </message>
    <message>
        <source>Portfolio Open Elsewhere</source>
        <translation>项目组合已在别处打开</translation>
    </message>
    <message>
        <source>It is on a network share, where one program at a time may write. You can open it read-only to look, search, report and export. To work on one portfolio together, use a team server.</source>
        <translation>它位于网络共享上，那里同一时间只能有一个程序写入。您可以以只读方式打开，用于查看、搜索、生成报告和导出。如需多人共用一个项目组合，请使用团队服务器。</translation>
    </message>
    <message>
        <source>You can open it read-only to look, search, report and export without changing anything. Editing it in two windows at once means each may change what the other shows.</source>
        <translation>您可以以只读方式打开，用于查看、搜索、生成报告和导出，不会做任何更改。若在两个窗口中同时编辑，双方都可能改动对方正在显示的内容。</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>以只读方式打开</translation>
    </message>
    <message>
        <source>Edit Anyway</source>
        <translation>仍然编辑</translation>
    </message>
    <message>
        <source>You can look, search, report and export; changes are turned off.</source>
        <translation>您可以查看、搜索、生成报告和导出；更改功能已关闭。</translation>
    </message>
    <message>
        <source>Recover...</source>
        <translation>恢复...</translation>
    </message>
    <message>
        <source>Open for Editing</source>
        <translation>打开以编辑</translation>
    </message>
    <message>
        <source>Recover a Damaged Portfolio</source>
        <translation>恢复已损坏的项目组合</translation>
    </message>
    <message>
        <source>Save the Recovered Portfolio As</source>
        <translation>恢复出的项目组合另存为</translation>
    </message>
    <message>
        <source>%1 exists already; the recovered portfolio is written to a new file.</source>
        <translation>%1 已存在；恢复出的项目组合须写入新文件。</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Reading what can be read of %1...</source>
        <translation>正在读取 %1 中可读取的内容...</translation>
    </message>
    <message>
        <source>The damaged file was not changed. The recovered portfolio is %1.</source>
        <translation>已损坏的文件未做任何更改。恢复出的项目组合为 %1。</translation>
    </message>
    <message>
        <source>Open Recovered Portfolio</source>
        <translation>打开恢复出的项目组合</translation>
    </message>
    <message>
        <source>Connect to &amp;Team Server...</source>
        <translation>连接团队服务器(&amp;T)...</translation>
    </message>
    <message>
        <source>The password could not be kept: no system keychain answered. You will be asked for it next time.</source>
        <translation>未能保存密码：系统钥匙串没有响应。下次连接时会再次询问密码。</translation>
    </message>
    <message>
        <source>Connect to Team Server</source>
        <translation>连接团队服务器</translation>
    </message>
    <message>
        <source>Updated with a change by %1</source>
        <translation>已更新：%1 做了修改</translation>
    </message>
    <message>
        <source>Delete Partner</source>
        <translation>删除合作伙伴</translation>
    </message>
    <message>
        <source>Delete %1? You can undo this.</source>
        <translation>删除 %1？此操作可以撤销。</translation>
    </message>
    <message>
        <source>Partner %1 deleted</source>
        <translation>已删除合作伙伴 %1</translation>
    </message>
    <message>
        <source>%1 merged into %2</source>
        <translation>%1 已合并到 %2</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>Undo &amp;Import...</source>
        <translation>撤销导入(&amp;I)...</translation>
    </message>
</context>
<context>
    <name>pd::ui::MergePartnersDialog</name>
    <message>
        <source>Merge Partners</source>
        <translation>合并合作伙伴</translation>
    </message>
    <message>
        <source>Join &lt;b&gt;%1&lt;/b&gt; into the record of the same organisation that is kept:</source>
        <translation>将 &lt;b&gt;%1&lt;/b&gt; 合并到同一机构的保留记录中：</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message numerus="yes">
        <source>Its %n project role(s), %1 and %2 move to the record kept; its contacts and what the kept record lacks (names, acronym, identifier, country) are added to it, and it is deleted. Edit &gt; Undo takes the merge back.</source>
        <translation>
            <numerusform>它的 %n 个项目角色、%1和%2将转到保留的记录；它的联系人以及保留记录所缺的信息（名称、缩写、标识符、国家）将补入保留记录，然后删除它。“编辑 &gt; 撤销”可撤回此次合并。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delivery(ies)</source>
        <translation>
            <numerusform>%n 批交付</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s)</source>
        <translation>
            <numerusform>%n 笔交易</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pd::ui::MessageBanner</name>
    <message>
        <source>Details...</source>
        <translation>详细信息...</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>隐藏此消息</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
</context>
<context>
    <name>pd::ui::MoneyFields</name>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
</context>
<context>
    <name>pd::ui::PackingListTable</name>
    <message>
        <source>Description (English)</source>
        <translation>品名（英文）</translation>
    </message>
    <message>
        <source>Description (Chinese)</source>
        <translation>品名（中文）</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Unit value</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Gross weight (kg)</source>
        <translation>毛重（公斤）</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Add Row</source>
        <translation>添加行</translation>
    </message>
    <message>
        <source>Remove Row</source>
        <translation>删除行</translation>
    </message>
    <message>
        <source>Paste from Spreadsheet</source>
        <translation>从电子表格粘贴</translation>
    </message>
    <message>
        <source>Rows copied from Excel or WPS: description (en), description (zh), category, quantity, unit, unit value, gross weight in kg; or any order under a header row.</source>
        <translation>从 Excel 或 WPS 复制的行：英文品名、中文品名、类别、数量、单位、单价、毛重（公斤）；有表头行时列序不限。</translation>
    </message>
    <message>
        <source>Copy All</source>
        <translation>全部复制</translation>
    </message>
    <message>
        <source>row %1: "%2" is not a quantity</source>
        <translation>第 %1 行：“%2”不是数量</translation>
    </message>
    <message>
        <source>row %1: "%2" is not an amount</source>
        <translation>第 %1 行：“%2”不是金额</translation>
    </message>
    <message>
        <source>row %1: "%2" is not a weight in kg</source>
        <translation>第 %1 行：“%2”不是公斤重量</translation>
    </message>
    <message>
        <source>Nothing was pasted: %1</source>
        <translation>未粘贴任何内容：%1</translation>
    </message>
    <message>
        <source>the totals are too large</source>
        <translation>合计过大</translation>
    </message>
    <message>
        <source>Lines: %1, weight: %2 t, value: %3</source>
        <translation>行数：%1，重量：%2 吨，金额：%3</translation>
    </message>
    <message>
        <source>1 row pasted.</source>
        <translation>已粘贴 1 行。</translation>
    </message>
    <message>
        <source>%1 rows pasted.</source>
        <translation>已粘贴 %1 行。</translation>
    </message>
    <message>
        <source>Packing list</source>
        <translation>装箱单</translation>
    </message>
</context>
<context>
    <name>pd::ui::PartnerCommands</name>
    <message>
        <source>Add partner %1</source>
        <translation>添加合作伙伴 %1</translation>
    </message>
    <message>
        <source>Edit partner %1</source>
        <translation>编辑合作伙伴 %1</translation>
    </message>
    <message>
        <source>Delete partner %1</source>
        <translation>删除合作伙伴 %1</translation>
    </message>
    <message>
        <source>Merge partner %1 into %2</source>
        <translation>将合作伙伴 %1 合并到 %2</translation>
    </message>
</context>
<context>
    <name>pd::ui::PartnerEditor</name>
    <message>
        <source>Partner %1</source>
        <translation>合作伙伴 %1</translation>
    </message>
    <message>
        <source>New Partner</source>
        <translation>新建合作伙伴</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <source>(international organisation)</source>
        <translation>（国际组织）</translation>
    </message>
    <message>
        <source>AGENCY-ID, e.g. XM-DAC-41140</source>
        <translation>登记机构-编号，如 XM-DAC-41140</translation>
    </message>
    <message>
        <source>not a member</source>
        <translation>非成员</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Add Contact</source>
        <translation>添加联系人</translation>
    </message>
    <message>
        <source>Remove Contact</source>
        <translation>删除联系人</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>名称（英文）</translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation>名称（中文）</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>缩写</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>IATI identifier</source>
        <translation>IATI 标识符</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>SSC Network member since</source>
        <translation>南南合作网络成员起始年份</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Possibly the same organisation as %1. Use that record, or save this one and join the two later with Merge... on the Partners page.</source>
        <translation>可能与 %1 是同一机构。请使用该记录，或保存本记录后在“合作伙伴”页用“合并...”将两者合并。</translation>
    </message>
    <message>
        <source>The partner was not saved.</source>
        <translation>合作伙伴未保存。</translation>
    </message>
</context>
<context>
    <name>pd::ui::PartnerNameField</name>
    <message>
        <source>A partner (type any word of its name) or any organisation's name</source>
        <translation>合作伙伴（输入其名称中的任一词）或任何机构的名称</translation>
    </message>
</context>
<context>
    <name>pd::ui::PartnerPage</name>
    <message>
        <source>Also known as</source>
        <translation>其他名称</translation>
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
        <source>SSC Network member since</source>
        <translation>加入中国南南合作网络年份</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message numerus="yes">
        <source>%n project role(s)</source>
        <translation>
            <numerusform>%n 个项目角色</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 of %2 project roles</source>
        <translation>共 %2 个项目角色，显示前 %1 个</translation>
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
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>入网年份</translation>
    </message>
</context>
<context>
    <name>pd::ui::PartnersPage</name>
    <message>
        <source>Partners</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>Search name (English or Chinese), acronym or IATI identifier</source>
        <translation>按名称（中文或英文）、简称或 IATI 标识符搜索</translation>
    </message>
    <message>
        <source>SSC Network members only</source>
        <translation>仅显示中国南南合作网络成员</translation>
    </message>
    <message>
        <source>%1 of %2 partners</source>
        <translation>共 %2 个合作伙伴，显示 %1 个</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>显示全部</translation>
    </message>
    <message>
        <source>Partners of the projects: %1</source>
        <translation>以下项目的合作伙伴：%1</translation>
    </message>
    <message>
        <source>Partners playing a role in a project</source>
        <translation>在项目中担任角色的合作伙伴</translation>
    </message>
    <message>
        <source>Open a portfolio to export its partners.</source>
        <translation>请先打开项目组合再导出其合作伙伴。</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>编辑...</translation>
    </message>
    <message>
        <source>Merge...</source>
        <translation>合并...</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>New Partner</source>
        <translation>新建合作伙伴</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
</context>
<context>
    <name>pd::ui::PortfolioReport</name>
    <message>
        <source>Portfolio report</source>
        <translation>项目组合报告</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>主要数据</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Recipient countries</source>
        <translation>受援国</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>Deliveries handed over</source>
        <translation>已交接批次</translation>
    </message>
    <message>
        <source>Tonnes handed over</source>
        <translation>已交接吨数</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>已承诺</translation>
    </message>
    <message>
        <source>Disbursed</source>
        <translation>已拨付</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>已支出</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>执行率</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>By business line</source>
        <translation>按业务领域</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Business line</source>
        <translation>业务领域</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>By year</source>
        <translation>按年度</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>By recipient country</source>
        <translation>按受援国</translation>
    </message>
    <message>
        <source>Budgets shared among a project's recipient countries by its percentages.</source>
        <translation>项目预算按其受援国比例分摊。</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Active projects (status today)</source>
        <translation>实施中项目（今天的状态）</translation>
    </message>
    <message>
        <source>Overdue deliveries (due in the period, as of today)</source>
        <translation>逾期交付批次（期间内到期，截至今天）</translation>
    </message>
    <message>
        <source>No recipient country</source>
        <translation>无受援国</translation>
    </message>
</context>
<context>
    <name>pd::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>The new language is used from the next start of ProjectDesk.</source>
        <translation>新语言将在下次启动 ProjectDesk 时生效。</translation>
    </message>
    <message>
        <source>Your Name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>ProjectDesk records who changes what in each portfolio's history. Under which name should your changes appear? (On a team server your login is used.)</source>
        <translation>ProjectDesk 会在每个项目组合的修改记录中记下谁改了什么。您的修改应以什么姓名显示？（在团队服务器上使用您的登录名。）</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>外观(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reporting currency of new portfolios</source>
        <translation>新项目组合的报告货币(&amp;R)</translation>
    </message>
    <message>
        <source>Your &amp;name in the change history</source>
        <translation>您在修改历史中的名字(&amp;N)</translation>
    </message>
</context>
<context>
    <name>pd::ui::ProjectDeliveriesTab</name>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目的国</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Planned arrival</source>
        <translation>计划抵达</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>交接日期</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>品项</translation>
    </message>
    <message>
        <source>Tonnes</source>
        <translation>吨</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>货值</translation>
    </message>
    <message>
        <source>New Delivery...</source>
        <translation>新建交付批次...</translation>
    </message>
    <message>
        <source>Open...</source>
        <translation>打开...</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete Delivery</source>
        <translation>删除交付批次</translation>
    </message>
    <message>
        <source>Delete delivery %1 with its packing list? You can undo this.</source>
        <translation>删除交付批次 %1 及其装箱单？此操作可以撤销。</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation>（逾期）</translation>
    </message>
    <message>
        <source>Deliveries: %1, weight: %2 t, value: %3</source>
        <translation>交付批次：%1，重量：%2 吨，货值：%3</translation>
    </message>
    <message>
        <source>out of range</source>
        <translation>超出范围</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>交付批次</translation>
    </message>
</context>
<context>
    <name>pd::ui::ProjectEditor</name>
    <message>
        <source>Project %1</source>
        <translation>项目 %1</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>General</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Countries and sectors</source>
        <translation>国家和部门</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>项目描述</translation>
    </message>
    <message>
        <source>e.g. SSCAF-2024-001</source>
        <translation>例如 SSCAF-2024-001</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>项目名称（英文）</translation>
    </message>
    <message>
        <source>Title (Chinese)</source>
        <translation>项目名称（中文）</translation>
    </message>
    <message>
        <source>Business line</source>
        <translation>业务领域</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>资金来源</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>负责人</translation>
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
        <source>Actual start</source>
        <translation>实际开始</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>实际结束</translation>
    </message>
    <message>
        <source>Recipient country</source>
        <translation>受援国</translation>
    </message>
    <message>
        <source>DAC sector</source>
        <translation>DAC 部门</translation>
    </message>
    <message>
        <source>Recipient countries</source>
        <translation>受援国</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Sustainable Development Goals</source>
        <translation>可持续发展目标</translation>
    </message>
    <message>
        <source>Description (English)</source>
        <translation>项目描述（英文）</translation>
    </message>
    <message>
        <source>Description (Chinese)</source>
        <translation>项目描述（中文）</translation>
    </message>
    <message>
        <source>IATI identifier</source>
        <translation>IATI 标识符</translation>
    </message>
    <message>
        <source>Their version was loaded; your changes were set aside.</source>
        <translation>已加载对方版本；您的修改已被放弃。</translation>
    </message>
    <message>
        <source>The project was not saved: correct the fields marked in red.</source>
        <translation>项目未保存：请更正以红色标出的字段。</translation>
    </message>
    <message>
        <source>Edit project %1</source>
        <translation>编辑项目 %1</translation>
    </message>
    <message>
        <source>Create project %1</source>
        <translation>创建项目 %1</translation>
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
        <source>%1 saved a newer version of this project while you were editing it. When you save, you will be asked which version to keep.</source>
        <translation>在您编辑期间，%1 保存了此项目的较新版本。您保存时，将询问保留哪个版本。</translation>
    </message>
    <message>
        <source>This project belongs to the %1 line: you may change projects of your own lines (%2) only.</source>
        <translation>此项目属于“%1”业务领域：您只能修改您所负责业务领域（%2）的项目。</translation>
    </message>
    <message>
        <source>Deliveries can be recorded once the project is saved (Apply saves it and keeps the editor open).</source>
        <translation>项目保存后即可记录交付（“应用”保存项目并保持编辑器打开）。</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 (GLIDE %2)</source>
        <translation>%1（GLIDE %2）</translation>
    </message>
    <message>
        <source>Emergency answered</source>
        <translation>应对的紧急事件</translation>
    </message>
</context>
<context>
    <name>pd::ui::ProjectFilterPanel</name>
    <message>
        <source>Any line</source>
        <translation>全部业务领域</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Any country</source>
        <translation>全部国家</translation>
    </message>
    <message>
        <source>Any officer</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <source>Any partner</source>
        <translation>全部合作伙伴</translation>
    </message>
    <message>
        <source>Any SDG</source>
        <translation>全部可持续发展目标</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
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
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>SDG goal</source>
        <translation>可持续发展目标</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>搜索：%1</translation>
    </message>
    <message>
        <source>Years %1-%2</source>
        <translation>年份：%1-%2</translation>
    </message>
    <message>
        <source>Officer: %1</source>
        <translation>负责人：%1</translation>
    </message>
    <message>
        <source>Partner: %1</source>
        <translation>合作伙伴：%1</translation>
    </message>
    <message>
        <source>SDG %1</source>
        <translation>可持续发展目标 %1</translation>
    </message>
    <message>
        <source>Any funding</source>
        <translation>全部资金来源</translation>
    </message>
    <message>
        <source>Any region</source>
        <translation>全部地区</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>资金来源</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Active (implementation or finalisation)</source>
        <translation>进行中（实施或收尾阶段）</translation>
    </message>
    <message>
        <source>Years from</source>
        <translation>起始年份</translation>
    </message>
    <message>
        <source>Years to</source>
        <translation>截止年份</translation>
    </message>
    <message>
        <source>Any emergency</source>
        <translation>任意紧急事件</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>紧急事件</translation>
    </message>
    <message>
        <source>Emergency: %1</source>
        <translation>紧急事件：%1</translation>
    </message>
</context>
<context>
    <name>pd::ui::ProjectFinanceTab</name>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Value date</source>
        <translation>起息日</translation>
    </message>
    <message>
        <source>Provider / receiver</source>
        <translation>提供方 / 接收方</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Add...</source>
        <translation>添加...</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>编辑...</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Budget lines</source>
        <translation>预算行</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>执行率</translation>
    </message>
    <message>
        <source>Revised</source>
        <translation>修订</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>原始</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>已承诺</translation>
    </message>
    <message>
        <source>Indicative</source>
        <translation>指示性</translation>
    </message>
    <message>
        <source>no budget</source>
        <translation>无预算</translation>
    </message>
    <message>
        <source>More was disbursed and spent than budgeted.</source>
        <translation>已拨付和已支出金额超过预算。</translation>
    </message>
    <message>
        <source>(some amounts have no exchange rate and are left out)</source>
        <translation>（部分金额缺少汇率，未计入）</translation>
    </message>
    <message>
        <source>%1: budget %2, committed %3, disbursed %4, spent %5</source>
        <translation>%1：预算 %2，已承诺 %3，已拨付 %4，已支出 %5</translation>
    </message>
    <message>
        <source>Stored with the project when it is saved.</source>
        <translation>保存项目时一并保存。</translation>
    </message>
    <message>
        <source>In %1: budget %2, committed %3, disbursed %4, spent %5, balance %6</source>
        <translation>折合 %1：预算 %2，已承诺 %3，已拨付 %4，已支出 %5，余额 %6</translation>
    </message>
</context>
<context>
    <name>pd::ui::ProjectPicker</name>
    <message>
        <source>Code or words of the title, e.g. GS-2024-001 or Malawi</source>
        <translation>项目编号或名称中的词，如 GS-2024-001 或 马拉维</translation>
    </message>
</context>
<context>
    <name>pd::ui::ProjectReport</name>
    <message>
        <source>Project fact sheet: %1</source>
        <translation>项目简报：%1</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Business line</source>
        <translation>业务领域</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>资金来源</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>IATI identifier</source>
        <translation>IATI 标识符</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1至%2</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>可持续发展目标</translation>
    </message>
    <message>
        <source>Partners and roles</source>
        <translation>合作伙伴及角色</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>无记录。</translation>
    </message>
    <message>
        <source>Recipient countries</source>
        <translation>受援国</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>ISO code</source>
        <translation>ISO 代码</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Budget and actuals (%1)</source>
        <translation>预算与实际（%1）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>已承诺</translation>
    </message>
    <message>
        <source>Disbursed</source>
        <translation>已拨付</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>已支出</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>执行率</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>对方</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>物资交付</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>计划开始</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>计划结束</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: handover planned</source>
        <translation>%1：计划交接</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>交付批次</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>目的国</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>交接</translation>
    </message>
    <message>
        <source>Tonnes</source>
        <translation>吨</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>货值</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
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
    <message>
        <source>Funding source</source>
        <translation>资金来源</translation>
    </message>
</context>
<context>
    <name>pd::ui::ProjectsPage</name>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Search code, title, country, officer or partner (English or Chinese)</source>
        <translation>按编号、项目名称、国家、负责人或合作伙伴搜索（中文或英文）</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Counting projects...</source>
        <translation>正在统计项目...</translation>
    </message>
    <message>
        <source>%1 of %2 projects</source>
        <translation>共 %2 个项目，显示 %1 个</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>Delete Project...</source>
        <translation>删除项目...</translation>
    </message>
    <message>
        <source>Open a portfolio to export its projects.</source>
        <translation>请先打开项目组合再导出其项目。</translation>
    </message>
</context>
<context>
    <name>pd::ui::RatesDialog</name>
    <message>
        <source>Exchange Rates into %1</source>
        <translation>兑换为 %1 的汇率</translation>
    </message>
    <message>
        <source>From</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Rate (%1 per unit)</source>
        <translation>汇率（每单位折合 %1）</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Set Rate</source>
        <translation>设定汇率</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Paste Table</source>
        <translation>粘贴表格</translation>
    </message>
    <message>
        <source>Lines of "date, rate" for this currency, or "currency, date, rate", copied from a spreadsheet.</source>
        <translation>从电子表格复制的数据行：本货币的“日期, 汇率”，或“货币, 日期, 汇率”。</translation>
    </message>
    <message>
        <source>Import CSV...</source>
        <translation>导入 CSV...</translation>
    </message>
    <message>
        <source>pasted table</source>
        <translation>粘贴的表格</translation>
    </message>
    <message>
        <source>Import Rates</source>
        <translation>导入汇率</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>New rate (valid from the date until the next one), and its source:</source>
        <translation>新汇率（自该日期起生效，直至下一个汇率）及其来源：</translation>
    </message>
    <message numerus="yes">
        <source>%n rate(s) imported.</source>
        <translation>
            <numerusform>已导入 %n 个汇率。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reporting currency of this portfolio</source>
        <translation>本项目组合的报告货币</translation>
    </message>
    <message>
        <source>Exchange Rates</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>Only an admin of this portfolio sets exchange rates.</source>
        <translation>只有此项目组合的管理员可以设置汇率。</translation>
    </message>
    <message>
        <source>The portfolio is open read-only: rates are shown, not changed.</source>
        <translation>项目组合以只读方式打开：汇率只能查看，不能修改。</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>汇率</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>汇率列表</translation>
    </message>
</context>
<context>
    <name>pd::ui::RegisterPage</name>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Search %1</source>
        <translation>搜索%1</translation>
    </message>
</context>
<context>
    <name>pd::ui::ReportDialog</name>
    <message>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Portfolio report</source>
        <translation>项目组合报告</translation>
    </message>
    <message>
        <source>Project fact sheet</source>
        <translation>项目简报</translation>
    </message>
    <message>
        <source>Deliveries report</source>
        <translation>物资交付报告</translation>
    </message>
    <message>
        <source>Financial report</source>
        <translation>财务报告</translation>
    </message>
    <message>
        <source>Project code, e.g. SSCAF-2019-007</source>
        <translation>项目编号，如 SSCAF-2019-007</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter（美国信纸）</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>报告(&amp;R)：</translation>
    </message>
    <message>
        <source>Pro&amp;ject:</source>
        <translation>项目(&amp;J)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>纸张(&amp;P)：</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <source>Pre&amp;view...</source>
        <translation>预览(&amp;V)...</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>打印(&amp;P)...</translation>
    </message>
    <message>
        <source>&amp;Save PDF...</source>
        <translation>保存 PDF(&amp;S)...</translation>
    </message>
    <message>
        <source>Only the dashboard's projects: %1</source>
        <translation>仅限仪表板筛选的项目：%1</translation>
    </message>
    <message>
        <source>Key figures, the dashboard's charts, tables by business line, year and country. The period counts in whole years.</source>
        <translation>主要数据、仪表板图表，以及按业务领域、年度和国家的表格。期间按整年计算。</translation>
    </message>
    <message>
        <source>Identity, partners, countries, budget against actuals, transactions, deliveries and milestones.</source>
        <translation>基本信息、合作伙伴、国家、预算与实际、交易、物资交付和里程碑。</translation>
    </message>
    <message>
        <source>Deliveries handed over in the period, by country and category, and the shipments under way.</source>
        <translation>期间内已交接的物资（按国家和类别）以及在途批次。</translation>
    </message>
    <message>
        <source>Budget against committed, disbursed and spent: in total, by year, by business line and by project.</source>
        <translation>预算与已承诺、已拨付、已支出的对比：合计、按年度、按业务领域和按项目。</translation>
    </message>
    <message>
        <source>Enter the code of the project for its fact sheet.</source>
        <translation>请输入项目编号以生成项目简报。</translation>
    </message>
    <message>
        <source>The period starts after it ends.</source>
        <translation>期间的开始日期晚于结束日期。</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Report Preview</source>
        <translation>报告预览</translation>
    </message>
    <message>
        <source>Writing %1...</source>
        <translation>正在写入 %1...</translation>
    </message>
    <message>
        <source>Computing the figures...</source>
        <translation>正在计算数据...</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>报告已取消。</translation>
    </message>
    <message>
        <source>from the first record</source>
        <translation>自最早记录起</translation>
    </message>
    <message>
        <source>to the last record</source>
        <translation>至最新记录止</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>期间起</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>期间止</translation>
    </message>
</context>
<context>
    <name>pd::ui::ReportPrinter</name>
    <message>
        <source>The report cannot be drawn on this device.</source>
        <translation>无法在此设备上绘制报告。</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>生成于%1</translation>
    </message>
    <message>
        <source>The device refused a new page.</source>
        <translation>设备拒绝新建页面。</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>The report could not be finished.</source>
        <translation>报告未能完成。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>The report was cancelled.</source>
        <translation>报告已取消。</translation>
    </message>
    <message>
        <source>the file could not be written</source>
        <translation>无法写入该文件</translation>
    </message>
</context>
<context>
    <name>pd::ui::ReportScope</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>funded by %1</source>
        <translation>资金来源：%1</translation>
    </message>
    <message>
        <source>officer %1</source>
        <translation>负责人：%1</translation>
    </message>
    <message>
        <source>SDG %1</source>
        <translation>可持续发展目标 %1</translation>
    </message>
    <message>
        <source>matching "%1"</source>
        <translation>包含“%1”</translation>
    </message>
    <message>
        <source>running in %1</source>
        <translation>执行于%1</translation>
    </message>
    <message>
        <source>All projects of the portfolio</source>
        <translation>项目组合中的全部项目</translation>
    </message>
    <message>
        <source>Projects: %1</source>
        <translation>项目：%1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>期间：%1至%2</translation>
    </message>
    <message>
        <source>Period: from %1</source>
        <translation>期间：%1起</translation>
    </message>
    <message>
        <source>Period: until %1</source>
        <translation>期间：截至%1</translation>
    </message>
    <message>
        <source>Period: all dates</source>
        <translation>期间：全部日期</translation>
    </message>
    <message>
        <source>Amounts in %1, converted at the exchange rate of each value date. As of %2.</source>
        <translation>金额以%1计，按各起息日汇率折算。截至%2。</translation>
    </message>
    <message>
        <source>Some amounts have no exchange rate into the reporting currency and are left out of the converted totals.</source>
        <translation>部分金额没有折算为报告货币的汇率，未计入折算合计。</translation>
    </message>
</context>
<context>
    <name>pd::ui::RolesEditor</name>
    <message>
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Partner to add</source>
        <translation>要添加的合作伙伴</translation>
    </message>
    <message>
        <source>Partners and roles</source>
        <translation>合作伙伴及角色</translation>
    </message>
</context>
<context>
    <name>pd::ui::SharesEditor</name>
    <message>
        <source>Share (%)</source>
        <translation>比例（%）</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Split equally</source>
        <translation>平均分配</translation>
    </message>
    <message>
        <source>%1 to add</source>
        <translation>要添加的%1</translation>
    </message>
    <message>
        <source>%1 and shares</source>
        <translation>%1及比例</translation>
    </message>
</context>
<context>
    <name>pd::ui::TeamServerDialog</name>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>在系统钥匙串中记住密码</translation>
    </message>
    <message>
        <source>Connect to Team Server</source>
        <translation>连接团队服务器</translation>
    </message>
    <message>
        <source>e.g. projectdesk.cicete.org.cn</source>
        <translation>例如 projectdesk.cicete.org.cn</translation>
    </message>
    <message>
        <source>e.g. cicete</source>
        <translation>例如 cicete</translation>
    </message>
    <message>
        <source>Use TLS when the server offers it</source>
        <translation>服务器支持时使用 TLS</translation>
    </message>
    <message>
        <source>Require TLS</source>
        <translation>必须使用 TLS</translation>
    </message>
    <message>
        <source>Require TLS and check the server's certificate</source>
        <translation>必须使用 TLS 并验证服务器证书</translation>
    </message>
    <message>
        <source>No TLS (a trusted local network only)</source>
        <translation>不使用 TLS（仅限可信的局域网）</translation>
    </message>
    <message>
        <source>A team server holds one portfolio for the whole office. Your administrator gives you its address, the database and your login.</source>
        <translation>团队服务器为整个办公室保存一个共同的项目组合。服务器地址、数据库和您的登录名由管理员提供。</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>加密</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Enter the server's name or address.</source>
        <translation>请输入服务器名称或地址。</translation>
    </message>
    <message>
        <source>Enter the database of the team's portfolio.</source>
        <translation>请输入团队项目组合所在的数据库。</translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation>请输入您的登录名。</translation>
    </message>
</context>
<context>
    <name>pd::ui::TransactionDialog</name>
    <message>
        <source>Edit Transaction</source>
        <translation>编辑交易</translation>
    </message>
    <message>
        <source>Add Transaction</source>
        <translation>添加交易</translation>
    </message>
    <message>
        <source>A negative amount records a reversal.</source>
        <translation>负数金额表示冲销。</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Value date</source>
        <translation>起息日</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供方</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>接收方</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参考编号</translation>
    </message>
</context>
<context>
    <name>pd::ui::TransactionTypeBox</name>
    <message>
        <source>More types...</source>
        <translation>更多类型...</translation>
    </message>
</context>
<context>
    <name>pd::ui::UserGuide</name>
    <message>
        <source>ProjectDesk User Guide</source>
        <translation>ProjectDesk 用户指南</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>用户指南</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation>在指南中查找</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
</context>
</TS>