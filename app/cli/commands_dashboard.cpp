#include "command.h"
#include "filter_options.h"
#include "output.h"

#include "analytics/dashboard.h"
#include "domain/delivery.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonObject>

namespace pd::cli {

namespace {

int dashboard(Context &c)
{
    QCommandLineParser parser;
    const QCommandLineOption line(QStringLiteral("line"),
        QStringLiteral("Only this business line (un, goods, sscaf, hrd, conference, network)."), QStringLiteral("LINE"));
    const QCommandLineOption from(QStringLiteral("from-year"), QStringLiteral("Period start year."), QStringLiteral("YEAR"));
    const QCommandLineOption to(QStringLiteral("to-year"), QStringLiteral("Period end year."), QStringLiteral("YEAR"));
    const QCommandLineOption region(
        QStringLiteral("region"), QStringLiteral("UN M49 region or sub-region code, e.g. 002 (Africa)."), QStringLiteral("CODE"));
    const QCommandLineOption asOf(
        QStringLiteral("as-of"), QStringLiteral("The day overdue is judged on (default: today)."), QStringLiteral("DATE"));
    const EmergencyOption emergency;
    parser.addOptions({line, from, to, region, asOf, emergency.option});
    int code = Ok;
    if (!c.parse(parser, QStringLiteral("Every figure of the dashboard, as JSON, in the reporting currency."), code))
        return code;
    ProjectFilter filter;
    if (!c.lines(parser, line, filter.lines, code))
        return code;
    filter.yearFrom = parser.value(from).toInt();
    filter.yearTo = parser.value(to).toInt();
    filter.region = parser.value(region);
    if (!emergency.read(c, parser, filter.emergency, code))
        return code;
    QDate today = QDate::currentDate();
    if (!c.date(parser, asOf, today, code))
        return code;
    auto db = c.open();
    if (!db)
        return Failure;
    auto d = computeDashboard(*db, filter, today);
    if (!d)
        return c.fail(d.error());
    const DashboardKpis &k = d->kpis;
    QJsonObject kpis{{QStringLiteral("projects"), k.projects}, {QStringLiteral("active_projects"), k.activeProjects},
        {QStringLiteral("countries"), k.countries}, {QStringLiteral("partners"), k.partners},
        {QStringLiteral("international_organisations"), k.internationalOrganisations},
        {QStringLiteral("budget"), k.finance.budget.toDecimalString()},
        {QStringLiteral("committed"), k.finance.committed.toDecimalString()},
        {QStringLiteral("disbursed"), k.finance.disbursed.toDecimalString()}, {QStringLiteral("spent"), k.finance.spent.toDecimalString()},
        {QStringLiteral("execution_rate"),
            k.finance.executionBasisPoints < 0 ? QString() : QString::number(k.finance.executionBasisPoints / 100.0, 'f', 2)},
        {QStringLiteral("deliveries"), k.deliveries}, {QStringLiteral("tonnes_delivered"), tonnesText(k.gramsDelivered, QLocale::c())},
        {QStringLiteral("overdue_deliveries"), k.overdueDeliveries}};
    QJsonArray lines, years, countries, statuses, months, sdgs, types;
    for (const LineSlice &s : d->byLine)
        lines.append(QJsonObject{{QStringLiteral("line"), keyOf(s.line)}, {QStringLiteral("projects"), s.projects},
            {QStringLiteral("budget"), s.budget.toDecimalString()}});
    for (const YearBars &y : d->byYear)
        years.append(QJsonObject{{QStringLiteral("year"), y.year}, {QStringLiteral("budget"), y.budget.toDecimalString()},
            {QStringLiteral("disbursed"), y.disbursed.toDecimalString()}, {QStringLiteral("spent"), y.spent.toDecimalString()}});
    for (const CountryBar &b : d->topCountries)
        countries.append(QJsonObject{{QStringLiteral("country"), b.country}, {QStringLiteral("value"), b.value.toDecimalString()}});
    for (const StatusCell &s : d->byStatus)
        statuses.append(QJsonObject{
            {QStringLiteral("status"), int(s.status)}, {QStringLiteral("line"), keyOf(s.line)}, {QStringLiteral("projects"), s.projects}});
    for (const MonthTonnes &m : d->tonnesByMonth)
        months.append(QJsonObject{{QStringLiteral("month"), m.month}, {QStringLiteral("tonnes"), tonnesText(m.grams, QLocale::c())},
            {QStringLiteral("deliveries"), m.deliveries}});
    for (const KeyCount &g : d->sdgProjects)
        sdgs.append(QJsonObject{{QStringLiteral("goal"), g.key}, {QStringLiteral("projects"), g.count}});
    for (const KeyCount &t : d->partnersByType)
        types.append(QJsonObject{{QStringLiteral("org_type"), t.key}, {QStringLiteral("partners"), t.count}});
    printJson(c.out,
        QJsonObject{{QStringLiteral("reporting_currency"), d->currency}, {QStringLiteral("complete"), d->complete},
            {QStringLiteral("kpis"), kpis}, {QStringLiteral("by_line"), lines}, {QStringLiteral("by_year"), years},
            {QStringLiteral("top_countries"), countries}, {QStringLiteral("by_status"), statuses},
            {QStringLiteral("tonnes_by_month"), months}, {QStringLiteral("sdgs"), sdgs}, {QStringLiteral("partners_by_type"), types}});
    return Ok;
}

} // namespace

QList<Command> dashboardCommands()
{
    return {{QStringLiteral("dashboard"),
        QStringLiteral("every dashboard figure as JSON [--line L] [--from-year Y] [--to-year Y] [--region M49] [--emergency KEY]"), dashboard}};
}

} // namespace pd::cli
