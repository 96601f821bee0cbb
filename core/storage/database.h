#pragma once

#include "common/result.h"
#include "dialect.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <memory>

namespace pd {

struct CheckReport
{
    int schemaVersion = 0;
    int latestVersion = 0;
    QStringList problems;
    bool sound() const { return problems.isEmpty() && schemaVersion == latestVersion; }
};

// One open portfolio: a connection with its dialect, the schema brought up to date. Not copyable;
// one per thread (Qt SQL connections belong to the thread that made them).
class Database final
{
    Q_DISABLE_COPY_MOVE(Database)

public:
    enum class OpenMode {
        CreateIfMissing, // a new file gets the latest schema
        ExistingOnly, // the file must exist; an older schema is upgraded
        Inspect // the file must exist and is not upgraded (for checks)
    };

    // Opens (and migrates) a SQLite portfolio file. A file that is not a ProjectDesk portfolio, or
    // one from a newer version, is refused and left exactly as it was.
    static Result<std::unique_ptr<Database>> openFile(const QString &path, OpenMode mode = OpenMode::CreateIfMissing);
    ~Database();

    const QString &path() const { return m_path; }
    const Dialect &dialect() const { return *m_dialect; }
    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    int schemaVersion() const { return m_schemaVersion; }

    // Prepares, binds the values in order and runs one statement.
    Result<QSqlQuery> execute(const QString &sql, const QVariantList &values = {}) const;
    // A prepared statement to run many times (bulk writes).
    Result<QSqlQuery> prepare(const QString &sql) const;
    // Binds the values to the positions in order (when given) and runs a prepared statement.
    Status run(QSqlQuery &prepared, const QVariantList &values = {}) const;

    Status backupTo(const QString &path) const;
    Result<CheckReport> check() const;

    // Transaction nesting, used by Transaction: the outermost level begins, inner ones use savepoints.
    int transactionDepth() const { return m_transactionDepth; }

private:
    friend class Transaction;
    friend class Migrator;
    Database(QString path, QString connectionName, std::unique_ptr<Dialect> dialect);

    QString m_path;
    QString m_connectionName;
    std::unique_ptr<Dialect> m_dialect;
    int m_schemaVersion = 0;
    int m_transactionDepth = 0;
};

} // namespace pd
