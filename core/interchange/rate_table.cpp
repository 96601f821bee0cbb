#include "rate_table.h"

#include "csv_reader.h"

#include "common/quoted_value.h"

#include <QBuffer>
#include <QCoreApplication>

namespace pd {

namespace {

Error lineError(const QString &place, qint64 line, const QString &field, const QString &message)
{
    return Error::make(Error::Kind::InvalidArgument,
                       QCoreApplication::translate("RateTable", "%1, line %2, %3: %4").arg(place).arg(line).arg(field, message));
}

Result<QList<ExchangeRate>> readRates(CsvReader &reader, const QString &place, const QString &currency)
{
    if (Status s = reader.open(); !s)
        return s.error();
    QList<ExchangeRate> rates;
    const int dateColumn = currency.isEmpty() ? 1 : 0;
    bool first = true;
    QStringList fields;
    while (reader.next(fields)) {
        const bool header = first;
        first = false;
        for (QString &f : fields)
            f = f.remove(QChar(0xFEFF)).remove(u'"').trimmed();
        const qint64 number = reader.line();
        if (fields.size() < dateColumn + 2)
            return lineError(place, number, QStringLiteral("fields"),
                             currency.isEmpty() ? QCoreApplication::translate("RateTable", "want currency, date, rate")
                                                : QCoreApplication::translate("RateTable", "want date, rate"));
        const QDate date = QDate::fromString(fields.at(dateColumn), Qt::ISODate);
        if (!date.isValid()) {
            if (rates.isEmpty() && header)
                continue; // a header line
            return lineError(place, number, QStringLiteral("date"),
                             QCoreApplication::translate("RateTable", "\"%1\" is not a date (YYYY-MM-DD)").arg(quotedValue(fields.at(dateColumn))));
        }
        auto rate = Rate::parse(fields.at(dateColumn + 1));
        if (!rate)
            return lineError(place, number, QStringLiteral("rate"), rate.error().message);
        const QString code = currency.isEmpty() ? fields.at(0).toUpper() : currency.toUpper();
        if (!isKnownCurrency(code))
            return lineError(place, number, QStringLiteral("currency"),
                             QCoreApplication::translate("RateTable", "unknown currency \"%1\"").arg(quotedValue(code)));
        rates.append({code, date, rate.value(), fields.value(dateColumn + 2)});
    }
    if (!reader.error().isEmpty())
        return Error::make(Error::Kind::InvalidArgument, QStringLiteral("%1: %2").arg(place, reader.error()));
    return rates;
}

} // namespace

Result<QList<ExchangeRate>> parseRateTable(const QString &text, const QString &place, const QString &currency)
{
    // The reader breaks lines at '\n'; a paste may end them in "\r" alone (Excel for the Mac).
    QString lines = text;
    lines.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
    QBuffer buffer;
    buffer.setData(lines.toUtf8());
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, QStringLiteral("UTF-8"));
    return readRates(reader, place, currency);
}

Result<QList<ExchangeRate>> readRateTable(QIODevice &device, const QString &place, const QString &currency)
{
    CsvReader reader(device);
    return readRates(reader, place, currency);
}

} // namespace pd
