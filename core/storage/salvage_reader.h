#pragma once

#include "common/result.h"
#include "salvage_report.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

#include <functional>
#include <optional>

namespace pd {

// Reads one table of a damaged file in rowid order and steps over what cannot be read. A statement
// that fails after the last good rowid L is followed by probes for the first row at or after
// X = L+1, L+2, L+4, ... until one can be read (or the table is known to end there), then by a
// bisection back to the smallest such X; reading goes on from there and L+1 .. X-1 is recorded as
// unreadable. A probe reads the row's every column, so a row whose overflow pages are damaged is
// stepped over as well. Readable rows lying between two damaged stretches are found when they are
// at least as many rowids wide as the damage before them.
class DamagedTableReader final
{
public:
    // Takes each readable row: the rowid, then the columns in order at 1, 2, ...
    using RowHandler = std::function<Status(qint64 rowid, const QSqlQuery &row)>;

    // table and columns must come from the fixed schema (salvage_schema.h), never from the file.
    DamagedTableReader(const QSqlDatabase &db, const QString &table, const QStringList &columns);

    // Errors come only from onRow (a cancel, or a failure writing the row elsewhere).
    Status read(const RowHandler &onRow);

    const QList<RowidRange> &unreadable() const { return m_unreadable; }
    // False when no statement on the table succeeded: its root page is unreadable.
    bool readAnything() const { return m_readAnything; }

    // The table's highest rowid, when it can be read (for progress).
    static std::optional<qint64> maxRowid(const QSqlDatabase &db, const QString &table);

private:
    bool readable(qint64 from);
    std::optional<qint64> findResume(qint64 last, bool stalled);
    void addUnreadable(RowidRange range);

    QSqlQuery m_stream;
    QSqlQuery m_probe;
    bool m_prepared = false;
    QList<RowidRange> m_unreadable;
    bool m_readAnything = false;
};

} // namespace pd
