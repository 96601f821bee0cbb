// Team mode with real processes: the CLI and psql against the throwaway PostgreSQL cluster that
// scripts/test.sh starts (PROJECTDESK_TEST_SERVER). Roles are enforced by the server itself.
#include "test_server.h"
#include "test_support.h"

#include "services/audit_log.h"
#include "services/portfolio.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>

using namespace pd;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run psql(const QString &url, const QString &password, const QString &sql)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), password);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("psql"), {QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-tA"), url, QStringLiteral("-c"), sql});
    REQUIRE(p.waitForStarted());
    REQUIRE(p.waitForFinished(60000));
    return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()).trimmed(),
        QString::fromUtf8(p.readAllStandardError())};
}

test::CliRun cli(const QString &url, const QStringList &args, const QString &password = {})
{
    return test::runCli(QStringList{QStringLiteral("--server"), url} + args,
        password.isEmpty() ? QStringList() : QStringList{QStringLiteral("PGPASSWORD=") + password});
}

// A new database with a team portfolio set up by the superuser, dropped at the end of the test case.
struct TestTeam
{
    QString url;
    TestTeam()
    {
        url = test::newServerDatabase();
        const auto init = cli(url, {QStringLiteral("server"), QStringLiteral("init")});
        INFO(init.err.toStdString());
        REQUIRE(init.exitCode == 0);
    }
    ~TestTeam() { test::dropServerDatabases({test::databaseOf(url)}); }
    QString as(const QString &user, const QString &password) const { return test::withLogin(url, user, password); }
    QString loginUrl(const QString &user) const { return test::withLogin(url, user); }
};

QString unique(const char *name)
{
    static int n = 0;
    return QStringLiteral("%1_%2_%3").arg(QLatin1String(name)).arg(QCoreApplication::applicationPid()).arg(++n);
}

void addUser(const TestTeam &server, const QString &name, const QStringList &options)
{
    const auto r = test::runCli(QStringList{QStringLiteral("--server"), server.url, QStringLiteral("server"), QStringLiteral("add-user"), name,
                                    QStringLiteral("--password-env"), QStringLiteral("NEW_PASSWORD")}
            + options,
        {QStringLiteral("NEW_PASSWORD=pw-") + name});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
}

QStringList projectArgs(const QString &code, const QString &line)
{
    return {QStringLiteral("projects"), QStringLiteral("add"), QStringLiteral("--code"), code, QStringLiteral("--title-en"), QStringLiteral("Team test"),
        QStringLiteral("--line"), line, QStringLiteral("--funding"), QStringLiteral("china_grant")};
}

} // namespace

TEST_CASE("server roles are enforced by PostgreSQL: a viewer changes nothing, even with psql; an officer only their lines", "[team]")
{
    if (!test::serverAvailable())
        return;
    const TestTeam server;
    const QString viewer = unique("viewer"), officer = unique("officer");
    addUser(server, viewer, {QStringLiteral("--role"), QStringLiteral("viewer")});
    addUser(server, officer, {QStringLiteral("--role"), QStringLiteral("officer"), QStringLiteral("--lines"), QStringLiteral("goods,sscaf")});
    REQUIRE(cli(server.url, projectArgs(QStringLiteral("UN-2026-001"), QStringLiteral("un"))).exitCode == 0);

    const auto users = cli(server.url, {QStringLiteral("server"), QStringLiteral("users"), QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(users.exitCode == 0);
    CHECK(users.out.contains(QStringLiteral("\"name\": \"%1\"").arg(viewer)));
    CHECK(users.out.contains(QStringLiteral("\"role\": \"officer\"")));

    SECTION("the viewer reads, and psql cannot change a row either")
    {
        const QString url = server.loginUrl(viewer);
        const Run read = psql(url, QStringLiteral("pw-") + viewer, QStringLiteral("SELECT count(*) FROM projects"));
        CHECK(read.exitCode == 0);
        CHECK(read.out == QStringLiteral("1"));
        const Run update = psql(url, QStringLiteral("pw-") + viewer, QStringLiteral("UPDATE projects SET title_en = 'changed'"));
        CHECK(update.exitCode != 0);
        CHECK(update.err.contains(QStringLiteral("permission denied")));
        const Run remove = psql(url, QStringLiteral("pw-") + viewer, QStringLiteral("DELETE FROM audit_log"));
        CHECK(remove.exitCode != 0);
        const auto add = cli(url, projectArgs(QStringLiteral("GS-2026-001"), QStringLiteral("goods")), QStringLiteral("pw-") + viewer);
        CHECK(add.exitCode == 1);
        CHECK(add.err.contains(QStringLiteral("You have view rights on this portfolio")));
        CHECK(!add.err.contains(QStringLiteral("INSERT")));
        CHECK(psql(server.url, {}, QStringLiteral("SELECT title_en FROM projects")).out == QStringLiteral("Team test"));
    }
    SECTION("the officer changes their lines and no other, from the CLI and from psql")
    {
        const QString url = server.loginUrl(officer);
        const QString pw = QStringLiteral("pw-") + officer;
        const auto own = cli(url, projectArgs(QStringLiteral("GS-2026-002"), QStringLiteral("goods")), pw);
        INFO(own.err.toStdString());
        CHECK(own.exitCode == 0);
        const auto other = cli(url, projectArgs(QStringLiteral("UN-2026-002"), QStringLiteral("un")), pw);
        CHECK(other.exitCode == 1);
        CHECK(other.err.contains(QStringLiteral("your business lines (goods, sscaf)")));
        CHECK(psql(url, pw, QStringLiteral("UPDATE projects SET title_en = 'mine' WHERE code = 'GS-2026-002'")).exitCode == 0);
        const Run foreign = psql(url, pw, QStringLiteral("UPDATE projects SET title_en = 'theirs' WHERE code = 'UN-2026-001'"));
        CHECK(foreign.exitCode != 0);
        CHECK(foreign.err.contains(QStringLiteral("not granted")));
        const Run moved = psql(url, pw, QStringLiteral("UPDATE projects SET business_line = 'goods' WHERE code = 'UN-2026-001'"));
        CHECK(moved.exitCode != 0);
        const Run deleted = psql(url, pw, QStringLiteral("DELETE FROM projects WHERE code = 'UN-2026-001'"));
        CHECK(deleted.exitCode != 0);
        const Run rates = psql(url, pw, QStringLiteral("INSERT INTO exchange_rates (quote_currency, currency, date, rate) VALUES ('USD', 'CNY', '2026-01-01', '0.14')"));
        CHECK(rates.exitCode != 0);
        CHECK(psql(server.url, {}, QStringLiteral("SELECT string_agg(code || ':' || title_en, ',' ORDER BY code) FROM projects")).out
            == QStringLiteral("GS-2026-002:mine,UN-2026-001:Team test"));
        // The audit log's "who" is the database login.
        CHECK(psql(server.url, {}, QStringLiteral("SELECT actor FROM audit_log WHERE record_key = 'GS-2026-002'")).out == officer);
    }
    SECTION("a removed user can no longer log in to the portfolio")
    {
        REQUIRE(cli(server.url, {QStringLiteral("server"), QStringLiteral("remove-user"), viewer}).exitCode == 0);
        const auto after = cli(server.url, {QStringLiteral("server"), QStringLiteral("users")});
        CHECK(!after.out.contains(viewer));
        CHECK(cli(server.loginUrl(viewer), {QStringLiteral("stats")}, QStringLiteral("pw-") + viewer).exitCode == 1);
    }
}

TEST_CASE("a file published to a server gives the same figures, and a copy back to a file too", "[team]")
{
    if (!test::serverAvailable())
        return;
    test::TempDir dir;
    const QString file = dir.path(QStringLiteral("demo.db"));
    REQUIRE(test::runCli({QStringLiteral("--db"), file, QStringLiteral("demo"), QStringLiteral("--scale"), QStringLiteral("2")}).exitCode == 0);
    const TestTeam server;
    const auto published = cli(server.url, {QStringLiteral("server"), QStringLiteral("publish"), file});
    INFO(published.err.toStdString());
    REQUIRE(published.exitCode == 0);
    const QJsonObject counts = QJsonDocument::fromJson(published.out.toUtf8()).object();
    CHECK(counts.value(QStringLiteral("tables")).toObject().value(QStringLiteral("projects")).toInt() == 200);
    CHECK(counts.value(QStringLiteral("records")).toInt() > 5000);

    const QList<QStringList> figures{{QStringLiteral("stats"), QStringLiteral("--format"), QStringLiteral("json")},
        {QStringLiteral("finance"), QStringLiteral("summary"), QStringLiteral("--format"), QStringLiteral("json")},
        {QStringLiteral("deliveries"), QStringLiteral("summary"), QStringLiteral("--format"), QStringLiteral("json")},
        {QStringLiteral("dashboard"), QStringLiteral("--as-of"), QStringLiteral("2026-06-30")}};
    const QString copy = dir.path(QStringLiteral("copy.db"));
    const auto copied = cli(server.url, {QStringLiteral("server"), QStringLiteral("copy-to"), copy});
    INFO(copied.err.toStdString());
    REQUIRE(copied.exitCode == 0);
    CHECK(QJsonDocument::fromJson(copied.out.toUtf8()).object().value(QStringLiteral("tables")) == counts.value(QStringLiteral("tables")));
    for (const QStringList &args : figures) {
        INFO(args.join(u' ').toStdString());
        const auto fromFile = test::runCli(QStringList{QStringLiteral("--db"), file} + args);
        const auto fromServer = cli(server.url, args);
        const auto fromCopy = test::runCli(QStringList{QStringLiteral("--db"), copy} + args);
        REQUIRE(fromFile.exitCode == 0);
        CHECK(fromFile.out.size() > 50);
        CHECK(fromServer.out == fromFile.out);
        CHECK(fromCopy.out == fromFile.out);
    }
    CHECK(test::runCli({QStringLiteral("--db"), copy, QStringLiteral("check")}).exitCode == 0);
    // backup --to on a server writes the same kind of copy.
    const QString backup = dir.path(QStringLiteral("backup.db"));
    const auto backedUp = cli(server.url, {QStringLiteral("backup"), QStringLiteral("--to"), backup});
    INFO(backedUp.err.toStdString());
    CHECK(backedUp.exitCode == 0);
    CHECK(test::runCli({QStringLiteral("--db"), backup, QStringLiteral("check")}).exitCode == 0);
    CHECK(test::runCli({QStringLiteral("--db"), backup, QStringLiteral("stats"), QStringLiteral("--format"), QStringLiteral("json")}).out
        == cli(server.url, {QStringLiteral("stats"), QStringLiteral("--format"), QStringLiteral("json")}).out);
    CHECK(cli(server.url, {QStringLiteral("check")}).exitCode == 0);
    // The ids moved past the copied ones: a new project on the server takes the next free id.
    const auto added = cli(server.url, projectArgs(QStringLiteral("GS-2026-900"), QStringLiteral("goods")));
    INFO(added.err.toStdString());
    CHECK(added.exitCode == 0);
    CHECK(added.out.contains(QStringLiteral("(id 201)")));
    // A server holding records takes no second publish.
    const auto again = cli(server.url, {QStringLiteral("server"), QStringLiteral("publish"), file});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("already holds records")));
}

TEST_CASE("a server of another schema version is refused with what to do, and server migrate upgrades an older one", "[team]")
{
    if (!test::serverAvailable())
        return;
    const TestTeam server;
    const QString db = test::databaseOf(server.url);
    REQUIRE(test::superuserExec(QStringLiteral("UPDATE projectdesk_schema SET version = 99"), db));
    auto newer = cli(server.url, {QStringLiteral("stats")});
    CHECK(newer.exitCode == 1);
    CHECK(newer.err.contains(QStringLiteral("newer ProjectDesk")));
    // A team portfolio as version 5 left it: no emergencies yet, its roles already set up.
    REQUIRE(test::superuserExec(QStringLiteral("DROP TABLE emergencies"), db));
    REQUIRE(test::superuserExec(QStringLiteral("ALTER TABLE projects DROP COLUMN emergency"), db));
    // ... and none of step 7's import batches.
    REQUIRE(test::superuserExec(QStringLiteral("DROP TABLE import_updates, import_batches"), db));
    for (const char *table : {"projects", "partners", "transactions", "budget_lines", "deliveries", "exchange_rates"})
        REQUIRE(test::superuserExec(QStringLiteral("ALTER TABLE %1 DROP COLUMN import_id").arg(QLatin1String(table)), db));
    REQUIRE(test::superuserExec(QStringLiteral("UPDATE projectdesk_schema SET version = 5"), db));
    auto older = cli(server.url, {QStringLiteral("stats")});
    CHECK(older.exitCode == 1);
    CHECK(older.err.contains(QStringLiteral("server migrate")));
    const auto migrated = cli(server.url, {QStringLiteral("server"), QStringLiteral("migrate")});
    INFO(migrated.err.toStdString());
    CHECK(migrated.exitCode == 0);
    CHECK(migrated.out.contains(QStringLiteral("schema version 7")));
    CHECK(cli(server.url, {QStringLiteral("stats")}).exitCode == 0);
    // The step granted the team's roles the new table: a viewer lists the emergencies, an officer adds one.
    const QString viewer = unique("viewer"), officer = unique("officer");
    addUser(server, viewer, {QStringLiteral("--role"), QStringLiteral("viewer")});
    addUser(server, officer, {QStringLiteral("--role"), QStringLiteral("officer"), QStringLiteral("--lines"), QStringLiteral("goods")});
    const auto listed = cli(server.loginUrl(viewer), {QStringLiteral("emergencies"), QStringLiteral("list")}, QStringLiteral("pw-") + viewer);
    INFO(listed.err.toStdString());
    CHECK(listed.exitCode == 0);
    CHECK(listed.out.contains(QStringLiteral("covid-19")));
    const auto added = cli(server.loginUrl(officer),
        {QStringLiteral("emergencies"), QStringLiteral("add"), QStringLiteral("cyclone-freddy-2023"), QStringLiteral("--name-en"), QStringLiteral("Cyclone Freddy")},
        QStringLiteral("pw-") + officer);
    INFO(added.err.toStdString());
    CHECK(added.exitCode == 0);
    // ... and the import batches: an officer imports projects of a line and undoes the import.
    test::TempDir dir;
    const QString csv = dir.path(QStringLiteral("goods.csv"));
    test::writeFile(csv, "code,title_en,line\nGS-2031-001,Tents,goods\n");
    const auto imported = cli(server.loginUrl(officer), {QStringLiteral("import"), QStringLiteral("csv"), QStringLiteral("--entity"),
        QStringLiteral("projects"), csv}, QStringLiteral("pw-") + officer);
    INFO(imported.err.toStdString());
    CHECK(imported.exitCode == 0);
    const auto undone = cli(server.loginUrl(officer), {QStringLiteral("imports"), QStringLiteral("undo"), QStringLiteral("1")},
        QStringLiteral("pw-") + officer);
    INFO(undone.err.toStdString());
    CHECK(undone.exitCode == 0);
    CHECK(cli(server.loginUrl(viewer), {QStringLiteral("imports"), QStringLiteral("list")}, QStringLiteral("pw-") + viewer).exitCode == 0);
    // A database of another application is left alone.
    const QString foreign = test::newServerDatabase();
    REQUIRE(test::superuserExec(QStringLiteral("CREATE TABLE accounts (id int)"), test::databaseOf(foreign)));
    const auto refused = cli(foreign, {QStringLiteral("server"), QStringLiteral("init")});
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.contains(QStringLiteral("another application")));
    test::dropServerDatabases({test::databaseOf(foreign)});
}

TEST_CASE("watch prints one JSON line per change as it is committed", "[team]")
{
    if (!test::serverAvailable())
        return;
    const TestTeam server;
    QProcess watch;
    watch.start(QStringLiteral(PROJECTDESK_CLI_PATH),
        {QStringLiteral("--server"), server.url, QStringLiteral("watch"), QStringLiteral("--count"), QStringLiteral("2"), QStringLiteral("--timeout"),
            QStringLiteral("60")});
    REQUIRE(watch.waitForStarted());
    // It says on stderr when it listens.
    QString said;
    for (int i = 0; i < 100 && !said.contains(QStringLiteral("watching")); ++i) {
        watch.waitForReadyRead(200);
        said += QString::fromUtf8(watch.readAllStandardError());
    }
    REQUIRE(said.contains(QStringLiteral("watching")));
    REQUIRE(cli(server.url, projectArgs(QStringLiteral("GS-2026-010"), QStringLiteral("goods"))).exitCode == 0);
    REQUIRE(cli(server.url, projectArgs(QStringLiteral("GS-2026-011"), QStringLiteral("goods"))).exitCode == 0);
    REQUIRE(watch.waitForFinished(60000));
    CHECK(watch.exitCode() == 0);
    const QStringList lines = QString::fromUtf8(watch.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2);
    for (const QString &line : lines) {
        const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
        CHECK(o.keys() == QStringList{QStringLiteral("at"), QStringLiteral("id"), QStringLiteral("op"), QStringLiteral("revision"), QStringLiteral("table"), QStringLiteral("who")});
        CHECK(o.value(QStringLiteral("table")).toString() == QStringLiteral("projects"));
        CHECK(o.value(QStringLiteral("op")).toString() == QStringLiteral("insert"));
        CHECK(o.value(QStringLiteral("revision")).toInt() == 1);
        CHECK(o.value(QStringLiteral("id")).toInt() > 0);
        CHECK(o.value(QStringLiteral("who")).toString() == QStringLiteral("postgres"));
        CHECK(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$")).match(o.value(QStringLiteral("at")).toString()).hasMatch());
    }
    const auto quiet = cli(server.url, {QStringLiteral("watch"), QStringLiteral("--timeout"), QStringLiteral("1")});
    CHECK(quiet.exitCode == 1);
    CHECK(quiet.out.isEmpty());
}

TEST_CASE("20 programs making 100 edits each, half on the same projects: every edit stored or refused as a conflict, none lost", "[team][load]")
{
    if (!test::serverAvailable())
        return;
    const TestTeam server;
    constexpr int kClients = 20;
    constexpr int kEdits = 100;
    // Five projects everyone edits, and one of its own for each program.
    QList<qint64> shared, own;
    {
        auto portfolio = test::required(Portfolio::open(server.url, Database::OpenMode::ExistingOnly));
        for (int i = 0; i < 5 + kClients; ++i) {
            Project p;
            p.code = QStringLiteral("GS-2026-%1").arg(i + 100);
            p.titleEn = QStringLiteral("Load %1").arg(i);
            p.line = BusinessLine::GoodsSupply;
            p.funding = FundingSource::ChinaAidGrant;
            p.status = ActivityStatus::Implementation;
            const qint64 id = test::required(portfolio->projects().create(p)).id;
            (i < 5 ? shared : own) << id;
        }
    }
    QList<QProcess *> clients;
    for (int c = 0; c < kClients; ++c) {
        auto *process = new QProcess;
        QStringList args{server.url, QString::number(c), QString::number(kEdits), QString::number(own.at(c))};
        for (qint64 id : shared)
            args << QString::number(id);
        process->start(QStringLiteral(PROJECTDESK_LOAD_CLIENT), args);
        clients << process;
    }
    QHash<qint64, int> stored;
    int conflicts = 0, errors = 0, lines = 0;
    QStringList errorLines;
    for (QProcess *process : clients) {
        REQUIRE(process->waitForFinished(300000));
        CHECK(process->exitCode() == 0);
        for (const QString &line : QString::fromUtf8(process->readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts)) {
            ++lines;
            const QStringList words = line.split(u' ');
            if (words.at(0) == QLatin1String("stored")) {
                ++stored[words.at(1).toLongLong()];
            } else if (words.at(0) == QLatin1String("conflict")) {
                ++conflicts;
                CHECK(line.contains(QStringLiteral("GS-2026-"))); // the refusal names the record
            } else {
                ++errors;
                errorLines << line;
            }
        }
        delete process;
    }
    INFO(errorLines.join(u'\n').toStdString());
    CHECK(lines == kClients * kEdits);
    CHECK(errors == 0); // no deadlock, serialization or other failure reached a user
    // No lost update: each project's revision went up once per edit its programs were told was stored,
    // and the audit log has one entry for each.
    auto portfolio = test::required(Portfolio::open(server.url, Database::OpenMode::ExistingOnly));
    int storedTotal = 0;
    for (qint64 id : shared + own) {
        const Project p = test::required(portfolio->projects().get(id));
        CHECK(p.revision == 1 + stored.value(id));
        const QList<AuditEntry> log = test::required(AuditLog(portfolio->database()).entriesFor(QStringLiteral("project"), id));
        CHECK(log.size() == 1 + stored.value(id));
        storedTotal += stored.value(id);
    }
    for (qint64 id : own)
        CHECK(stored.value(id) == kEdits / 2); // nobody else edits a program's own project
    CHECK(storedTotal + conflicts == kClients * kEdits);
    WARN("20 programs x 100 edits: " << storedTotal << " stored, " << conflicts << " refused as conflicts, " << errors << " errors");
}
