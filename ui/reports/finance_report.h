#pragma once

#include "report_request.h"
#include "report_writer.h"

namespace pd::ui {

// The financial report: budget against committed, disbursed and spent, in total, by year, by
// business line and for every project, in the reporting currency, for the period's amounts.
class FinanceReport final : public ReportWriter
{
    Q_OBJECT

public:
    using ReportWriter::ReportWriter;

    Result<std::unique_ptr<ReportDocument>> build(Database &db, const ReportRequest &request) const;
};

} // namespace pd::ui
