#pragma once

#include <QString>
#include <QStringList>

namespace pd {

// RFC 4180 text: fields quoted when they hold the separator, a quote or a line break; lines end
// in CRLF. Values a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage
// return) are prefixed with an apostrophe, unless they are plain numbers such as "-12.50".
class CsvWriter final
{
public:
    explicit CsvWriter(QChar separator = u',')
        : m_separator(separator)
    { }

    QString line(const QStringList &fields) const;
    QString field(const QString &value) const;

    // The formula-safe form of a value, before quoting.
    static QString neutralise(const QString &value);

private:
    QChar m_separator;
};

} // namespace pd
