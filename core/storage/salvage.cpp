#include "salvage.h"

#include "salvage_reader.h"
#include "salvage_schema.h"
#include "salvage_source.h"
#include "salvage_target.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

namespace pd {

namespace {

struct Step
{
    const SalvageTable *table;
    qsizetype index; // in the report's tables
    QStringList columns; // as the damaged file's schema has them
    qint64 estimate; // highest rowid, or 0 when it cannot be read
};

Error nothingReadable(const QString &path)
{
    return Error::make(Error::Kind::NotADatabase,
        QCoreApplication::translate("Salvage", "%1 is too damaged to recover: none of its rows can be read").arg(path));
}

Error cancelled()
{
    return Error::make(Error::Kind::Cancelled, QCoreApplication::translate("Salvage", "Recovery cancelled; no file was written."));
}

// Each row moves the measure to its rowid within the table's share, never past it.
class ProgressMeter
{
public:
    ProgressMeter(const Salvage::Progress &progress, qint64 total)
        : m_progress(progress)
        , m_total(total)
    { }
    bool report(qint64 position) { return !m_progress || m_progress(std::min(m_done + std::max<qint64>(position, 0), m_total), m_total); }
    void finishTable(qint64 estimate) { m_done = std::min(m_done + estimate, m_total); }

private:
    const Salvage::Progress &m_progress;
    qint64 m_total;
    qint64 m_done = 0;
};

} // namespace

Salvage::Salvage(QString source, QString target)
    : m_source(std::move(source))
    , m_target(std::move(target))
{ }

Result<SalvageReport> Salvage::run(const Progress &progress)
{
    if (QFileInfo::exists(m_target))
        return targetExists(m_target); // before anything is read
    auto opened = SalvageSource::open(m_source);
    if (!opened)
        return opened.error();
    SalvageSource &source = *opened.value();

    SalvageReport report{m_source, m_target, source.schemaVersion(), {}};
    QList<Step> steps;
    qint64 total = 0;
    for (const SalvageTable &table : salvageTables()) {
        if (table.since > source.schemaVersion())
            continue; // the file's version had no such table
        const QStringList columns = source.columns(table.name);
        // Missing from the schema that could be read: its entry lies on a damaged page.
        const bool lost = columns.isEmpty();
        report.tables.append({table.name, 0, lost ? QList<RowidRange>{{1, std::nullopt}} : QList<RowidRange>{}, {}, lost});
        if (lost)
            continue;
        const qint64 estimate = DamagedTableReader::maxRowid(source.connection(), table.name).value_or(0);
        steps.append({&table, report.tables.size() - 1, columns, estimate});
        total += estimate;
    }
    if (steps.isEmpty())
        return tooDamaged(m_source);

    auto created = SalvageTarget::create(m_target);
    if (!created)
        return created.error();
    SalvageTarget &target = *created.value();
    ProgressMeter meter(progress, total);
    if (!meter.report(0))
        return cancelled();
    for (const Step &step : steps) {
        QStringList columns = target.columns(step.table->name);
        columns.removeIf([&](const QString &c) { return !step.columns.contains(c); });
        if (Status begun = target.beginTable(*step.table, columns); !begun)
            return begun.error();
        TableSalvage &table = report.tables[step.index];
        qint64 rows = 0;
        DamagedTableReader reader(source.connection(), step.table->name, columns);
        Status read = reader.read([&](qint64 rowid, const QSqlQuery &row) -> Status {
            if (++rows % 256 == 0 && !meter.report(std::min(rowid, step.estimate)))
                return cancelled();
            return target.insert(rowid, row, table);
        });
        if (!read)
            return read.error();
        table.unreadable = reader.unreadable();
        table.lostEntirely = !reader.readAnything();
        meter.finishTable(step.estimate);
        if (!meter.report(0))
            return cancelled();
    }
    if (report.recovered() == 0 && !report.complete())
        return nothingReadable(m_source);
    if (Status committed = target.commit(); !committed)
        return committed.error();
    return report;
}

} // namespace pd
