#pragma once

#include "common/result.h"
#include "database.h"
#include "salvage_report.h"
#include "salvage_schema.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <memory>

namespace pd {

class Transaction;

// The error for a target that exists already: a salvage never overwrites a file.
Error targetExists(const QString &path);

// The new portfolio a salvage writes: created with the latest schema, every row in one transaction,
// its files removed again unless the salvage commits.
class SalvageTarget final
{
    Q_DISABLE_COPY_MOVE(SalvageTarget)

public:
    // The file must not exist.
    static Result<std::unique_ptr<SalvageTarget>> create(const QString &path);
    ~SalvageTarget();

    Database &database() { return *m_db; }
    QStringList columns(const QString &table) const;

    // Prepares the INSERT of table's rows with these columns (the target's, in its order).
    Status beginTable(const SalvageTable &table, const QStringList &columns);
    // Inserts one row read from the damaged file (columns at 1, 2, ...) and counts it in report as
    // recovered or refused. An Error only for a failure that is not about the row.
    Status insert(qint64 rowid, const QSqlQuery &row, TableSalvage &report);
    // Commits the transaction and keeps the file.
    Status commit();

private:
    explicit SalvageTarget(std::unique_ptr<Database> db);
    void remove();

    struct Reference
    {
        int index; // in the row's columns
        QString parent;
        bool optional = false;
        RefusalCause cause;
    };

    std::unique_ptr<Database> m_db;
    std::unique_ptr<Transaction> m_transaction;
    QSqlQuery m_insert;
    QString m_table;
    int m_columnCount = 0;
    QList<Reference> m_references;
    bool m_keepIds = false;
    // The ids recovered so far of the tables others refer to, to refuse an orphan before inserting it.
    QHash<QString, QSet<qint64>> m_recoveredIds;
    bool m_kept = false;
};

} // namespace pd
