#include "report_request.h"

#include "deliveries_report.h"
#include "finance_report.h"
#include "portfolio_report.h"
#include "project_report.h"
#include "report_document.h"
#include "report_printer.h"
#include "services/portfolio_settings.h"
#include "storage/database.h"

#include <QFileInfo>

namespace pd::ui {

namespace {

const std::pair<ReportKind, const char *> kKinds[] = {
    {ReportKind::Portfolio, "portfolio"}, {ReportKind::Project, "project"}, {ReportKind::Deliveries, "deliveries"}, {ReportKind::Finance, "finance"}};

} // namespace

QString keyOf(ReportKind kind)
{
    for (const auto &[k, key] : kKinds) {
        if (k == kind)
            return QString::fromLatin1(key);
    }
    return {};
}

std::optional<ReportKind> reportKindFromKey(const QString &key)
{
    for (const auto &[k, name] : kKinds) {
        if (key == QLatin1String(name))
            return k;
    }
    return std::nullopt;
}

Result<std::unique_ptr<ReportDocument>> buildReport(Database &db, const ReportRequest &request)
{
    Result<std::unique_ptr<ReportDocument>> built = Error::make(Error::Kind::InvalidArgument, QStringLiteral("unknown report"));
    switch (request.kind) {
    case ReportKind::Portfolio:
        built = PortfolioReport(request.language).build(db, request);
        break;
    case ReportKind::Project:
        built = ProjectReport(request.language).build(db, request);
        break;
    case ReportKind::Deliveries:
        built = DeliveriesReport(request.language).build(db, request);
        break;
    case ReportKind::Finance:
        built = FinanceReport(request.language).build(db, request);
        break;
    }
    if (!built)
        return built;
    if (Status labelled = labelReport(db, *built.value(), request); !labelled)
        return labelled.error();
    return built;
}

Status labelReport(const Database &db, ReportDocument &document, const ReportRequest &request)
{
    auto name = PortfolioSettings(db).value(PortfolioSettings::nameKey());
    if (!name)
        return name.error();
    document.portfolioName = name->isEmpty() ? QFileInfo(db.path()).completeBaseName() : name.value();
    document.generated = request.today;
    return {};
}

Result<int> writeReportPdf(Database &db, const ReportRequest &request, const QString &path)
{
    auto document = buildReport(db, request);
    if (!document)
        return document.error();
    return ReportPrinter(*document.value()).writePdf(path, request.pageSize);
}

} // namespace pd::ui
