#pragma once

#include "report_writer.h"
#include "services/project_query.h"

namespace pd::ui {

// The lines under a report's title that say what it covers: which projects, which period.
class ReportScope final : public ReportWriter
{
    Q_OBJECT

public:
    using ReportWriter::ReportWriter;

    // "All projects" or "Projects: UN programmes; status Implementation; Kenya" (partner and
    // officer named by what the filter holds).
    QString projects(const ProjectFilter &filter) const;
    // "Period: 1 Jan 2024 to 31 Dec 2024", "Period: from ...", "All dates".
    QString period(const QDate &from, const QDate &to) const;
    // "Amounts in USD, converted at the rate of each value date. As of 30 Jun 2026."
    QString currencyNote(const QString &currency, const QDate &asOf) const;
    // The warning shown when some amounts had no exchange rate.
    QString incompleteNote() const;
};

} // namespace pd::ui
