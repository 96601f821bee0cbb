#include "table_sink.h"

#include "csv_table_sink.h"
#include "xlsx_table_sink.h"

namespace pd {

QString decimalText(const ScaledDecimal &value)
{
    if (value.scale <= 0)
        return QString::number(value.scaled);
    // The magnitude as unsigned: the most negative qint64 has no positive counterpart.
    const quint64 magnitude = value.scaled < 0 ? 0 - quint64(value.scaled) : quint64(value.scaled);
    QString digits = QString::number(magnitude).rightJustified(value.scale + 1, u'0');
    QString whole = digits.left(digits.size() - value.scale);
    QString fraction = digits.right(value.scale);
    while (fraction.endsWith(u'0'))
        fraction.chop(1);
    QString text = fraction.isEmpty() ? whole : whole + u'.' + fraction;
    return value.scaled < 0 ? u'-' + text : text;
}

QString cellText(const CellValue &value)
{
    return std::visit(
        [](const auto &v) -> QString {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, std::monostate>)
                return {};
            else if constexpr (std::is_same_v<T, QString>)
                return v;
            else if constexpr (std::is_same_v<T, qint64>)
                return QString::number(v);
            else if constexpr (std::is_same_v<T, Money>)
                return v.isValid() ? v.toDecimalString() : QString();
            else if constexpr (std::is_same_v<T, QDate>)
                return v.isValid() ? v.toString(Qt::ISODate) : QString();
            else
                return decimalText(v);
        },
        value);
}

std::unique_ptr<TableSink> makeTableSink(const ExportFile &file)
{
    if (file.format == ExportFormat::Xlsx)
        return std::make_unique<XlsxTableSink>(file.path, file.sheetName);
    return std::make_unique<CsvTableSink>(file.path, file.separator);
}

} // namespace pd
