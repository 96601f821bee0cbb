#include "portfolio_report.h"

#include "analytics/delivery_summary.h"

#include "analytics/dashboard.h"
#include "dashboard/dashboard_charts.h"
#include "domain/delivery.h"
#include "money/rate.h"
#include "reference/reference_data.h"
#include "report_document.h"
#include "report_scope.h"

#include <QChart>

namespace pd::ui {

namespace {

// "12.5%" of part in whole, "-" without a whole.
QString shareText(const Money &part, const Money &whole, const Wording &w)
{
    if (whole.minorUnits() <= 0)
        return QStringLiteral("-");
    return w.percentFromBasisPoints(int(Int128(part.minorUnits()) * 10000 / whole.minorUnits()));
}

} // namespace

namespace {

// The report's period as the dashboard's: whole years.
ProjectFilter filterOf(const ReportRequest &request)
{
    ProjectFilter filter = request.filter;
    if (request.from.isValid())
        filter.yearFrom = request.from.year();
    if (request.to.isValid())
        filter.yearTo = request.to.year();
    return filter;
}

} // namespace

Result<Dashboard> PortfolioReport::figures(Database &db, const ReportRequest &request)
{
    return computeDashboard(db, filterOf(request), request.today);
}

Result<std::unique_ptr<ReportDocument>> PortfolioReport::build(Database &db, const ReportRequest &request) const
{
    auto computed = figures(db, request);
    if (!computed)
        return computed.error();
    return compose(computed.value(), request);
}

std::unique_ptr<ReportDocument> PortfolioReport::compose(const Dashboard &d, const ReportRequest &request) const
{
    const ProjectFilter filter = filterOf(request);
    const Wording &w = wording();
    const Language l = w.language();
    const ReportScope scope(l);
    const DashboardKpis &k = d.kpis;

    auto doc = std::make_unique<ReportDocument>(trl("Portfolio report"), l);
    doc->heading(trl("Portfolio report"), 0);
    doc->paragraph(scope.projects(filter));
    doc->paragraph(scope.currencyNote(d.currency, request.today), true);
    if (!d.complete)
        doc->paragraph(scope.incompleteNote(), true);

    doc->heading(trl("Key figures"));
    doc->facts({
        {trl("Projects"), w.number(k.projects)},
        {trl("Active projects"), w.number(k.activeProjects)},
        {trl("Recipient countries"), w.number(k.countries)},
        {trl("Partners"), w.number(k.partners)},
        {trl("Deliveries handed over"), w.number(k.deliveries)},
        {trl("Tonnes handed over"), deliveredTonnesText(k.gramsDelivered, w.locale())},
        {trl("Overdue deliveries"), w.number(k.overdueDeliveries)},
        {trl("Budget"), w.money(k.finance.budget)},
        {trl("Committed"), w.money(k.finance.committed)},
        {trl("Disbursed"), w.money(k.finance.disbursed)},
        {trl("Spent"), w.money(k.finance.spent)},
        {trl("Balance"), w.money(k.finance.balance)},
        {trl("Execution"), w.percentFromBasisPoints(k.finance.executionBasisPoints)},
    });

    // The dashboard's charts, about two to a page.
    DashboardCharts maker(l, doc->font(10.5));
    const QList<QChart *> charts = maker.charts(d);
    const double aspects[] = {0.5, 0.55, 0.75, 0.55, 0.5, 0.5, 0.5};
    const int order[] = {0, 1, 2, 3, 5, 6, 4};
    doc->heading(trl("Charts"));
    for (int i : order)
        doc->chart(charts.at(i), aspects[i]);

    doc->pageBreak();
    doc->heading(trl("By business line"));
    const QString money = trl("%1 (%2)");
    QList<QStringList> rows;
    for (const LineSlice &s : d.byLine)
        rows << QStringList{nameOf(s.line, l), w.number(s.projects), w.amount(s.budget), shareText(s.budget, k.finance.budget, w)};
    rows << QStringList{trl("Total"), w.number(k.projects), w.amount(k.finance.budget), shareText(k.finance.budget, k.finance.budget, w)};
    doc->table({{trl("Business line"), Qt::AlignLeft, 46}, {trl("Projects"), Qt::AlignRight, 14}, {money.arg(trl("Budget"), d.currency), Qt::AlignRight, 26},
                   {trl("Share"), Qt::AlignRight, 14}},
        rows, 1);

    doc->heading(trl("By year"));
    rows.clear();
    for (const YearBars &y : d.byYear) {
        const int execution = y.budget.minorUnits() > 0
            ? int(std::min<Int128>((Int128(y.disbursed.minorUnits()) + y.spent.minorUnits()) * 10000 / y.budget.minorUnits(), 1000000))
            : -1;
        rows << QStringList{QString::number(y.year), w.amount(y.budget), w.amount(y.disbursed), w.amount(y.spent), w.percentFromBasisPoints(execution)};
    }
    rows << QStringList{trl("Total"), w.amount(k.finance.budget), w.amount(k.finance.disbursed), w.amount(k.finance.spent),
        w.percentFromBasisPoints(k.finance.executionBasisPoints)};
    doc->table({{trl("Year"), Qt::AlignLeft, 12}, {money.arg(trl("Budget"), d.currency), Qt::AlignRight, 24},
                   {money.arg(trl("Disbursed"), d.currency), Qt::AlignRight, 24}, {money.arg(trl("Spent"), d.currency), Qt::AlignRight, 24},
                   {trl("Execution"), Qt::AlignRight, 16}},
        rows, 1);

    doc->heading(trl("By recipient country"));
    doc->paragraph(trl("Budgets shared among a project's recipient countries by its percentages."), true);
    rows.clear();
    Money countriesTotal = Money::zero(d.currency);
    for (const CountryBar &c : d.countries) {
        // A sum out of range leaves the shares out rather than showing wrong ones.
        if (auto sum = countriesTotal.plus(c.value); sum)
            countriesTotal = sum.value();
    }
    int rank = 0;
    for (const CountryBar &c : d.countries) {
        rows << QStringList{QString::number(++rank), countryName(c.country, l), w.amount(c.value), shareText(c.value, countriesTotal, w)};
    }
    rows << QStringList{QString(), trl("Total"), w.amount(countriesTotal), shareText(countriesTotal, countriesTotal, w)};
    doc->table({{QStringLiteral("#"), Qt::AlignRight, 8}, {trl("Country"), Qt::AlignLeft, 46}, {money.arg(trl("Budget"), d.currency), Qt::AlignRight, 30},
                   {trl("Share"), Qt::AlignRight, 16}},
        rows, 1);
    return doc;
}

} // namespace pd::ui
