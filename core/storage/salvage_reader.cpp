#include "salvage_reader.h"

#include <QSqlError>
#include <QVariant>

#include <limits>

namespace pd {

namespace {

constexpr qint64 kMaxRowid = std::numeric_limits<qint64>::max();

// NOT INDEXED: rows are found through the table's own b-tree, so a damaged index costs nothing.
// ">= ?" rather than "> ?": SQLite seeks "> L" by landing on L first, which is on the damaged page.
QString selectFrom(const QString &table, const QStringList &columns, const char *tail)
{
    QStringList quoted;
    for (const QString &c : columns)
        quoted << u'"' + c + u'"';
    return QStringLiteral("SELECT rowid, %1 FROM \"%2\" NOT INDEXED WHERE rowid >= ? ORDER BY rowid%3")
        .arg(quoted.join(QStringLiteral(", ")), table, QLatin1String(tail));
}

} // namespace

DamagedTableReader::DamagedTableReader(const QSqlDatabase &db, const QString &table, const QStringList &columns)
    : m_stream(db)
    , m_probe(db)
{
    m_stream.setForwardOnly(true);
    m_probe.setForwardOnly(true);
    // Preparing reads only the schema, which is in memory; it fails only if the table is not in it.
    m_prepared = m_stream.prepare(selectFrom(table, columns, "")) && m_probe.prepare(selectFrom(table, columns, " LIMIT 1"));
}

std::optional<qint64> DamagedTableReader::maxRowid(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT max(rowid) FROM \"%1\" NOT INDEXED").arg(table)) || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

bool DamagedTableReader::readable(qint64 from)
{
    m_probe.bindValue(0, from);
    if (!m_probe.exec())
        return false;
    while (m_probe.next()) { }
    const bool ok = !m_probe.lastError().isValid();
    m_probe.finish();
    m_readAnything = m_readAnything || ok;
    return ok;
}

// The smallest X > last whose probe succeeds; none when every probe up to the largest rowid fails
// (the damage runs to the end). After a stall (a restart that failed again at once) rowid last+1
// counts as unreadable, so that reading always moves on.
std::optional<qint64> DamagedTableReader::findResume(qint64 last, bool stalled)
{
    qint64 failing = stalled ? last + 1 : last; // the largest X known not to be the answer
    for (int k = stalled ? 1 : 0; k < 63; ++k) {
        const qint64 step = qint64(1) << k;
        if (last > kMaxRowid - step)
            break;
        const qint64 x = last + step;
        if (!readable(x)) {
            failing = x;
            continue;
        }
        qint64 lo = failing, hi = x;
        while (hi - lo > 1) {
            const qint64 mid = lo + (hi - lo) / 2;
            (readable(mid) ? hi : lo) = mid;
        }
        return hi;
    }
    return std::nullopt;
}

void DamagedTableReader::addUnreadable(RowidRange range)
{
    if (!m_unreadable.isEmpty() && m_unreadable.last().last && *m_unreadable.last().last + 1 == range.first) {
        m_unreadable.last().last = range.last;
        return;
    }
    m_unreadable.append(range);
}

Status DamagedTableReader::read(const RowHandler &onRow)
{
    if (!m_prepared) {
        addUnreadable({1, std::nullopt});
        return {};
    }
    qint64 next = 1; // ProjectDesk's rowids start at 1
    qint64 failedAt = 0;
    for (;;) {
        bool progressed = false;
        m_stream.bindValue(0, next);
        if (m_stream.exec()) {
            m_readAnything = true;
            while (m_stream.next()) {
                const qint64 rowid = m_stream.value(0).toLongLong();
                if (Status taken = onRow(rowid, m_stream); !taken)
                    return taken;
                progressed = true;
                if (rowid == kMaxRowid)
                    return {};
                next = rowid + 1;
            }
            if (!m_stream.lastError().isValid())
                return {};
        }
        m_stream.finish();
        const bool stalled = !progressed && failedAt == next;
        failedAt = next;
        const std::optional<qint64> resume = findResume(next - 1, stalled);
        if (!resume) {
            addUnreadable({next, std::nullopt});
            return {};
        }
        if (*resume > next)
            addUnreadable({next, *resume - 1});
        next = *resume;
    }
}

} // namespace pd
