#pragma once

#include "report_request.h"
#include "report_writer.h"

namespace pd::ui {

// The project fact sheet: identity, partners and their roles, recipient countries, budget against
// what was committed, disbursed and spent (in total and by year), the transactions, the deliveries
// and the milestones (the project's dates and its shipments' steps, in date order).
class ProjectReport final : public ReportWriter
{
    Q_OBJECT

public:
    using ReportWriter::ReportWriter;

    Result<std::unique_ptr<ReportDocument>> build(Database &db, const ReportRequest &request) const;
};

} // namespace pd::ui
