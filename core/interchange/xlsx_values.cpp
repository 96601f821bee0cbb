#include "xlsx_values.h"

#include "xlsx_reader.h"

#include <QDate>
#include <QTime>

#include <charconv>
#include <cmath>

namespace pd {

namespace {

constexpr double kLastSerial1900 = 2958465; // 9999-12-31
constexpr double kLastSerial1904 = kLastSerial1900 - 1462;
constexpr qint64 kSecondsPerDay = 86400;

} // namespace

QDate excelSerialDate(double serial, bool date1904)
{
    if (!std::isfinite(serial) || serial < 0)
        return {};
    const double day = std::floor(serial);
    if (date1904)
        return day > kLastSerial1904 ? QDate() : QDate(1904, 1, 1).addDays(qint64(day));
    // Excel counts 1900-02-29, a day that never was, as serial 60 (Lotus 1-2-3's leap year bug):
    // the serials before it are one day later than a plain count from 1899-12-30.
    if (day < 1 || day == 60 || day > kLastSerial1900)
        return {};
    if (day < 60)
        return QDate(1899, 12, 31).addDays(qint64(day));
    return QDate(1899, 12, 30).addDays(qint64(day));
}

XlsxNumberKind xlsxBuiltinFormatKind(int id)
{
    // ECMA-376 part 1, 18.8.30, and the East Asian built-ins (27-36, 50-58) of Excel's locales.
    if ((id >= 14 && id <= 17) || id == 27 || id == 28 || id == 29 || id == 30 || id == 31 || id == 36
        || (id >= 50 && id <= 54) || id == 57 || id == 58)
        return XlsxNumberKind::Date;
    if ((id >= 18 && id <= 22) || (id >= 32 && id <= 35) || (id >= 45 && id <= 47) || id == 55 || id == 56)
        return XlsxNumberKind::DateTime;
    return XlsxNumberKind::Number;
}

XlsxNumberKind xlsxFormatCodeKind(const QString &code)
{
    // Letters are date and time parts unless quoted, escaped, in [brackets] (colours, conditions,
    // locales, elapsed [h]) or the character after _ (a space as wide as it) or * (a fill).
    bool date = false, time = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i);
        if (c == u'"') {
            const qsizetype end = code.indexOf(u'"', i + 1);
            i = end < 0 ? code.size() : end;
        } else if (c == u'[') {
            const qsizetype end = code.indexOf(u']', i + 1);
            i = end < 0 ? code.size() : end;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i;
        } else {
            switch (c.toLower().unicode()) {
            case u'd':
            case u'm':
            case u'y':
                date = true;
                break;
            case u'h':
            case u's':
                time = true;
                break;
            default:
                break;
            }
        }
    }
    if (time)
        return XlsxNumberKind::DateTime;
    return date ? XlsxNumberKind::Date : XlsxNumberKind::Number;
}

QString xlsxDecimal(double value)
{
    if (value == 0 || !std::isfinite(value))
        return value == 0 ? QStringLiteral("0") : QString::number(value);
    char buffer[400];
    const double magnitude = std::fabs(value);
    // Fixed notation keeps ordinary amounts as people write them ("282500000", not "2.825e+08");
    // only the extremes, whose fixed form would be hundreds of digits long, take an exponent.
    const std::to_chars_result r = magnitude >= 1e-9 && magnitude < 1e21
        ? std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed)
        : std::to_chars(buffer, buffer + sizeof buffer, value);
    return QString::fromLatin1(buffer, r.ptr - buffer);
}

QString xlsxNumberText(double value, XlsxNumberKind kind, bool date1904)
{
    if (kind == XlsxNumberKind::Number || !std::isfinite(value) || value < 0 || value > kLastSerial1900 + 1)
        return xlsxDecimal(value);
    if (kind == XlsxNumberKind::Date) {
        const QDate date = excelSerialDate(value, date1904);
        return date.isValid() ? date.toString(Qt::ISODate) : xlsxDecimal(value);
    }
    // To the nearest second: 0.999999999 of a day is the next midnight, not 23:59:59.
    const qint64 seconds = std::llround(value * double(kSecondsPerDay));
    const qint64 day = seconds / kSecondsPerDay;
    const QTime time = QTime::fromMSecsSinceStartOfDay(int(seconds % kSecondsPerDay) * 1000);
    if (value < 1 && day == 0)
        return time.toString(QStringLiteral("HH:mm:ss"));
    const QDate date = excelSerialDate(double(day), date1904);
    if (!date.isValid())
        return xlsxDecimal(value);
    if (seconds % kSecondsPerDay == 0)
        return date.toString(Qt::ISODate);
    return date.toString(Qt::ISODate) + u'T' + time.toString(QStringLiteral("HH:mm:ss"));
}

} // namespace pd
