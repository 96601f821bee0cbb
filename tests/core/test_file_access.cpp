// How a portfolio file is opened and shared: one process's connections never reopen the file by other
// means (which would drop SQLite's locks and let another program delete the live write-ahead log), lock
// records say who has it, read-only and network-share files, and what is refused.
#include "test_support.h"

#include "services/project_service.h"
#include "storage/live_files.h"
#include "storage/lock_record.h"
#include "storage/transaction.h"
#include "storage/write_activity.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QSysInfo>
#include <QThread>

using namespace pd;

namespace {

Project sampleProject(const QString &code)
{
    Project p;
    p.code = code;
    p.titleEn = QStringLiteral("Test project ") + code;
    p.line = BusinessLine::UnProgramme;
    p.funding = FundingSource::Undp;
    p.status = ActivityStatus::Implementation;
    return p;
}

qint64 countProjects(const QString &path)
{
    auto db = Database::openFile(path, Database::OpenMode::Inspect);
    REQUIRE(db.ok());
    auto q = db.value()->execute(QStringLiteral("SELECT count(*) FROM projects"));
    REQUIRE(q.ok());
    REQUIRE(q->next());
    return q->value(0).toLongLong();
}

QStringList sideFiles(const QString &path)
{
    QStringList found;
    for (const char *suffix : {"-wal", "-shm", "-journal"}) {
        if (QFileInfo::exists(path + QLatin1String(suffix)))
            found << path + QLatin1String(suffix);
    }
    return found;
}

} // namespace

TEST_CASE("worker connections and a second program never delete the write-ahead log under a live connection", "[storage][files][local]")
{
    // What the desktop app does: its window's connection stays open while worker threads open and
    // close theirs (dashboard, counts); then another program opens the file and closes it. Closing
    // a descriptor of the file in this process would drop all its locks, and that program would then
    // take the file for unused and delete the log the window still writes to.
    test::TempDir dir;
    const QString path = dir.path("shared.db");
    auto window = test::newPortfolio(dir, "shared.db");
    REQUIRE(window->projects().create(sampleProject("UNDP-2026-001")).ok());
    for (int i = 0; i < 3; ++i) {
        auto worker = Database::connect(window->database().spec());
        REQUIRE(worker.ok());
        auto again = Database::openFile(path, Database::OpenMode::ExistingOnly);
        REQUIRE(again.ok());
    }
    REQUIRE(QFileInfo::exists(path + "-wal"));
    const test::CliRun stats = test::runCli({"--db", path, "stats", "--format", "json"});
    REQUIRE(stats.exitCode == 0);
    CHECK(QFileInfo::exists(path + "-wal"));
    CHECK(QFileInfo::exists(path + "-shm"));
    // What the window writes now reaches the file that others read.
    REQUIRE(window->projects().create(sampleProject("UNDP-2026-002")).ok());
    const test::CliRun shown = test::runCli({"--db", path, "projects", "show", "UNDP-2026-002"});
    CHECK(shown.exitCode == 0);
    window.reset();
    CHECK(countProjects(path) == 2);
}

TEST_CASE("LiveFiles knows the files this process has open, under any spelling", "[storage][files][local]")
{
    test::TempDir dir;
    const QString path = dir.path("live.db");
    CHECK_FALSE(LiveFiles::isLive(path));
    {
        auto portfolio = test::newPortfolio(dir, "live.db");
        CHECK(LiveFiles::isLive(path));
        CHECK(LiveFiles::isLive(dir.path("./live.db")));
        REQUIRE(QFile::link(path, dir.path("alias.db")));
        CHECK(LiveFiles::isLive(dir.path("alias.db")));
        const Status refused = LiveFiles::refuseIfLive(dir.path("alias.db"));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains("open"));
        CHECK_FALSE(LiveFiles::isLive(dir.path("other.db")));
    }
    CHECK_FALSE(LiveFiles::isLive(path));
}

TEST_CASE("an editing lock record names its holder and is taken over when its process is gone", "[storage][files][local]")
{
    test::TempDir dir;
    const QString path = dir.path("locked.db");
    {
        auto first = LockRecord::acquire(path, LockRecord::Kind::Editing, QStringLiteral("editing"));
        REQUIRE(first.ok());
        REQUIRE(QFileInfo::exists(path + ".lock"));
        const auto holder = LockRecord::holder(path, LockRecord::Kind::Editing);
        REQUIRE(holder.has_value());
        CHECK(holder->isThisProcess());
        CHECK(holder->pid == QCoreApplication::applicationPid());
        CHECK_FALSE(holder->host.isEmpty());
        CHECK(holder->since.secsTo(QDateTime::currentDateTimeUtc()) < 60);
        CHECK(holder->describe().contains(QString::number(holder->pid)));

        auto second = LockRecord::acquire(path, LockRecord::Kind::Editing, QStringLiteral("editing"));
        REQUIRE_FALSE(second.ok());
        CHECK(second.error().kind == Error::Kind::Locked);
        CHECK(second.error().message.contains("another ProjectDesk window"));
    }
    CHECK_FALSE(QFileInfo::exists(path + ".lock"));

    // A record left by a process that has ended (killed, crashed) is stale: taken over.
    QProcess gone;
    gone.start(QStringLiteral("sleep"), {QStringLiteral("0.1")});
    REQUIRE(gone.waitForStarted());
    const qint64 deadPid = gone.processId();
    REQUIRE(gone.waitForFinished());
    test::writeFile(path + ".lock",
        QStringLiteral(R"({"user":"alice","host":"%1","app":"ProjectDesk","activity":"editing","pid":%2,"since":"2026-01-01T08:00:00Z","token":"x"})")
            .arg(QSysInfo::machineHostName())
            .arg(deadPid)
            .toUtf8());
    CHECK_FALSE(LockRecord::holder(path, LockRecord::Kind::Editing).has_value());
    auto taken = LockRecord::acquire(path, LockRecord::Kind::Editing, QStringLiteral("editing"));
    CHECK(taken.ok());

    // A live holder on another machine (a network share) is never taken for stale.
    test::writeFile(path + ".lock",
        QStringLiteral(R"({"user":"bob","host":"another-desk","app":"ProjectDesk","activity":"editing","pid":1,"since":"2026-01-01T08:00:00Z","token":"y"})")
            .toUtf8());
    const auto remote = LockRecord::holder(path, LockRecord::Kind::Editing);
    REQUIRE(remote.has_value());
    CHECK(remote->describe().contains("bob on another-desk"));
    CHECK_FALSE(LockRecord::acquire(path, LockRecord::Kind::Editing, QStringLiteral("editing")).ok());
}

TEST_CASE("a window's lock keeps a second window from editing unawares, a read-only view needs no lock", "[storage][files][local]")
{
    test::TempDir dir;
    const QString path = dir.path("two-windows.db");
    test::newPortfolio(dir, "two-windows.db").reset();
    Database::Options editing;
    editing.lockForEditing = true;
    auto first = Portfolio::open(path, editing);
    REQUIRE(first.ok());
    REQUIRE(first.value()->database().isWritable());
    // The same window opening it again shares its own record.
    CHECK(Portfolio::open(path, editing).ok());
    first = Error::make(Error::Kind::NotFound, QString()); // closed
    CHECK_FALSE(QFileInfo::exists(path + ".lock"));

    // Another program's window holds it (a live process of this machine in the record).
    QProcess other;
    other.start(QStringLiteral("sleep"), {QStringLiteral("60")});
    REQUIRE(other.waitForStarted());
    test::writeFile(path + ".lock",
        QStringLiteral(R"({"user":"li.na","host":"%1","app":"ProjectDesk","activity":"editing","pid":%2,"since":"2026-12-07T08:00:00Z","token":"z"})")
            .arg(QSysInfo::machineHostName())
            .arg(other.processId())
            .toUtf8());
    auto second = Portfolio::open(path, editing);
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().kind == Error::Kind::Locked);
    CHECK(second.error().message.contains("li.na"));
    first = Portfolio::open(path, Database::Options{});
    REQUIRE(first.ok());

    Database::Options view;
    view.readOnly = true;
    auto reader = Portfolio::open(path, view);
    REQUIRE(reader.ok());
    CHECK_FALSE(reader.value()->database().isWritable());
    CHECK(reader.value()->database().spec().readOnlyReason.contains("li.na"));
    const auto refused = reader.value()->projects().create(sampleProject("UNDP-2026-003"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::ReadOnly);
    CHECK(refused.error().message.contains("Nothing was changed"));
    REQUIRE(first.value()->projects().create(sampleProject("UNDP-2026-004")).ok());
    CHECK(reader.value()->projects().findByCode(QStringLiteral("UNDP-2026-004")).ok());
    other.kill();
    other.waitForFinished();
}

TEST_CASE("a read-only folder opens read-only: reads work, writes say why, and no file is made beside it", "[storage][files][local]")
{
    test::TempDir dir;
    {
        auto portfolio = test::newPortfolio(dir, "source.db");
        REQUIRE(portfolio->projects().create(sampleProject("UNDP-2026-010")).ok());
    }
    test::ReadOnlyFolder folder(dir, {dir.path("source.db")});
    if (!folder.ready()) {
        WARN("no read-only folder can be made here (root without mount rights): not tested");
        return;
    }
    const QString path = folder.path("source.db");
    const QByteArray before = test::readFile(path);
    {
        auto portfolio = Portfolio::open(path, Database::OpenMode::ExistingOnly);
        REQUIRE(portfolio.ok());
        Database &db = portfolio.value()->database();
        CHECK_FALSE(db.isWritable());
        CHECK(db.spec().cause != ReadOnlyCause::None);
        CHECK(portfolio.value()->projects().findByCode(QStringLiteral("UNDP-2026-010")).ok());
        const auto refused = portfolio.value()->projects().create(sampleProject("UNDP-2026-011"));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().kind == Error::Kind::ReadOnly);
        CHECK(refused.error().message.contains("read-only"));
        CHECK_FALSE(refused.error().message.contains("INSERT"));
    }
    CHECK(sideFiles(path).isEmpty());
    CHECK(test::fileEquals(path, before));

    // The command line reads it too, and refuses to write with the same sentence.
    const test::CliRun stats = test::runCli({"--db", path, "stats", "--format", "json"});
    CHECK(stats.exitCode == 0);
    CHECK(stats.out.contains("\"projects\": 1"));
    const test::CliRun add = test::runCli({"--db", path, "projects", "add", "--code", "UNDP-2026-012", "--title-en", "X", "--line", "un",
        "--status", "2"});
    CHECK(add.exitCode == 1);
    CHECK(add.err.contains("read-only"));
    CHECK(sideFiles(path).isEmpty());
    CHECK(test::fileEquals(path, before));
}

TEST_CASE("on a network share a portfolio keeps no write-ahead log and one program writes at a time", "[storage][files][local]")
{
    // No network share can be mounted here: the file-system seam is told to answer "network".
    test::TempDir dir;
    const QString path = dir.path("share.db");
    test::newPortfolio(dir, "share.db").reset();
    const QStringList network{QStringLiteral("PROJECTDESK_FILESYSTEM=network")};
    struct NetworkSeam
    {
        NetworkSeam() { qputenv("PROJECTDESK_FILESYSTEM", "network"); }
        ~NetworkSeam() { qunsetenv("PROJECTDESK_FILESYSTEM"); }
    };
    auto seam = std::make_unique<NetworkSeam>();
    {
        Database::Options editing;
        editing.lockForEditing = true;
        auto window = Portfolio::open(path, editing);
        REQUIRE(window.ok());
        CHECK(window.value()->database().spec().networkShare);
        {
            auto mode = window.value()->database().execute(QStringLiteral("PRAGMA journal_mode"));
            REQUIRE(mode.ok());
            REQUIRE(mode->next());
            CHECK(mode->value(0).toString() == "delete");
        }
        const auto created = window.value()->projects().create(sampleProject("UNDP-2026-020"));
        INFO((created ? QString() : created.error().describe() + created.error().detail).toStdString());
        REQUIRE(created.ok());
        CHECK_FALSE(QFileInfo::exists(path + "-wal"));

        // Another program may read, but not write while this one holds the share.
        const test::CliRun stats = test::runCli({"--db", path, "stats", "--format", "json"}, network);
        CHECK(stats.exitCode == 0);
        const test::CliRun add = test::runCli({"--db", path, "projects", "add", "--code", "UNDP-2026-021", "--title-en", "X", "--line",
                                                  "un", "--status", "2"},
            network);
        CHECK(add.exitCode == 1);
        CHECK(add.err.contains("network share"));
        CHECK(add.err.contains("team server"));
    }
    seam.reset();
    // Once the window has closed, the other program may write.
    const test::CliRun add = test::runCli(
        {"--db", path, "projects", "add", "--code", "UNDP-2026-022", "--title-en", "X", "--line", "un", "--status", "2"}, network);
    CHECK(add.exitCode == 0);
    CHECK(countProjects(path) == 2);
    CHECK_FALSE(QFileInfo::exists(path + ".lock"));
}

TEST_CASE("a write waits for another program's write lock and says what it waits for", "[storage][files][lock][local]")
{
    test::TempDir dir;
    const QString path = dir.path("busy.db");
    auto importer = test::newPortfolio(dir, "busy.db");
    // An import holds the write lock for a while (its transaction), and says so beside the file.
    auto transaction = std::make_unique<Transaction>(importer->database());
    REQUIRE(transaction->isActive());
    auto activity = std::make_unique<WriteActivity>(importer->database(), QStringLiteral("an import of bank.csv"));

    // In this process: a second connection's write asks its handler, which may give up.
    {
        auto other = Database::openFile(path, Database::OpenMode::ExistingOnly);
        REQUIRE(other.ok());
        QList<LockWait> calls;
        other.value()->setLockWaitHandler([&calls](const LockWait &w) {
            calls << w;
            return w.finished || calls.size() < 3;
        });
        const auto refused = ProjectService(*other.value()).create(sampleProject("UNDP-2026-030"));
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().kind == Error::Kind::Cancelled);
        REQUIRE(calls.size() >= 3);
        CHECK(calls.first().holder.contains("an import of bank.csv"));
        CHECK(calls.last().finished);
        CHECK(calls.at(1).waitedMs >= calls.at(0).waitedMs);
    }

    // Another program: it waits (saying so) instead of failing, and goes through once the import is done.
    QProcess cli;
    cli.start(QStringLiteral(PROJECTDESK_CLI_PATH),
        {"--db", path, "projects", "add", "--code", "UNDP-2026-031", "--title-en", "Waits", "--line", "un", "--status", "2"});
    REQUIRE(cli.waitForStarted());
    QByteArray err;
    for (int i = 0; i < 100 && !err.contains("waiting for"); ++i) {
        cli.waitForReadyRead(100);
        err += cli.readAllStandardError();
    }
    INFO(err.toStdString());
    CHECK(err.contains("waiting for an import of bank.csv"));
    CHECK(cli.state() == QProcess::Running);
    REQUIRE(ProjectService(importer->database()).create(sampleProject("UNDP-2026-032")).ok());
    REQUIRE(transaction->commit().ok());
    activity.reset();
    transaction.reset();
    REQUIRE(cli.waitForFinished(30000));
    CHECK(cli.exitCode() == 0);
    importer.reset();
    CHECK(countProjects(path) == 2);
}
