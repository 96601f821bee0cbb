#include "apportion.h"

#include "money.h"
#include "rate.h" // Int128

#include <algorithm>
#include <numeric>

namespace pd {

bool apportionRounding(QList<qint64> &parts, qint64 total)
{
    const qint64 sum = std::accumulate(parts.cbegin(), parts.cend(), qint64(0));
    qint64 gap = total - sum;
    if (gap == 0)
        return true;
    QList<qsizetype> order;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (parts.at(i) != 0)
            order << i;
    }
    if (std::abs(gap) > order.size())
        return false;
    std::stable_sort(order.begin(), order.end(), [&parts](qsizetype a, qsizetype b) { return std::abs(parts.at(a)) > std::abs(parts.at(b)); });
    const qint64 step = gap > 0 ? 1 : -1;
    for (qsizetype i : order) {
        if (gap == 0)
            break;
        parts[i] += step;
        gap -= step;
    }
    return true;
}

bool apportionRounding(const QList<Money *> &parts, const Money &total)
{
    QList<qint64> minor;
    for (const Money *m : parts)
        minor << m->minorUnits();
    if (!apportionRounding(minor, total.minorUnits()))
        return false;
    for (qsizetype i = 0; i < parts.size(); ++i)
        *parts.at(i) = Money(minor.at(i), total.currency());
    return true;
}

QList<qint64> sharesOf(const QList<qint64> &parts, qint64 whole, qint64 scale)
{
    if (whole <= 0)
        return {};
    QList<qint64> shares;
    QList<std::pair<Int128, qsizetype>> remainders;
    qint64 given = 0;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const Int128 scaled = Int128(parts.at(i)) * scale;
        shares << qint64(scaled / whole);
        remainders.append({scaled % whole, i});
        given += shares.last();
    }
    // What flooring left out goes to the largest remainders; never more than one unit each.
    std::stable_sort(remainders.begin(), remainders.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    for (qsizetype k = 0; given < scale && k < remainders.size() && remainders.at(k).first > 0; ++k, ++given)
        ++shares[remainders.at(k).second];
    return shares;
}

} // namespace pd
