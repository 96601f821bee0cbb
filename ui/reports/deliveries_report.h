#pragma once

#include "report_request.h"
#include "report_writer.h"

namespace pd::ui {

// The deliveries report for a period: the sentence of CICETE's reports, the figures, tables by
// destination country and by category of goods, the shipments handed over, and those under way.
class DeliveriesReport final : public ReportWriter
{
    Q_OBJECT

public:
    using ReportWriter::ReportWriter;

    Result<std::unique_ptr<ReportDocument>> build(Database &db, const ReportRequest &request) const;
};

} // namespace pd::ui
