#include "rate.h"

#include "common/quoted_value.h"

#include <QRegularExpression>

#include <limits>

namespace pd {

namespace {

constexpr int kMaxSourceExponent = 4; // CLF, UYW: the largest ISO 4217 minor unit
constexpr int kDenominatorDigits = Rate::kScale + kMaxSourceExponent;

Int128 powerOfTen(int n)
{
    Int128 p = 1;
    while (n-- > 0)
        p *= 10;
    return p;
}

} // namespace

Result<Rate> Rate::parse(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d+)(?:\\.(\\d+))?$"));
    const auto m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return Error::make(Error::Kind::InvalidArgument, QStringLiteral("\"%1\" is not a rate (a positive decimal number)").arg(quotedValue(text)));
    QString fraction = m.captured(2);
    while (fraction.size() > kScale && fraction.endsWith(u'0'))
        fraction.chop(1);
    if (fraction.size() > kScale)
        return Error::make(Error::Kind::InvalidArgument, QStringLiteral("\"%1\" has more than %2 decimals").arg(quotedValue(text)).arg(kScale));
    const QString digits = m.captured(1) + fraction.leftJustified(kScale, u'0');
    qint64 value = 0;
    for (QChar c : digits) {
        if (__builtin_mul_overflow(value, qint64(10), &value) || __builtin_add_overflow(value, qint64(c.digitValue()), &value))
            return Error::make(Error::Kind::InvalidArgument, QStringLiteral("\"%1\" is too large for a rate").arg(quotedValue(text)));
    }
    if (value == 0)
        return Error::make(Error::Kind::InvalidArgument, QStringLiteral("a rate must be more than 0"));
    Rate r;
    r.m_scaled = value;
    return r;
}

Rate Rate::one()
{
    Rate r;
    r.m_scaled = qint64(powerOfTen(kScale));
    return r;
}

QString Rate::toString() const
{
    const qint64 unit = qint64(powerOfTen(kScale));
    QString fraction = QString::number(m_scaled % unit).rightJustified(kScale, u'0');
    while (fraction.endsWith(u'0'))
        fraction.chop(1);
    const QString whole = QString::number(m_scaled / unit);
    return fraction.isEmpty() ? whole : whole + u'.' + fraction;
}

ConvertedSum::ConvertedSum(QString targetCurrency, int weightDigits)
    : m_target(std::move(targetCurrency))
    , m_weightDigits(weightDigits)
{
}

bool ConvertedSum::add(const Money &amount, const Rate &rate)
{
    return add(amount.minorUnits(), amount.exponent(), rate);
}

bool ConvertedSum::add(qint64 minorUnits, int exponent, const Rate &rate, qint64 weight)
{
    // amount (minor) / 10^exponent * rate.scaled / 10^12, expressed in 10^-16 units.
    Int128 term = 0;
    if (__builtin_mul_overflow(Int128(minorUnits), Int128(rate.scaled()), &term)
        || __builtin_mul_overflow(term, powerOfTen(kMaxSourceExponent - exponent), &term)
        || __builtin_mul_overflow(term, Int128(weight), &term))
        return false;
    Int128 sum = 0;
    if (__builtin_add_overflow(m_numerator, term, &sum))
        return false;
    m_numerator = sum;
    m_empty = false;
    return true;
}

Result<Money> ConvertedSum::total() const
{
    const int exponent = minorUnitsOf(m_target);
    const Int128 divisor = powerOfTen(kDenominatorDigits - exponent + m_weightDigits);
    Int128 quotient = m_numerator / divisor;
    const Int128 remainder = m_numerator % divisor;
    // Half away from zero.
    if (remainder * 2 >= divisor)
        ++quotient;
    else if (remainder * 2 <= -divisor)
        --quotient;
    if (quotient > std::numeric_limits<qint64>::max() || quotient < std::numeric_limits<qint64>::min())
        return Error::make(Error::Kind::InvalidArgument, QStringLiteral("the converted total is out of range"));
    return Money(qint64(quotient), m_target);
}

} // namespace pd
