// Damaged and strange files are never written to and never crash; every failure of the file is a
// sentence naming it (a full disk with the space left), the SQL and the driver's text only in the
// detail and the log.
#include "test_support.h"

#include "common/log.h"
#include "demo/demo_generator.h"
#include "interchange/csv_table_sink.h"
#include "interchange/iati_import.h"
#include "storage/live_files.h"
#include "storage/migrator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

using namespace pd;

namespace {

QList<qint64> pagesOf(const QString &path, const QString &table, const QString &type)
{
    auto db = Database::openFile(path, Database::OpenMode::Inspect);
    REQUIRE(db.ok());
    auto q = db.value()->execute(QStringLiteral("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = ? ORDER BY pageno"), {table, type});
    REQUIRE(q.ok());
    QList<qint64> pages;
    while (q->next())
        pages << q->value(0).toLongLong();
    return pages;
}

// Overwrites a page with garbage, as a failing disk would. No connection of this process may have
// the file open meanwhile.
void damagePage(const QString &path, qint64 page, int pageSize = 4096)
{
    REQUIRE_FALSE(LiveFiles::isLive(path));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.seek((page - 1) * pageSize));
    QByteArray garbage(pageSize, '\0');
    for (int i = 0; i < pageSize; ++i)
        garbage[i] = char((i * 131 + 17) % 251);
    REQUIRE(file.write(garbage) == pageSize);
}

QString demoPortfolio(const test::TempDir &dir, const QString &name)
{
    auto portfolio = test::newPortfolio(dir, name);
    DemoOptions options;
    options.scale = 1;
    REQUIRE(DemoGenerator(portfolio->database(), options).run().ok());
    return dir.path(name);
}

} // namespace

TEST_CASE("a portfolio with damaged pages is found out, opened read-only and never written to", "[storage][damaged][local]")
{
    test::TempDir dir;
    const QString path = demoPortfolio(dir, "damaged.db");
    const QList<qint64> leaves = pagesOf(path, QStringLiteral("transactions"), QStringLiteral("leaf"));
    REQUIRE(leaves.size() >= 3);
    damagePage(path, leaves.at(leaves.size() / 2));
    const QByteArray before = test::readFile(path);

    {
        // Opening succeeds (the table of contents is sound); the background check finds the damage.
        auto db = Database::openFile(path, Database::OpenMode::ExistingOnly);
        REQUIRE(db.ok());
        auto problems = db.value()->quickCheck();
        REQUIRE(problems.ok());
        CHECK_FALSE(problems->isEmpty());
    }
    {
        // The app then reopens it read-only: reading what can be read works, writing is refused.
        Database::Options options;
        options.readOnly = true;
        options.cause = ReadOnlyCause::Damaged;
        auto portfolio = Portfolio::open(path, options);
        REQUIRE(portfolio.ok());
        Database &db = portfolio.value()->database();
        CHECK(db.spec().access == ConnectionSpec::Access::ReadOnly);
        CHECK(db.spec().readOnlyReason.contains("damaged"));
        CHECK(portfolio.value()->projects().count().ok());
        auto sum = db.execute(QStringLiteral("SELECT sum(amount) FROM transactions"));
        const Error e = sum ? db.failure(sum->lastError(), QString()) : sum.error();
        if (!sum) {
            CHECK(e.kind == Error::Kind::Damaged);
            CHECK(e.message.contains("damaged.db"));
            CHECK(e.message.contains("Recover"));
            CHECK_FALSE(e.message.contains("SELECT"));
            CHECK(e.detail.contains("SELECT sum(amount)"));
        }
    }
    CHECK(test::fileEquals(path, before));
    CHECK_FALSE(QFileInfo::exists(path + "-wal"));

    const test::CliRun check = test::runCli({"--db", path, "check"});
    CHECK(check.exitCode == 1);
    CHECK(check.out.contains("NOT sound"));
    CHECK(test::fileEquals(path, before));
}

TEST_CASE("a destroyed first page is refused with a sentence, and the file is left as it was", "[storage][damaged][local]")
{
    test::TempDir dir;
    const QString path = demoPortfolio(dir, "header.db");
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.seek(100));
        REQUIRE(file.write(QByteArray(3000, '\x7f')) == 3000);
    }
    const QByteArray before = test::readFile(path);
    for (auto mode : {Database::OpenMode::ExistingOnly, Database::OpenMode::Inspect}) {
        auto db = Database::openFile(path, mode);
        REQUIRE_FALSE(db.ok());
        CHECK((db.error().kind == Error::Kind::Damaged || db.error().kind == Error::Kind::NotADatabase));
        CHECK(db.error().message.contains("header.db"));
        CHECK_FALSE(db.error().message.contains("sqlite_master"));
    }
    CHECK(test::fileEquals(path, before));
    const test::CliRun stats = test::runCli({"--db", path, "stats"});
    CHECK(stats.exitCode == 1);
    CHECK(stats.err.contains("header.db"));
    CHECK(test::fileEquals(path, before));
}

TEST_CASE("a full database says so with the file's name and the space left, and keeps what was there", "[storage][full][local]")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir, "full.db");
    Database &db = portfolio->database();
    // SQLite's page limit stands in for the disk: it answers exactly as a full disk does (SQLITE_FULL).
    auto pages = db.execute(QStringLiteral("PRAGMA page_count"));
    REQUIRE(pages.ok());
    REQUIRE(pages->next());
    const qint64 limit = pages->value(0).toLongLong() + 2;
    REQUIRE(db.execute(QStringLiteral("PRAGMA max_page_count = %1").arg(limit)).ok());
    Error failure;
    for (int i = 0; i < 200; ++i) {
        Project p;
        p.code = QStringLiteral("UNDP-2026-%1").arg(i, 3, 10, QLatin1Char('0'));
        p.titleEn = QString(2000, u'x');
        p.line = BusinessLine::UnProgramme;
        p.funding = FundingSource::Undp;
        p.status = ActivityStatus::Implementation;
        auto made = portfolio->projects().create(p);
        if (!made) {
            failure = made.error();
            break;
        }
    }
    CHECK(failure.kind == Error::Kind::DiskFull);
    CHECK(failure.message.contains("full.db"));
    CHECK(failure.message.contains("MB free"));
    CHECK_FALSE(failure.message.contains("disk I/O error"));
    CHECK_FALSE(failure.message.contains("INSERT"));
    CHECK_FALSE(failure.detail.isEmpty());
    auto report = db.check();
    REQUIRE(report.ok());
    CHECK(report->problems.isEmpty());
}

TEST_CASE("a real disk that fills up: the sentence, the portfolio intact, no half-written backup", "[storage][full][local]")
{
    test::TempDir dir;
    test::SmallDisk disk(dir, 600);
    if (!disk.ready()) {
        WARN("no small disk can be mounted here (not root): the full-disk case is tested through SQLite's page limit only");
        return;
    }
    const QString path = disk.path("small.db");
    qint64 made = 0;
    {
        auto portfolio = Portfolio::open(path);
        REQUIRE(portfolio.ok());
        Error failure;
        for (int i = 0; i < 5000 && failure.message.isEmpty(); ++i) {
            Project p;
            p.code = QStringLiteral("UNDP-2026-%1").arg(i, 4, 10, QLatin1Char('0'));
            p.titleEn = QString(1500, u'y');
            p.line = BusinessLine::UnProgramme;
            p.funding = FundingSource::Undp;
            p.status = ActivityStatus::Implementation;
            if (auto r = portfolio.value()->projects().create(p); r)
                ++made;
            else
                failure = r.error();
        }
        CHECK(failure.kind == Error::Kind::DiskFull);
        INFO(failure.message.toStdString());
        CHECK(failure.message.contains(QStringLiteral("The disk holding %1 is full").arg(QDir::toNativeSeparators(path))));
        CHECK(made > 0);

        // A backup to the same full disk fails with the same sentence and leaves nothing behind.
        const QString copy = disk.path("copy.db");
        const Status saved = portfolio.value()->database().backupTo(copy);
        REQUIRE_FALSE(saved.ok());
        CHECK(saved.error().kind == Error::Kind::DiskFull);
        CHECK(saved.error().message.contains("copy.db"));
        CHECK_FALSE(QFileInfo::exists(copy));
        CHECK_FALSE(QFileInfo::exists(copy + ".part"));
    }
    auto db = Database::openFile(path, Database::OpenMode::Inspect);
    REQUIRE(db.ok());
    auto report = db.value()->check();
    REQUIRE(report.ok());
    CHECK(report->problems.isEmpty());
    auto count = db.value()->execute(QStringLiteral("SELECT count(*) FROM projects"));
    REQUIRE(count.ok());
    REQUIRE(count->next());
    CHECK(count->value(0).toLongLong() == made);
}

TEST_CASE("an export to a full disk says the disk is full", "[storage][full][local]")
{
    test::TempDir dir;
    test::SmallDisk disk(dir, 64);
    if (!disk.ready()) {
        WARN("no small disk can be mounted here (not root): not tested");
        return;
    }
    CsvTableSink sink(disk.path("big.csv"));
    Status status = sink.begin({ExportColumn{QStringLiteral("text"), QStringLiteral("Text"), ColumnKind::Text, 0}});
    for (int i = 0; status && i < 10000; ++i)
        status = sink.addRow({CellValue(QString(100, u'z'))});
    if (status)
        status = sink.finish();
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().kind == Error::Kind::DiskFull);
    CHECK(status.error().message.contains("big.csv"));
    CHECK(status.error().message.contains("MB free"));
    CHECK_FALSE(QFileInfo::exists(disk.path("big.csv")));
}

TEST_CASE("the open portfolio is refused as an import's input and an export's output", "[storage][files][local]")
{
    test::TempDir dir;
    const QString path = dir.path("self.db");
    auto portfolio = test::newPortfolio(dir, "self.db");
    REQUIRE(QFileInfo::exists(path + "-wal"));
    CsvTableSink sink(path);
    const Status written = sink.begin({ExportColumn{QStringLiteral("x"), QStringLiteral("X"), ColumnKind::Text, 0}});
    REQUIRE_FALSE(written.ok());
    CHECK(written.error().message.contains("open"));
    auto imported = importIati(portfolio->database(), {path});
    REQUIRE_FALSE(imported.ok());
    CHECK(imported.error().message.contains("open"));
    CHECK(QFileInfo::exists(path + "-wal"));
    auto report = portfolio->database().check();
    REQUIRE(report.ok());
    CHECK(report->sound());
}

TEST_CASE("storage errors are sentences, the SQL goes to the detail and the log", "[storage][errors][local]")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir, "errors.db");
    Database &db = portfolio->database();
    auto broken = db.execute(QStringLiteral("SELECT no_such_column FROM projects"));
    REQUIRE_FALSE(broken.ok());
    CHECK_FALSE(broken.error().message.contains("SELECT"));
    CHECK_FALSE(broken.error().message.contains("no_such_column"));
    CHECK(broken.error().detail.contains("no_such_column"));
    log::error(broken.error(), QStringLiteral("test"));
    const QByteArray logged = test::readFile(log::filePath());
    CHECK(logged.contains("no_such_column"));
    CHECK(log::filePath().contains("logs"));
}

TEST_CASE("an upgrade's backup is written under a temporary name and renamed once complete", "[storage][migrations][local]")
{
    test::TempDir dir;
    const QString path = dir.path("old.db");
    {
        auto db = Database::openFile(path);
        REQUIRE(db.ok());
    }
    // Back to version 3 (the last step only adds an index), with a leftover partial copy of an
    // earlier, killed upgrade beside it.
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-old"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        REQUIRE(q.exec(QStringLiteral("DROP INDEX budget_lines_by_project")));
        REQUIRE(q.exec(QStringLiteral("DROP TABLE emergencies"))); // step 6's table (step 5 rebuilds projects without its column)
        // Step 7's tables and the columns it adds to tables step 5 does not rebuild.
        for (const char *undo : {"DROP TABLE import_updates", "DROP TABLE import_batches", "DROP INDEX partners_import",
                 "DROP INDEX exchange_rates_import", "ALTER TABLE partners DROP COLUMN import_id", "ALTER TABLE exchange_rates DROP COLUMN import_id"})
            REQUIRE(q.exec(QLatin1String(undo)));
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 3")));
        REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw-old"));
    test::writeFile(path + ".v3.bak.part", QByteArray("half a copy"));
    auto db = Database::openFile(path, Database::OpenMode::ExistingOnly);
    REQUIRE(db.ok());
    CHECK(db.value()->schemaVersion() == Migrator::latestVersion());
    CHECK(QFileInfo(path + ".v3.bak").size() > 4096);
    CHECK_FALSE(QFileInfo::exists(path + ".v3.bak.part"));
    auto copy = Database::openFile(path + ".v3.bak", Database::OpenMode::Inspect);
    REQUIRE(copy.ok());
    CHECK(copy.value()->schemaVersion() == 3);
}
