#include "money.h"

#include "common/quoted_value.h"
#include "reference/reference_data.h"

#include <QRegularExpression>
#include <QtNumeric>

#include <limits>

namespace pd {

namespace {

constexpr qint64 kPowersOfTen[] = {1, 10, 100, 1000, 10000, 100000, 1000000};

QString mismatchMessage(const Money &a, const Money &b)
{
    return QStringLiteral("cannot combine %1 and %2 without an exchange rate").arg(a.currency(), b.currency());
}

bool isGroupSeparator(QChar c, const QLocale &locale)
{
    return c == locale.groupSeparator().front() || c == u' ' || c == QChar(0x00A0) || c == QChar(0x202F) || c == u'\'';
}

} // namespace

int minorUnitsOf(const QString &currency)
{
    const CurrencyInfo *info = ReferenceData::instance().currency(currency);
    return info ? info->minorUnits : 2;
}

bool isKnownCurrency(const QString &currency)
{
    return ReferenceData::instance().currency(currency) != nullptr;
}

Money::Money(qint64 minorUnits, const QString &currency)
    : m_minor(minorUnits)
    , m_currency(currency.toUpper())
{ }

int Money::exponent() const
{
    return minorUnitsOf(m_currency);
}

Result<Money> Money::fromDecimal(QStringView decimal, const QString &currency)
{
    const QString code = currency.trimmed().toUpper();
    if (!isKnownCurrency(code))
        return Error::make(Error::Kind::InvalidArgument, QStringLiteral("unknown currency code \"%1\"").arg(quotedValue(currency)));
    static const QRegularExpression pattern(QStringLiteral("^([+-]?)(\\d+)(?:\\.(\\d*))?$"));
    const auto match = pattern.match(decimal.trimmed().toString());
    if (!match.hasMatch())
        return Error::make(Error::Kind::InvalidArgument, QStringLiteral("\"%1\" is not an amount").arg(quotedValue(decimal)));

    const int exp = minorUnitsOf(code);
    QString fraction = match.captured(3);
    while (fraction.size() > exp && fraction.endsWith(u'0'))
        fraction.chop(1);
    if (fraction.size() > exp) {
        return Error::make(
            Error::Kind::InvalidArgument, QStringLiteral("%1 has %2 decimal places; \"%3\" has more").arg(code).arg(exp).arg(quotedValue(decimal)));
    }
    fraction = fraction.leftJustified(exp, u'0');

    const QString digits = match.captured(2) + fraction;
    qint64 value = 0;
    for (QChar c : digits) {
        if (qMulOverflow(value, qint64(10), &value) || qAddOverflow(value, qint64(c.digitValue()), &value))
            return Error::make(Error::Kind::InvalidArgument, QStringLiteral("\"%1\" is too large").arg(quotedValue(decimal)));
    }
    if (match.capturedView(1) == u"-")
        value = -value;
    return Money(value, code);
}

Result<Money> Money::parse(const QString &text, const QLocale &locale)
{
    QString amount = text.trimmed();
    QString code;

    // The currency is a leading or trailing token: a code ("USD") or a name ("美元", "Euro").
    static const QRegularExpression leading(QStringLiteral("^([^\\d\\s()+\\-.,]+)\\s*(.*)$"));
    static const QRegularExpression trailing(QStringLiteral("^(.*?)\\s*([^\\d\\s()+\\-.,]+)$"));
    if (const auto m = leading.match(amount); m.hasMatch()) {
        code = m.captured(1);
        amount = m.captured(2);
    } else if (const auto t = trailing.match(amount); t.hasMatch()) {
        code = t.captured(2);
        amount = t.captured(1);
    }
    if (code.isEmpty())
        return Error::make(Error::Kind::InvalidArgument, QStringLiteral("\"%1\" names no currency (write e.g. \"1234.56 USD\")").arg(quotedValue(text)));
    const CurrencyInfo *currency = ReferenceData::instance().currencyByCodeOrName(code);
    if (!currency)
        return Error::make(Error::Kind::InvalidArgument, QStringLiteral("unknown currency \"%1\"").arg(quotedValue(code)));

    bool negative = false;
    if (amount.startsWith(u'(') && amount.endsWith(u')')) {
        negative = true;
        amount = amount.mid(1, amount.size() - 2).trimmed();
    }

    // Normalise to the C form: drop group separators, turn the locale's decimal mark into '.'.
    const QChar decimalMark = locale.decimalPoint().front();
    QString normal;
    normal.reserve(amount.size());
    for (QChar c : std::as_const(amount)) {
        if (c == decimalMark)
            normal += u'.';
        else if (isGroupSeparator(c, locale) || (decimalMark == u'.' && c == u','))
            continue;
        else
            normal += c;
    }
    Result<Money> money = fromDecimal(normal, currency->code);
    if (!money)
        return Error::make(Error::Kind::InvalidArgument, QStringLiteral("\"%1\": %2").arg(quotedValue(text), money.error().message));
    return negative ? money->negated() : money.value();
}

QString Money::toDecimalString() const
{
    const int exp = exponent();
    const bool negative = m_minor < 0;
    // The magnitude as unsigned, so that the most negative value does not overflow.
    const quint64 magnitude = negative ? quint64(0) - quint64(m_minor) : quint64(m_minor);
    const quint64 scale = quint64(kPowersOfTen[exp]);
    QString text = QString::number(magnitude / scale);
    if (exp > 0)
        text += u'.' + QString::number(magnitude % scale).rightJustified(exp, u'0');
    return negative ? u'-' + text : text;
}

QString Money::formatAmount(const QLocale &locale) const
{
    const int exp = exponent();
    const bool negative = m_minor < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(m_minor) : quint64(m_minor);
    const quint64 scale = quint64(kPowersOfTen[exp]);
    QString text = locale.toString(magnitude / scale);
    if (exp > 0)
        text += locale.decimalPoint() + QString::number(magnitude % scale).rightJustified(exp, u'0');
    return negative ? locale.negativeSign() + text : text;
}

QString Money::format(const QLocale &locale) const
{
    return m_currency + u' ' + formatAmount(locale);
}

Result<Money> Money::plus(const Money &other) const
{
    if (m_currency != other.m_currency)
        return Error::make(Error::Kind::InvalidArgument, mismatchMessage(*this, other));
    qint64 sum = 0;
    if (qAddOverflow(m_minor, other.m_minor, &sum))
        return Error::make(Error::Kind::InvalidArgument, QStringLiteral("amount out of range"));
    return Money(sum, m_currency);
}

Result<Money> Money::minus(const Money &other) const
{
    if (other.m_minor == std::numeric_limits<qint64>::min())
        return Error::make(Error::Kind::InvalidArgument, QStringLiteral("amount out of range"));
    return plus(other.negated());
}

Money Money::negated() const
{
    if (m_minor == std::numeric_limits<qint64>::min())
        throw std::overflow_error("money amount out of range");
    return Money(-m_minor, m_currency);
}

Money Money::operator+(const Money &other) const
{
    Result<Money> r = plus(other);
    if (!r) {
        if (m_currency != other.m_currency)
            throw CurrencyMismatch(mismatchMessage(*this, other).toStdString());
        throw std::overflow_error("money amount out of range");
    }
    return r.value();
}

Money Money::operator-(const Money &other) const
{
    return *this + other.negated();
}

} // namespace pd
