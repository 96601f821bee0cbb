#pragma once

#include "finance_rollup.h"
#include "money/rate.h"

#include <QtNumeric>

namespace pd {

// Accumulates one group exactly.
class GroupAccumulator
{
public:
    // `rate` is the one that applies on `date`; invalid when there is none.
    void add(int measure, const QString &currency, const QDate &date, qint64 sum, qint64 count, const Rate &rate, const QString &quote)
    {
        NativeTotal &native = m_native[{measure, currency}];
        native.measure = measure;
        native.currency = currency;
        native.count += count;
        if (qAddOverflow(native.sum, sum, &native.sum))
            m_overflow = true;
        if (!rate.isValid()) {
            Unconverted &u = m_unconverted[{measure, currency}];
            u.measure = measure;
            u.currency = currency;
            u.count += count;
            if (!u.earliest.isValid() || date < u.earliest)
                u.earliest = date;
            return;
        }
        auto it = m_converted.find(measure);
        if (it == m_converted.end())
            it = m_converted.insert(measure, ConvertedSum(quote));
        if (!it->add(sum, minorUnitsOf(currency), rate))
            m_overflow = true;
    }

    Result<FinanceGroup> result(const QString &key) const
    {
        if (m_overflow)
            return Error::make(Error::Kind::InvalidArgument, QStringLiteral("a total of %1 is out of range").arg(key));
        FinanceGroup g;
        g.key = key;
        g.native = m_native.values();
        g.unconverted = m_unconverted.values();
        for (auto it = m_converted.cbegin(); it != m_converted.cend(); ++it) {
            auto total = it->total();
            if (!total)
                return total.error();
            g.converted.insert(it.key(), total.value());
        }
        return g;
    }

private:
    QMap<std::pair<int, QString>, NativeTotal> m_native;
    QMap<std::pair<int, QString>, Unconverted> m_unconverted;
    QMap<int, ConvertedSum> m_converted;
    bool m_overflow = false;
};

} // namespace pd
