#include "project_filter_json.h"

#include <QJsonArray>

namespace pd {

QJsonObject toJson(const ProjectFilter &f)
{
    QJsonObject o;
    const auto list = [&o](const char *key, const QStringList &values) {
        if (!values.isEmpty())
            o.insert(QLatin1String(key), QJsonArray::fromStringList(values));
    };
    QStringList lines, statuses, fundings;
    for (BusinessLine l : f.lines)
        lines << keyOf(l);
    for (ActivityStatus s : f.statuses)
        statuses << QString::number(int(s));
    for (FundingSource s : f.fundings)
        fundings << keyOf(s);
    if (!f.search.isEmpty())
        o.insert(QStringLiteral("search"), f.search);
    list("lines", lines);
    list("statuses", statuses);
    list("fundings", fundings);
    list("countries", f.countries);
    if (!f.region.isEmpty())
        o.insert(QStringLiteral("region"), f.region);
    if (f.yearFrom)
        o.insert(QStringLiteral("year_from"), f.yearFrom);
    if (f.yearTo)
        o.insert(QStringLiteral("year_to"), f.yearTo);
    if (!f.officer.isEmpty())
        o.insert(QStringLiteral("officer"), f.officer);
    if (!f.emergency.isEmpty())
        o.insert(QStringLiteral("emergency"), f.emergency);
    if (f.partnerId)
        o.insert(QStringLiteral("partner"), f.partnerId);
    if (f.sdgGoal)
        o.insert(QStringLiteral("sdg"), f.sdgGoal);
    return o;
}

ProjectFilter projectFilterFromJson(const QJsonObject &o)
{
    ProjectFilter f;
    f.search = o.value(QLatin1String("search")).toString();
    for (const QJsonValue &v : o.value(QLatin1String("lines")).toArray()) {
        if (const auto l = businessLineFromKey(v.toString()))
            f.lines << *l;
    }
    for (const QJsonValue &v : o.value(QLatin1String("statuses")).toArray()) {
        if (const auto s = activityStatusFromCode(v.toString().toInt()))
            f.statuses << *s;
    }
    for (const QJsonValue &v : o.value(QLatin1String("fundings")).toArray()) {
        if (const auto s = fundingSourceFromKey(v.toString()))
            f.fundings << *s;
    }
    for (const QJsonValue &v : o.value(QLatin1String("countries")).toArray())
        f.countries << v.toString();
    f.region = o.value(QLatin1String("region")).toString();
    f.yearFrom = o.value(QLatin1String("year_from")).toInt();
    f.yearTo = o.value(QLatin1String("year_to")).toInt();
    f.officer = o.value(QLatin1String("officer")).toString();
    f.emergency = o.value(QLatin1String("emergency")).toString();
    f.partnerId = o.value(QLatin1String("partner")).toInteger();
    f.sdgGoal = o.value(QLatin1String("sdg")).toInt();
    return f;
}

} // namespace pd
