#include "filter_options.h"

#include "services/emergency_service.h"

namespace pd::cli {

bool EmergencyOption::read(const Context &c, const QCommandLineParser &parser, QString &key, int &exitCode) const
{
    if (!parser.isSet(option))
        return true;
    key = parser.value(option).trimmed().toLower();
    if (EmergencyService::isKey(key))
        return true;
    exitCode = c.usage(QStringLiteral("--emergency takes an emergency's key, such as covid-19 (see emergencies list)"));
    return false;
}

bool ProjectFilterOptions::read(const Context &c, const QCommandLineParser &parser, ProjectFilter &filter, int &exitCode) const
{
    if (!c.lines(parser, line, filter.lines, exitCode))
        return false;
    if (parser.isSet(status)) {
        const auto s = activityStatusFromCode(parser.value(status).toInt());
        if (!s) {
            exitCode = c.usage(QStringLiteral("--status is an IATI activity status code, 1 to 6"));
            return false;
        }
        filter.statuses = {*s};
    }
    if (!emergency.read(c, parser, filter.emergency, exitCode))
        return false;
    return c.countries(parser, country, filter.countries, exitCode);
}

bool DeliveryFilterOptions::read(const Context &c, const QCommandLineParser &parser, DeliveryFilter &filter, int &exitCode) const
{
    for (const QString &s : parser.values(status)) {
        const auto st = deliveryStatusFromKey(s);
        if (!st) {
            exitCode = c.usage(QStringLiteral("unknown status \"%1\"").arg(s));
            return false;
        }
        filter.statuses << *st;
    }
    if (!c.countries(parser, country, filter.countries, exitCode))
        return false;
    filter.today = QDate::currentDate();
    if (!c.date(parser, asOf, filter.today, exitCode))
        return false;
    filter.overdueOnly = parser.isSet(overdue);
    return emergency.read(c, parser, filter.projects.emergency, exitCode);
}

} // namespace pd::cli
