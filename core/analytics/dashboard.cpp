#include "dashboard.h"

#include "delivery_summary.h"
#include "domain/project.h"
#include "money/apportion.h"
#include "money/rate.h"
#include "rate_history.h"
#include "services/delivery_service.h"
#include "services/portfolio_settings.h"
#include "storage/database.h"

#include <QHash>

#include <algorithm>
#include <vector>
#include <thread>

namespace pd {

namespace {

constexpr int kTopCountries = 15;

// "WHERE <column> IN (the matching projects)", or nothing when every project matches.
QString ofMatching(const SqlCondition &where, const QString &column, const QString &extra = {})
{
    QStringList conditions;
    if (!where.sql.isEmpty())
        conditions << QStringLiteral("%1 IN (SELECT p.id FROM projects p %2)").arg(column, where.sql);
    if (!extra.isEmpty())
        conditions << extra;
    return conditions.isEmpty() ? QString() : QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND "));
}

// The figures of the projects only: counts by line, status, SDG and partner type, countries and partners.
Status readProjectFigures(const Database &db, const SqlCondition &where, Dashboard &d)
{
    auto rows = db.execute(QStringLiteral("SELECT p.status, p.business_line, count(*) FROM projects p %1 GROUP BY 1, 2 ORDER BY 1, 2").arg(where.sql), where.values);
    if (!rows)
        return rows.error();
    QHash<QString, qint64> perLine;
    while (rows->next()) {
        const auto status = activityStatusFromCode(rows->value(0).toInt());
        const auto line = businessLineFromKey(rows->value(1).toString());
        const qint64 n = rows->value(2).toLongLong();
        if (!status || !line)
            continue;
        d.byStatus.append({*status, *line, n});
        d.kpis.projects += n;
        if (*status == ActivityStatus::Implementation || *status == ActivityStatus::Finalisation)
            d.kpis.activeProjects += n;
        perLine[keyOf(*line)] += n;
    }
    for (BusinessLine line : allBusinessLines())
        d.byLine.append({line, perLine.value(keyOf(line)), Money()});

    auto counts = db.execute(QStringLiteral("SELECT (SELECT count(DISTINCT pc.country) FROM project_countries pc %1), "
                                            "(SELECT count(DISTINCT pp.partner_id) FROM project_partners pp %2)")
                                 .arg(ofMatching(where, QStringLiteral("pc.project_id")), ofMatching(where, QStringLiteral("pp.project_id"))),
        where.values + where.values);
    if (!counts)
        return counts.error();
    if (counts->next()) {
        d.kpis.countries = counts->value(0).toLongLong();
        d.kpis.partners = counts->value(1).toLongLong();
    }
    counts->finish();

    QHash<int, qint64> goals;
    auto sdgs = db.execute(
        QStringLiteral("SELECT s.goal, count(*) FROM project_sdgs s %1 GROUP BY 1 ORDER BY 1").arg(ofMatching(where, QStringLiteral("s.project_id"))),
        where.values);
    if (!sdgs)
        return sdgs.error();
    while (sdgs->next())
        goals.insert(sdgs->value(0).toInt(), sdgs->value(1).toLongLong());
    for (int goal = 1; goal <= 17; ++goal)
        d.sdgProjects.append({goal, goals.value(goal)});

    auto types = db.execute(QStringLiteral("SELECT pa.org_type, count(*) FROM partners pa WHERE pa.id IN "
                                           "(SELECT pp.partner_id FROM project_partners pp %1) GROUP BY 1 ORDER BY 2 DESC, 1")
                                .arg(ofMatching(where, QStringLiteral("pp.project_id"))),
        where.values);
    if (!types)
        return types.error();
    while (types->next()) {
        d.partnersByType.append({types->value(0).toInt(), types->value(1).toLongLong()});
        if (d.partnersByType.last().key == 40 || d.partnersByType.last().key == 21) // multilateral, international NGO
            d.kpis.internationalOrganisations += d.partnersByType.last().count;
    }
    return {};
}

// Budgets shared out by the projects' country percentages, converted at the rate of each period's
// start: every line's amount x rate x share added exactly, one rounding per country.
Status readCountryValues(const Database &db, const SqlCondition &where, const FinancePeriod &period, const QString &quote, Dashboard &d)
{
    RateHistory rates(quote);
    if (Status loaded = rates.load(db); !loaded)
        return loaded;
    // Both read in project order (primary key and covering index) and merged: no lookup per line.
    auto countries = db.execute(QStringLiteral("SELECT project_id, country, percent FROM project_countries %1 ORDER BY project_id")
                                    .arg(ofMatching(where, QStringLiteral("project_id"))),
        where.values);
    if (!countries)
        return countries.error();
    struct Share
    {
        qint64 project;
        int country; // index into codes
        int percent;
    };
    QList<Share> shares;
    QStringList codes;
    QHash<QString, int> codeIndex;
    while (countries->next()) {
        const QString code = countries->value(1).toString();
        auto index = codeIndex.constFind(code);
        if (index == codeIndex.constEnd()) {
            index = codeIndex.insert(code, int(codes.size()));
            codes << code;
        }
        shares.append({countries->value(0).toLongLong(), *index, countries->value(2).toInt()});
    }
    countries->finish();
    std::vector<ConvertedSum> perCountry(size_t(codes.size()), ConvertedSum(quote, 4)); // shares in hundredths of a percent
    ConvertedSum unplaced(quote, 4);

    QString extra = QStringLiteral("superseded = 0");
    QVariantList values = where.values;
    if (period.from.isValid()) {
        extra += QStringLiteral(" AND period_start >= ?");
        values << period.from.toString(Qt::ISODate);
    }
    if (period.to.isValid()) {
        extra += QStringLiteral(" AND period_start <= ?");
        values << period.to.toString(Qt::ISODate);
    }
    // Summed per project, currency and period start: the covering index streams the groups in order.
    auto rows = db.execute(QStringLiteral("SELECT project_id, currency, period_start, SUM(amount) FROM budget_lines %1 "
                                          "GROUP BY project_id, currency, period_start ORDER BY project_id")
                               .arg(ofMatching(where, QStringLiteral("project_id"), extra)),
        values);
    if (!rows)
        return rows.error();
    struct RateAt
    {
        int index;
        int exponent;
    };
    QHash<QString, QHash<QString, RateAt>> rateOf; // currency -> day -> rate
    qsizetype next = 0;                            // the first share of the current project or later
    while (rows->next()) {
        const qint64 project = rows->value(0).toLongLong();
        while (next < shares.size() && shares.at(next).project < project)
            ++next;
        const bool shared = next < shares.size() && shares.at(next).project == project;
        const QString currency = rows->value(1).toString();
        const QString day = rows->value(2).toString();
        QHash<QString, RateAt> &days = rateOf[currency];
        auto found = days.constFind(day);
        if (found == days.constEnd())
            found = days.insert(day, {rates.indexAt(currency, QDate::fromString(day, Qt::ISODate)), minorUnitsOf(currency)});
        if (found->index == RateHistory::kNone) {
            d.complete = false;
            continue;
        }
        const Rate rate = rates.byIndex(currency, found->index);
        const qint64 amount = rows->value(3).toLongLong();
        qint64 placed = 0; // hundredths of a percent given to countries
        for (qsizetype i = next; shared && i < shares.size() && shares.at(i).project == project; ++i) {
            const Share &share = shares.at(i);
            placed += share.percent;
            if (!perCountry[size_t(share.country)].add(amount, found->exponent, rate, share.percent))
                return Error::make(Error::Kind::InvalidArgument, QStringLiteral("the budget of %1 is out of range").arg(codes.at(share.country)));
        }
        // A project without recipient countries, or whose percentages leave some of it unplaced.
        if (placed < kWholePercent && !unplaced.add(amount, found->exponent, rate, kWholePercent - placed))
            return Error::make(Error::Kind::InvalidArgument, QStringLiteral("the budget with no recipient country is out of range"));
    }
    auto none = unplaced.total();
    if (!none)
        return none.error();
    d.noCountry = none.value();
    QList<CountryBar> bars;
    for (size_t i = 0; i < perCountry.size(); ++i) {
        if (perCountry[i].isEmpty())
            continue;
        auto total = perCountry[i].total();
        if (!total)
            return total.error();
        bars.append({codes.at(qsizetype(i)), total.value()});
    }
    std::sort(bars.begin(), bars.end(), [](const CountryBar &a, const CountryBar &b) {
        return a.value.minorUnits() != b.value.minorUnits() ? a.value.minorUnits() > b.value.minorUnits() : a.country < b.country;
    });
    d.countries = std::move(bars);
    return {};
}

// Each country's share is rounded on its own: the rounding moves onto the largest so that the
// countries and "no recipient country" add up to the budget, as the report's table prints them.
void balanceCountries(Dashboard &d)
{
    QList<Money *> parts;
    for (CountryBar &c : d.countries)
        parts << &c.value;
    parts << &d.noCountry;
    apportionRounding(parts, d.kpis.finance.budget); // a true gap (an amount without a rate) is left to show
}

} // namespace

Result<Dashboard> computeDashboard(const Database &db, const ProjectFilter &filter, const QDate &today)
{
    Dashboard d;
    auto currency = PortfolioSettings(db).value(PortfolioSettings::reportingCurrencyKey(), QStringLiteral("USD"));
    if (!currency)
        return currency.error();
    d.currency = currency->toUpper();
    FinancePeriod period;
    if (filter.yearFrom > 0)
        period.from = QDate(filter.yearFrom, 1, 1);
    if (filter.yearTo > 0)
        period.to = QDate(filter.yearTo, 12, 31);
    // Money and deliveries are those of the projects matching every filter but the years, dated in
    // the period (a closed project's late payment counts in its year); the project counts are of
    // the projects whose planned period overlaps it.
    ProjectFilter owners = filter;
    owners.yearFrom = 0;
    owners.yearTo = 0;
    const SqlCondition where = projectCondition(filter, db.dialect());
    const SqlCondition ownersWhere = projectCondition(owners, db.dialect());
    DeliveryFilter shipped;
    shipped.projects = owners;
    shipped.handedOverFrom = period.from;
    shipped.handedOverTo = period.to;

    // Three readers at once, each on a connection of its own: the project figures and the country
    // values; the deliveries; and here the finance roll-up (itself reading budgets on a fourth).
    Dashboard projects;
    Status projectsRead;
    std::thread projectReader([&] {
        auto own = Database::connect(db.spec());
        if (!own) {
            projectsRead = own.error();
            return;
        }
        projectsRead = readProjectFigures(*own.value(), where, projects);
        if (projectsRead)
            projectsRead = readCountryValues(*own.value(), ownersWhere, period, d.currency, projects);
    });
    Result<DeliverySummary> deliveries = DeliverySummary();
    std::thread deliveryReader([&] {
        auto own = Database::connect(db.spec());
        deliveries = own ? computeDeliverySummary(*own.value(), shipped, today, d.currency, false) : Result<DeliverySummary>(own.error());
        if (deliveries) {
            auto late = DeliveryService(*own.value()).count(overdueDeliveries(filter, today));
            if (late)
                deliveries->overdue = late.value();
            else
                deliveries = late.error();
        }
    });
    Result<FinanceRollup> rollup = computeFinanceRollup(db, owners, d.currency, period);
    projectReader.join();
    deliveryReader.join();
    if (!projectsRead)
        return projectsRead.error();
    if (!rollup)
        return rollup.error();
    if (!deliveries)
        return deliveries.error();

    d.kpis = projects.kpis;
    d.byStatus = projects.byStatus;
    d.sdgProjects = projects.sdgProjects;
    d.partnersByType = projects.partnersByType;
    d.countries = projects.countries;
    d.noCountry = projects.noCountry;
    d.byLine = projects.byLine;
    d.kpis.finance = figuresOf(rollup->total, d.currency);
    balanceCountries(d); // against the budget just set
    d.topCountries = d.countries.mid(0, kTopCountries);
    d.complete = d.kpis.finance.complete && projects.complete;
    for (LineSlice &slice : d.byLine) {
        slice.budget = Money::zero(d.currency);
        for (const FinanceGroup &g : rollup->byLine) {
            if (g.key == keyOf(slice.line))
                slice.budget = figuresOf(g, d.currency).budget;
        }
    }
    for (const FinanceGroup &g : rollup->byYear) {
        const FinanceFigures f = figuresOf(g, d.currency);
        d.byYear.append({g.key.toInt(), f.budget, f.disbursed, f.spent});
    }
    std::sort(d.byYear.begin(), d.byYear.end(), [](const YearBars &a, const YearBars &b) { return a.year < b.year; });
    d.kpis.deliveries = deliveries->delivered;
    d.kpis.gramsDelivered = deliveries->grossWeightGrams;
    d.kpis.overdueDeliveries = deliveries->overdue;
    for (const DeliveryBreakdown &m : deliveries->byMonth)
        d.tonnesByMonth.append({m.key, m.grossWeightGrams, m.deliveries});
    return d;
}

DeliveryFilter overdueDeliveries(const ProjectFilter &filter, const QDate &today)
{
    DeliveryFilter f;
    f.projects = filter;
    f.projects.yearFrom = f.projects.yearTo = 0;
    if (filter.yearFrom > 0)
        f.plannedArrivalFrom = QDate(filter.yearFrom, 1, 1);
    if (filter.yearTo > 0)
        f.plannedArrivalTo = QDate(filter.yearTo, 12, 31);
    f.overdueOnly = true;
    f.today = today;
    return f;
}

} // namespace pd
