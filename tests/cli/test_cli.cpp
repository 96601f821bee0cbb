// projectdesk-cli, run as a separate process: exit codes, output formats and that files it must
// not touch are left exactly as they were.
#include "damaged_files.h"
#include "spreadsheet_reading.h"
#include "test_support.h"

#include "money/money.h"
#include "services/delivery_service.h"
#include "demo/demo_generator.h"
#include "storage/migrator.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QXmlStreamReader>
#include <QMap>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringEncoder>

#include <cmath>

using namespace pd;

namespace {

const QStringList kCommands{"init", "demo", "check", "backup", "stats", "projects list", "projects show", "projects add", "partners list",
    "finance summary", "finance currency", "transactions add", "budget add", "rates add", "rates import", "rates list", "deliveries list",
    "deliveries show", "deliveries advance", "deliveries summary", "export projects", "export partners", "export transactions",
    "export deliveries", "import csv", "import iati", "export iati", "report", "recover", "emergencies list", "emergencies add", "imports list", "imports undo"};

test::CliRun cli(const QStringList &args)
{
    test::CliRun run = test::runCli(args);
    UNSCOPED_INFO("projectdesk-cli " << args.join(' ').toStdString() << " -> " << run.exitCode
                                     << "\nstdout: " << run.out.left(2000).toStdString() << "\nstderr: " << run.err.toStdString());
    return run;
}

// Runs the command and requires exit code 0.
test::CliRun ok(const QStringList &args)
{
    test::CliRun run = cli(args);
    REQUIRE(run.exitCode == 0);
    return run;
}

QJsonDocument parseJson(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    INFO(error.errorString().toStdString() << " in: " << text.left(500).toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc;
}

QString demoPortfolio(const test::TempDir &dir)
{
    const QString path = dir.path("demo.db");
    const test::CliRun run = ok({"--db", path, "demo", "--scale", "1"});
    CHECK(run.out.contains("100 projects"));
    return path;
}

QJsonArray listProjects(const QString &db, const QStringList &options = {})
{
    const QJsonDocument doc = parseJson(ok(QStringList{"--db", db, "projects", "list", "--format", "json"} + options).out);
    REQUIRE(doc.isArray());
    return doc.array();
}

// The data lines of CSV output (after the header), split on CRLF; fields are not unquoted.
QStringList csvRows(const QString &text)
{
    QStringList lines = text.split(QStringLiteral("\r\n"));
    REQUIRE(lines.size() >= 2);
    CHECK(lines.last().isEmpty()); // the last line ends in CRLF too
    lines.removeLast();
    lines.removeFirst();
    return lines;
}

} // namespace

TEST_CASE("the tool and every command print their help without a portfolio", "[cli]")
{
    const test::CliRun help = ok({"--help"});
    for (const QString &command : kCommands)
        CHECK(help.out.contains(command));
    CHECK(ok({"-h"}).out == help.out);
    CHECK(ok({"--version"}).out.startsWith("projectdesk-cli "));

    for (const QString &command : kCommands) {
        INFO(command.toStdString());
        const test::CliRun run = ok(command.split(' ') + QStringList{"--help"});
        CHECK(run.out.contains("--help"));
        CHECK(run.err.isEmpty());
    }
    // Options of the commands are documented in their help.
    CHECK(ok({"demo", "--help"}).out.contains("--seed"));
    CHECK(ok({"projects", "add", "--help"}).out.contains("--title-zh"));
    CHECK(ok({"partners", "list", "--help"}).out.contains("--network"));
    CHECK(ok({"export", "deliveries", "--help"}).out.contains("planned_arrival")); // the columns it offers
}

TEST_CASE("an unknown command or option is a usage error", "[cli]")
{
    test::TempDir dir;
    const test::CliRun unknown = cli({"frobnicate"});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains("unknown command \"frobnicate\""));
    CHECK(unknown.out.isEmpty());

    CHECK(cli({}).exitCode == 2);
    CHECK(cli({"projects"}).exitCode == 2);
    CHECK(cli({"projects", "delete"}).exitCode == 2);
    CHECK(cli({"--db", dir.path("x.db"), "projects", "list", "--bogus"}).exitCode == 2);
    CHECK(cli({"--db", dir.path("x.db"), "stats", "--format", "csv"}).exitCode == 2);
    CHECK(cli({"--db", dir.path("x.db"), "demo", "--scale", "0"}).exitCode == 2);
    // None of these created the portfolio.
    CHECK_FALSE(QFileInfo::exists(dir.path("x.db")));
}

TEST_CASE("init makes a portfolio that check finds sound, without changing it", "[cli]")
{
    test::TempDir dir;
    const QString db = dir.path("new.db");
    const test::CliRun init = ok({"--db", db, "init"});
    CHECK(init.out.contains("ready"));
    CHECK(QFileInfo::exists(db));

    const QByteArray before = test::readFile(db);
    const test::CliRun check = ok({"--db", db, "check"});
    CHECK(check.out.contains("sound"));
    CHECK_FALSE(check.out.contains("NOT sound"));
    CHECK(test::fileEquals(db, before));

    // --db is accepted after the command words too, and init on an existing portfolio keeps it.
    ok({"check", "--db", db});
    ok({"--db=" + db, "init"});
    CHECK(ok({"--db", db, "stats", "--format", "json"}).out.contains("\"projects\": 0"));
}

TEST_CASE("demo fills a portfolio whose stats are printed as JSON", "[cli]")
{
    test::TempDir dir;
    const QString db = demoPortfolio(dir);

    const QJsonObject stats = parseJson(ok({"--db", db, "stats", "--format", "json"}).out).object();
    CHECK(stats.value("projects").toInteger() == 100);
    CHECK(stats.value("network_members").toInteger() == 51);
    CHECK(stats.value("partners").toInteger() > 51);
    CHECK(stats.value("countries").toInteger() > 0);
    const QJsonObject byLine = stats.value("projects_by_line").toObject();
    CHECK(byLine.size() == 6);
    qint64 total = 0;
    for (const QString &line : QStringList{"un", "goods", "sscaf", "hrd", "conference", "network"}) {
        INFO(line.toStdString());
        CHECK(byLine.value(line).toInteger() > 0);
        total += byLine.value(line).toInteger();
    }
    CHECK(total == 100);
    CHECK(stats.value("projects_by_status").toObject().size() == 6);

    // The table form has the same figures.
    const QString table = ok({"--db", db, "stats"}).out;
    CHECK(table.contains("network members"));
    CHECK(table.contains("51"));

    // A second demo into the same portfolio is refused and changes nothing.
    const test::CliRun again = cli({"--db", db, "demo"});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains("already holds data"));
    CHECK(parseJson(ok({"--db", db, "stats", "--format", "json"}).out).object().value("projects").toInteger() == 100);
    ok({"--db", db, "check"});
}

TEST_CASE("demo gives the same portfolio for the same seed in separate runs", "[cli]")
{
    test::TempDir dir;
    auto listing = [&](const QString &name, const QString &seed) -> QString {
        const QString db = dir.path(name);
        ok({"--db", db, "demo", "--scale", "1", "--seed", seed});
        return ok({"--db", db, "projects", "list", "--format", "csv"}).out + ok({"--db", db, "partners", "list", "--format", "csv"}).out;
    };
    const QString first = listing("first.db", "7");
    CHECK(listing("second.db", "7") == first);
    CHECK(listing("other.db", "8") != first);
    CHECK(cli({"--db", dir.path("bad.db"), "demo", "--seed", "x"}).exitCode == 2);
}

TEST_CASE("projects list prints JSON, CSV and tables, limited and searched", "[cli]")
{
    test::TempDir dir;
    const QString db = demoPortfolio(dir);

    const QJsonArray all = listProjects(db);
    CHECK(all.size() == 100);
    const QJsonArray five = listProjects(db, {"--limit", "5"});
    REQUIRE(five.size() == 5);
    for (qsizetype i = 0; i < five.size(); ++i) {
        const QJsonObject p = five.at(i).toObject();
        CHECK(p.value("code").toString() == all.at(i).toObject().value("code").toString()); // ordered by code
        CHECK_FALSE(p.value("title_en").toString().isEmpty());
        CHECK_FALSE(p.value("title_zh").toString().isEmpty());
        CHECK(p.value("countries").isArray());
    }
    CHECK(listProjects(db, {"--limit", "0"}).isEmpty());
    CHECK(cli({"--db", db, "projects", "list", "--limit", "-1"}).exitCode == 2);

    // Filters.
    const QJsonArray sscaf = listProjects(db, {"--line", "sscaf"});
    CHECK(sscaf.size() == 14);
    for (const QJsonValue &v : sscaf)
        CHECK(v.toObject().value("line").toString() == "sscaf");
    for (const QJsonValue &v : listProjects(db, {"--status", "4"}))
        CHECK(v.toObject().value("status").toInt() == 4);
    const QString country = sscaf.first().toObject().value("countries").toArray().first().toString();
    const QJsonArray inCountry = listProjects(db, {"--country", country});
    CHECK_FALSE(inCountry.isEmpty());
    for (const QJsonValue &v : inCountry)
        CHECK(v.toObject().value("countries").toArray().contains(QJsonValue(country)));

    // A Chinese word from a demo title finds projects in CSV; every row holds it.
    const QString titleZh = sscaf.first().toObject().value("title_zh").toString();
    const QString word = titleZh.left(8); // 南南合作援助基金
    REQUIRE(word.size() == 8);
    const test::CliRun csv = ok({"--db", db, "projects", "list", "--search", word, "--format", "csv", "--lang", "zh"});
    CHECK(csv.out.startsWith("code,line,status,start,end,countries,officer,title\r\n"));
    const QStringList rows = csvRows(csv.out);
    CHECK_FALSE(rows.isEmpty());
    CHECK(rows.size() < 100);
    for (const QString &row : rows)
        CHECK(row.contains(word));

    // The table ends with the number of matches.
    const QString table = ok({"--db", db, "projects", "list", "--line", "sscaf", "--limit", "3"}).out;
    CHECK(table.contains("3 of 14 matching projects"));
}

TEST_CASE("projects show prints one project with its partners", "[cli]")
{
    test::TempDir dir;
    const QString db = demoPortfolio(dir);
    const QJsonObject listed = listProjects(db, {"--line", "sscaf", "--limit", "1"}).first().toObject();
    const QString code = listed.value("code").toString();

    const QJsonObject shown = parseJson(ok({"--db", db, "projects", "show", code, "--format", "json"}).out).object();
    CHECK(shown.value("code").toString() == code);
    CHECK(shown.value("title_en").toString() == listed.value("title_en").toString());
    CHECK(shown.value("title_zh").toString() == listed.value("title_zh").toString());
    CHECK(shown.value("business_line").toString() == "sscaf");
    CHECK(shown.value("revision").toInt() == 1);
    CHECK(shown.value("planned_start").toString() == listed.value("planned_start").toString());
    const QJsonArray countries = shown.value("countries").toArray();
    REQUIRE_FALSE(countries.isEmpty());
    double percent = 0;
    for (const QJsonValue &c : countries)
        percent += c.toObject().value("percentage").toDouble();
    CHECK(percent == Approx(100.0));
    const QJsonArray partners = shown.value("partners").toArray();
    CHECK(partners.size() >= 3);
    QStringList roles;
    for (const QJsonValue &p : partners)
        roles << p.toObject().value("role").toString();
    CHECK(roles.contains("funding"));
    CHECK(roles.contains("implementing"));

    const QString text = ok({"--db", db, "projects", "show", code, "--lang", "zh"}).out;
    CHECK(text.contains(code));
    CHECK(text.contains(QStringLiteral("南南合作援助基金")));

    const test::CliRun missing = cli({"--db", db, "projects", "show", "NO-SUCH-CODE"});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains("NO-SUCH-CODE"));
    CHECK(cli({"--db", db, "projects", "show"}).exitCode == 2);
}

TEST_CASE("projects add registers a valid project and refuses an invalid or duplicate one", "[cli]")
{
    test::TempDir dir;
    const QString db = dir.path("add.db");
    ok({"--db", db, "init"});

    const QStringList add{"--db", db, "projects", "add", "--code", "SSCAF-2024-101", "--title-en", "Cholera Response in Malawi",
        "--title-zh", QStringLiteral("马拉维霍乱应对项目"), "--line", "sscaf", "--funding", "sscaf", "--status", "2", "--country", "MW:60",
        "--country", "MZ", "--sector", "12250", "--sdg", "3", "--sdg", "6", "--start", "2024-01-15", "--end", "2025-01-14", "--officer",
        "Li Na"};
    CHECK(ok(add).out.contains("created project SSCAF-2024-101"));

    const QJsonObject shown = parseJson(ok({"--db", db, "projects", "show", "SSCAF-2024-101", "--format", "json"}).out).object();
    CHECK(shown.value("title_en").toString() == "Cholera Response in Malawi");
    CHECK(shown.value("title_zh").toString() == QStringLiteral("马拉维霍乱应对项目"));
    CHECK(shown.value("business_line").toString() == "sscaf");
    CHECK(shown.value("funding_source").toString() == "sscaf");
    CHECK(shown.value("status").toInt() == 2);
    CHECK(shown.value("planned_start").toString() == "2024-01-15");
    CHECK(shown.value("planned_end").toString() == "2025-01-14");
    CHECK(shown.value("officer").toString() == "Li Na");
    const QJsonArray countries = shown.value("countries").toArray();
    REQUIRE(countries.size() == 2);
    CHECK(countries.at(0).toObject().value("country").toString() == "MW");
    CHECK(countries.at(0).toObject().value("percentage").toDouble() == Approx(60.0));
    CHECK(countries.at(1).toObject().value("country").toString() == "MZ");
    CHECK(countries.at(1).toObject().value("percentage").toDouble() == Approx(40.0));
    const QJsonArray sectors = shown.value("sectors").toArray();
    REQUIRE(sectors.size() == 1);
    CHECK(sectors.at(0).toObject().value("code").toString() == "12250");
    CHECK(shown.value("sdg_goals").toArray() == QJsonArray{3, 6});

    SECTION("an end before the start names the field")
    {
        const test::CliRun bad = cli({"--db", db, "projects", "add", "--code", "UN-2024-001", "--title-en", "Backwards", "--start",
            "2024-06-01", "--end", "2024-01-01"});
        CHECK(bad.exitCode == 1);
        CHECK(bad.err.contains("planned_end"));
        CHECK(cli({"--db", db, "projects", "show", "UN-2024-001"}).exitCode == 1);
    }
    SECTION("a duplicate code is refused")
    {
        const test::CliRun duplicate = cli(add);
        CHECK(duplicate.exitCode == 1);
        CHECK(duplicate.err.contains("code"));
        CHECK(duplicate.err.contains("SSCAF-2024-101"));
        CHECK(listProjects(db).size() == 1);
    }
    SECTION("other invalid values")
    {
        CHECK(cli({"--db", db, "projects", "add", "--code", "X-1", "--title-en", "T", "--start", "2024-13-01"}).exitCode == 2);
        CHECK(cli({"--db", db, "projects", "add", "--code", "X-1", "--title-en", "T", "--line", "space"}).exitCode == 2);
        CHECK(cli({"--db", db, "projects", "add", "--code", "X-1", "--title-en", "T", "--country", "KE:abc"}).exitCode == 2);
        const test::CliRun noTitle = cli({"--db", db, "projects", "add", "--code", "X-1"});
        CHECK(noTitle.exitCode == 1);
        CHECK(noTitle.err.contains("title"));
        const test::CliRun sdg = cli({"--db", db, "projects", "add", "--code", "X-1", "--title-en", "T", "--sdg", "18"});
        CHECK(sdg.exitCode == 1);
        CHECK(sdg.err.contains("sdg_goals"));
        CHECK(listProjects(db).size() == 1);
    }
}

TEST_CASE("check refuses a file that is not a portfolio and never changes or creates one", "[cli]")
{
    test::TempDir dir;

    const QString text = dir.path("notes.db");
    const QByteArray content("not a database\n");
    test::writeFile(text, content);
    const test::CliRun notDb = cli({"--db", text, "check"});
    CHECK(notDb.exitCode != 0);
    CHECK(notDb.err.contains("not a ProjectDesk portfolio"));
    CHECK(test::fileEquals(text, content));
    // Nor do the other commands touch it.
    CHECK(cli({"--db", text, "init"}).exitCode != 0);
    CHECK(cli({"--db", text, "demo"}).exitCode != 0);
    CHECK(cli({"--db", text, "projects", "list"}).exitCode != 0);
    CHECK(test::fileEquals(text, content));

    const QString missing = dir.path("missing.db");
    const test::CliRun absent = cli({"--db", missing, "check"});
    CHECK(absent.exitCode != 0);
    CHECK(absent.err.contains("does not exist"));
    CHECK_FALSE(QFileInfo::exists(missing));
    CHECK(cli({"--db", missing, "stats"}).exitCode != 0);
    CHECK(cli({"--db", missing, "projects", "list"}).exitCode != 0);
    CHECK_FALSE(QFileInfo::exists(missing));
}

TEST_CASE("backup writes a sound copy and never overwrites a file", "[cli]")
{
    test::TempDir dir;
    const QString db = demoPortfolio(dir);
    const QString copy = dir.path("copy.db");

    const test::CliRun backup = ok({"--db", db, "backup", "--to", copy});
    CHECK(backup.out.contains(copy));
    REQUIRE(QFileInfo::exists(copy));
    // The copy passes the check, which leaves it byte for byte as it was.
    const QByteArray copied = test::readFile(copy);
    ok({"--db", copy, "check"});
    CHECK(test::fileEquals(copy, copied));
    const QJsonObject stats = parseJson(ok({"--db", copy, "stats", "--format", "json"}).out).object();
    CHECK(stats.value("projects").toInteger() == 100);

    const QByteArray opened = test::readFile(copy); // opened by stats: now in WAL mode
    const test::CliRun again = cli({"--db", db, "backup", "--to", copy});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains("already exists"));
    CHECK(test::fileEquals(copy, opened));

    CHECK(cli({"--db", db, "backup"}).exitCode == 2);
}

TEST_CASE("recover salvages a damaged portfolio into a new one that check finds sound, never changing the damaged file", "[cli][salvage]")
{
    test::TempDir dir;
    const QString db = demoPortfolio(dir);
    const QList<test::TreePage> leaves = test::pagesOfType(test::treePages(db, "transactions"), "leaf");
    REQUIRE(leaves.size() >= 3);
    const qint64 transactions = test::FileLook(db).scalar("SELECT count(*) FROM transactions");
    test::damagePages(db, {leaves.at(1).number});
    const QByteArray before = test::sha256Of(db);
    // The damage is real: check, which reads the whole file, finds it.
    CHECK(cli({"--db", db, "check"}).exitCode == 1);
    CHECK(test::sha256Of(db) == before);

    const QString recovered = dir.path("recovered.db");
    const QJsonObject report = parseJson(ok({"--db", db, "recover", "--to", recovered, "--format", "json"}).out).object();
    CHECK(test::sha256Of(db) == before);
    CHECK_FALSE(QFileInfo::exists(db + "-wal"));
    CHECK_FALSE(QFileInfo::exists(db + "-shm"));
    CHECK(report.value("source").toString() == db);
    CHECK(report.value("target").toString() == recovered);
    CHECK(report.value("schema_version").toInt() == Migrator::latestVersion());
    CHECK(report.value("unreadable_ranges").toInt() == 1);
    CHECK(report.value("refused").toInt() == 0);
    const QJsonArray tables = report.value("tables").toArray();
    CHECK(tables.size() == 18);
    qint64 recoveredRows = 0;
    for (const QJsonValue &value : tables) {
        const QJsonObject table = value.toObject();
        INFO(table.value("table").toString().toStdString());
        for (const char *key : {"table", "recovered", "unreadable", "refused", "refused_reasons", "lost_entirely"})
            CHECK(table.contains(key));
        recoveredRows += table.value("recovered").toInteger();
        CHECK_FALSE(table.value("lost_entirely").toBool());
        if (table.value("table").toString() != "transactions") {
            CHECK(table.value("unreadable").toArray().isEmpty());
            continue;
        }
        // The damaged leaf's rows, first to last.
        const QJsonArray range = table.value("unreadable").toArray().first().toArray();
        CHECK(range.at(0).toInteger() == leaves.at(1).rowids.first());
        CHECK(range.at(1).toInteger() == leaves.at(1).rowids.last());
        CHECK(table.value("recovered").toInteger() == transactions - leaves.at(1).rowids.size());
    }
    CHECK(report.value("recovered").toInteger() == recoveredRows);
    ok({"--db", recovered, "check"});
    CHECK(parseJson(ok({"--db", recovered, "stats", "--format", "json"}).out).object().value("projects").toInt() == 100);

    // As text: a line per table, then what was lost in a sentence.
    const QString again = dir.path("again.db");
    const test::CliRun text = ok({"--db", db, "recover", "--to", again});
    CHECK(text.out.contains(QStringLiteral("transactions: %1 rows recovered; rows with rowids %2-%3 could not be read")
                                .arg(transactions - leaves.at(1).rowids.size())
                                .arg(leaves.at(1).rowids.first())
                                .arg(leaves.at(1).rowids.last())));
    CHECK(text.out.contains("projects: 100 rows recovered\n")); // English plurals, not "row(s)"
    CHECK(text.out.contains("ranges of unreadable rows elsewhere, 1;"));
    CHECK_FALSE(text.out.contains("(s)"));
    CHECK(test::sha256Of(db) == before);
}

TEST_CASE("recover wants a new file, and writes none when the damaged file cannot be read at all", "[cli][salvage]")
{
    test::TempDir dir;
    const QString db = demoPortfolio(dir);
    const QString existing = dir.path("existing.db");
    test::writeFile(existing, "keep me");

    const test::CliRun taken = cli({"--db", db, "recover", "--to", existing});
    CHECK(taken.exitCode == 2);
    CHECK(taken.err.contains("already exists"));
    CHECK(test::fileEquals(existing, "keep me"));
    CHECK(cli({"--db", db, "recover"}).exitCode == 2);
    CHECK(cli({"--db", db, "recover", "--to", dir.path("x.db"), "--format", "csv"}).exitCode == 2);
    CHECK(cli({"recover", "--to", dir.path("x.db")}).exitCode == 2);
    CHECK_FALSE(QFileInfo::exists(dir.path("x.db")));

    test::damagePages(db, {1});
    const QByteArray before = test::sha256Of(db);
    const test::CliRun destroyed = cli({"--db", db, "recover", "--to", dir.path("new.db")});
    CHECK(destroyed.exitCode == 1);
    CHECK(destroyed.err.contains("is too damaged to recover: its table of contents cannot be read"));
    CHECK_FALSE(QFileInfo::exists(dir.path("new.db")));
    CHECK(test::sha256Of(db) == before);
}

TEST_CASE("partners list shows the 51 SSC Network members", "[cli]")
{
    test::TempDir dir;
    const QString db = demoPortfolio(dir);

    const QJsonDocument network = parseJson(ok({"--db", db, "partners", "list", "--network", "--format", "json"}).out);
    REQUIRE(network.isArray());
    CHECK(network.array().size() == 51);
    for (const QJsonValue &v : network.array())
        CHECK(v.toObject().value("network_member_since").toInt() >= 1995);

    const QJsonArray all = parseJson(ok({"--db", db, "partners", "list", "--format", "json"}).out).array();
    CHECK(all.size() > 51);
    const QJsonArray wfp = parseJson(ok({"--db", db, "partners", "list", "--search", "WFP", "--format", "json"}).out).array();
    REQUIRE(wfp.size() == 1);
    CHECK(wfp.first().toObject().value("iati_id").toString() == "XM-DAC-41140");
    CHECK(wfp.first().toObject().value("projects").toInt() >= 1);

    const QStringList csv = csvRows(ok({"--db", db, "partners", "list", "--network", "--format", "csv"}).out);
    CHECK(csv.size() == 51);
}

TEST_CASE("commands that need a portfolio say so when --db is missing", "[cli]")
{
    const QList<QStringList> commands{{"init"}, {"demo"}, {"check"}, {"backup", "--to", "x.db"}, {"stats"}, {"projects", "list"},
        {"projects", "show", "X"}, {"projects", "add", "--code", "X-1", "--title-en", "T"}, {"partners", "list"}};
    for (const QStringList &command : commands) {
        INFO(command.join(' ').toStdString());
        const test::CliRun run = cli(command);
        CHECK(run.exitCode != 0);
        CHECK(run.err.contains("--db"));
    }
}

TEST_CASE("finance from the command line: transactions, budgets, rates and the summary in exact decimals", "[cli][finance]")
{
    test::TempDir dir;
    const QString db = dir.path("finance.db");
    ok({"--db", db, "init"});
    ok({"--db", db, "projects", "add", "--code", "SSCAF-2026-001", "--title-en", "Food Assistance in Malawi", "--line", "sscaf"});
    ok({"--db", db, "transactions", "add", "--project", "SSCAF-2026-001", "--type", "3", "--date", "2026-02-01", "--amount", "150000 JPY"});
    ok({"--db", db, "transactions", "add", "--project", "SSCAF-2026-001", "--type", "3", "--date", "2026-02-03", "--amount", "1000.00 XDR"});
    ok({"--db", db, "transactions", "add", "--project", "SSCAF-2026-001", "--type", "3", "--date", "2026-02-05", "--amount", "-250.50 USD"});
    ok({"--db", db, "budget", "add", "--project", "SSCAF-2026-001", "--from", "2026-01-01", "--to", "2026-12-31", "--amount", "5000.00 USD"});
    ok({"--db", db, "rates", "add", "--currency", "JPY", "--date", "2026-01-01", "--rate", "0.0067"});

    const QJsonObject summary = parseJson(ok({"--db", db, "finance", "summary", "--format", "json"}).out).object();
    CHECK(summary.value("reporting_currency").toString() == "USD");
    bool sawJpy = false;
    for (const QJsonValue &v : summary.value("transactions").toArray()) {
        const QJsonObject row = v.toObject();
        if (row.value("currency").toString() == "JPY") {
            sawJpy = true;
            CHECK(row.value("type").toInt() == 3);
            CHECK(row.value("count").toInt() == 1);
            CHECK(row.value("sum").toString() == "150000");
        }
    }
    CHECK(sawJpy);
    // 150,000 JPY x 0.0067 = 1,005.00; minus the 250.50 USD reversal = 754.50 USD.
    const QJsonArray converted = summary.value("converted").toArray();
    REQUIRE(converted.size() == 1);
    CHECK(converted.at(0).toObject().value("sum").toString() == "754.50");
    const QJsonArray unconverted = summary.value("unconverted").toArray();
    REQUIRE(unconverted.size() == 1);
    CHECK(unconverted.at(0).toObject().value("currency").toString() == "XDR");
    CHECK(unconverted.at(0).toObject().value("count").toInt() == 1);
    CHECK(summary.value("converted_budget").toString() == "5000.00");
    // In CNY, without CNY-quoted rates, nothing but CNY would convert: all three currencies are listed.
    CHECK(ok({"--db", db, "finance", "currency", "CNY"}).out.trimmed() == "CNY");
    const QJsonObject inCny = parseJson(ok({"--db", db, "finance", "summary", "--format", "json"}).out).object();
    CHECK(inCny.value("reporting_currency").toString() == "CNY");
    CHECK(inCny.value("converted").toArray().isEmpty());

    // A bad amount or type is refused with the reason on stderr.
    const test::CliRun bad = cli({"--db", db, "transactions", "add", "--project", "SSCAF-2026-001", "--type", "99", "--date", "2026-02-01",
                                  "--amount", "1.00 USD"});
    CHECK(bad.exitCode != 0);
    CHECK(bad.err.contains("transaction type"));
}

TEST_CASE("rates import takes a whole table or nothing, naming the bad line", "[cli][finance]")
{
    test::TempDir dir;
    const QString db = dir.path("rates.db");
    ok({"--db", db, "init"});
    const QString bad = dir.path("bad.csv");
    test::writeFile(bad, "currency,date,rate\nCNY,2026-01-01,0.1385\nEUR,2026-13-01,1.08\n");
    const test::CliRun refused = cli({"--db", db, "rates", "import", bad});
    CHECK(refused.exitCode != 0);
    CHECK(refused.err.contains("line 3"));
    CHECK(parseJson(ok({"--db", db, "rates", "list", "--format", "json"}).out).array().isEmpty());
    const QString good = dir.path("good.csv");
    test::writeFile(good, "currency,date,rate,source\nCNY,2026-01-01,0.1385,PBOC\nEUR,2026-01-01,1.0850,ECB\n");
    ok({"--db", db, "rates", "import", good});
    CHECK(parseJson(ok({"--db", db, "rates", "list", "--format", "json"}).out).array().size() == 2);
}

TEST_CASE("deliveries summary of the demo reads like CICETE's figures and agrees with the list", "[cli][deliveries]")
{
    test::TempDir dir;
    const QString db = dir.path("goods.db");
    ok({"--db", db, "demo", "--scale", "10"});
    const QJsonObject summary = parseJson(ok({"--db", db, "deliveries", "summary", "--as-of", "2026-06-30", "--format", "json"}).out).object();

    // Recount from the list of every delivery: handed over ones, their countries, projects and weight.
    const QJsonArray all = parseJson(ok({"--db", db, "deliveries", "list", "--as-of", "2026-06-30", "--format", "json"}).out).array();
    QSet<QString> countries, projects;
    qint64 handedOver = 0, overdue = 0, kilograms = 0;
    for (const QJsonValue &v : all) {
        const QJsonObject d = v.toObject();
        overdue += d.value("overdue").toBool() ? 1 : 0;
        if (d.value("status").toString() != "handed_over")
            continue;
        ++handedOver;
        countries.insert(d.value("country").toString());
        projects.insert(d.value("project").toString());
        // Tonnes are printed to the kilogram ("12.345"): sum kilograms exactly.
        const QStringList parts = d.value("tonnes").toString().split('.');
        kilograms += parts.at(0).toLongLong() * 1000 + (parts.size() > 1 ? parts.at(1).leftJustified(3, '0').toLongLong() : 0);
    }
    CHECK(summary.value("deliveries").toInt() == handedOver);
    CHECK(summary.value("countries").toInt() == countries.size());
    CHECK(summary.value("projects").toInt() == projects.size());
    CHECK(summary.value("overdue").toInt() == overdue);
    // The per-delivery figures are each rounded to the kilogram, the total once: within half a
    // kilogram per delivery of each other.
    const QStringList total = summary.value("tonnes_delivered").toString().split('.');
    const qint64 totalKg = total.at(0).toLongLong() * 1000 + (total.size() > 1 ? total.at(1).leftJustified(3, '0').toLongLong() : 0);
    CHECK(std::abs(totalKg - kilograms) <= handedOver / 2 + 1);
    // The demo's goods line reaches 150 countries and 4 international organisations (WFP, WHO,
    // UNICEF, UNHCR as consignees), as CICETE's public figures do.
    CHECK(summary.value("countries").toInt() == 150);
    CHECK(summary.value("organisations").toInt() == 4);
    CHECK(summary.value("sentence_en").toString().contains(" projects to 150 countries and 4 international organisations: "));
    CHECK(summary.value("sentence_zh").toString().startsWith(QStringLiteral("向150个国家和4个国际组织交付")));
    CHECK(summary.value("by_status").toObject().value("handed_over").toInt() == handedOver);

    // A period: only handovers within it, and the yearly rows add up to it.
    const QJsonObject period = parseJson(ok({"--db", db, "deliveries", "summary", "--from", "2020-01-01", "--to", "2021-12-31",
                                             "--as-of", "2026-06-30", "--format", "json"})
                                             .out)
                                   .object();
    int inYears = 0;
    for (const QJsonValue &y : period.value("by_year").toArray()) {
        CHECK((y.toObject().value("year").toString() == "2020" || y.toObject().value("year").toString() == "2021"));
        inYears += y.toObject().value("deliveries").toInt();
    }
    CHECK(inYears == period.value("deliveries").toInt());
    CHECK(period.value("deliveries").toInt() < handedOver);

    // Filters of the list: status and country.
    const QJsonArray kenya = parseJson(ok({"--db", db, "deliveries", "list", "--country", "KE", "--status", "handed_over", "--format", "json"}).out).array();
    for (const QJsonValue &v : kenya) {
        CHECK(v.toObject().value("country").toString() == "KE");
        CHECK(v.toObject().value("status").toString() == "handed_over");
    }
    CHECK(cli({"--db", db, "deliveries", "list", "--status", "lost"}).exitCode == 2);
}

TEST_CASE("deliveries advance moves a delivery one legal step and refuses any other", "[cli][deliveries]")
{
    test::TempDir dir;
    const QString db = dir.path("steps.db");
    ok({"--db", db, "demo", "--scale", "1"});
    const QJsonArray planned = parseJson(ok({"--db", db, "deliveries", "list", "--status", "handed_over", "--limit", "1", "--format", "json"}).out).array();
    REQUIRE(planned.size() == 1);
    const QString done = planned.at(0).toObject().value("code").toString();
    const test::CliRun refused = cli({"--db", db, "deliveries", "advance", done, "--to", "cancelled", "--date", "2026-01-01"});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains("handed over"));
    const QString shown = ok({"--db", db, "deliveries", "show", done}).out;
    CHECK(shown.contains("handed_over"));
    CHECK(shown.contains("-> handed_over"));
}

TEST_CASE("report writes each PDF headless, without a display or a platform named", "[cli][reports]")
{
    test::TempDir dir;
    const QString db = demoPortfolio(dir);
    const QString code = listProjects(db).first().toObject().value("code").toString();
    // No DISPLAY, WAYLAND_DISPLAY or QT_QPA_PLATFORM: the CLI picks the offscreen platform itself.
    QProcessEnvironment bare = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        bare.remove(QLatin1String(name));
    const QList<QStringList> reports{{"portfolio"}, {"project", code}, {"deliveries", "--from", "2020-01-01", "--to", "2024-12-31"},
        {"finance", "--page", "letter"}};
    for (const QStringList &report : reports) {
        for (const char *lang : {"en", "zh"}) {
            const QString pdf = dir.path(report.first() + u'-' + QLatin1String(lang) + QStringLiteral(".pdf"));
            QProcess process;
            process.setProcessEnvironment(bare);
            process.start(QStringLiteral(PROJECTDESK_CLI_PATH),
                QStringList{"--db", db, "report"} + report + QStringList{"--pdf", pdf, "--lang", QLatin1String(lang), "--as-of", "2026-06-30"});
            REQUIRE(process.waitForFinished(60000));
            const QString out = QString::fromUtf8(process.readAllStandardOutput());
            INFO(report.join(' ').toStdString() << " " << lang << ": " << out.toStdString() << QString::fromUtf8(process.readAllStandardError()).toStdString());
            REQUIRE(process.exitCode() == 0);
            REQUIRE(QFileInfo(pdf).size() > 1000);
            CHECK(QFile(pdf).open(QIODevice::ReadOnly));
            CHECK(test::readFile(pdf).startsWith("%PDF-"));
            CHECK(out.contains(QLatin1String(" page")));
        }
    }
    CHECK(cli({"--db", db, "report", "project", "--pdf", dir.path("x.pdf")}).exitCode == 2);
    CHECK(cli({"--db", db, "report", "portfolio", "--pdf", dir.path("x.pdf"), "--lang", "fr"}).exitCode == 2);
    CHECK(cli({"--db", db, "report", "annual", "--pdf", dir.path("x.pdf")}).exitCode == 2);
    CHECK(cli({"--db", db, "report", "portfolio"}).exitCode == 2);
    const test::CliRun unknown = cli({"--db", db, "report", "project", "NO-SUCH-9", "--pdf", dir.path("x.pdf")});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(QLatin1String("NO-SUCH-9")));
    CHECK_FALSE(QFileInfo::exists(dir.path("x.pdf")));
}

TEST_CASE("export writes each register of the demo to CSV, row for row as the list commands list them", "[cli][export]")
{
    test::TempDir dir;
    const QString db = demoPortfolio(dir);

    SECTION("projects, filtered, with a semicolon")
    {
        const QJsonArray listed = listProjects(db, {"--line", "sscaf"});
        REQUIRE(listed.size() == 14);
        const QString path = dir.path("projects.csv");
        const test::CliRun run = ok({"--db", db, "export", "projects", "--line", "sscaf", "--csv", path, "--separator", ";"});
        CHECK(run.out.contains("exported 14 projects"));
        const test::CsvFile csv = test::readCsv(path, ';');
        CHECK(csv.bom);
        REQUIRE(csv.rows.size() == listed.size() + 1);
        CHECK(csv.rows.first()
            == QStringList{"Code", "Title (English)", "Title (Chinese)", "Business line", "Funding source", "Status", "Countries",
                "Planned start", "Planned end", "Officer"});
        for (qsizetype i = 0; i < listed.size(); ++i) {
            const QJsonObject p = listed.at(i).toObject();
            const QStringList &row = csv.rows.at(i + 1);
            CHECK(row.at(0) == p.value("code").toString());
            CHECK(row.at(1) == p.value("title_en").toString());
            CHECK(row.at(2) == p.value("title_zh").toString());
            CHECK(row.at(7) == p.value("planned_start").toString());
            CHECK(row.at(8) == p.value("planned_end").toString());
            CHECK(row.at(9) == p.value("officer").toString());
        }

        // Chosen columns, a search in Chinese, tab-separated.
        const QString word = listed.first().toObject().value("title_zh").toString().left(8);
        const QJsonArray found = listProjects(db, {"--search", word});
        const QString tab = dir.path("projects.tsv");
        ok({"--db", db, "export", "projects", "--search", word, "--columns", "code,status_code,country_codes", "--csv", tab, "--separator",
            "tab"});
        const test::CsvFile codes = test::readCsv(tab, '\t');
        REQUIRE(codes.rows.size() == found.size() + 1);
        CHECK(codes.rows.first() == QStringList{"Code", "IATI status", "Country codes"});
        for (qsizetype i = 0; i < found.size(); ++i) {
            const QJsonObject p = found.at(i).toObject();
            QStringList countries;
            for (const QJsonValue &c : p.value("countries").toArray())
                countries << c.toString();
            CHECK(codes.rows.at(i + 1)
                == QStringList{p.value("code").toString(), QString::number(p.value("status").toInt()), countries.join(", ")});
        }
    }

    SECTION("partners of the network")
    {
        const QJsonArray listed = parseJson(ok({"--db", db, "partners", "list", "--network", "--format", "json"}).out).array();
        const QString path = dir.path("partners.csv");
        ok({"--db", db, "export", "partners", "--network", "--csv", path});
        const test::CsvFile csv = test::readCsv(path);
        REQUIRE(csv.rows.size() == listed.size() + 1);
        REQUIRE(listed.size() == 51);
        const QStringList &header = csv.rows.first();
        for (qsizetype i = 0; i < listed.size(); ++i) {
            const QJsonObject p = listed.at(i).toObject();
            const QStringList &row = csv.rows.at(i + 1);
            CHECK(row.at(header.indexOf("Name (English)")) == p.value("name_en").toString());
            CHECK(row.at(header.indexOf("Name (Chinese)")) == p.value("name_zh").toString());
            CHECK(row.at(header.indexOf("Member since")) == QString::number(p.value("network_member_since").toInt()));
            CHECK(row.at(header.indexOf("Projects")) == QString::number(p.value("projects").toInt()));
        }
    }

    SECTION("transactions: their counts and exact sums per type and currency are the finance summary's")
    {
        const QJsonObject summary = parseJson(ok({"--db", db, "finance", "summary", "--format", "json"}).out).object();
        const QString path = dir.path("transactions.csv");
        ok({"--db", db, "export", "transactions", "--columns", "project,date,type_code,amount,currency", "--csv", path});
        const test::CsvFile csv = test::readCsv(path);
        REQUIRE(csv.rows.size() > 1);
        QMap<QString, qint64> counts, sums; // by "type currency"
        for (qsizetype i = 1; i < csv.rows.size(); ++i) {
            const QStringList &row = csv.rows.at(i);
            const QString key = row.at(2) + ' ' + row.at(4);
            ++counts[key];
            const auto amount = Money::fromDecimal(row.at(3), row.at(4));
            REQUIRE(amount.ok());
            sums[key] += amount->minorUnits();
        }
        QMap<QString, qint64> expectedCounts, expectedSums;
        for (const QJsonValue &v : summary.value("transactions").toArray()) {
            const QJsonObject t = v.toObject();
            const QString key = QString::number(t.value("type").toInt()) + ' ' + t.value("currency").toString();
            expectedCounts[key] = t.value("count").toInteger();
            expectedSums[key] = Money::fromDecimal(t.value("sum").toString(), t.value("currency").toString())->minorUnits();
        }
        CHECK(counts == expectedCounts);
        CHECK(sums == expectedSums);

        // One project's, from a date on.
        const QString first = csv.rows.at(1).at(0);
        const QString one = dir.path("one.csv");
        ok({"--db", db, "export", "transactions", "--project", first, "--from", "2000-01-01", "--columns", "project,date", "--csv", one});
        const test::CsvFile own = test::readCsv(one);
        REQUIRE(own.rows.size() > 1);
        for (qsizetype i = 1; i < own.rows.size(); ++i)
            CHECK(own.rows.at(i).at(0) == first);
        CHECK(cli({"--db", db, "export", "transactions", "--project", "NO-SUCH-1", "--csv", dir.path("none.csv")}).exitCode == 1);
        CHECK_FALSE(QFileInfo::exists(dir.path("none.csv")));
    }

    SECTION("deliveries, filtered by status and judged on a day")
    {
        const QJsonArray listed = parseJson(ok({"--db", db, "deliveries", "list", "--status", "in_transit", "--status", "planned",
                                                   "--as-of", "2026-06-30", "--format", "json"})
                                                .out)
                                      .array();
        REQUIRE_FALSE(listed.isEmpty());
        const QString path = dir.path("deliveries.csv");
        ok({"--db", db, "export", "deliveries", "--status", "in_transit", "--status", "planned", "--as-of", "2026-06-30", "--columns",
            "code,project,country_code,consignee,planned_arrival,actual_arrival,handover,items,tonnes,value,currency,overdue", "--csv",
            path});
        const test::CsvFile csv = test::readCsv(path);
        REQUIRE(csv.rows.size() == listed.size() + 1);
        for (qsizetype i = 0; i < listed.size(); ++i) {
            const QJsonObject d = listed.at(i).toObject();
            const QStringList &row = csv.rows.at(i + 1);
            INFO(d.value("code").toString().toStdString());
            CHECK(row.mid(0, 8)
                == QStringList{d.value("code").toString(), d.value("project").toString(), d.value("country").toString(),
                    d.value("consignee").toString(), d.value("planned_arrival").toString(), d.value("actual_arrival").toString(),
                    d.value("handover").toString(), QString::number(d.value("items").toInt())});
            // The list rounds tonnes to the kilogram; the export keeps the grams.
            CHECK(std::abs(row.at(8).toDouble() - d.value("tonnes").toString().toDouble()) < 0.0005);
            CHECK(row.at(9) == d.value("value").toString());
            CHECK(row.at(10) == d.value("currency").toString());
            CHECK(row.at(11) == (d.value("overdue").toBool() ? "Yes" : ""));
        }
    }
}

TEST_CASE("export refuses wrong options and names a file it cannot write", "[cli][export]")
{
    test::TempDir dir;
    const QString db = demoPortfolio(dir);
    const QString out = dir.path("out.csv");
    CHECK(cli({"--db", db, "export", "projects"}).exitCode == 2);
    CHECK(cli({"--db", db, "export", "projects", "--csv", out, "--xlsx", dir.path("out.xlsx")}).exitCode == 2);
    CHECK(cli({"--db", db, "export", "projects", "--csv", out, "--separator", "|"}).exitCode == 2);
    CHECK(cli({"--db", db, "export", "projects", "--xlsx", out, "--separator", ";"}).exitCode == 2);
    const test::CliRun unknown = cli({"--db", db, "export", "projects", "--csv", out, "--columns", "code,budget"});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains("\"budget\""));
    CHECK(cli({"--db", db, "export", "deliveries", "--csv", out, "--status", "lost"}).exitCode == 2);
    CHECK(cli({"--db", db, "export", "transactions", "--csv", out, "--type", "99"}).exitCode == 2);
    CHECK_FALSE(QFileInfo::exists(out));

    test::writeFile(dir.path("file"), "a file, not a directory");
    const QString unwritable = dir.path("file/projects.xlsx");
    const test::CliRun failed = cli({"--db", db, "export", "projects", "--xlsx", unwritable});
    CHECK(failed.exitCode == 1);
    CHECK(failed.err.contains(unwritable));
}

TEST_CASE("export to Excel: LibreOffice reads the values the portfolio holds, in Chinese", "[cli][export][xlsx]")
{
    test::TempDir dir;
    const QString db = demoPortfolio(dir);
    const QString path = dir.path("deliveries.xlsx");
    const test::CliRun run = ok({"--db", db, "export", "deliveries", "--lang", "zh", "--as-of", "2026-06-30", "--columns",
        "code,project_title,consignee,status,handover,items,tonnes,value", "--xlsx", path});
    CHECK_FALSE(QFileInfo::exists(path + ".part"));

    // What the portfolio holds, read by core.
    QList<DeliveryRow> rows;
    {
        auto portfolio = Portfolio::open(db, Database::OpenMode::ExistingOnly);
        REQUIRE(portfolio.ok());
        auto listed = DeliveryService(portfolio.value()->database()).list({});
        REQUIRE(listed.ok());
        rows = listed.value();
    }
    REQUIRE_FALSE(rows.isEmpty());
    CHECK(run.out.contains(QStringLiteral("exported %1 deliveries").arg(rows.size())));

    // Stored: numbers without a type, a frozen header, widths; money in its currency's format.
    const QByteArray sheet = test::unzipEntry(path, "xl/worksheets/sheet1.xml");
    CHECK(sheet.contains("state=\"frozen\""));
    CHECK(sheet.contains("<cols>"));
    const QHash<QString, test::SheetCell> cells = test::sheetCells(sheet);
    for (int r = 1; r <= rows.size(); ++r) {
        CHECK(cells.value(test::sheetReference(r, 7)).type.isEmpty()); // value
        CHECK(cells.value(test::sheetReference(r, 6)).type.isEmpty()); // tonnes
        CHECK(cells.value(test::sheetReference(r, 5)).type.isEmpty()); // items
    }
    CHECK(test::unzipEntry(path, "xl/styles.xml").contains("#,##0.00 &quot;CNY&quot;"));

    // Read back by LibreOffice: the same values as the portfolio's.
    const QList<QStringList> back = test::libreOfficeRows(path, dir.path("lo"));
    REQUIRE(back.size() == rows.size() + 1);
    // --lang zh: the headers are Chinese too.
    CHECK(back.first() == QStringList{"编号", "项目名称", "收货方", "状态", "已交接", "品项", "吨", "货值"});
    int handedOver = 0;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const DeliveryRow &d = rows.at(i);
        const QStringList &row = back.at(i + 1);
        INFO(d.code.toStdString());
        CHECK(row.at(0) == d.code);
        CHECK(row.at(1) == d.projectTitleZh);
        CHECK(row.at(2) == d.consigneeZh);
        CHECK(row.at(3) == nameOf(d.status, Language::Chinese));
        CHECK(row.at(4) == d.actualHandover.toString(Qt::ISODate));
        handedOver += d.actualHandover.isValid() ? 1 : 0;
        CHECK(row.at(5).toInt() == d.itemCount);
        CHECK(std::abs(row.at(6).toDouble() - double(d.grossWeightGrams) / 1e6) < 1e-9);
        const double value = double(d.totalValue.minorUnits()) / std::pow(10.0, d.totalValue.exponent());
        CHECK(std::abs(row.at(7).toDouble() - value) < 1e-6);
    }
    CHECK(handedOver > 0);
}

TEST_CASE("import csv brings in projects and transactions, names each bad line and writes nothing then", "[cli][import]")
{
    test::TempDir dir;
    const QString db = dir.path("import.db");
    ok({"--db", db, "init"});
    const QString projects = dir.path("projects.csv");
    test::writeFile(projects, "Project code;Title;Business line;Countries\nGS-2024-001;Medical supplies;goods;KE\n"
                              "GS-2024-002;Rice;goods;UG\n");
    CHECK(ok({"--db", db, "import", "csv", "--entity", "projects", projects}).out.contains("imported 2"));

    const QString bad = dir.path("bad.csv");
    test::writeFile(bad, "Proj,Type,Date,Amount,Currency\nGS-2024-001,3,2024-01-05,100.00,USD\nGS-2024-001,3,2024-01-06,1O0.00,USD\n"
                         "GS-9999-001,3,2024-01-07,5.00,USD\n");
    // The automatic mapping, saved: "Proj" is no alias of the project, so it is added by hand and used again.
    const QString mapping = dir.path("mapping.json");
    ok({"--db", db, "import", "csv", "--entity", "transactions", bad, "--save-mapping", mapping});
    const QByteArray saved = test::readFile(mapping);
    CHECK(saved.contains("\"amount\": \"Amount\""));
    CHECK_FALSE(saved.contains("\"project\""));
    test::writeFile(mapping, QByteArray(saved).replace("\"columns\": {", "\"columns\": {\"project\": \"Proj\", "));
    CHECK(cli({"--db", db, "import", "csv", "--entity", "transactions", bad}).err.contains("required field project"));

    const QByteArray before = test::readFile(db);
    const test::CliRun refused = cli({"--db", db, "import", "csv", "--mapping", mapping, bad});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(bad + ":3: Amount: "));
    CHECK(refused.err.contains(bad + ":4: Proj: unknown project code"));
    CHECK(refused.out.contains("nothing was imported"));
    CHECK(test::fileEquals(db, before));

    const QString good = dir.path("good.csv");
    test::writeFile(good, "Proj,Type,Date,Amount,Currency\nGS-2024-001,3,2024-01-05,100.00,USD\nGS-2024-002,4,2024/1/6,\"1,250.50\",USD\n");
    const test::CliRun dry = ok({"--db", db, "import", "csv", "--mapping", mapping, "--dry-run", good});
    CHECK(dry.out.contains("dry run"));
    CHECK(test::fileEquals(db, before));
    CHECK(ok({"--db", db, "import", "csv", "--mapping", mapping, "--entity", "transactions", good}).out.contains("imported 2"));
    const QJsonDocument summary = parseJson(ok({"--db", db, "finance", "summary", "--format", "json"}).out);
    const QByteArray totals = summary.toJson(QJsonDocument::Compact);
    INFO(totals.toStdString());
    CHECK(totals.contains("\"100.00\""));
    CHECK(totals.contains("\"1250.50\""));

    CHECK(cli({"--db", db, "import", "csv", good}).exitCode == 2); // no --entity
    CHECK(cli({"--db", db, "import", "csv", "--entity", "ships", good}).exitCode == 2);
    CHECK(cli({"--db", db, "import", "csv", "--entity", "transactions", "--separator", "pipe", good}).exitCode == 2);
    CHECK(cli({"--db", db, "import", "csv", "--mapping", mapping, "--entity", "projects", good}).exitCode == 2);
}

TEST_CASE("import csv with a mapping of constants and look-ups, --on-invalid skip, --rejects and --header-row, problems grouped", "[cli][import]")
{
    test::TempDir dir;
    const QString db = dir.path("mapped.db");
    ok({"--db", db, "init"});
    const QString file = dir.path("received.csv");
    test::writeFile(file, "Received from the embassy\n"
                          "id,name,state,where\n"
                          "E-1,Clinic,Completion,Kenya\n"
                          "E-2,School,implementation,Atlantis\n"
                          "E-3,Well,Implementation,KEN\n"
                          "E-4,Road,Completion,Mars\n");
    const QString mapping = dir.path("mapping.json");
    test::writeFile(mapping, R"({"entity": "projects", "columns": {"code": "id", "title_en": "name", "line": {"value": "sscaf"},
        "status": {"column": "state", "values": {"Completion": "4", "Implementation": "2"}}, "countries": "where"}})");

    // The header is on line 2: without --header-row the file's title is taken for it.
    CHECK(cli({"--db", db, "import", "csv", "--mapping", mapping, file}).err.contains("not in the file"));
    const QByteArray before = test::readFile(db);
    const test::CliRun refused = cli({"--db", db, "import", "csv", "--mapping", mapping, "--header-row", "2", file});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains("2 problems in 1 kind:"));
    CHECK(refused.err.contains(QStringLiteral("2 × where: ")));
    CHECK(refused.err.contains(file + " line 4, 6)"));
    CHECK(test::fileEquals(db, before));

    const QString rejects = dir.path("to-fix.csv");
    const test::CliRun skipped =
        ok({"--db", db, "import", "csv", "--mapping", mapping, "--header-row", "2", "--on-invalid", "skip", "--rejects", rejects, file});
    CHECK(skipped.out.contains("imported 2 projects from " + file));
    CHECK(skipped.out.contains("2 rejected, their rows written to " + rejects));
    const QString fixes = QString::fromUtf8(test::readFile(rejects));
    CHECK(fixes.contains("id,name,state,where,Reason"));
    CHECK(fixes.contains("E-2,School,implementation,Atlantis,"));
    CHECK(fixes.contains("E-4,Road,Completion,Mars,"));
    const QJsonDocument listed = parseJson(ok({"--db", db, "projects", "list", "--format", "json"}).out);
    const QByteArray projects = listed.toJson(QJsonDocument::Compact);
    CHECK(projects.contains("E-1"));
    CHECK(projects.contains("E-3"));
    CHECK_FALSE(projects.contains("E-2"));

    CHECK(cli({"--db", db, "import", "csv", "--mapping", mapping, "--on-invalid", "maybe", file}).exitCode == 2);
    CHECK(cli({"--db", db, "import", "csv", "--mapping", mapping, "--header-row", "0", file}).exitCode == 2);
    CHECK(cli({"--db", db, "import", "xlsx", "--mapping", mapping, file}).exitCode == 2); // not a workbook's name
}

TEST_CASE("import csv refuses a file that mixes encodings or is too wide, naming the lines, and writes nothing", "[cli][import]")
{
    test::TempDir dir;
    const QString db = dir.path("limits.db");
    ok({"--db", db, "init"});
    const QByteArray before = test::readFile(db);

    const QString mixed = dir.path("mixed.csv");
    QStringEncoder gb18030("GB18030");
    const QByteArray gbLines = gb18030.encode(QStringLiteral("项目编号,项目名称,业务板块\nGS-2024-101,援肯尼亚医疗物资项目,物资援助项目\n"));
    test::writeFile(mixed, gbLines + QStringLiteral("GS-2024-102,援乌干达粮食项目,物资援助项目\n").toUtf8());
    const test::CliRun refused = cli({"--db", db, "import", "csv", "--entity", "projects", "--dry-run", mixed});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains("line 3 is UTF-8 and line 1 is not: the file mixes encodings"));

    const QString wide = dir.path("wide.csv");
    test::writeFile(wide, QByteArray("Project code,Title,Business line\nGS-2024-101,Rice,goods\n") + QByteArray(50'000, ','));
    const test::CliRun tooWide = cli({"--db", db, "import", "csv", "--entity", "projects", "--dry-run", wide});
    CHECK(tooWide.exitCode == 1);
    CHECK(tooWide.err.contains("line 3 has more than 10,000 columns; ProjectDesk reads at most 10,000"));
    CHECK(test::fileEquals(db, before));
}

TEST_CASE("import iati then finance summary: the file's transactions per type and currency, export iati writes a valid file", "[cli][iati]")
{
    test::TempDir dir;
    const QString db = dir.path("iati.db");
    const QString undp = QStringLiteral(PROJECTDESK_TEST_DATA_DIR "/iati/real/undp-china-cicete-mofcom.dev.xml");
    const test::CliRun imported = ok({"--db", db, "import", "iati", undp});
    CHECK(imported.out.contains("activities 15 created, 0 updated, 0 skipped"));

    // The file's own figures, read here with QXmlStreamReader: (type, currency) -> (count, sum).
    QMap<QPair<int, QString>, QPair<qint64, qint64>> expected;
    {
        QFile file(undp);
        REQUIRE(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString defaultCurrency, currency;
        int type = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                if (xml.name() == QLatin1String("iati-activity"))
                    defaultCurrency = xml.attributes().value(QLatin1String("default-currency")).toString();
                else if (xml.name() == QLatin1String("transaction-type"))
                    type = xml.attributes().value(QLatin1String("code")).toInt();
                else if (xml.name() == QLatin1String("value") && type > 0) {
                    currency = xml.attributes().value(QLatin1String("currency")).toString();
                    if (currency.isEmpty())
                        currency = defaultCurrency;
                    auto amount = Money::fromDecimal(xml.readElementText().trimmed(), currency);
                    REQUIRE(amount.ok());
                    auto &slot = expected[{type, currency}];
                    ++slot.first;
                    slot.second += amount->minorUnits();
                }
            } else if (xml.isEndElement() && xml.name() == QLatin1String("transaction")) {
                type = 0;
            }
        }
        REQUIRE(!xml.hasError());
    }
    REQUIRE(!expected.isEmpty());
    const QJsonObject summary = parseJson(ok({"--db", db, "finance", "summary", "--format", "json"}).out).object();
    QMap<QPair<int, QString>, QPair<qint64, qint64>> held;
    for (const QJsonValue v : summary.value("transactions").toArray()) {
        const QJsonObject o = v.toObject();
        const QString currency = o.value("currency").toString();
        auto amount = Money::fromDecimal(o.value("sum").toString(), currency);
        REQUIRE(amount.ok());
        held[{o.value("type").toInt(), currency}] = {o.value("count").toInteger(), amount->minorUnits()};
    }
    CHECK(held == expected);

    // Again: the same projects are updated, the sums stay.
    CHECK(ok({"--db", db, "import", "iati", undp}).out.contains("activities 0 created, 15 updated, 0 skipped"));
    CHECK(parseJson(ok({"--db", db, "finance", "summary", "--format", "json"}).out).object().value("transactions") == summary.value("transactions"));

    const QString out = dir.path("cicete.xml");
    const test::CliRun exported = ok({"--db", db, "export", "iati", "--out", out, "--search", "XM-DAC-41114"});
    CHECK(exported.out.startsWith("15 activities written"));
    QProcess xmllint;
    xmllint.start("xmllint", {"--noout", "--schema", QStringLiteral(PROJECTDESK_TEST_DATA_DIR "/iati/schema-2.03/iati-activities-schema.xsd"), out});
    REQUIRE(xmllint.waitForFinished(120000));
    INFO(QString::fromUtf8(xmllint.readAllStandardError()).left(2000).toStdString());
    CHECK(xmllint.exitCode() == 0);
    // A dirty file: each skip on its own line, FILE:LINE: ACTIVITY: what: reason.
    const test::CliRun dirty = ok({"--db", db, "import", "iati", QStringLiteral(PROJECTDESK_TEST_DATA_DIR "/iati/real/covid_dportal.xml")});
    CHECK(dirty.out.contains("covid_dportal.xml:20986: CZ-ICO-25755277-ZMBZ000033: transaction: empty value\n"));
    // Dates that contradict each other are kept, each a warning; a type in the element's text is mapped.
    CHECK(dirty.out.contains(": warning: activity-date: a closed project needs its actual end date\n"));
    CHECK(dirty.out.contains("covid_dportal.xml:20986: CZ-ICO-25755277-ZMBZ000033: mapped: transaction: "));
    CHECK(dirty.out.contains("covid_dportal.xml: imported (IATI 2.03): activities 400 created, 1 updated"));
    CHECK(dirty.out.contains("; 5 warnings, 21 codes mapped\n"));

    // An organisation file is refused: exit 1 and the reason.
    const test::CliRun refused = cli({"--db", db, "import", "iati", QStringLiteral(PROJECTDESK_TEST_DATA_DIR "/iati/real/example_organisation_203.xml")});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains("organisation file"));

    CHECK(cli({"--db", db, "export", "iati"}).exitCode == 2); // --out is required
}

TEST_CASE("import iati of several files: a refused file does not stop the next, one line per file, exit 1, and as JSON", "[cli][iati]")
{
    test::TempDir dir;
    const QString db = dir.path("several.db");
    const QString food = QStringLiteral(PROJECTDESK_TEST_DATA_DIR "/iati/real/foodsecurity_dportal.xml");
    const QString organisation = QStringLiteral(PROJECTDESK_TEST_DATA_DIR "/iati/real/example_organisation_203.xml");
    const QString undp = QStringLiteral(PROJECTDESK_TEST_DATA_DIR "/iati/real/undp-china-cicete-mofcom.dev.xml");
    const test::CliRun run = cli({"--db", db, "import", "iati", food, organisation, undp});
    CHECK(run.exitCode == 1);
    CHECK(run.out.contains(food + ": imported (IATI 2.03): activities 7 created, 0 updated, 0 skipped"));
    CHECK(run.out.contains(organisation + ": refused, nothing imported: example_organisation_203.xml:"));
    CHECK(run.out.contains(undp + ": imported (IATI 2.03): activities 15 created, 0 updated, 0 skipped"));
    CHECK(run.err.contains("organisation file"));
    CHECK(!run.err.contains("%")); // progress only on a terminal
    // The files after the refused one are imported: the projects are there.
    const QJsonArray projects = parseJson(ok({"--db", db, "projects", "list", "--format", "json"}).out).array();
    CHECK(projects.size() == 7 + 15);

    const test::CliRun json = cli({"--db", db, "import", "iati", "--format", "json", organisation, food});
    CHECK(json.exitCode == 1);
    const QJsonArray files = parseJson(json.out).object().value("files").toArray();
    REQUIRE(files.size() == 2);
    const QJsonObject refused = files.at(0).toObject();
    CHECK(refused.value("file").toString() == organisation);
    CHECK(refused.value("ok").toBool() == false);
    CHECK(refused.value("error").toString().contains("organisation file"));
    const QJsonObject updated = files.at(1).toObject();
    CHECK(updated.value("ok").toBool());
    CHECK(updated.value("activities_created").toInt() == 0);
    CHECK(updated.value("activities_updated").toInt() == 7);
    CHECK(updated.value("warnings").toArray().isEmpty());
    CHECK(cli({"--db", db, "import", "iati", "--format", "xml", food}).exitCode == 2);
}

TEST_CASE("partners add, edit, merge and remove, and an identifier not of the form AGENCY-ID and likely duplicates are told", "[cli]")
{
    test::TempDir dir;
    const QString db = demoPortfolio(dir);
    auto partnerNamed = [&](const QString &acronym) {
        for (const QJsonValue &v : parseJson(ok({"--db", db, "partners", "list", "--format", "json"}).out).array()) {
            if (v.toObject().value("acronym").toString() == acronym)
                return v.toObject();
        }
        return QJsonObject();
    };
    const qint64 before = parseJson(ok({"--db", db, "stats", "--format", "json"}).out).object().value("partners").toInteger();

    // An identifier typed in an older form is refused, nothing stored.
    const test::CliRun refused = cli({"--db", db, "partners", "add", "--name-en", "Malawi Red Cross Society", "--iati-id", "GB-1"});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains("AGENCY-ID"));
    CHECK(parseJson(ok({"--db", db, "stats", "--format", "json"}).out).object().value("partners").toInteger() == before);

    // A second record of WFP, told to be a likely duplicate of the first.
    const test::CliRun second = ok({"--db", db, "partners", "add", "--name-en", "world food  programme", "--acronym", "WFP-MW", "--country", "mw"});
    CHECK(second.err.contains("may be the same organisation as World Food Programme"));
    CHECK(partnerNamed("WFP-MW").value("country").toString() == "MW");
    ok({"--db", db, "partners", "edit", "WFP-MW", "--name-zh", QStringLiteral("世界粮食计划署马拉维办事处"), "--iati-id", "XM-DAC-41140-MW"});
    CHECK(partnerNamed("WFP-MW").value("iati_id").toString() == "XM-DAC-41140-MW");

    // Merged into the first: one record left, the first's fields kept, its projects as before.
    const qint64 projects = partnerNamed("WFP").value("projects").toInteger();
    const test::CliRun merged = ok({"--db", db, "partners", "merge", "WFP", "WFP-MW"});
    CHECK(merged.out.contains("merged world food  programme"));
    CHECK(partnerNamed("WFP-MW").isEmpty());
    CHECK(partnerNamed("WFP").value("projects").toInteger() == projects);
    CHECK(partnerNamed("WFP").value("iati_id").toString() == "XM-DAC-41140");
    CHECK(parseJson(ok({"--db", db, "stats", "--format", "json"}).out).object().value("partners").toInteger() == before);

    // A partner with roles is not removed; one without is.
    const test::CliRun inUse = cli({"--db", db, "partners", "remove", "WFP"});
    CHECK(inUse.exitCode == 1);
    CHECK(inUse.err.contains("plays a role in"));
    ok({"--db", db, "partners", "add", "--name-en", "Lilongwe Freight Ltd", "--acronym", "LFL"});
    ok({"--db", db, "partners", "remove", "LFL"});
    CHECK(partnerNamed("LFL").isEmpty());
    ok({"--db", db, "check"});
}

TEST_CASE("demo without --scale makes the very portfolio the app makes on its first run", "[cli]")
{
    test::TempDir dir;
    const QString fromCli = dir.path("cli-demo.db");
    ok({"--db", fromCli, "demo"});

    // The app's first run, with its own data and settings folders.
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.path("data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.path("config"));
    env.insert(QStringLiteral("PROJECTDESK_USER"), QStringLiteral("tester"));
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(PROJECTDESK_GUI_PATH), {QStringLiteral("--demo"), QStringLiteral("--screenshot"), dir.path("first-run.png")});
    REQUIRE(app.waitForFinished(240000));
    INFO(QString::fromUtf8(app.readAllStandardError()).toStdString());
    REQUIRE(app.exitCode() == 0);
    QDirIterator found(dir.path("data"), {QStringLiteral("demo-portfolio.db")}, QDir::Files, QDirIterator::Subdirectories);
    REQUIRE(found.hasNext());
    const QString fromApp = found.next();

    const auto same = [&](const QStringList &command) {
        INFO(command.join(u' ').toStdString());
        CHECK(ok(QStringList{"--db", fromApp} + command).out == ok(QStringList{"--db", fromCli} + command).out);
    };
    CHECK(parseJson(ok({"--db", fromCli, "stats", "--format", "json"}).out).object().value("projects").toInteger()
        == DemoGenerator::kStandardScale * DemoGenerator::kProjectsPerUnit + 337); // with the COVID-19 response
    same({"stats", "--format", "json"});
    same({"projects", "list", "--format", "csv"});
    same({"partners", "list", "--format", "csv"});
    same({"deliveries", "list", "--format", "csv"});
    same({"rates", "list", "--format", "csv"});
}

TEST_CASE("the standard demo's figures are the seeds' figures, under the filters the user guide names", "[cli][demo]")
{
    test::TempDir dir;
    const QString db = dir.path("standard.db");
    ok({"--db", db, "demo"});
    // "By March 2021, 307 projects to 150 countries and 4 international organisations, delivering
    // 2,327 tons": the COVID-19 goods handed over from January 2020 to March 2021.
    const QJsonObject covid = parseJson(ok({"--db", db, "deliveries", "summary", "--emergency", "covid-19", "--from", "2020-01-01", "--to",
                                               "2021-03-31", "--format", "json"})
                                            .out)
                                  .object();
    CHECK(covid.value("projects").toInt() == 307);
    CHECK(covid.value("countries").toInt() == 150);
    CHECK(covid.value("organisations").toInt() == 4);
    CHECK(covid.value("tonnes_delivered").toString().toDouble() == 2327.0);
    CHECK(covid.value("sentence_en").toString().contains("307 projects to 150 countries and 4 international organisations"));
    CHECK(covid.value("sentence_en").toString().contains("2,327 tonnes"));
    // The same emergency on the other commands: the 307 and the 30 vaccine projects after March 2021.
    CHECK(parseJson(ok({"--db", db, "projects", "list", "--emergency", "covid-19", "--format", "json"}).out).array().size() == 337);
    CHECK(parseJson(ok({"--db", db, "deliveries", "list", "--emergency", "covid-19", "--format", "json"}).out).array().size() == 337);
    CHECK(parseJson(ok({"--db", db, "dashboard", "--emergency", "covid-19"}).out).object().value("kpis").toObject().value("projects").toInt()
        == 337);
    CHECK(cli({"--db", db, "projects", "list", "--emergency", "Not A Key"}).exitCode == 2);

    // "By the end of 2019, 82 projects under SSCAF in cooperation with 14 international organizations".
    const QJsonObject sscaf = parseJson(ok({"--db", db, "dashboard", "--line", "sscaf", "--to-year", "2019"}).out).object().value("kpis").toObject();
    CHECK(sscaf.value("projects").toInt() == 82);
    CHECK(sscaf.value("international_organisations").toInt() == 14);
    // "51 member institutions" of the SSC Network.
    CHECK(parseJson(ok({"--db", db, "stats", "--format", "json"}).out).object().value("network_members").toInteger() == 51);

    // Emergencies: ProjectDesk's list, and one a user adds.
    const QJsonArray known = parseJson(ok({"--db", db, "emergencies", "list", "--format", "json"}).out).array();
    CHECK(std::any_of(known.cbegin(), known.cend(), [](const QJsonValue &v) { return v.toObject().value("key") == "nepal-earthquake-2015"; }));
    ok({"--db", db, "emergencies", "add", "cyclone-freddy-2023", "--name-en", "Cyclone Freddy", "--name-zh", "热带气旋“弗雷迪”", "--started",
        "2023-02-06"});
    const test::CliRun twice = cli({"--db", db, "emergencies", "add", "cyclone-freddy-2023", "--name-en", "Cyclone Freddy"});
    CHECK(twice.exitCode == 1);
    CHECK(twice.err.contains("already"));
    const test::CliRun badGlide = cli({"--db", db, "emergencies", "add", "x-2024", "--name-en", "X", "--glide", "12345"});
    CHECK(badGlide.exitCode == 1);
    CHECK(badGlide.err.contains("GLIDE"));
    CHECK(ok({"--db", db, "emergencies", "list"}).out.contains("cyclone-freddy-2023"));
}

TEST_CASE("imports list shows each import as JSON and imports undo takes one back, refused twice", "[cli][import]")
{
    test::TempDir dir;
    const QString db = dir.path("undo.db");
    ok({"--db", db, "init"});
    const QString projects = dir.path("projects.csv");
    test::writeFile(projects, "code,title_en,line,countries\nGS-2024-001,Tents,goods,KE\nGS-2024-002,Rice,goods,UG\n");
    const test::CliRun imported = ok({"--db", db, "import", "csv", "--entity", "projects", projects});
    CHECK(imported.out.contains("imported 2"));
    CHECK(imported.out.contains("import id 1"));

    const QJsonDocument listed = parseJson(ok({"--db", db, "imports", "list", "--format", "json"}).out);
    REQUIRE(listed.isArray());
    REQUIRE(listed.array().size() == 1);
    const QJsonObject batch = listed.array().first().toObject();
    CHECK(batch.value("id").toInteger() == 1);
    CHECK(batch.value("kind").toString() == "csv");
    CHECK(batch.value("file").toString() == "projects.csv");
    CHECK(batch.value("entity").toString() == "projects");
    CHECK(batch.value("at").toString().endsWith('Z'));
    CHECK_FALSE(batch.value("user").toString().isEmpty());
    CHECK(batch.value("added").toInteger() == 2);
    CHECK(batch.value("updated").toInteger() == 0);
    CHECK(batch.value("undone").toBool() == false);

    CHECK(ok({"--db", db, "imports", "undo", "1"}).out.contains("undid import 1"));
    CHECK(listProjects(db).isEmpty());
    CHECK(parseJson(ok({"--db", db, "imports", "list", "--format", "json"}).out).array().first().toObject().value("undone").toBool());
    const test::CliRun twice = cli({"--db", db, "imports", "undo", "1"});
    CHECK(twice.exitCode != 0);
    CHECK(twice.err.contains("undone already"));
    CHECK(cli({"--db", db, "imports", "undo", "x"}).exitCode == 2);
}

TEST_CASE("registers exported in English and in Chinese import into an empty portfolio and export the same", "[cli][import][export]")
{
    test::TempDir dir;
    const QString demo = demoPortfolio(dir);
    struct Register
    {
        const char *name;
        const char *entity;
        QStringList options;
    };
    // Derived columns (a partner's project count, a delivery's items and totals) come from records
    // these registers do not carry; deliveries are imported as planned.
    const QList<Register> registers{
        {"partners", "partners", {"--columns", "name_en,name_zh,acronym,type,country,iati_id,network_since"}},
        {"projects", "projects", {}},
        {"transactions", "transactions", {}},
        {"deliveries", "deliveries",
            {"--status", "planned", "--columns", "code,project,country,consignee,status,planned_dispatch,planned_arrival,currency,document"}},
    };
    for (const char *lang : {"en", "zh"}) {
        const QString target = dir.path(QStringLiteral("empty-%1.db").arg(QLatin1String(lang)));
        ok({"--db", target, "init"});
        for (const Register &r : registers) {
            INFO(r.name << " in " << lang);
            const QString first = dir.path(QStringLiteral("%1-%2.csv").arg(QLatin1String(r.name), QLatin1String(lang)));
            const QString again = dir.path(QStringLiteral("%1-%2-again.csv").arg(QLatin1String(r.name), QLatin1String(lang)));
            ok(QStringList{"--db", demo, "export", r.name, "--lang", lang, "--csv", first} + r.options);
            ok({"--db", target, "import", "csv", "--entity", r.entity, first});
            ok(QStringList{"--db", target, "export", r.name, "--lang", lang, "--csv", again} + r.options);
            CHECK(test::readFile(again) == test::readFile(first));
            const test::CliRun twice = ok({"--db", target, "import", "csv", "--entity", r.entity, first});
            CHECK(twice.out.contains("imported 0 "));
            CHECK(twice.out.contains("updated 0, unchanged (skipped) "));
        }
    }
}
