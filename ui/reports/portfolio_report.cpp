#include "portfolio_report.h"

#include "analytics/dashboard.h"
#include "analytics/delivery_summary.h"
#include "dashboard/dashboard_charts.h"
#include "domain/delivery.h"
#include "money/apportion.h"
#include "money/rate.h"
#include "reference/reference_data.h"
#include "report_document.h"
#include "report_scope.h"

#include <QChart>

namespace pd::ui {

namespace {

// "12.5%" of part in whole, "-" without a whole.
// The Share column of a breakdown, in tenths of a percent rounded so that they add up to 100.0%
// when the parts make up the whole.
QStringList shareColumn(const QList<Money> &parts, const Money &whole, const Wording &w)
{
    QList<qint64> minor;
    for (const Money &m : parts)
        minor << m.minorUnits();
    const QList<qint64> tenths = sharesOf(minor, whole.minorUnits(), 1000);
    QStringList column;
    for (qsizetype i = 0; i < parts.size(); ++i)
        column << (tenths.isEmpty() ? QStringLiteral("-") : w.percentFromBasisPoints(int(tenths.at(i) * 10)));
    column << (whole.minorUnits() > 0 ? w.percentFromBasisPoints(10000) : QStringLiteral("-"));
    return column;
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
        {trl("Active projects (status today)"), w.number(k.activeProjects)},
        {trl("Recipient countries"), w.number(k.countries)},
        {trl("Partners"), w.number(k.partners)},
        {trl("Deliveries handed over"), w.number(k.deliveries)},
        {trl("Tonnes handed over"), deliveredTonnesText(k.gramsDelivered, w.locale())},
        {trl("Overdue deliveries (due in the period, as of today)"), w.number(k.overdueDeliveries)},
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
    QList<Money> lineBudgets;
    for (const LineSlice &s : d.byLine)
        lineBudgets << s.budget;
    QStringList shares = shareColumn(lineBudgets, k.finance.budget, w);
    for (const LineSlice &s : d.byLine)
        rows << QStringList{nameOf(s.line, l), w.number(s.projects), w.amount(s.budget), shares.at(rows.size())};
    rows << QStringList{trl("Total"), w.number(k.projects), w.amount(k.finance.budget), shares.last()};
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
    // The countries and the budget no country takes add up to the budget (the dashboard balances
    // their rounding), so every share is of the same total as the other tables'.
    QList<Money> countryBudgets;
    for (const CountryBar &c : d.countries)
        countryBudgets << c.value;
    if (!d.noCountry.isZero())
        countryBudgets << d.noCountry;
    shares = shareColumn(countryBudgets, k.finance.budget, w);
    int rank = 0;
    for (const CountryBar &c : d.countries) {
        rows << QStringList{QString::number(rank + 1), countryName(c.country, l), w.amount(c.value), shares.at(rank)};
        ++rank;
    }
    if (!d.noCountry.isZero())
        rows << QStringList{QString(), trl("No recipient country"), w.amount(d.noCountry), shares.at(rank)};
    rows << QStringList{QString(), trl("Total"), w.amount(k.finance.budget), shares.last()};
    doc->table({{QStringLiteral("#"), Qt::AlignRight, 8}, {trl("Country"), Qt::AlignLeft, 46}, {money.arg(trl("Budget"), d.currency), Qt::AlignRight, 30},
                   {trl("Share"), Qt::AlignRight, 16}},
        rows, 1);
    return doc;
}

} // namespace pd::ui
