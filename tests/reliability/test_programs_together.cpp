// Several programs on one portfolio at once, as real processes: the desktop app with its worker
// threads, a second window editing, the command line adding and importing, backups and a dashboard
// export. Nothing is lost, nothing is corrupt, and no write-ahead log is ever deleted under a live
// connection.
#include "reliability_support.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QThread>

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

// A shell loop of CLI commands: one process per command, as a script would run them.
test::Started loop(const QString &body, int times)
{
    const QString script = QStringLiteral("for i in $(seq 1 %1); do %2 || exit 1; done").arg(times).arg(body);
    return test::start(QStringLiteral("sh"), {QStringLiteral("-c"), script});
}

bool waitAll(QList<test::Started *> programs, const std::function<void()> &meanwhile, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        bool running = false;
        for (test::Started *p : programs)
            running = running || p->process->state() != QProcess::NotRunning;
        if (!running)
            return true;
        if (timer.elapsed() > timeoutMs)
            return false;
        meanwhile();
        for (test::Started *p : programs)
            p->process->waitForFinished(20);
    }
}

} // namespace

TEST_CASE("the app, a second window, the command line, an import and backups on one portfolio at once", "[reliability][processes]")
{
    test::TempDir dir;
    const QString path = dir.path("shared.db");
    REQUIRE(test::runCli({"--db", path, "demo", "--scale", "2"}).exitCode == 0);
    REQUIRE(test::runCli({"--db", path, "export", "transactions", "--csv", dir.path("one.csv")}).exitCode == 0);
    QByteArray csv;
    {
        const QList<QByteArray> lines = test::readFile(dir.path("one.csv")).split('\n');
        csv = lines.first() + '\n';
        for (int copy = 0; copy < 40; ++copy) {
            for (qsizetype i = 1; i < lines.size(); ++i) {
                if (!lines.at(i).trimmed().isEmpty())
                    csv += lines.at(i) + '\n';
            }
        }
        test::writeFile(dir.path("import.csv"), csv);
    }
    // The first copy of each row is already in the portfolio, identically: a re-import skips it
    // (counted as unchanged); the 39 copies after it are added.
    const qint64 oneCopy = (csv.count('\n') - 1) / 40;
    const qint64 imported = csv.count('\n') - 1 - oneCopy;
    qint64 projectsBefore = 0, transactionsBefore = 0;
    {
        auto db = Database::openFile(path, Database::OpenMode::Inspect);
        REQUIRE(db.ok());
        projectsBefore = scalar(*db.value(), QStringLiteral("SELECT count(*) FROM projects"));
        transactionsBefore = scalar(*db.value(), QStringLiteral("SELECT count(*) FROM transactions"));
    }

    // The desktop app: it opens the portfolio for editing, draws the dashboard on worker threads.
    test::Started app = test::start(QStringLiteral(PROJECTDESK_GUI_PATH), {"--db", path});
    QElapsedTimer opening;
    opening.start();
    while (!QFileInfo::exists(path + ".lock") && opening.elapsed() < 30000)
        QThread::msleep(50);
    REQUIRE(QFileInfo::exists(path + ".lock"));
    QThread::msleep(1500); // the dashboard's first figures, read by its worker connections
    REQUIRE(app.process->state() == QProcess::Running);

    QStringList deleted;
    auto watch = [&] {
        for (const QString &file : test::deletedFilesOf(app.pid, path)) {
            if (!deleted.contains(file))
                deleted << file;
        }
    };

    const QString cliPath = QStringLiteral("'%1' --db '%2'").arg(cli, path);
    // A second window that edits anyway (what "Edit Anyway" does), through its undo commands.
    test::Started window = test::start(QStringLiteral(PROJECTDESK_RELIABILITY_DRIVER),
        {"--db", path, "--edit-anyway", "--edits", "40", "--pause-ms", "30", "--prefix", "WIN"});
    test::Started adds = loop(cliPath + QStringLiteral(" projects add --code CLI-$i --title-en \"Added $i\" --line un --status 2 --country KE"), 25);
    test::Started payments = loop(cliPath + QStringLiteral(" transactions add --project SSCAF-2016-001 --type 3 --date 2026-03-01 --amount \"1000.00 USD\""), 20);
    test::Started import = test::start(cli, {"--db", path, "import", "csv", "--entity", "transactions", dir.path("import.csv")});
    test::Started backups = loop(cliPath + QStringLiteral(" backup --to \"%1/backup-$i.db\"").arg(dir.path(".")), 4);
    test::Started reader = test::start(QStringLiteral(PROJECTDESK_GUI_PATH), {"--db", path, "--export-dashboard", dir.path("dashboard.png")});
    watch();
    const bool done = waitAll({&window, &adds, &payments, &import, &backups, &reader}, watch, 240000);
    REQUIRE(done);
    watch();
    for (test::Started *p : {&window, &adds, &payments, &import, &backups, &reader}) {
        INFO(QString::fromUtf8(p->process->readAllStandardError()).toStdString());
        CHECK(p->process->exitCode() == 0);
    }
    const QByteArray windowOut = window.process->readAllStandardOutput();
    CHECK(windowOut.count("committed WIN-") == 40);
    CHECK(QFileInfo(dir.path("dashboard.png")).size() > 0);
    INFO("deleted files under the app: " << deleted.join(", ").toStdString());
    CHECK(deleted.isEmpty());
    REQUIRE(app.process->state() == QProcess::Running);
    CHECK(test::deletedFilesOf(app.pid, path).isEmpty());
    app.process->kill();
    app.process->waitForFinished();

    auto db = Database::openFile(path, Database::OpenMode::ExistingOnly);
    REQUIRE(db.ok());
    auto report = db.value()->check();
    REQUIRE(report.ok());
    CHECK(report->problems.isEmpty());
    CHECK(scalar(*db.value(), QStringLiteral("SELECT count(*) FROM projects WHERE code LIKE 'WIN-%'")) == 40);
    CHECK(scalar(*db.value(), QStringLiteral("SELECT count(*) FROM projects WHERE code LIKE 'CLI-%'")) == 25);
    CHECK(scalar(*db.value(), QStringLiteral("SELECT count(*) FROM projects")) == projectsBefore + 65);
    CHECK(scalar(*db.value(), QStringLiteral("SELECT count(*) FROM transactions")) == transactionsBefore + imported + 20);
    for (int i = 1; i <= 4; ++i) {
        const QString backup = dir.path(QStringLiteral("backup-%1.db").arg(i));
        auto copy = Database::openFile(backup, Database::OpenMode::Inspect);
        REQUIRE(copy.ok());
        auto sound = copy.value()->check();
        REQUIRE(sound.ok());
        CHECK(sound->problems.isEmpty());
    }
}

TEST_CASE("a second app window reads a portfolio another has open for editing, without writing", "[reliability][processes]")
{
    test::TempDir dir;
    const QString path = dir.path("held.db");
    REQUIRE(test::runCli({"--db", path, "demo", "--scale", "1"}).exitCode == 0);
    test::Started first = test::start(QStringLiteral(PROJECTDESK_GUI_PATH), {"--db", path});
    QElapsedTimer opening;
    opening.start();
    while (!QFileInfo::exists(path + ".lock") && opening.elapsed() < 30000)
        QThread::msleep(50);
    REQUIRE(QFileInfo::exists(path + ".lock"));
    const QByteArray lock = test::readFile(path + ".lock");
    CHECK(lock.contains(QByteArray::number(first.pid)));

    // A run that only makes a picture never asks: it opens read-only and leaves the lock alone.
    test::Started second = test::start(QStringLiteral(PROJECTDESK_GUI_PATH), {"--db", path, "--screenshot", dir.path("second.png")});
    REQUIRE(second.process->waitForFinished(60000));
    CHECK(second.process->exitCode() == 0);
    CHECK(QFileInfo(dir.path("second.png")).size() > 0);
    CHECK(test::readFile(path + ".lock") == lock);
    CHECK(test::deletedFilesOf(first.pid, path).isEmpty());

    // A second window that wants to edit is refused the lock while the first lives...
    test::Started editor = test::start(QStringLiteral(PROJECTDESK_RELIABILITY_DRIVER), {"--db", path, "--edits", "1"});
    REQUIRE(editor.process->waitForFinished(60000));
    CHECK(editor.process->exitCode() == 1);
    CHECK(editor.process->readAllStandardError().contains("another ProjectDesk window"));
    // ...and takes it over once the first is gone (killed: its record is stale).
    first.process->kill();
    first.process->waitForFinished();
    test::Started after = test::start(QStringLiteral(PROJECTDESK_RELIABILITY_DRIVER), {"--db", path, "--edits", "1"});
    REQUIRE(after.process->waitForFinished(60000));
    CHECK(after.process->exitCode() == 0);
    CHECK_FALSE(QFileInfo::exists(path + ".lock"));
}
