#include "filter_options.h"

namespace pd::cli {

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
    return true;
}

} // namespace pd::cli
