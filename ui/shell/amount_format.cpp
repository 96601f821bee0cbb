#include "amount_format.h"

#include <QCoreApplication>
#include <QLocale>

namespace pd::ui {

namespace {

// value / divisor rounded half away from zero, both positive divisors.
qint64 rounded(qint64 value, qint64 divisor)
{
    const qint64 half = divisor / 2;
    return value >= 0 ? (value + half) / divisor : -((-value + half) / divisor);
}

// "15.3" from tenths (153), grouped in the locale ("1,526.5").
QString tenths(qint64 t, const QLocale &locale)
{
    const qint64 whole = t / 10;
    const qint64 digit = (t < 0 ? -t : t) % 10;
    const QString sign = (t < 0 && whole == 0) ? QStringLiteral("-") : QString();
    return sign + locale.toString(whole) + locale.decimalPoint() + QString::number(digit);
}

} // namespace

QString largeAmount(const Money &amount, Language language)
{
    qint64 unit = 1; // minor units in one major unit
    for (int i = 0; i < amount.exponent(); ++i)
        unit *= 10;
    const qint64 minor = amount.minorUnits();
    const QLocale locale;
    if (language != Language::Chinese)
        return QCoreApplication::translate("pd::ui::DashboardPage", "%1 M").arg(tenths(rounded(minor, unit * 100000), locale));
    const qint64 major = rounded(minor, unit);
    const qint64 magnitude = major < 0 ? -major : major;
    if (magnitude >= 100000000)
        return tenths(rounded(minor, unit * 10000000), locale) + QStringLiteral("亿");
    if (magnitude >= 10000)
        return locale.toString(rounded(minor, unit * 10000)) + QStringLiteral("万");
    return locale.toString(major);
}

} // namespace pd::ui
