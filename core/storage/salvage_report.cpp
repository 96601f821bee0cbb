#include "salvage_report.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace pd {

qint64 TableSalvage::refusedCount() const
{
    qint64 n = 0;
    for (const RefusedRows &r : refused)
        n += r.count;
    return n;
}

void TableSalvage::refuse(RefusalCause cause, const QString &rule)
{
    for (RefusedRows &r : refused) {
        if (r.cause == cause && r.rule == rule) {
            ++r.count;
            return;
        }
    }
    refused.append({cause, rule, 1});
}

qint64 SalvageReport::recovered() const
{
    qint64 n = 0;
    for (const TableSalvage &t : tables)
        n += t.recovered;
    return n;
}

qint64 SalvageReport::unreadableRanges() const
{
    qint64 n = 0;
    for (const TableSalvage &t : tables)
        n += t.unreadable.size();
    return n;
}

qint64 SalvageReport::refused() const
{
    qint64 n = 0;
    for (const TableSalvage &t : tables)
        n += t.refusedCount();
    return n;
}

bool SalvageReport::complete() const
{
    return std::all_of(tables.cbegin(), tables.cend(), [](const TableSalvage &t) { return t.complete(); });
}

QString refusalSentence(const RefusedRows &refused)
{
    const int n = int(refused.count);
    switch (refused.cause) {
    case RefusalCause::MissingProject:
        return QCoreApplication::translate("Salvage", "%n row(s) belonged to projects that could not be recovered", nullptr, n);
    case RefusalCause::MissingPartner:
        return QCoreApplication::translate("Salvage", "%n row(s) named partners that could not be recovered", nullptr, n);
    case RefusalCause::MissingDelivery:
        return QCoreApplication::translate("Salvage", "%n row(s) belonged to deliveries that could not be recovered", nullptr, n);
    case RefusalCause::Rule:
        break;
    }
    return QCoreApplication::translate("Salvage", "%n row(s) broke a rule of the portfolio (%1)", nullptr, n).arg(refused.rule);
}

QString rangeText(const RowidRange &range)
{
    if (!range.last)
        return QCoreApplication::translate("Salvage", "%1 to the end").arg(range.first);
    if (*range.last == range.first)
        return QString::number(range.first);
    return QStringLiteral("%1-%2").arg(range.first).arg(*range.last);
}

QString tableLine(const TableSalvage &table)
{
    if (table.lostEntirely)
        return QCoreApplication::translate("Salvage", "%1: lost entirely, the table could not be read").arg(table.table);
    QStringList parts{QCoreApplication::translate("Salvage", "%1: %n row(s) recovered", nullptr, int(table.recovered)).arg(table.table)};
    if (!table.unreadable.isEmpty()) {
        QStringList ranges;
        for (const RowidRange &r : table.unreadable)
            ranges << rangeText(r);
        parts << QCoreApplication::translate("Salvage", "rows with rowids %1 could not be read").arg(ranges.join(QStringLiteral(", ")));
    }
    for (const RefusedRows &r : table.refused)
        parts << refusalSentence(r);
    if (table.linksCleared > 0)
        parts << QCoreApplication::translate("Salvage", "%n row(s) kept without their link to a partner that could not be read", nullptr,
            int(table.linksCleared));
    return parts.join(QStringLiteral("; "));
}

QString salvageSummary(const SalvageReport &report)
{
    if (report.complete()) {
        return QCoreApplication::translate(
            "Salvage", "All %n row(s) were recovered into %1; nothing was lost.", nullptr, int(report.recovered()))
            .arg(report.target);
    }
    qint64 lostTables = 0, ranges = 0;
    for (const TableSalvage &t : report.tables) {
        lostTables += t.lostEntirely ? 1 : 0;
        ranges += t.lostEntirely ? 0 : t.unreadable.size();
    }
    return QCoreApplication::translate("Salvage",
        "%n row(s) were recovered into %1. Lost: whole tables, %2; ranges of unreadable rows elsewhere, %3; rows refused "
        "by the new portfolio, %4. Check the recovered portfolio against your records before you use it.",
        nullptr, int(report.recovered()))
        .arg(report.target)
        .arg(lostTables)
        .arg(ranges)
        .arg(report.refused());
}

} // namespace pd
