#include "output.h"

#include "interchange/csv_writer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pd::cli {

bool parseFormat(const QString &text, Format &format)
{
    if (text == QLatin1String("table"))
        format = Format::Table;
    else if (text == QLatin1String("csv"))
        format = Format::Csv;
    else if (text == QLatin1String("json"))
        format = Format::Json;
    else
        return false;
    return true;
}

void printTable(QTextStream &out, const QStringList &headers, const QList<QStringList> &rows)
{
    QList<int> widths;
    for (const QString &h : headers)
        widths << displayWidth(h);
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(row.at(i)));
    }
    auto printRow = [&](const QStringList &cells) {
        QString line;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            line += cells.at(i);
            if (i + 1 < cells.size())
                line += QString(widths.at(i) - displayWidth(cells.at(i)) + 2, u' ');
        }
        out << line << '\n';
    };
    printRow(headers);
    QStringList rules;
    for (int w : widths)
        rules << QString(w, u'-');
    printRow(rules);
    for (const QStringList &row : rows)
        printRow(row);
}

void printCsv(QTextStream &out, const QStringList &headers, const QList<QStringList> &rows)
{
    const CsvWriter writer;
    out << writer.line(headers);
    for (const QStringList &row : rows)
        out << writer.line(row);
}

void printJson(QTextStream &out, const QJsonValue &value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

void printRows(QTextStream &out, Format format, const QStringList &headers, const QList<QStringList> &rows)
{
    if (format == Format::Csv)
        printCsv(out, headers, rows);
    else
        printTable(out, headers, rows);
}

} // namespace pd::cli
