#include "portfolio_stats.h"

#include "storage/database.h"

namespace pd {

namespace {

Result<qint64> scalar(const Database &db, const char *sql)
{
    auto r = db.execute(QLatin1String(sql));
    if (!r)
        return r.error();
    return r->next() ? r->value(0).toLongLong() : 0;
}

} // namespace

Result<PortfolioStats> computePortfolioStats(const Database &db)
{
    PortfolioStats stats;
    for (BusinessLine line : allBusinessLines())
        stats.projectsByLine.insert(keyOf(line), 0);
    for (ActivityStatus status : allActivityStatuses())
        stats.projectsByStatus.insert(int(status), 0);

    auto grouped = db.execute(QStringLiteral("SELECT business_line, status, count(*) FROM projects GROUP BY business_line, status ORDER BY business_line, status"));
    if (!grouped)
        return grouped.error();
    while (grouped->next()) {
        const qint64 n = grouped->value(2).toLongLong();
        stats.projectsByLine[grouped->value(0).toString()] += n;
        stats.projectsByStatus[grouped->value(1).toInt()] += n;
        stats.projects += n;
    }
    const std::pair<qint64 *, const char *> counts[] = {
        {&stats.countries, "SELECT count(DISTINCT country) FROM project_countries"},
        {&stats.partners, "SELECT count(*) FROM partners"},
        {&stats.networkMembers, "SELECT count(*) FROM partners WHERE network_member_since > 0"},
    };
    for (const auto &[target, sql] : counts) {
        auto value = scalar(db, sql);
        if (!value)
            return value.error();
        *target = value.value();
    }
    return stats;
}

} // namespace pd
