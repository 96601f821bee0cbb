#pragma once

#include "common/display_width.h"

#include <QJsonValue>
#include <QStringList>
#include <QTextStream>

namespace pd::cli {

enum class Format { Table, Csv, Json };

// Parses "table", "csv" or "json"; false for anything else.
bool parseFormat(const QString &text, Format &format);

// Columns padded to their widest cell, counting a Chinese character as two columns.
void printTable(QTextStream &out, const QStringList &headers, const QList<QStringList> &rows);
void printCsv(QTextStream &out, const QStringList &headers, const QList<QStringList> &rows);
// CSV for Format::Csv, else the aligned table.
void printRows(QTextStream &out, Format format, const QStringList &headers, const QList<QStringList> &rows);
void printJson(QTextStream &out, const QJsonValue &value);

} // namespace pd::cli
