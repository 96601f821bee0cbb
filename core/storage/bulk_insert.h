#pragma once

#include "common/result.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

#include <memory>

namespace pd {

class Database;
class CopyStream;

// Many rows into one table inside the caller's transaction (an import). On SQLite: one prepared
// INSERT run per row. On PostgreSQL: the rows are streamed with COPY (through libpq on the
// driver's own connection: QPSQL has no COPY) into a temporary staging table, then moved with one
// INSERT ... SELECT, so that the table's triggers and constraints see one statement. Nothing is
// visible to others before the caller commits.
class BulkInsert final
{
public:
    // `table` and `columns` are the program's own names, never input.
    BulkInsert(Database &db, QString table, QStringList columns);
    ~BulkInsert();
    // Values in the order of the columns; an invalid QVariant is NULL.
    Status add(const QVariantList &values);
    // Ends the stream and moves the rows (PostgreSQL); the caller still has to commit.
    Status finish();
    qint64 added() const { return m_added; }

private:
    Status begin();

    Database &m_db;
    QString m_table;
    QStringList m_columns;
    std::unique_ptr<QSqlQuery> m_insert; // SQLite
    std::unique_ptr<CopyStream> m_copy; // PostgreSQL
    qint64 m_added = 0;
};

} // namespace pd
