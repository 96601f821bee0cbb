#include "rate_table.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace pd {

namespace {

Error lineError(const QString &place, int line, const QString &field, const QString &message)
{
    return Error::make(Error::Kind::InvalidArgument,
                       QCoreApplication::translate("RateTable", "%1, line %2, %3: %4").arg(place).arg(line).arg(field, message));
}

} // namespace

Result<QList<ExchangeRate>> parseRateTable(const QString &text, const QString &place, const QString &currency)
{
    QList<ExchangeRate> rates;
    const QStringList lines = text.split(QRegularExpression(QStringLiteral("\\r\\n|\\n|\\r")));
    const int dateColumn = currency.isEmpty() ? 1 : 0;
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i).trimmed();
        line.remove(QChar(0xFEFF));
        if (line.isEmpty())
            continue;
        const QChar separator = line.contains(u'\t') ? u'\t' : line.contains(u';') ? u';' : u',';
        QStringList fields = line.split(separator);
        for (QString &f : fields)
            f = f.trimmed().remove(u'"');
        const int number = i + 1;
        if (fields.size() < dateColumn + 2)
            return lineError(place, number, QStringLiteral("fields"),
                             currency.isEmpty() ? QCoreApplication::translate("RateTable", "want currency, date, rate")
                                                : QCoreApplication::translate("RateTable", "want date, rate"));
        const QDate date = QDate::fromString(fields.at(dateColumn), Qt::ISODate);
        if (!date.isValid()) {
            if (rates.isEmpty() && i == 0)
                continue; // a header line
            return lineError(place, number, QStringLiteral("date"),
                             QCoreApplication::translate("RateTable", "\"%1\" is not a date (YYYY-MM-DD)").arg(fields.at(dateColumn)));
        }
        auto rate = Rate::parse(fields.at(dateColumn + 1));
        if (!rate)
            return lineError(place, number, QStringLiteral("rate"), rate.error().message);
        const QString code = currency.isEmpty() ? fields.at(0).toUpper() : currency.toUpper();
        if (!isKnownCurrency(code))
            return lineError(place, number, QStringLiteral("currency"),
                             QCoreApplication::translate("RateTable", "unknown currency \"%1\"").arg(code));
        rates.append({code, date, rate.value(), fields.value(dateColumn + 2)});
    }
    return rates;
}

} // namespace pd
