#pragma once

#include "common/result.h"

#include <QList>
#include <QString>

#include <functional>

namespace pd {

class Database;

struct TableCount
{
    QString table;
    qint64 rows = 0;
};

// Copies every record of one portfolio into another, empty one, with its ids, revisions and audit
// entries, in one transaction of the target: a SQLite file published to a team server, a server
// copied to a file (copy-to, backup). The derived day sums are not copied: the target's triggers
// make them from the transactions. On PostgreSQL the identity sequences are moved past the copied ids.
class PortfolioCopy final
{
public:
    // The tables in the order their references need (parents first).
    static const QList<QString> &tables();

    PortfolioCopy(Database &source, Database &target);
    // Refused when the target holds any record. progress(done rows) may return false to cancel
    // (nothing is kept then).
    Result<QList<TableCount>> run(const std::function<bool(qint64)> &progress = {});

private:
    Result<qint64> copyTable(const QString &table, qint64 &done, const std::function<bool(qint64)> &progress);

    Database &m_source;
    Database &m_target;
};

} // namespace pd
