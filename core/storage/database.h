#pragma once

#include "common/result.h"
#include "connection_spec.h"
#include "dialect.h"
#include "portfolio_copy.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <functional>
#include <memory>

namespace pd {

struct CheckReport
{
    int schemaVersion = 0;
    int latestVersion = 0;
    QStringList problems;
    bool sound() const { return problems.isEmpty() && schemaVersion == latestVersion; }
};

// An edit waiting for another program's write lock: what it waits for, and for how long already.
struct LockWait
{
    QString holder; // "an import of bank.csv (alice on desk-12 (projectdesk-cli, process 4321), since 14:02)"
    qint64 waitedMs = 0;
    bool finished = false; // the last call: the lock was taken, or the wait was given up
};
// Called about four times a second while a write waits; returns false to give up (Cancel).
using LockWaitHandler = std::function<bool(const LockWait &)>;

// One open portfolio: a connection with its dialect, the schema brought up to date. Not copyable;
// one per thread (Qt SQL connections belong to the thread that made them): a worker thread makes
// its own with connect(spec()), never by opening the path again.
class Database final
{
    Q_DISABLE_COPY_MOVE(Database)

public:
    enum class OpenMode {
        CreateIfMissing, // a new (or empty) file gets the latest schema
        ExistingOnly, // the file must exist and be a portfolio; an older schema is upgraded
        Inspect // the file must exist and is not upgraded (for checks)
    };
    struct Options
    {
        OpenMode mode = OpenMode::ExistingOnly;
        bool readOnly = false; // a read-only view: nothing is written
        ReadOnlyCause cause = ReadOnlyCause::Requested; // why, when readOnly
        // Take the editing lock record beside the file (what a window does): fails with Locked,
        // naming who has it, when another window has the portfolio open for editing.
        bool lockForEditing = false;
        // On a team server: bring an older schema up to date (projectdesk-cli server migrate, by an
        // admin). Without it a server of an older schema is refused, naming the command.
        bool upgradeServer = false;
    };

    // Opens (and migrates) a SQLite portfolio file. A file that is not a ProjectDesk portfolio, or
    // one from a newer version, a damaged or an empty one, is refused and left exactly as it was.
    // A file that cannot be written (or whose folder cannot) opens read-only.
    static Result<std::unique_ptr<Database>> openFile(const QString &path, OpenMode mode = OpenMode::CreateIfMissing);
    static Result<std::unique_ptr<Database>> openFile(const QString &path, const Options &options);
    // Opens a portfolio on a team server (PostgreSQL). CreateIfMissing gives an empty database the
    // latest schema; otherwise an empty database, one of another application or of another schema
    // version is refused with a sentence naming the server and what to do.
    static Result<std::unique_ptr<Database>> openServer(const ServerAddress &address, const Options &options);
    // A file path or a server URL (postgresql://...): openFile or openServer.
    static Result<std::unique_ptr<Database>> open(const QString &location, const Options &options);
    // Another connection to a portfolio this process has opened, made from its spec (for a worker
    // thread). No header check, no upgrade: the first connection did those.
    static Result<std::unique_ptr<Database>> connect(const ConnectionSpec &spec);
    ~Database();

    const QString &path() const { return m_spec.path; }
    const ConnectionSpec &spec() const { return m_spec; }
    bool isWritable() const { return m_spec.writable(); }
    bool onServer() const { return m_spec.onServer(); }
    const Dialect &dialect() const { return *m_dialect; }
    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    int schemaVersion() const { return m_schemaVersion; }

    // Prepares, binds the values in order and runs one statement.
    Result<QSqlQuery> execute(const QString &sql, const QVariantList &values = {}) const;
    // A prepared statement to run many times (bulk writes).
    Result<QSqlQuery> prepare(const QString &sql) const;
    // Binds the values to the positions in order (when given) and runs a prepared statement.
    Status run(QSqlQuery &prepared, const QVariantList &values = {}) const;
    // The Error for a driver's failure: the kind, a sentence naming the file where the file is at
    // fault (damaged, full disk, read-only), the SQL and the driver's text as detail.
    Error failure(const QSqlError &error, const QString &sql) const;
    // An error of the file's own (damaged, full disk, read-only, busy, unreadable) told with the file's
    // name and what to do; other errors as they are.
    Error aboutFile(Error error) const;

    // A consistent copy while others may write, written to a temporary name beside `path` and
    // renamed when complete, so that a copy interrupted halfway never looks like a backup.
    Status backupTo(const QString &path) const;
    // A team server's portfolio copied into a new portfolio file (written as PATH.part and renamed
    // when complete), with the number of records of each table.
    Result<QList<TableCount>> copyServerTo(const QString &path) const;
    Result<CheckReport> check() const;
    // After rows were written with ids of their own (a copy, an undo): the engine's next new id is
    // moved past them where it would not be by itself (PostgreSQL's identity sequences).
    Status catchUpIdentity(const QString &table);
    // PRAGMA quick_check: damaged pages, without the slower index comparisons. Empty when sound.
    Result<QStringList> quickCheck() const;

    // What a write waits for when another connection holds the write lock (see LockWait).
    void setLockWaitHandler(LockWaitHandler handler) { m_lockWait = std::move(handler); }
    // The handler connections made afterwards in this process start with (the CLI's prints once).
    // Without one, a write waits up to a minute, then fails with Locked naming the holder.
    static void setDefaultLockWaitHandler(LockWaitHandler handler);
    // Who holds the write lock, as far as the lock records beside the file tell.
    QString lockHolder() const;

    // Transaction nesting, used by Transaction: the outermost level begins, inner ones use savepoints.
    int transactionDepth() const { return m_transactionDepth; }

private:
    friend class Transaction;
    friend class Migrator;
    Database(ConnectionSpec spec, QString liveKey, QString connectionName, std::unique_ptr<Dialect> dialect);
    Status openConnection();
    static Result<std::unique_ptr<Database>> connectServer(const ConnectionSpec &spec);
    static QString nextConnectionName();
    // Writes a new file through PATH.part, renamed to PATH when `write` succeeds and removed when not.
    Status writeThroughPart(const QString &path, const std::function<Status(const QString &part)> &write) const;

    // Refuses a write on a read-only portfolio; on a network share, takes the writer's record first.
    Status ensureWritable();
    // BEGIN of an outermost write transaction, waiting for the lock as long as the handler lets it.
    Status beginWrite(const QString &begin);

    ConnectionSpec m_spec;
    QString m_liveKey;
    QString m_connectionName;
    std::unique_ptr<Dialect> m_dialect;
    LockWaitHandler m_lockWait;
    int m_schemaVersion = 0;
    int m_transactionDepth = 0;
};

} // namespace pd
