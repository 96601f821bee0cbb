#pragma once

#include "analytics/dashboard.h"
#include "report_request.h"
#include "report_writer.h"

namespace pd::ui {

// The portfolio report: the dashboard's key figures and seven charts (as vectors), then tables by
// business line, year and recipient country. Its period counts in whole years, as the dashboard's.
class PortfolioReport final : public ReportWriter
{
    Q_OBJECT

public:
    using ReportWriter::ReportWriter;

    Result<std::unique_ptr<ReportDocument>> build(Database &db, const ReportRequest &request) const;
    // The figures, which any thread may compute (the slow part), and the document drawn from them,
    // on the GUI thread (its charts are graphics items).
    static Result<Dashboard> figures(Database &db, const ReportRequest &request);
    std::unique_ptr<ReportDocument> compose(const Dashboard &dashboard, const ReportRequest &request) const;
};

} // namespace pd::ui
