#pragma once

#include "common/result.h"

#include <QLocale>
#include <QString>

#include <stdexcept>

namespace pd {

// Thrown by the operators when two currencies meet without a rate: a programming error. Code that
// handles user data uses plus()/minus(), which return an Error instead.
class CurrencyMismatch : public std::logic_error
{
public:
    using std::logic_error::logic_error;
};

// An amount of money: integer minor units of an ISO 4217 currency (cents of USD, yen of JPY,
// fils of KWD). Never a floating-point number. A default-constructed Money has no currency.
class Money final
{
public:
    Money() = default;
    Money(qint64 minorUnits, const QString &currency);

    static Money zero(const QString &currency) { return Money(0, currency); }

    // "1234.56" in currency: exact; more decimals than the currency has (beyond trailing zeros) is an error.
    static Result<Money> fromDecimal(QStringView decimal, const QString &currency);
    // Text an officer types: "1,234.56 USD", "USD 1234.56", "-150000 JPY", "1 234,56 EUR" (fr),
    // "12,345.60 美元" (zh), "(1,000.00) USD" for a negative amount. Group and decimal separators
    // follow the locale: where the decimal mark is a comma (fr, de), a '.' or a space groups digits.
    static Result<Money> parse(const QString &text, const QLocale &locale = QLocale::c());

    bool isValid() const { return !m_currency.isEmpty(); }
    qint64 minorUnits() const { return m_minor; }
    const QString &currency() const { return m_currency; }
    int exponent() const;
    bool isZero() const { return m_minor == 0; }
    bool isNegative() const { return m_minor < 0; }

    // Exact decimal without grouping: "1234.56", "-0.05", "150000", "1.250" (KWD).
    QString toDecimalString() const;
    // Grouped in the locale's way with the code: "USD 1,234.56" / "USD 1,234.56" (zh) / "EUR 1 234,56" (fr).
    QString format(const QLocale &locale) const;
    // The amount in the locale's way without the code.
    QString formatAmount(const QLocale &locale) const;

    Result<Money> plus(const Money &other) const;
    Result<Money> minus(const Money &other) const;
    Money negated() const;

    Money operator+(const Money &other) const; // throws CurrencyMismatch or std::overflow_error
    Money operator-(const Money &other) const;
    Money operator-() const { return negated(); }
    Money &operator+=(const Money &other) { return *this = *this + other; }

    friend bool operator==(const Money &a, const Money &b) = default;

private:
    qint64 m_minor = 0;
    QString m_currency;
};

// The exponent of a currency's minor unit (USD 2, JPY 0, KWD 3); 2 for codes without one.
int minorUnitsOf(const QString &currency);
bool isKnownCurrency(const QString &currency);

} // namespace pd
