#pragma once

#include "common/result.h"
#include "money.h"

#include <QString>

namespace pd {

// 128-bit integers (GCC and Clang; MSVC would need a two-word type) for exact conversion sums.
__extension__ typedef __int128 Int128;

// An exchange rate as an exact decimal: units of the quote (reporting) currency for one unit of
// the base currency, with up to 12 decimals ("0.138512", "149.85", "0.0000395").
class Rate final
{
public:
    static constexpr int kScale = 12;

    Rate() = default;
    static Result<Rate> parse(const QString &text);
    static Rate one();

    bool isValid() const { return m_scaled > 0; }
    // The value times 10^12.
    qint64 scaled() const { return m_scaled; }
    QString toString() const;
    friend bool operator==(const Rate &, const Rate &) = default;

private:
    qint64 m_scaled = 0;
};

// Sums amounts converted to one currency exactly, rounding to its minor unit only at the end
// (half away from zero). Each conversion is exact: amount x rate kept as a 128-bit integer of
// 10^-16 units of the target currency.
class ConvertedSum final
{
public:
    // weightDigits: amounts are added with an integer weight in units of 10^-weightDigits (4: a
    // share in hundredths of a percent), still exactly; the total divides it out once.
    explicit ConvertedSum(QString targetCurrency, int weightDigits = 0);

    // False (and nothing added) when the sum would leave the 128-bit range.
    bool add(const Money &amount, const Rate &rate);
    bool add(qint64 minorUnits, int exponent, const Rate &rate, qint64 weight = 1);
    bool isEmpty() const { return m_empty; }
    // Rounded to the target currency's minor unit; an error when out of the 64-bit range.
    Result<Money> total() const;

private:
    QString m_target;
    int m_weightDigits = 0;
    Int128 m_numerator = 0; // in 10^-(kScale + 4 + weightDigits) units of the target's major unit
    bool m_empty = true;
};

} // namespace pd
