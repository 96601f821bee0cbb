// The import wizard on a real dataset nobody prepared for ProjectDesk (AidData's Global Chinese
// Development Finance extract): a business line fixed for every record, statuses translated by a
// look-up, a year read as a date, rows grouped; problems grouped by kind; records with problems
// skipped into a rejects file; the mapping saved, loaded again, and used by the CLI for the same
// projects. Pictures in build/screenshots.
#include "demo_fixture.h"

#include "commands/portfolio_events.h"
#include "interchange/csv_check_page.h"
#include "interchange/csv_mapping_page.h"
#include "interchange/field_rule_dialog.h"
#include "interchange/import_file_page.h"
#include "interchange/import_run_page.h"
#include "interchange/import_wizard.h"
#include "services/project_service.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QTableWidget>

using namespace pd;
using namespace pd::ui;

namespace {

const QString kId = QStringLiteral("AidData Record ID");

// The AidData extract as received (CSV) and as a workbook LibreOffice made of it (see tests/data/xlsx).
QString fixture(bool workbook)
{
    return workbook ? QStringLiteral(PROJECTDESK_TEST_DATA_DIR "/xlsx/gcdf3_petrochemical.xlsx")
                    : QStringLiteral(PROJECTDESK_TEST_DATA_DIR "/xlsx/sources/gcdf3_petrochemical.csv");
}

ImportWizard *openOn(ImportWizard &wizard, const QString &path, ImportEntity entity)
{
    wizard.show();
    auto *file = qobject_cast<ImportFilePage *>(wizard.page(ImportWizard::FilePage));
    file->pathField()->setText(QDir::toNativeSeparators(path));
    file->kindField()->setCurrentIndex(file->kindField()->findData(int(entity)));
    REQUIRE(file->isComplete());
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::MappingPage);
    return &wizard;
}

// The codes, statuses, countries and planned starts of the portfolio's projects, as text.
QStringList projectsOf(const QString &db)
{
    auto portfolio = Portfolio::open(db);
    REQUIRE(portfolio.ok());
    auto list = portfolio.value()->projects().list({});
    REQUIRE(list.ok());
    QStringList out;
    for (const ProjectSummary &s : list.value()) {
        auto p = portfolio.value()->projects().get(s.id);
        REQUIRE(p.ok());
        QStringList countries;
        for (const CountryShare &c : p->countries)
            countries << c.country;
        out << QStringLiteral("%1 %2 %3 %4 %5").arg(p->code, keyOf(p->line)).arg(int(p->status)).arg(countries.join(u'+'), p->plannedStart.toString(Qt::ISODate));
    }
    out.sort();
    return out;
}

} // namespace

TEST_CASE("a real AidData extract imports through the wizard with a constant, a look-up and grouping, and its mapping serves the CLI",
    "[import][wizard][mapping]")
{
    const bool workbook = GENERATE(false, true);
    const QString kind = workbook ? QStringLiteral("xlsx") : QStringLiteral("csv");
    INFO(kind.toStdString());
    test::TempDir dir;
    const QString db = dir.path("wizard.db");
    auto portfolio = test::newPortfolio(dir, "wizard.db");
    PortfolioEvents events;
    ImportWizard wizard(portfolio->database().spec(), &events);
    openOn(wizard, fixture(workbook), ImportEntity::Projects);
    auto *mapping = qobject_cast<CsvMappingPage *>(wizard.currentPage());

    // Matched by header alone, the file does not import: no business line, and "Title" alone.
    CHECK(mapping->columnOf(QStringLiteral("title_en")) == QLatin1String("Title"));
    CHECK_FALSE(mapping->isComplete()); // the business line is required and no column holds it

    mapping->setColumn(QStringLiteral("code"), kId);
    mapping->setConstant(QStringLiteral("line"), QStringLiteral("sscaf"));
    mapping->setColumn(QStringLiteral("countries"), QStringLiteral("Recipient"));
    mapping->setColumn(QStringLiteral("status"), QStringLiteral("Status"));
    mapping->setColumn(QStringLiteral("planned_start"), QStringLiteral("Commitment Year"));
    mapping->setGroupBy(kId);
    REQUIRE(mapping->isComplete());

    // The Values... dialog lists the statuses the file holds; Completion is Closed, Implementation 2.
    FieldRuleDialog *statuses = mapping->ruleDialog(QStringLiteral("status"));
    statuses->show();
    statuses->setImportedAs(QStringLiteral("Completion"), QStringLiteral("4"));
    statuses->setImportedAs(QStringLiteral("Implementation"), QStringLiteral("2"));
    test::shoot(statuses, QStringLiteral("import-values-%1-en").arg(kind));
    FieldRule statusRule = statuses->rule();
    REQUIRE(statusRule.lookup.size() == 2);
    mapping->setRule(QStringLiteral("status"), statusRule);
    delete statuses;
    FieldRule year;
    year.format = QStringLiteral("yyyy");
    mapping->setRule(QStringLiteral("planned_start"), year);

    // The preview reads the rows as the import will: the constant, the look-up, the year as a date.
    QTableWidget *preview = mapping->preview();
    REQUIRE(preview->rowCount() == 12);
    QStringList firstRow;
    for (int c = 0; c < preview->columnCount(); ++c)
        firstRow << (preview->item(0, c) ? preview->item(0, c)->text() : QString());
    INFO(firstRow.join(" | ").toStdString());
    CHECK(firstRow.contains(QStringLiteral("sscaf")));
    CHECK(firstRow.contains(QStringLiteral("2")));
    CHECK(firstRow.contains(QStringLiteral("2019-01-01")));
    wizard.resize(1100, 760);
    test::shoot(&wizard, QStringLiteral("import-mapping-rules-%1-en").arg(kind));

    const QString saved = dir.path("aiddata-projects.json");
    REQUIRE(mapping->saveMapping(saved));

    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::CheckPage);
    auto *check = qobject_cast<CsvCheckPage *>(wizard.currentPage());
    QTRY_VERIFY(check->report().rows == 12);
    INFO(check->problems()->rowCount());
    CHECK(check->report().ok());
    CHECK(check->report().records == 12);
    REQUIRE(check->isComplete());
    wizard.next();
    auto *run = qobject_cast<ImportRunPage *>(wizard.currentPage());
    QTRY_VERIFY(run->isComplete());
    CHECK(run->succeeded());
    const QStringList imported = projectsOf(db);
    REQUIRE(imported.size() == 12);
    CHECK(imported.contains(QStringLiteral("62760 sscaf 4 BN 2018-01-01")));
    CHECK(imported.contains(QStringLiteral("89494 sscaf 2 MY 2019-01-01")));

    // The saved mapping, loaded by the CLI into a new portfolio: the same projects.
    const QString other = dir.path("cli.db");
    QProcess cli;
    cli.start(QStringLiteral(PROJECTDESK_CLI_PATH), {"--db", other, "init"});
    REQUIRE(cli.waitForFinished(120000));
    REQUIRE(cli.exitCode() == 0);
    QProcess import;
    import.start(QStringLiteral(PROJECTDESK_CLI_PATH),
        {"--db", other, "import", workbook ? "xlsx" : "csv", "--mapping", saved, fixture(workbook)});
    REQUIRE(import.waitForFinished(120000));
    INFO(import.readAllStandardError().toStdString());
    REQUIRE(import.exitCode() == 0);
    CHECK(import.readAllStandardOutput().contains("imported 12"));
    CHECK(projectsOf(other) == imported);
}

TEST_CASE("the check groups problems by kind, and skipping imports the valid records with a rejects file", "[import][wizard][mapping]")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    QString text = QStringLiteral("code,title,line,countries\n");
    for (int i = 1; i <= 40; ++i)
        text += QStringLiteral("R-%1,Road %1,%2,%3\n").arg(i).arg(i % 4 == 0 ? "roads" : "goods").arg(i % 5 == 0 ? "Atlantis" : "Kenya");
    const QString path = dir.path("roads.csv");
    test::writeFile(path, text.toUtf8());
    PortfolioEvents events;
    ImportWizard wizard(portfolio->database().spec(), &events);
    openOn(wizard, path, ImportEntity::Projects);
    auto *mapping = qobject_cast<CsvMappingPage *>(wizard.currentPage());
    REQUIRE(mapping->isComplete());
    wizard.next();
    auto *check = qobject_cast<CsvCheckPage *>(wizard.currentPage());
    QTRY_VERIFY(check->report().rows == 40);
    CHECK_FALSE(check->isComplete());
    QTableWidget *groups = check->groups();
    REQUIRE(groups->rowCount() == 2);
    CHECK(groups->item(0, 0)->text() == QLatin1String("10")); // rows 4, 8, ... name an unknown line
    CHECK(groups->item(0, 1)->text() == QLatin1String("line"));
    CHECK(groups->item(0, 3)->text().startsWith(QLatin1String("5, 9, 13, 17, 21")));
    CHECK(groups->item(1, 0)->text() == QLatin1String("6")); // Atlantis, on rows whose line is known
    wizard.resize(1100, 760);
    test::shoot(&wizard, QStringLiteral("import-problem-groups-en"));

    // Back to the mapping: skip the records with problems.
    wizard.back();
    mapping->setOnInvalid(OnInvalid::Skip);
    wizard.next();
    QTRY_VERIFY(check->report().rows == 40);
    REQUIRE(check->isComplete());
    wizard.next();
    auto *run = qobject_cast<ImportRunPage *>(wizard.currentPage());
    QTRY_VERIFY(run->isComplete());
    CHECK(run->succeeded());
    auto list = portfolio->projects().list({});
    REQUIRE(list.ok());
    CHECK(list->size() == 24);
    QFile rejects(dir.path("roads.rejected.csv"));
    REQUIRE(rejects.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(rejects.readAll()).count(QStringLiteral("\r\n")) == 17); // the header and 16 rows
}
