// Opening portfolio files: the schema steps, the file's identity (application id, user_version),
// refusing foreign and newer files without touching them, and the integrity check.
#include "test_support.h"

#include "storage/database.h"
#include "storage/dialect.h"
#include "storage/migrator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace pd;

namespace {

// Runs SQL on a file through a plain Qt SQLite connection, bypassing ProjectDesk entirely.
class RawSqlite
{
public:
    explicit RawSqlite(const QString &path)
        : m_name(QStringLiteral("raw-%1").arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
    }
    ~RawSqlite()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }

    void exec(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        const bool ok = q.exec(sql);
        INFO(sql.toStdString() << ": " << q.lastError().text().toStdString());
        REQUIRE(ok);
    }

    QVariant scalar(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0);
    }

private:
    static inline int s_counter = 0;
    QString m_name;
};

QVariant pragma(const Database &db, const char *name)
{
    auto r = db.execute(QStringLiteral("PRAGMA ") + QLatin1String(name));
    INFO(name << ": " << (r ? std::string() : r.error().message.toStdString()));
    REQUIRE(r.ok());
    REQUIRE(r->next());
    return r->value(0);
}

std::unique_ptr<Database> openOk(const QString &path, Database::OpenMode mode = Database::OpenMode::CreateIfMissing)
{
    auto db = Database::openFile(path, mode);
    INFO((db ? QString() : db.error().describe()).toStdString());
    REQUIRE(db.ok());
    return std::move(db).value();
}

Error openError(const QString &path, Database::OpenMode mode = Database::OpenMode::CreateIfMissing)
{
    auto db = Database::openFile(path, mode);
    REQUIRE_FALSE(db.ok());
    return db.error();
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files, QDir::Name);
}

QString dirOf(const QString &path)
{
    return QFileInfo(path).absolutePath();
}

QString readResource(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

} // namespace

TEST_CASE("a new portfolio gets the latest schema and ProjectDesk's identity", "[migrations][local]")
{
    test::TempDir dir;
    const QString path = dir.path("new.db");
    auto db = openOk(path);

    REQUIRE(Migrator::latestVersion() >= 1);
    CHECK(Migrator::latestVersion() == Migrator::stepFiles().size());
    CHECK(db->schemaVersion() == Migrator::latestVersion());
    CHECK(pragma(*db, "user_version").toInt() == Migrator::latestVersion());
    CHECK(pragma(*db, "application_id").toInt() == SqliteDialect::kApplicationId);
    CHECK(SqliteDialect::kApplicationId == 0x5044534B); // "PDSK"
    CHECK(pragma(*db, "foreign_keys").toInt() == 1);
    CHECK(pragma(*db, "journal_mode").toString().toLower() == "wal");
    CHECK(db->path() == path);
    CHECK(db->dialect().name() == "SQLite");

    // The tables of the model are there, and a new file is not backed up (there is nothing to keep).
    for (const char *table : {"portfolio_settings", "partners", "partner_contacts", "projects", "project_countries", "project_sectors",
             "project_sdgs", "project_partners", "audit_log"}) {
        auto r = db->execute(
            QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"), {QString::fromLatin1(table)});
        REQUIRE(r.ok());
        REQUIRE(r->next());
        INFO(table);
        CHECK(r->value(0).toInt() == 1);
    }
    for (const QString &name : filesIn(dir.path(".")))
        CHECK_FALSE(name.endsWith(".bak"));
}

TEST_CASE("opening a portfolio again keeps its schema and data", "[migrations][local]")
{
    test::TempDir dir;
    const QString path = dir.path("again.db");
    {
        auto db = openOk(path);
        REQUIRE(db->execute("INSERT INTO portfolio_settings (key, value) VALUES ('name', 'Kept')").ok());
    }
    auto db = openOk(path, Database::OpenMode::ExistingOnly);
    CHECK(db->schemaVersion() == Migrator::latestVersion());
    auto r = db->execute("SELECT value FROM portfolio_settings WHERE key = 'name'");
    REQUIRE(r.ok());
    REQUIRE(r->next());
    CHECK(r->value(0).toString() == "Kept");
}

TEST_CASE("the migration steps are numbered files that each apply in order from an empty file", "[migrations][local]")
{
    const QStringList steps = Migrator::stepFiles();
    REQUIRE_FALSE(steps.isEmpty());
    const SqliteDialect dialect;
    for (int last = 1; last <= steps.size(); ++last) {
        INFO("steps 1.." << last);
        const QString name = QFileInfo(steps.at(last - 1)).fileName();
        CHECK(name.startsWith(QStringLiteral("%1_").arg(last, 4, 10, QLatin1Char('0'))));
        CHECK(name.endsWith(".sql"));

        test::TempDir dir;
        RawSqlite raw(dir.path("steps.db"));
        for (int step = 1; step <= last; ++step) {
            const QString sql = dialect.expand(readResource(steps.at(step - 1)));
            CHECK_FALSE(sql.contains("{{"));
            const QStringList statements = Migrator::statements(sql);
            CHECK_FALSE(statements.isEmpty());
            for (const QString &statement : statements)
                raw.exec(statement);
        }
    }
}

TEST_CASE("Migrator::statements splits a script into statements, dropping comments", "[migrations][local]")
{
    const QString script = QStringLiteral("-- A heading comment; with a semicolon\n"
                                          "\n"
                                          "CREATE TABLE a (\n"
                                          "    id INTEGER, -- an inline note stays\n"
                                          "    name TEXT\n"
                                          ");\n"
                                          "   -- an indented comment\n"
                                          "CREATE INDEX a_name ON a (name);\n"
                                          "INSERT INTO a\n"
                                          "  VALUES (1, 'x;y');\n"
                                          "\n"
                                          "SELECT 1");
    const QStringList statements = Migrator::statements(script);
    REQUIRE(statements.size() == 4);
    CHECK(statements.at(0) == "CREATE TABLE a (\n    id INTEGER, -- an inline note stays\n    name TEXT\n)");
    CHECK(statements.at(1) == "CREATE INDEX a_name ON a (name)");
    // A semicolon inside a line does not end the statement; only one at the end of a line does.
    CHECK(statements.at(2) == "INSERT INTO a\n  VALUES (1, 'x;y')");
    // A last statement without a semicolon is kept.
    CHECK(statements.at(3) == "SELECT 1");

    CHECK(Migrator::statements("").isEmpty());
    CHECK(Migrator::statements("-- only a comment\n\n").isEmpty());
    CHECK(
        Migrator::statements("CREATE TABLE b (x);\r\nCREATE TABLE c (y);\r\n") == QStringList{"CREATE TABLE b (x)", "CREATE TABLE c (y)"});

    // The first migration: one statement per CREATE, none with a token left after expansion.
    const QString initial = SqliteDialect().expand(readResource(Migrator::stepFiles().first()));
    const QStringList steps = Migrator::statements(initial);
    CHECK(steps.size() == initial.count(QRegularExpression(QStringLiteral("^CREATE "), QRegularExpression::MultilineOption)));
    for (const QString &statement : steps) {
        INFO(statement.toStdString());
        CHECK(statement.startsWith("CREATE "));
        CHECK_FALSE(statement.endsWith(';'));
    }
}

TEST_CASE("a file that is not SQLite is refused and left exactly as it was", "[migrations][local]")
{
    test::TempDir dir;
    const QString path = dir.path("notes.db");
    const QByteArray content("hello, not a database");
    test::writeFile(path, content);

    const Error e = openError(path);
    CHECK(e.kind == Error::Kind::NotADatabase);
    CHECK(e.message.contains(path));
    CHECK(openError(path, Database::OpenMode::ExistingOnly).kind == Error::Kind::NotADatabase);
    CHECK(openError(path, Database::OpenMode::Inspect).kind == Error::Kind::NotADatabase);

    CHECK(test::fileEquals(path, content));
    CHECK(filesIn(dirOf(path)) == QStringList{"notes.db"});
}

TEST_CASE("an SQLite file of another application is refused and left exactly as it was", "[migrations][local]")
{
    test::TempDir dir;
    const QString path = dir.path("other.sqlite");
    {
        RawSqlite raw(path);
        raw.exec("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)");
        raw.exec("INSERT INTO recipes (name) VALUES ('dumplings')");
        CHECK(raw.scalar("PRAGMA application_id").toInt() == 0);
    }
    const QByteArray before = test::readFile(path);

    const Error e = openError(path);
    CHECK(e.kind == Error::Kind::NotADatabase);
    CHECK(e.message.contains("another application"));
    CHECK(openError(path, Database::OpenMode::Inspect).kind == Error::Kind::NotADatabase);

    CHECK(test::fileEquals(path, before));
    CHECK(filesIn(dirOf(path)) == QStringList{"other.sqlite"});
}

TEST_CASE("an empty SQLite file stamped with another application's id is refused and left as it was", "[migrations][local]")
{
    // No tables yet, but the application id says whose file it is (0x47504B47 is GeoPackage's "GPKG").
    test::TempDir dir;
    const QString path = dir.path("other.gpkg");
    {
        RawSqlite raw(path);
        raw.exec("PRAGMA application_id = 1196444487");
        CHECK(raw.scalar("PRAGMA application_id").toInt() == 0x47504B47);
    }
    const QByteArray before = test::readFile(path);
    REQUIRE_FALSE(before.isEmpty());

    CHECK(openError(path).kind == Error::Kind::NotADatabase);
    CHECK(openError(path, Database::OpenMode::Inspect).kind == Error::Kind::NotADatabase);
    CHECK(test::fileEquals(path, before));
}

TEST_CASE("a portfolio written by a newer ProjectDesk is refused and left exactly as it was", "[migrations][local]")
{
    test::TempDir dir;
    const QString path = dir.path("newer.db");
    openOk(path).reset();
    const int newer = Migrator::latestVersion() + 1;
    {
        RawSqlite raw(path);
        raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(newer));
        CHECK(raw.scalar("PRAGMA application_id").toInt() == SqliteDialect::kApplicationId);
    }
    const QByteArray before = test::readFile(path);
    const QStringList filesBefore = filesIn(dirOf(path));

    const Error e = openError(path);
    CHECK(e.kind == Error::Kind::TooNew);
    CHECK(e.message.contains(QString::number(newer)));
    CHECK(openError(path, Database::OpenMode::ExistingOnly).kind == Error::Kind::TooNew);
    CHECK(openError(path, Database::OpenMode::Inspect).kind == Error::Kind::TooNew);

    CHECK(test::fileEquals(path, before));
    CHECK(filesIn(dirOf(path)) == filesBefore);
    RawSqlite raw(path);
    CHECK(raw.scalar("PRAGMA user_version").toInt() == newer);
}

TEST_CASE("a missing file is created only when asked to", "[migrations][local]")
{
    test::TempDir dir;
    const QString path = dir.path("missing.db");
    CHECK(openError(path, Database::OpenMode::ExistingOnly).kind == Error::Kind::Io);
    CHECK(openError(path, Database::OpenMode::Inspect).kind == Error::Kind::Io);
    CHECK_FALSE(QFileInfo::exists(path));

    // A directory is not a portfolio.
    CHECK(openError(dir.path(".")).kind == Error::Kind::Io);

    // An empty (zero-byte) file is not a portfolio to open (a read-only command must not turn it
    // into one) and is left as it is; only creating a portfolio (init) may use it.
    const QString empty = dir.path("empty.db");
    test::writeFile(empty, {});
    const Error refused = openError(empty, Database::OpenMode::ExistingOnly);
    CHECK(refused.kind == Error::Kind::NotADatabase);
    CHECK(refused.message.contains("is empty"));
    CHECK(openError(empty, Database::OpenMode::Inspect).kind == Error::Kind::NotADatabase);
    CHECK(QFileInfo(empty).size() == 0);
    CHECK(filesIn(dir.path(".")) == QStringList{QStringLiteral("empty.db")});
    auto db = openOk(empty, Database::OpenMode::CreateIfMissing);
    CHECK(db->schemaVersion() == Migrator::latestVersion());
}

TEST_CASE("a populated version 0 file is refused as damaged and left as it is", "[migrations][local]")
{
    // A file with ProjectDesk's application id and tables but no schema version was not written by
    // any ProjectDesk: upgrading it would fail on its tables ("table already exists") or mix ours
    // with what it holds. It is refused with a sentence, and its bytes stay as they were.
    test::TempDir dir;
    const QString path = dir.path("v0.db");
    {
        RawSqlite raw(path);
        raw.exec(QStringLiteral("PRAGMA application_id = %1").arg(SqliteDialect::kApplicationId));
        raw.exec("CREATE TABLE projects (note TEXT)");
        raw.exec("INSERT INTO projects VALUES ('kept')");
        CHECK(raw.scalar("PRAGMA user_version").toInt() == 0);
    }
    const QByteArray before = test::readFile(path);
    for (auto mode : {Database::OpenMode::CreateIfMissing, Database::OpenMode::ExistingOnly, Database::OpenMode::Inspect}) {
        const Error e = openError(path, mode);
        CHECK(e.kind == Error::Kind::Damaged);
        CHECK(e.message.contains("no schema version"));
        CHECK_FALSE(e.message.contains("CREATE"));
    }
    CHECK(test::fileEquals(path, before));
    CHECK(filesIn(dirOf(path)) == QStringList{"v0.db"});
}

TEST_CASE("a file with a negative schema version is refused, never crashes, and is left as it is", "[migrations][local]")
{
    // The migrator used to step from version -1 into files.at(-1) and crash; tests/fuzz keeps such a file.
    test::TempDir dir;
    const QString path = dir.path("negative.db");
    {
        auto db = openOk(path);
    }
    {
        RawSqlite raw(path);
        raw.exec("PRAGMA journal_mode = DELETE");
        raw.exec("PRAGMA user_version = -3");
    }
    const QByteArray before = test::readFile(path);
    for (auto mode : {Database::OpenMode::CreateIfMissing, Database::OpenMode::ExistingOnly, Database::OpenMode::Inspect}) {
        const Error e = openError(path, mode);
        CHECK(e.kind == Error::Kind::Damaged);
        CHECK(e.message.contains("(-3)"));
    }
    CHECK(test::fileEquals(path, before));
    CHECK(filesIn(dirOf(path)) == QStringList{"negative.db"});
}

TEST_CASE("backupPathFor names the copy kept before an upgrade and never reuses an existing one", "[migrations][local]")
{
    test::TempDir dir;
    const QString path = dir.path("portfolio.db");
    CHECK(Migrator::backupPathFor(path, 1) == path + ".v1.bak");
    CHECK(Migrator::backupPathFor(path, 7) == path + ".v7.bak");

    test::writeFile(path + ".v1.bak", "an earlier copy");
    const QString second = Migrator::backupPathFor(path, 1);
    CHECK(second != path + ".v1.bak");
    CHECK(second.startsWith(path + ".v1-"));
    CHECK(second.endsWith(".bak"));
    CHECK_FALSE(QFileInfo::exists(second));
    CHECK(test::fileEquals(path + ".v1.bak", "an earlier copy"));
}

TEST_CASE("a sound portfolio passes the check, and so does its backup", "[migrations][local]")
{
    test::TempDir dir;
    const QString path = dir.path("sound.db");
    auto db = openOk(path);
    REQUIRE(db->execute("INSERT INTO portfolio_settings (key, value) VALUES ('name', 'Backed up')").ok());

    auto report = db->check();
    REQUIRE(report.ok());
    CHECK(report->sound());
    CHECK(report->problems.isEmpty());
    CHECK(report->schemaVersion == Migrator::latestVersion());
    CHECK(report->latestVersion == Migrator::latestVersion());

    const QString copy = dir.path("copy.db");
    REQUIRE(db->backupTo(copy).ok());
    const QByteArray backupBytes = test::readFile(copy);
    {
        // Inspecting a file only reads it: the backup (not in WAL mode) is left byte for byte as it was.
        auto backup = openOk(copy, Database::OpenMode::Inspect);
        auto copyReport = backup->check();
        REQUIRE(copyReport.ok());
        CHECK(copyReport->sound());
        auto name = backup->execute("SELECT value FROM portfolio_settings WHERE key = 'name'");
        REQUIRE(name.ok());
        REQUIRE(name->next());
        CHECK(name->value(0).toString() == "Backed up");
    }
    CHECK(test::fileEquals(copy, backupBytes));

    // A backup never overwrites a file.
    const QByteArray copyBytes = test::readFile(copy);
    const Status again = db->backupTo(copy);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().kind == Error::Kind::Io);
    CHECK(test::fileEquals(copy, copyBytes));
}

TEST_CASE("the check reports a broken foreign key", "[migrations][local]")
{
    test::TempDir dir;
    const QString path = dir.path("broken.db");
    openOk(path).reset();
    {
        RawSqlite raw(path); // foreign keys are off on a plain connection
        raw.exec("INSERT INTO project_partners (project_id, partner_id, role) VALUES (41, 42, 4)");
    }
    auto db = openOk(path, Database::OpenMode::Inspect);
    auto report = db->check();
    REQUIRE(report.ok());
    CHECK_FALSE(report->sound());
    CHECK(report->problems.join('\n').contains("project_partners"));
}
