// Mappings that say what the data means: constants, look-ups, date formats, rows grouped into one
// record (lists gathered, amounts added), skipping invalid records into a rejects file, the header
// row, countries and sectors as spreadsheets name them, and problems grouped by kind.
#include "test_support.h"

#include "interchange/csv_import.h"
#include "services/finance_service.h"
#include "services/project_service.h"

#include <QFile>
#include <QSqlQuery>

using namespace pd;

namespace {

QString writeCsv(const test::TempDir &dir, const QString &name, const QString &text)
{
    const QString path = dir.path(name);
    test::writeFile(path, text.toUtf8());
    return path;
}

CsvMapping mappingOf(const char *json)
{
    auto mapping = mappingFromJson(QByteArray(json));
    INFO((mapping ? QString() : mapping.error().describe()).toStdString());
    REQUIRE(mapping.ok());
    return mapping.value();
}

ImportReport run(Database &db, const QString &path, const CsvMapping &mapping, const CsvImportOptions &options = {})
{
    auto report = importCsv(db, path, mapping, options);
    INFO((report ? QString() : report.error().describe()).toStdString());
    REQUIRE(report.ok());
    return report.value();
}

std::string describe(const ImportReport &report)
{
    QString text;
    for (const ImportProblem &p : report.problems)
        text += QStringLiteral("%1: %2: %3 (%4)\n").arg(p.line).arg(p.column, p.reason, p.value);
    return text.toStdString();
}

Project projectByCode(Portfolio &portfolio, const QString &code)
{
    auto q = portfolio.database().execute(QStringLiteral("SELECT id FROM projects WHERE code = ?"), {code});
    REQUIRE(q.ok());
    REQUIRE(q->next());
    auto project = portfolio.projects().get(q->value(0).toLongLong());
    REQUIRE(project.ok());
    return project.value();
}

qint64 projectCount(Portfolio &portfolio)
{
    auto q = portfolio.database().execute(QStringLiteral("SELECT count(*) FROM projects"));
    REQUIRE(q.ok());
    REQUIRE(q->next());
    return q->value(0).toLongLong();
}

// One row per project location, as AidData publishes them: the project's fields repeated.
const QString kLocations = QStringLiteral(
    "project_id,title,recipient,status,start_serial,commitment,amount,sector\n"
    "89494,Refinery loan,Malaysia,Completion,43774,2019,282500000.0,321\n"
    "70001,Port upgrade,KEN,Implementation,43466.75,2019,100.25,21040\n"
    "89494,Refinery loan,Brunei Darussalam,Completion,43774,2019,17500000.5,321\n"
    "70001,Port upgrade,404,Implementation,43466,2019,0.75,21040\n"
    "89494,Refinery loan,malaysia,Completion,,2019,1,321\n");

} // namespace

TEST_CASE("a mapping's constants, look-ups, formats, grouping and options survive JSON", "[csv][mapping][local]")
{
    const CsvMapping read = mappingOf(R"({
        "entity": "projects",
        "columns": {
            "code": "project_id",
            "title_en": "title",
            "line": {"value": "sscaf"},
            "status": {"column": "status", "values": {"Completion": "4", "Implementation": "2"}},
            "planned_start": {"column": "start_serial", "format": "excel-serial"},
            "actual_start": {"column": "commitment", "format": "yyyy"},
            "countries": "recipient"
        },
        "group_by": ["project_id"],
        "on_invalid": "skip",
        "sheet": 2,
        "header_row": 3
    })");
    CHECK(read.entity == ImportEntity::Projects);
    CHECK(read.columns.value("code") == "project_id");
    CHECK_FALSE(read.columns.contains("line"));
    REQUIRE(read.rules.value("line").constant.has_value());
    CHECK(*read.rules.value("line").constant == "sscaf");
    CHECK(read.rules.value("status").lookup.size() == 2);
    CHECK(read.columns.value("status") == "status");
    CHECK(read.rules.value("planned_start").format == "excel-serial");
    CHECK(read.groupBy == QStringList{"project_id"});
    CHECK(read.onInvalid == OnInvalid::Skip);
    CHECK(read.sheet == "2");
    CHECK(read.headerRow == 3);
    CHECK(read.maps("line"));
    CHECK_FALSE(read.maps("funding"));

    auto again = mappingFromJson(mappingToJson(read));
    REQUIRE(again.ok());
    CHECK(again->columns == read.columns);
    CHECK(again->rules == read.rules);
    CHECK(again->groupBy == read.groupBy);
    CHECK(again->onInvalid == read.onInvalid);
    CHECK(again->sheet == read.sheet);
    CHECK(again->headerRow == read.headerRow);
}

TEST_CASE("a mapping that cannot be read says what is wrong with it", "[csv][mapping][local]")
{
    auto why = [](const char *json) {
        auto m = mappingFromJson(QByteArray(json));
        REQUIRE_FALSE(m.ok());
        return m.error().message;
    };
    CHECK(why(R"({"entity":"projects","columns":{"code":{"colum":"x"}}})").contains("colum"));
    CHECK(why(R"({"entity":"projects","columns":{"code":{"values":{"a":"b"}}}})").contains("neither"));
    CHECK(why(R"({"entity":"projects","columns":{"planned_start":{"column":"d","format":"dd.MM"}}})").contains("no year"));
    CHECK(why(R"({"entity":"projects","columns":{"line":{"value":"x","column":"y"}}})").contains("stands alone"));
    CHECK(why(R"({"entity":"projects","columns":{},"on_invalid":"ignore"})").contains("ignore"));
    CHECK(why(R"({"entity":"projects","columns":{},"group_by":"project_id"})").contains("group_by"));
    CHECK(why(R"({"entity":"projects","columns":{},"header_row":0})").contains("header_row"));
    CHECK(why(R"({"entity":"projects","columns":{},"sheets":1})").contains("sheets"));
}

TEST_CASE("a constant, a look-up and date formats give every record what the data means", "[csv][mapping]")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    const QString path = writeCsv(dir, "aid.csv",
        QStringLiteral("id,name,state,serial,day,year\n"
                       "A-1,Clinic,completion,43774,05.11.2019,2018\n"
                       "A-2,School, Implementation ,1,31.12.2020,2020\n"
                       "A-3,Road,Pipeline,43831.5,01.01.2021,2021\n"));
    const CsvMapping mapping = mappingOf(R"({"entity": "projects", "columns": {
        "code": "id", "title_en": "name", "line": {"value": "sscaf"},
        "status": {"column": "state", "values": {"Completion": "4", "implementation": "2"}},
        "planned_start": {"column": "serial", "format": "excel-serial"},
        "planned_end": {"column": "day", "format": "dd.MM.yyyy"},
        "actual_start": {"column": "year", "format": "yyyy"}}})");
    const ImportReport report = run(portfolio->database(), path, mapping);
    INFO(describe(report));
    REQUIRE(report.ok());
    CHECK(report.imported == 3);
    // A-1 is closed with an actual start and no actual end: the editor would refuse it, the import
    // keeps it as the file says and warns.
    REQUIRE(report.warningCount == 1);
    CHECK(report.warnings.at(0).line == 2);
    CHECK(report.warnings.at(0).reason.contains("actual end"));
    const Project a1 = projectByCode(*portfolio, "A-1");
    CHECK(a1.line == BusinessLine::Sscaf);
    CHECK(a1.status == ActivityStatus::Closed);
    CHECK(a1.plannedStart == QDate(2019, 11, 5));
    CHECK(a1.plannedEnd == QDate(2019, 11, 5));
    CHECK(a1.actualStart == QDate(2018, 1, 1));
    const Project a2 = projectByCode(*portfolio, "A-2");
    CHECK(a2.status == ActivityStatus::Implementation); // trimmed, ignoring case
    CHECK(a2.plannedStart == QDate(1900, 1, 1));
    const Project a3 = projectByCode(*portfolio, "A-3");
    CHECK(a3.status == ActivityStatus::Pipeline); // not in the table: read as written
    CHECK(a3.plannedStart == QDate(2020, 1, 1)); // the time of day is left out

    const QString bad = writeCsv(dir, "bad.csv", QStringLiteral("id,name,state,serial,day,year\nB-1,Well,Completion,soon,5/11/2019,2019\n"));
    const ImportReport refused = run(portfolio->database(), bad, mapping);
    CHECK(refused.problemCount == 2);
    CHECK(refused.imported == 0);
    REQUIRE(refused.problems.size() == 2);
    // In the order of the fields' keys: planned_end ("day"), then planned_start ("serial").
    CHECK(refused.problems.at(0).column == "day");
    CHECK(refused.problems.at(0).reason.contains("dd.MM.yyyy"));
    CHECK(refused.problems.at(1).column == "serial");
    CHECK(refused.problems.at(1).reason.contains("excel-serial"));
}

TEST_CASE("rows of one project form one record: countries gathered share it, amounts are added", "[csv][mapping]")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    const QString path = writeCsv(dir, "locations.csv", kLocations);
    const CsvMapping projects = mappingOf(R"({"entity": "projects", "columns": {
        "code": "project_id", "title_en": "title", "line": {"value": "goods"}, "countries": "recipient", "sectors": "sector",
        "status": {"column": "status", "values": {"Completion": "4", "Implementation": "2"}},
        "planned_start": {"column": "start_serial", "format": "excel-serial"}},
        "group_by": ["project_id"]})");
    const ImportReport report = run(portfolio->database(), path, projects);
    INFO(describe(report));
    REQUIRE(report.ok());
    CHECK(report.rows == 5);
    CHECK(report.records == 2);
    CHECK(report.imported == 2);
    const Project refinery = projectByCode(*portfolio, "89494");
    REQUIRE(refinery.countries.size() == 2);
    CHECK(refinery.countries.at(0).country == "MY");
    CHECK(refinery.countries.at(1).country == "BN");
    CHECK(refinery.countries.at(0).percent + refinery.countries.at(1).percent == kWholePercent);
    CHECK(refinery.countries.at(0).percent == kWholePercent / 2);
    REQUIRE(refinery.sectors.size() == 1);
    CHECK(refinery.sectors.at(0).code.startsWith("321")); // the DAC category 321 as its first purpose code
    CHECK(report.warningCount == 1); // ... said once, as a warning
    const Project port = projectByCode(*portfolio, "70001");
    REQUIRE(port.countries.size() == 1); // "KEN" and "404" are both Kenya
    CHECK(port.countries.at(0).country == "KE");
    CHECK(port.plannedStart == QDate(2019, 1, 1));

    const CsvMapping commitments = mappingOf(R"({"entity": "transactions", "columns": {
        "project": "project_id", "type": {"value": "2"}, "date": {"column": "start_serial", "format": "excel-serial"},
        "amount": {"column": "amount", "sum": true}, "currency": {"value": "USD"}},
        "group_by": ["project_id"]})");
    const ImportReport money = run(portfolio->database(), path, commitments);
    INFO(describe(money));
    REQUIRE(money.ok());
    CHECK(money.imported == 2);
    auto sums = portfolio->database().execute(
        QStringLiteral("SELECT p.code, t.amount, t.currency FROM transactions t JOIN projects p ON p.id = t.project_id ORDER BY p.code"));
    REQUIRE(sums.ok());
    REQUIRE(sums->next());
    CHECK(sums->value(0).toString() == "70001");
    CHECK(sums->value(1).toLongLong() == 10100); // 100.25 + 0.75, exactly
    REQUIRE(sums->next());
    CHECK(sums->value(0).toString() == "89494");
    CHECK(sums->value(1).toLongLong() == 30000000150LL); // 282,500,000.0 + 17,500,000.5 + 1 = 300,000,001.50
    CHECK(sums->value(2).toString() == "USD");
}

TEST_CASE("skipping imports the valid records and writes each rejected row with its reason beside the file", "[csv][mapping]")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    const QString path = writeCsv(dir, "mixed.csv",
        QStringLiteral("code,title,line,countries\n"
                       "OK-1,Good one,goods,KE\n"
                       "BAD-1,,goods,KE\n"
                       "OK-2,Good two,sscaf,Kenya;Uganda\n"
                       "BAD-2,Bad country,goods,Atlantis\n"));
    CsvMapping mapping = autoMapping(ImportEntity::Projects, {"code", "title", "line", "countries"});

    SECTION("stop (the default): nothing is imported")
    {
        const ImportReport report = run(portfolio->database(), path, mapping);
        CHECK(report.problemCount == 2);
        CHECK(report.imported == 0);
        CHECK(projectCount(*portfolio) == 0);
        CHECK_FALSE(QFile::exists(dir.path("mixed.rejected.csv")));
    }
    SECTION("skip: the valid records, and NAME.rejected.csv")
    {
        mapping.onInvalid = OnInvalid::Skip;
        test::writeFile(dir.path("mixed.rejected.csv"), "an old file to be replaced\n");
        const ImportReport report = run(portfolio->database(), path, mapping);
        CHECK(report.imported == 2);
        CHECK(report.rejected == 2);
        CHECK(projectCount(*portfolio) == 2);
        CHECK(report.rejectsFile == dir.path("mixed.rejected.csv"));
        QFile rejects(report.rejectsFile);
        REQUIRE(rejects.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(rejects.readAll()).remove(QChar(0xFEFF)).split("\r\n", Qt::SkipEmptyParts);
        REQUIRE(lines.size() == 3);
        CHECK(lines.at(0) == "code,title,line,countries,Reason");
        CHECK(lines.at(1).startsWith("BAD-1,,goods,KE,"));
        CHECK(lines.at(2).startsWith("BAD-2,Bad country,goods,Atlantis,"));
        CHECK(lines.at(2).contains("Atlantis"));
    }
    SECTION("skip with a chosen rejects file; a dry run writes none")
    {
        mapping.onInvalid = OnInvalid::Skip;
        CsvImportOptions dry;
        dry.dryRun = true;
        dry.rejectsPath = dir.path("elsewhere.csv");
        const ImportReport checked = run(portfolio->database(), path, mapping, dry);
        CHECK(checked.rejected == 2);
        CHECK(projectCount(*portfolio) == 0);
        CHECK_FALSE(QFile::exists(dir.path("elsewhere.csv")));
        CsvImportOptions options;
        options.rejectsPath = dir.path("elsewhere.csv");
        const ImportReport report = run(portfolio->database(), path, mapping, options);
        CHECK(report.imported == 2);
        CHECK(QFile::exists(dir.path("elsewhere.csv")));
        CHECK_FALSE(QFile::exists(dir.path("mixed.rejected.csv")));
    }
}

TEST_CASE("the header row can be below a title, and countries are read by code or name in either language", "[csv][mapping]")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    const QString path = writeCsv(dir, "titled.csv",
        QStringLiteral("Projects received from the embassy,,\n"
                       ",,\n"
                       "Project code,Title,Business line,Countries\n"
                       "C-1,One,goods,\"Korea, Republic of\"\n"
                       "C-2,Two,goods,越南、Viet Nam|LAO\n"
                       "C-3,Three,goods,\"肯尼亚, Uganda\"\n"));
    CsvMapping mapping = autoMapping(ImportEntity::Projects, {"Project code", "Title", "Business line", "Countries"});
    mapping.headerRow = 3;
    const ImportReport report = run(portfolio->database(), path, mapping);
    INFO(describe(report));
    REQUIRE(report.ok());
    CHECK(report.imported == 3);
    CHECK(projectByCode(*portfolio, "C-1").countries.value(0).country == "KR");
    const Project two = projectByCode(*portfolio, "C-2");
    REQUIRE(two.countries.size() == 2); // 越南 and Viet Nam are one country
    CHECK(two.countries.at(0).country == "VN");
    CHECK(two.countries.at(1).country == "LA");
    const Project three = projectByCode(*portfolio, "C-3");
    REQUIRE(three.countries.size() == 2);
    CHECK(three.countries.at(0).country == "KE");
    CHECK(three.countries.at(1).country == "UG");
}

TEST_CASE("problems are grouped by kind with counts and their first lines", "[csv][mapping]")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    QString text = QStringLiteral("code,title,line,countries\n");
    for (int i = 0; i < 30; ++i)
        text += QStringLiteral("G-%1,Title,%2,%3\n").arg(i).arg(i % 3 == 0 ? "nowhere" : "goods", i % 2 == 0 ? QStringLiteral("X%1").arg(i) : "KE");
    const QString path = writeCsv(dir, "many.csv", text);
    const ImportReport report = run(portfolio->database(), path, autoMapping(ImportEntity::Projects, {"code", "title", "line", "countries"}));
    // 10 unknown business lines (every third row); 10 unknown countries among the rows whose line is
    // known (a row is validated as a whole only when its cells read)
    CHECK(report.problemCount == 20);
    REQUIRE(report.problemGroups.size() == 2);
    qint64 total = 0;
    for (const ProblemGroup &g : report.problemGroups) {
        total += g.count;
        CHECK(g.firstLines.size() == 5);
    }
    CHECK(total == report.problemCount);
    CHECK(report.problemGroups.at(0).column == "line");
    CHECK(report.problemGroups.at(0).count == 10);
    CHECK(report.problemGroups.at(0).firstLines == QList<qint64>{2, 5, 8, 11, 14});
    CHECK(report.problemGroups.at(1).column == "countries");
    CHECK(report.problemGroups.at(1).count == 10);
    CHECK(report.problemGroups.at(1).firstLines == QList<qint64>{4, 6, 10, 12, 16});
}

TEST_CASE("a workbook imports like the CSV it was made from: the sheet by name or number, numbers and dates by their type",
    "[csv][mapping][xlsx]")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    const QString workbook = QStringLiteral(PROJECTDESK_TEST_DATA_DIR "/xlsx/gcdf3_petrochemical.xlsx");
    const QString csv = QStringLiteral(PROJECTDESK_TEST_DATA_DIR "/xlsx/sources/gcdf3_petrochemical.csv");
    CsvMapping projects = mappingOf(R"({"entity": "projects", "columns": {
        "code": "AidData Record ID", "title_en": "Title", "line": {"value": "sscaf"}, "countries": "Recipient",
        "status": {"column": "Status", "values": {"Completion": "4", "Implementation": "2"}},
        "planned_start": {"column": "Commitment Year", "format": "yyyy"}}, "sheet": 1, "header_row": 1})");
    const ImportReport report = run(portfolio->database(), workbook, projects);
    INFO(describe(report));
    REQUIRE(report.ok());
    CHECK(report.imported == 12);
    const Project refinery = projectByCode(*portfolio, "89494");
    CHECK(refinery.line == BusinessLine::Sscaf);
    CHECK(refinery.status == ActivityStatus::Implementation);
    CHECK(refinery.plannedStart == QDate(2019, 1, 1));
    CHECK(refinery.countries.value(0).country == "MY");
    CHECK(projectByCode(*portfolio, "62760").countries.value(0).country == "BN"); // "Brunei Darussalam"

    // The commitments: the amount cell a number in the workbook, text in the CSV; the same sums.
    const CsvMapping money = mappingOf(R"json({"entity": "transactions", "columns": {
        "project": "AidData Record ID", "type": {"value": "2"}, "date": "Commitment Date (MM/DD/YYYY)",
        "amount": {"column": "Adjusted Amount (Nominal USD)", "sum": true}, "currency": {"value": "USD"}},
        "group_by": ["AidData Record ID"]})json");
    const ImportReport fromWorkbook = run(portfolio->database(), workbook, money);
    INFO(describe(fromWorkbook));
    REQUIRE(fromWorkbook.ok());
    CHECK(fromWorkbook.imported == 12);
    auto total = portfolio->database().execute(QStringLiteral("SELECT sum(amount), min(date), max(date) FROM transactions"));
    REQUIRE(total.ok());
    REQUIRE(total->next());
    // the twelve nominal amounts of the extract: USD 3,697,030,262.00
    CHECK(total->value(0).toLongLong() == 369703026200LL);
    CHECK(total->value(1).toString() == "2018-03-01");
    CHECK(total->value(2).toString() == "2019-11-05");

    test::TempDir other;
    auto second = test::newPortfolio(other);
    REQUIRE(run(second->database(), csv, projects).ok());
    const ImportReport fromCsv = run(second->database(), csv, money);
    REQUIRE(fromCsv.ok());
    auto again = second->database().execute(QStringLiteral("SELECT sum(amount) FROM transactions"));
    REQUIRE(again.ok());
    REQUIRE(again->next());
    CHECK(again->value(0).toLongLong() == 369703026200LL);

    // A sheet that is not there is named with the ones that are.
    projects.sheet = QStringLiteral("Projets");
    auto missing = importCsv(portfolio->database(), workbook, projects);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message.contains("Projets"));
}
