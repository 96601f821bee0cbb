#pragma once

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
};

} // namespace pd::ui
