#include "csv_writer.h"

#include <QRegularExpression>

namespace pd {

QString CsvWriter::neutralise(const QString &value)
{
    if (value.isEmpty())
        return value;
    const QChar first = value.front();
    if (first != u'=' && first != u'+' && first != u'-' && first != u'@' && first != u'\t' && first != u'\r')
        return value;
    static const QRegularExpression number(QStringLiteral("^[+-]?\\d+(\\.\\d+)?$"));
    if (number.match(value).hasMatch())
        return value;
    return u'\'' + value;
}

QString CsvWriter::field(const QString &value) const
{
    QString safe = neutralise(value);
    if (safe.contains(m_separator) || safe.contains(u'"') || safe.contains(u'\n') || safe.contains(u'\r')) {
        safe.replace(u'"', QLatin1String("\"\""));
        return u'"' + safe + u'"';
    }
    return safe;
}

QString CsvWriter::line(const QStringList &fields) const
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString &f : fields)
        out << field(f);
    return out.join(m_separator) + QLatin1String("\r\n");
}

} // namespace pd
