#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace pd {

// Rowids of a table that could not be read, first to last; no last when the damage runs to the end
// of the table (its highest rowid could not be read either).
struct RowidRange
{
    qint64 first = 0;
    std::optional<qint64> last;
};

// Why the new portfolio refused rows: they refer to a row that was not recovered, or break a rule.
enum class RefusalCause { MissingProject, MissingPartner, MissingDelivery, Rule };

struct RefusedRows
{
    RefusalCause cause = RefusalCause::Rule;
    QString rule; // the database's words, for RefusalCause::Rule
    qint64 count = 0;
};

struct TableSalvage
{
    QString table;
    qint64 recovered = 0;
    QList<RowidRange> unreadable;
    QList<RefusedRows> refused;
    bool lostEntirely = false; // not a single row or probe of the table could be read
    qint64 linksCleared = 0; // rows kept with a link to a lost partner cleared

    qint64 refusedCount() const;
    void refuse(RefusalCause cause, const QString &rule = {});
    bool complete() const { return !lostEntirely && unreadable.isEmpty() && refused.isEmpty(); }
};

struct SalvageReport
{
    QString source;
    QString target;
    int schemaVersion = 0;
    QList<TableSalvage> tables;

    qint64 recovered() const;
    qint64 unreadableRanges() const;
    qint64 refused() const;
    bool complete() const;
};

// The report in words (translated): one line per table, each refusal as a sentence, a summary.
QString refusalSentence(const RefusedRows &refused);
QString rangeText(const RowidRange &range);
QString tableLine(const TableSalvage &table);
QString salvageSummary(const SalvageReport &report);

} // namespace pd
