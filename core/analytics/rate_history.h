#pragma once

#include "common/result.h"
#include "money/rate.h"
#include "storage/database.h"

#include <QDate>
#include <QHash>

#include <algorithm>

namespace pd {

// The exchange rates into one (reporting) currency: for each currency its rates sorted by date,
// looked up by binary search. What every converted figure of the analytics uses.
class RateHistory
{
public:
    explicit RateHistory(QString quote)
        : m_quote(std::move(quote))
    { }

    Status load(const Database &db)
    {
        auto r = db.execute(
            QStringLiteral("SELECT currency, date, rate FROM exchange_rates WHERE quote_currency = ? ORDER BY currency, date"), {m_quote});
        if (!r)
            return r.error();
        while (r->next()) {
            auto rate = Rate::parse(r->value(2).toString());
            if (!rate)
                return rate.error();
            m_rates[r->value(0).toString()].append({QDate::fromString(r->value(1).toString(), Qt::ISODate), rate.value()});
        }
        return {};
    }

    static constexpr int kNone = -1; // no rate on or before the date
    static constexpr int kIdentity = -2; // the quote currency itself

    // Which rate applies: the latest on or before date.
    int indexAt(const QString &currency, const QDate &date) const
    {
        if (currency == m_quote)
            return kIdentity;
        const auto it = m_rates.constFind(currency);
        if (it == m_rates.constEnd())
            return kNone;
        const auto &list = *it;
        auto after = std::upper_bound(list.cbegin(), list.cend(), date, [](const QDate &d, const auto &entry) { return d < entry.first; });
        return after == list.cbegin() ? kNone : int(std::prev(after) - list.cbegin());
    }

    Rate byIndex(const QString &currency, int index) const
    {
        if (index == kIdentity)
            return Rate::one();
        return index < 0 ? Rate() : m_rates.value(currency).at(index).second;
    }

private:
    QString m_quote;
    QHash<QString, QList<std::pair<QDate, Rate>>> m_rates;
};

} // namespace pd
