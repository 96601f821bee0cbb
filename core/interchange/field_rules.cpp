#include "field_rules.h"

#include "xlsx_reader.h" // excelSerialDate

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>

#include <cmath>

namespace pd {

namespace {

const QString kSerial = QStringLiteral("excel-serial");
const QString kSerial1904 = QStringLiteral("excel-serial-1904");

// A decimal as an integer of units of 10^-scale.
struct Decimal
{
    qint64 units = 0;
    int scale = 0;
};

constexpr int kMaxScale = 9;

std::optional<Decimal> parseDecimal(QString text)
{
    static const QRegularExpression form(QStringLiteral("^([+-]?)(\\d+)(?:\\.(\\d+))?$"));
    text.remove(QLatin1Char(',')).remove(QLatin1Char(' '));
    const QRegularExpressionMatch m = form.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    QString fraction = m.captured(3);
    while (fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    if (fraction.size() > kMaxScale)
        return std::nullopt;
    const QString digits = m.captured(2) + fraction;
    if (digits.size() > 18)
        return std::nullopt;
    Decimal d{digits.toLongLong(), int(fraction.size())};
    if (m.captured(1) == QLatin1String("-"))
        d.units = -d.units;
    return d;
}

bool rescale(Decimal &d, int scale)
{
    while (d.scale < scale) {
        if (qMulOverflow(d.units, qint64(10), &d.units))
            return false;
        ++d.scale;
    }
    return true;
}

QString decimalText(const Decimal &d)
{
    QString digits = QString::number(d.units < 0 ? -d.units : d.units).rightJustified(d.scale + 1, QLatin1Char('0'));
    if (d.scale > 0)
        digits.insert(digits.size() - d.scale, QLatin1Char('.'));
    return d.units < 0 ? QLatin1Char('-') + digits : digits;
}

bool isIsoDate(const QString &text)
{
    return text.size() == 10 && QDate::fromString(text, Qt::ISODate).isValid();
}

} // namespace

QString lookedUp(const FieldRule &rule, const QString &cell)
{
    const QString key = cell.trimmed();
    for (const auto &[from, to] : rule.lookup) {
        if (from.trimmed().compare(key, Qt::CaseInsensitive) == 0)
            return to;
    }
    return cell;
}

QString formatProblem(const QString &format)
{
    if (format == kSerial || format == kSerial1904)
        return {};
    if (!format.contains(QLatin1Char('y')))
        return QCoreApplication::translate("Import", "the date format \"%1\" has no year (yyyy); use it or excel-serial").arg(format);
    return {};
}

bool readInFormat(const QString &format, QString &cell, QString &why)
{
    const QString text = cell.trimmed();
    if (text.isEmpty() || format.isEmpty()) {
        cell = text;
        return true;
    }
    QDate date;
    if (format == kSerial || format == kSerial1904) {
        bool isNumber = false;
        const double serial = text.toDouble(&isNumber);
        if (isNumber)
            date = excelSerialDate(std::floor(serial), format == kSerial1904);
        if (!date.isValid() && !isIsoDate(text)) {
            why = QCoreApplication::translate("Import", "not an Excel date number (%1)").arg(format);
            return false;
        }
    } else {
        date = QDate::fromString(text, format);
        // A workbook's dates come as ISO dates whatever the format the sheet shows.
        if (!date.isValid() && !isIsoDate(text.left(10))) {
            why = QCoreApplication::translate("Import", "not a date in the form %1").arg(format);
            return false;
        }
    }
    cell = date.isValid() ? date.toString(Qt::ISODate) : text.left(10);
    return true;
}

bool addDecimal(QString &sum, const QString &value)
{
    if (value.trimmed().isEmpty())
        return true;
    auto add = parseDecimal(value);
    if (!add)
        return false;
    if (sum.isEmpty()) {
        sum = decimalText(*add);
        return true;
    }
    auto total = parseDecimal(sum);
    if (!total)
        return false;
    const int scale = std::max(total->scale, add->scale);
    if (!rescale(*total, scale) || !rescale(*add, scale) || qAddOverflow(total->units, add->units, &total->units))
        return false;
    sum = decimalText(*total);
    return true;
}

} // namespace pd
