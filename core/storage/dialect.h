#pragma once

#include "common/result.h"
#include "connection_spec.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

namespace pd {

// Everything that differs between SQL engines, in one place. Services write portable SQL with
// bound parameters; migrations use the {{...}} tokens below. SQLite is the embedded default;
// team mode adds a PostgreSQL dialect (QPSQL) implementing the same interface.
// A row whose reference points at a row that does not exist.
struct ForeignKeyProblem
{
    QString table;
    QString row; // its rowid
    QString parent; // the table it refers to
};

class Dialect
{
public:
    virtual ~Dialect() = default;

    virtual QString name() const = 0;
    virtual QString driver() const = 0;

    // Replaces the tokens of a migration: {{ID}} an auto-numbered primary key, {{STABLE_ID}} one whose
    // numbers are never used again, {{BIGINT}}.
    virtual QString expand(const QString &sql) const = 0;
    // Case-insensitive substring match of a column against a bound pattern, e.g. "x LIKE ?".
    virtual QString containsIgnoringCase(const QString &column) const = 0;
    // Whether a forward-only query streams its rows while other statements run on the connection
    // (SQLite). QPSQL streams forward-only results row by row, and loses them when another statement
    // runs meanwhile: there results are read whole.
    virtual bool streamsResults() const { return true; }
    // The statement that moves a table's next new id past the ids written explicitly, or empty when
    // the engine does so by itself. `table` is one of ours, never input.
    virtual QString identityCatchUp(const QString &table) const
    {
        Q_UNUSED(table);
        return {};
    }
    // A larger page cache for a bulk import's duration (SQLite: its default 2 MiB makes a million inserts
    // spill index pages to the log and read them back); returns the statement that gives the cache
    // back afterwards, or empty when the engine needs none (a server manages its own memory).
    virtual Result<QString> enlargeCacheForImport(QSqlDatabase &db, int kibibytes) const
    {
        Q_UNUSED(db);
        Q_UNUSED(kibibytes);
        return QString();
    }
    // Starts an outermost write transaction.
    virtual QString beginTransaction() const = 0;
    // Starts an outermost transaction that only reads: one snapshot, no write lock.
    virtual QString beginReadTransaction() const = 0;

    // Names the database and sets the connection options for a spec, before the connection opens.
    virtual void prepare(QSqlDatabase &db, const ConnectionSpec &spec) const = 0;
    // Runs after the schema is known to be ours: foreign keys, journal, timeouts.
    virtual Status configure(QSqlDatabase &db, const ConnectionSpec &spec) const = 0;
    // How long a statement waits for another connection's lock before it reports Locked (-1: the default).
    virtual Status setLockTimeout(QSqlDatabase &db, int milliseconds) const = 0;
    // 0 for an empty database.
    virtual Result<int> schemaVersion(QSqlDatabase &db) const = 0;
    // Inside the migration's transaction.
    virtual Status setSchemaVersion(QSqlDatabase &db, int version) const = 0;
    // A consistent copy while others may write, to a file that does not exist yet.
    virtual Status backupTo(QSqlDatabase &db, const QString &path) const = 0;
    // Integrity and foreign-key problems, empty when sound.
    virtual Result<QStringList> integrityProblems(QSqlDatabase &db) const = 0;
    // For a migration step that rebuilds tables (SQLite changes a table by making it anew): foreign
    // keys off around its transaction, and checked before it commits. Engines that alter tables in
    // place never rebuild and enforce every reference as it is written.
    virtual Status setForeignKeysEnforced(QSqlDatabase &db, bool enforced) const
    {
        Q_UNUSED(db);
        Q_UNUSED(enforced);
        return {};
    }
    virtual Result<QList<ForeignKeyProblem>> foreignKeyProblems(QSqlDatabase &db) const
    {
        Q_UNUSED(db);
        return QList<ForeignKeyProblem>();
    }

    // An Error of the right kind for what the driver reported: a general sentence as its message
    // (the Database adds the file's name where the file is at fault), the driver's text and the
    // context (the SQL) as its detail, never in the message.
    virtual Error translate(const QSqlError &error, const QString &context) const = 0;
};

class SqliteDialect final : public Dialect
{
public:
    // PRAGMA application_id of every ProjectDesk portfolio: "PDSK".
    static constexpr int kApplicationId = 0x5044534B;
    // How long a statement waits for a lock: reads in WAL mode hardly ever wait; writes wait in
    // Transaction, a quarter of a second at a time, so that the waiting can be shown and cancelled.
    static constexpr int kBusyTimeoutMs = 5000;

    QString name() const override { return QStringLiteral("SQLite"); }
    QString driver() const override { return QStringLiteral("QSQLITE"); }
    QString expand(const QString &sql) const override;
    QString containsIgnoringCase(const QString &column) const override;
    QString beginTransaction() const override { return QStringLiteral("BEGIN IMMEDIATE"); }
    // Deferred: the snapshot is taken at the first read, and writers go on (WAL).
    QString beginReadTransaction() const override { return QStringLiteral("BEGIN DEFERRED"); }
    void prepare(QSqlDatabase &db, const ConnectionSpec &spec) const override;
    Status configure(QSqlDatabase &db, const ConnectionSpec &spec) const override;
    Status setLockTimeout(QSqlDatabase &db, int milliseconds) const override;
    Result<int> schemaVersion(QSqlDatabase &db) const override;
    Status setSchemaVersion(QSqlDatabase &db, int version) const override;
    Status backupTo(QSqlDatabase &db, const QString &path) const override;
    Result<QStringList> integrityProblems(QSqlDatabase &db) const override;
    Status setForeignKeysEnforced(QSqlDatabase &db, bool enforced) const override;
    Result<QList<ForeignKeyProblem>> foreignKeyProblems(QSqlDatabase &db) const override;
    Error translate(const QSqlError &error, const QString &context) const override;
    Result<QString> enlargeCacheForImport(QSqlDatabase &db, int kibibytes) const override;
};

} // namespace pd
