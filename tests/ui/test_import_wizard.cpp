// File > Import as an officer goes through it: the wizard on a real CSV file, its columns matched,
// the preview, a bad row found by the check with its line and column (nothing written), the file
// fixed and checked again, the import, and the registers told. Pictures of the pages are saved in
// build/screenshots.
#include "demo_fixture.h"

#include "commands/portfolio_events.h"
#include "interchange/csv_check_page.h"
#include "interchange/csv_mapping_page.h"
#include "interchange/import_file_page.h"
#include "interchange/import_run_page.h"
#include "interchange/import_wizard.h"
#include "money/money.h"
#include "services/finance_service.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStringEncoder>
#include <QTableWidget>
#include <QTranslator>

using namespace pd;
using namespace pd::ui;

namespace {

void shoot(QWidget *widget, const char *name)
{
    pd::test::shoot(widget, QLatin1String(name));
}

qint64 transactionCount(Portfolio &portfolio, qint64 projectId)
{
    auto listed = FinanceService(portfolio.database()).transactions(projectId);
    REQUIRE(listed.ok());
    return listed->size();
}

} // namespace

TEST_CASE("the import wizard checks a CSV of transactions, names the bad row, then imports the fixed file", "[import][wizard]")
{
    test::TempDir dir;
    auto portfolio = test::demoPortfolio(dir);
    auto projects = portfolio->projects().list({});
    REQUIRE(projects.ok());
    const ProjectSummary &target = projects->first();
    const qint64 before = transactionCount(*portfolio, target.id);

    // Semicolons, as a European Excel writes; the third data row has a date that is not one.
    const QString path = dir.path("transactions.csv");
    const auto writeCsv = [&](const QString &badDate) {
        const QString text = QStringLiteral("project;type;date;amount;currency;description\r\n"
                                            "%1;3;2025-01-15;1250.50;USD;\"First tranche; training\"\r\n"
                                            "%1;4;2025-02-01;300.00;USD;Travel\r\n"
                                            "%1;4;%2;75.25;USD;Interpretation\r\n")
                                 .arg(target.code, badDate);
        test::writeFile(path, text.toUtf8());
    };
    writeCsv(QStringLiteral("2025-13-45"));

    PortfolioEvents events;
    QSignalSpy changed(&events, &PortfolioEvents::projectsChanged);
    ImportWizard wizard(portfolio->database().spec(), &events);
    wizard.show();
    auto *file = qobject_cast<ImportFilePage *>(wizard.page(ImportWizard::FilePage));
    // The labels' & are mnemonics, never shown: each label names its field.
    for (const QLabel *label : file->findChildren<QLabel *>()) {
        if (label->text().contains(u'&')) {
            INFO(label->text().toStdString());
            CHECK(label->buddy() != nullptr);
        }
    }
    file->pathField()->setText(QDir::toNativeSeparators(path));
    file->kindField()->setCurrentIndex(file->kindField()->findData(int(ImportEntity::Transactions)));
    REQUIRE(file->isComplete());
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::MappingPage);

    // Matched by header; the preview shows the first rows as they will be read, quotes undone.
    auto *mapping = qobject_cast<CsvMappingPage *>(wizard.currentPage());
    CHECK(mapping->columnOf(QStringLiteral("project")) == QLatin1String("project"));
    CHECK(mapping->columnOf(QStringLiteral("amount")) == QLatin1String("amount"));
    REQUIRE(mapping->isComplete());
    QTableWidget *preview = mapping->preview();
    REQUIRE(preview->rowCount() == 3);
    bool quoted = false;
    for (int c = 0; c < preview->columnCount(); ++c)
        quoted = quoted || (preview->item(0, c) && preview->item(0, c)->text() == QLatin1String("First tranche; training"));
    CHECK(quoted);
    shoot(&wizard, "import-mapping-en");

    // Saved and loaded again: the same choices.
    const QString saved = dir.path("mapping.json");
    REQUIRE(mapping->saveMapping(saved));
    mapping->setColumn(QStringLiteral("description"), QString());
    CHECK(mapping->columnOf(QStringLiteral("description")).isEmpty());
    REQUIRE(mapping->loadMapping(saved));
    CHECK(mapping->columnOf(QStringLiteral("description")) == QLatin1String("description"));

    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::CheckPage);
    auto *check = qobject_cast<CsvCheckPage *>(wizard.currentPage());
    QTRY_VERIFY(check->report().rows == 3);
    CHECK_FALSE(check->isComplete());
    REQUIRE(check->problems()->rowCount() >= 1);
    CHECK(check->problems()->item(0, 0)->text() == QLatin1String("4")); // the header is line 1
    CHECK(check->problems()->item(0, 1)->text() == QLatin1String("date"));
    CHECK(check->problems()->item(0, 2)->text() == QLatin1String("2025-13-45"));
    CHECK(transactionCount(*portfolio, target.id) == before); // a check writes nothing
    shoot(&wizard, "import-check-en");

    // Fixed in the file, checked again: clean, and imported.
    writeCsv(QStringLiteral("2025-03-10"));
    check->check();
    CHECK(check->report().ok());
    REQUIRE(check->isComplete());
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::RunPage);
    auto *run = qobject_cast<ImportRunPage *>(wizard.currentPage());
    QTRY_VERIFY(run->isComplete());
    CHECK(run->succeeded());
    CHECK(transactionCount(*portfolio, target.id) == before + 3);
    CHECK(changed.count() >= 1);
    shoot(&wizard, "import-done-en");
}

TEST_CASE("the import wizard imports an IATI file and lists what it left out", "[import][wizard]")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    PortfolioEvents events;
    ImportWizard wizard(portfolio->database().spec(), &events);
    wizard.show();
    auto *file = qobject_cast<ImportFilePage *>(wizard.page(ImportWizard::FilePage));
    file->pathField()->setText(QStringLiteral(PROJECTDESK_TEST_DATA_DIR "/iati/real/covid_dportal.xml"));
    // An .xml file is taken for IATI activities.
    CHECK(file->kindField()->currentData().toInt() == -1);
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::RunPage);
    auto *run = qobject_cast<ImportRunPage *>(wizard.currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(run->isComplete(), 60000);
    REQUIRE(run->succeeded());
    auto count = portfolio->projects().count();
    REQUIRE(count.ok());
    CHECK(count.value() == 401); // the file's 401 activities
    CHECK(run->summary()->text().contains(QLatin1String("401 activities imported as new projects")));
    // The activity without a transaction type is listed with its identifier.
    bool listed = false;
    for (int r = 0; r < run->details()->rowCount(); ++r)
        listed = listed || run->details()->item(r, 1)->text() == QLatin1String("CZ-ICO-25755277-ZMBZ000033");
    CHECK(listed);
    shoot(&wizard, "import-iati-en");
}

TEST_CASE("in Chinese: the wizard reads a GB18030 file with Chinese headers, as Chinese Excel writes it", "[import][wizard]")
{
    test::TempDir dir;
    auto portfolio = test::demoPortfolio(dir);
    auto projects = portfolio->projects().list({});
    REQUIRE(projects.ok());
    const ProjectSummary &target = projects->at(1);
    const qint64 before = transactionCount(*portfolio, target.id);
    const QString path = dir.path("交易.csv");
    const QString text = QStringLiteral("项目编号,交易类型,日期,金额,货币,说明\r\n"
                                        "%1,3,2025/3/5,\"12,000.00\",CNY,第一笔拨款\r\n"
                                        "%1,4,2025/4/18,800.00,CNY,翻译费\r\n")
                             .arg(target.code);
    QStringEncoder gb18030("GB18030");
    REQUIRE(gb18030.isValid());
    test::writeFile(path, gb18030.encode(text));

    // The wizard's words in Chinese, as the app shows them with its Chinese catalogue.
    QTranslator chinese;
    REQUIRE(chinese.load(QStringLiteral(":/i18n/projectdesk_zh_CN.qm")));
    QCoreApplication::installTranslator(&chinese);
    {
        ImportWizard wizard(portfolio->database().spec(), nullptr);
        wizard.show();
        auto *file = qobject_cast<ImportFilePage *>(wizard.page(ImportWizard::FilePage));
        file->pathField()->setText(QDir::toNativeSeparators(path));
        file->kindField()->setCurrentIndex(file->kindField()->findData(int(ImportEntity::Transactions)));
        wizard.next();
        auto *mapping = qobject_cast<CsvMappingPage *>(wizard.currentPage());
        CHECK(mapping->columnOf(QStringLiteral("project")) == QStringLiteral("项目编号"));
        CHECK(mapping->columnOf(QStringLiteral("type")) == QStringLiteral("交易类型"));
        CHECK(mapping->columnOf(QStringLiteral("amount")) == QStringLiteral("金额"));
        CHECK(mapping->columnOf(QStringLiteral("currency")) == QStringLiteral("货币"));
        REQUIRE(mapping->preview()->rowCount() == 2);
        shoot(&wizard, "import-mapping-zh");
        wizard.next();
        auto *check = qobject_cast<CsvCheckPage *>(wizard.currentPage());
        QTRY_VERIFY(check->isComplete());
        wizard.next();
        auto *run = qobject_cast<ImportRunPage *>(wizard.currentPage());
        QTRY_VERIFY(run->isComplete());
        CHECK(run->succeeded());
        shoot(&wizard, "import-done-zh");
    }
    QCoreApplication::removeTranslator(&chinese);
    CHECK(transactionCount(*portfolio, target.id) == before + 2);
    auto listed = FinanceService(portfolio->database()).transactions(target.id);
    REQUIRE(listed.ok());
    bool found = false;
    for (const FinancialTransaction &t : listed.value())
        found = found || (t.description == QStringLiteral("第一笔拨款") && t.amount == Money(1200000, QStringLiteral("CNY")) && t.date == QDate(2025, 3, 5));
    CHECK(found);
}
