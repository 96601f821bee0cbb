// kill -9 at random moments during the long writes: afterwards the portfolio passes `check` and
// SQLite's integrity_check, and what was being written is there entirely or not at all.
#include "reliability_support.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlQuery>

#include "storage/migrator.h"

using namespace pd;

namespace {

const QString cli = QStringLiteral(PROJECTDESK_CLI_PATH);

qint64 scalar(Database &db, const QString &sql, const QVariantList &values = {})
{
    auto q = db.execute(sql, values);
    REQUIRE(q.ok());
    REQUIRE(q->next());
    return q->value(0).toLongLong();
}

// After a kill: whether the file is sound (integrity, foreign keys; an older schema version only
// where an upgrade was cut short). Counts a corrupt file.
bool sound(const QString &path, bool olderVersionAllowed = false)
{
    auto db = Database::openFile(path, Database::OpenMode::Inspect);
    if (!db) {
        UNSCOPED_INFO("cannot open after the kill: " << db.error().describe().toStdString());
        return false;
    }
    auto report = db.value()->check();
    if (!report)
        return false;
    for (const QString &problem : report->problems) {
        if (!(olderVersionAllowed && problem.startsWith(QLatin1String("schema version"))))
            return false;
    }
    const test::CliRun check = test::runCli({"--db", path, "check"});
    return check.exitCode == 0 || olderVersionAllowed;
}

QString demoBase(const test::TempDir &dir, int scale)
{
    const QString path = dir.path(QStringLiteral("base-%1.db").arg(scale));
    const test::CliRun made = test::runCli({"--db", path, "demo", "--scale", QString::number(scale)});
    REQUIRE(made.exitCode == 0);
    return path;
}

// Sound but for its schema version (a copy of an older version is meant to be older).
bool integrityOnly(Database &db)
{
    auto report = db.check();
    if (!report)
        return false;
    for (const QString &problem : report->problems) {
        if (!problem.startsWith(QLatin1String("schema version")))
            return false;
    }
    return true;
}

int randomDelay(int span)
{
    return int(QRandomGenerator::global()->bounded(std::max(1, span)));
}

// Kills the program at random moments over its unkilled time, `killCount()` times, each from a fresh
// start; after each, the file must be sound and `whole(killed, output)` must hold. Reports the figures.
void killRepeatedly(const QString &scenario, const std::function<void()> &fresh, const QString &file, const QString &program,
    const QStringList &args, const std::function<bool(bool killed, const QByteArray &out)> &whole, bool olderVersionAllowed = false)
{
    fresh();
    const int span = test::timeOf(program, args);
    int kills = 0, finished = 0, corrupt = 0, partial = 0;
    for (int i = 0; i < test::killCount(); ++i) {
        fresh();
        QByteArray out;
        const bool killed = test::runAndKill(program, args, randomDelay(span * 11 / 10), &out);
        kills += killed ? 1 : 0;
        finished += killed ? 0 : 1;
        if (!QFileInfo::exists(file) || QFileInfo(file).size() == 0)
            continue; // killed before SQLite wrote the file's first page: nothing to lose
        if (!sound(file, olderVersionAllowed))
            ++corrupt;
        else if (!whole(killed, out))
            ++partial;
    }
    test::report(scenario, kills, finished, corrupt, partial);
    CHECK(corrupt == 0);
    CHECK(partial == 0);
}

qint64 scalarOf(const QString &path, const QString &sql)
{
    auto db = Database::openFile(path, Database::OpenMode::Inspect);
    REQUIRE(db.ok());
    return scalar(*db.value(), sql);
}

} // namespace

TEST_CASE("kill -9 during a CSV import: the file is sound and holds all the rows or none", "[reliability][kill]")
{
    test::TempDir dir;
    const QString base = demoBase(dir, 2);
    const QString csv = dir.path("transactions.csv");
    REQUIRE(test::runCli({"--db", base, "export", "transactions", "--csv", dir.path("one.csv")}).exitCode == 0);
    {
        const QList<QByteArray> lines = test::readFile(dir.path("one.csv")).split('\n');
        QByteArray big = lines.first() + '\n';
        for (int copy = 0; copy < 60; ++copy) {
            for (qsizetype i = 1; i < lines.size(); ++i) {
                if (!lines.at(i).trimmed().isEmpty())
                    big += lines.at(i) + '\n';
            }
        }
        test::writeFile(csv, big);
    }
    const qint64 before = scalarOf(base, QStringLiteral("SELECT count(*) FROM transactions"));
    // The first copy of each row is already in the portfolio, identically: the import skips it.
    const qint64 rows = (test::readFile(csv).count('\n') - 1) * 59 / 60;
    const QString work = dir.path("work.db");
    killRepeatedly(QStringLiteral("csv import"), [&] { test::copyFile(base, work); }, work, cli,
        {"--db", work, "import", "csv", "--entity", "transactions", csv}, [&](bool killed, const QByteArray &) {
            auto db = Database::openFile(work, Database::OpenMode::ExistingOnly);
            REQUIRE(db.ok());
            const qint64 now = scalar(*db.value(), QStringLiteral("SELECT count(*) FROM transactions"));
            const qint64 rolledUp = scalar(*db.value(), QStringLiteral("SELECT coalesce(sum(count), 0) FROM transaction_days"));
            return (now == before + rows || (killed && now == before)) && rolledUp == now;
        });
}

TEST_CASE("kill -9 during an IATI import: the file is sound and holds every activity or none", "[reliability][kill]")
{
    test::TempDir dir;
    const QString base = demoBase(dir, 1);
    const QString xml = QStringLiteral(PROJECTDESK_TEST_DATA_DIR "/iati/real/covid_dportal.xml");
    const qint64 before = scalarOf(base, QStringLiteral("SELECT count(*) FROM projects"));
    const QString work = dir.path("work.db");
    test::copyFile(base, work);
    REQUIRE(test::runCli({"--db", work, "import", "iati", xml}).exitCode == 0);
    const qint64 full = scalarOf(work, QStringLiteral("SELECT count(*) FROM projects"));
    REQUIRE(full > before);
    killRepeatedly(QStringLiteral("iati import"), [&] { test::copyFile(base, work); }, work, cli, {"--db", work, "import", "iati", xml},
        [&](bool killed, const QByteArray &) {
            const qint64 now = scalarOf(work, QStringLiteral("SELECT count(*) FROM projects"));
            return now == full || (killed && now == before);
        });
}

TEST_CASE("kill -9 during a loop of edits in the window: every edit it reported is there, each whole", "[reliability][kill]")
{
    test::TempDir dir;
    const QString base = demoBase(dir, 1);
    const QString work = dir.path("work.db");
    // A fixed window of time: the loop would otherwise run for long (100,000 edits).
    const QStringList args{"--db", work, "--edits", "300", "--prefix", "K"};
    killRepeatedly(QStringLiteral("edits"), [&] { test::copyFile(base, work); }, work, QStringLiteral(PROJECTDESK_RELIABILITY_DRIVER), args,
        [&](bool, const QByteArray &out) {
            QStringList committed;
            for (const QByteArray &line : out.split('\n')) {
                if (line.startsWith("committed "))
                    committed << QString::fromUtf8(line.mid(10));
            }
            auto db = Database::openFile(work, Database::OpenMode::ExistingOnly);
            REQUIRE(db.ok());
            // Each edit wrote a project with two countries, a sector and two goals in one transaction.
            const qint64 made = scalar(*db.value(), QStringLiteral("SELECT count(*) FROM projects WHERE code LIKE 'K-%'"));
            const qint64 incomplete = scalar(*db.value(),
                QStringLiteral("SELECT count(*) FROM projects p WHERE code LIKE 'K-%' AND ("
                               "(SELECT count(*) FROM project_countries c WHERE c.project_id = p.id) <> 2 OR "
                               "(SELECT count(*) FROM project_sectors s WHERE s.project_id = p.id) <> 1 OR "
                               "(SELECT count(*) FROM project_sdgs g WHERE g.project_id = p.id) <> 2)"));
            qint64 missing = 0;
            for (const QString &code : std::as_const(committed))
                missing += scalar(*db.value(), QStringLiteral("SELECT count(*) FROM projects WHERE code = ?"), {code}) == 1 ? 0 : 1;
            // The edit in flight at the kill may be in the file without its report line: at most one.
            return incomplete == 0 && missing == 0 && made >= committed.size() && made <= committed.size() + 1;
        });
}

TEST_CASE("kill -9 while the demo portfolio is made: the file is sound and holds the whole demo or none of it", "[reliability][kill]")
{
    test::TempDir dir;
    const QString work = dir.path("demo.db");
    auto fresh = [&work] {
        for (const char *suffix : {"", "-wal", "-shm", ".busy", ".lock"})
            QFile::remove(work + QLatin1String(suffix));
    };
    fresh();
    REQUIRE(test::runCli({"--db", work, "demo", "--scale", "10"}).exitCode == 0);
    const qint64 full = scalarOf(work, QStringLiteral("SELECT count(*) FROM projects"));
    // Killed while the schema was being made, the steps done are whole and the rest follow on opening.
    killRepeatedly(QStringLiteral("demo generation"), fresh, work, cli, {"--db", work, "demo", "--scale", "10"},
        [&](bool killed, const QByteArray &) {
            auto db = Database::openFile(work, Database::OpenMode::ExistingOnly);
            if (!db)
                return false;
            const qint64 now = scalar(*db.value(), QStringLiteral("SELECT count(*) FROM projects"));
            return now == full || (killed && now == 0);
        },
        true);
}

TEST_CASE("kill -9 during a schema upgrade: the old version or the new, and never a partial backup", "[reliability][kill]")
{
    test::TempDir dir;
    const QString base = demoBase(dir, 20);
    {
        // Back to schema version 3: its steps to the latest build an index over every budget line,
        // rebuild the tables whose ids must never be reused, add the emergencies and the import batches.
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("to-v3"));
        raw.setDatabaseName(base);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        REQUIRE(q.exec(QStringLiteral("DROP INDEX budget_lines_by_project")));
        REQUIRE(q.exec(QStringLiteral("DROP TABLE emergencies"))); // step 6's (step 5 rebuilds projects without its column)
        // Step 7's tables and the columns it adds to tables step 5 does not rebuild.
        for (const char *undo : {"DROP TABLE import_updates", "DROP TABLE import_batches", "DROP INDEX partners_import",
                 "DROP INDEX exchange_rates_import", "ALTER TABLE partners DROP COLUMN import_id", "ALTER TABLE exchange_rates DROP COLUMN import_id"})
            REQUIRE(q.exec(QLatin1String(undo)));
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 3")));
        q = QSqlQuery();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("to-v3"));
    const qint64 projects = scalarOf(base, QStringLiteral("SELECT count(*) FROM projects"));
    const QString work = dir.path("old.db");
    auto fresh = [&] {
        for (const QString &name : QDir(dir.path(".")).entryList({QStringLiteral("old.db*")}, QDir::Files))
            QFile::remove(dir.path(name));
        test::copyFile(base, work);
    };
    killRepeatedly(QStringLiteral("schema upgrade"), fresh, work, cli, {"--db", work, "stats"}, [&](bool killed, const QByteArray &) {
        {
            auto inspected = Database::openFile(work, Database::OpenMode::Inspect);
            REQUIRE(inspected.ok());
            const int version = inspected.value()->schemaVersion();
            // Each step is whole: any version from the old to the latest, never one half made.
            if (version < 3 || version > Migrator::latestVersion() || (!killed && version != Migrator::latestVersion())) {
                UNSCOPED_INFO("version after the kill: " << version);
                return false;
            }
        }
        // A backup under its final name is always whole: the copy of version 3, every project in it.
        const QString backup = work + QStringLiteral(".v3.bak");
        if (QFileInfo::exists(backup)) {
            auto copy = Database::openFile(backup, Database::OpenMode::Inspect);
            if (!copy || copy.value()->schemaVersion() != 3 || !integrityOnly(*copy.value())
                || scalar(*copy.value(), QStringLiteral("SELECT count(*) FROM projects")) != projects) {
                UNSCOPED_INFO("the backup is not a whole copy of version 3");
                return false;
            }
        }
        // The next opening finishes the upgrade.
        auto db = Database::openFile(work, Database::OpenMode::ExistingOnly);
        return db && db.value()->schemaVersion() == Migrator::latestVersion()
            && scalar(*db.value(), QStringLiteral("SELECT count(*) FROM projects")) == projects;
    }, true);
}
