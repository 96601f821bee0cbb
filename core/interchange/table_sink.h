#pragma once

#include "common/result.h"
#include "money/money.h"

#include <QDate>
#include <QList>
#include <QString>

#include <memory>
#include <variant>

namespace pd {

// What a column holds, so that a spreadsheet gets numbers as numbers and dates as dates.
enum class ColumnKind {
    Text,
    Integer,
    Money, // a Money cell: the amount as a number in its currency's format
    Date,
    Decimal // a ScaledDecimal cell, shown with `decimals` places
};

struct ExportColumn
{
    QString key; // "code", "planned_start": the same in every language
    QString header; // in the language of the installed translator
    ColumnKind kind = ColumnKind::Text;
    int decimals = 0; // Decimal: places shown
};

// An exact decimal: scaled / 10^scale (12.5 t of 12,500,000 g is {12500000, 6}).
struct ScaledDecimal
{
    qint64 scaled = 0;
    int scale = 0;
    friend bool operator==(const ScaledDecimal &, const ScaledDecimal &) = default;
};

// One cell; monostate is an empty cell (no date, no acronym).
using CellValue = std::variant<std::monostate, QString, qint64, Money, QDate, ScaledDecimal>;
using TableRow = QList<CellValue>;

// "12.5", "-0.001", "3": exact, without trailing zeros or grouping.
QString decimalText(const ScaledDecimal &value);
// The value as CSV writes it: text as is, numbers plain ("-12.50"), dates ISO 8601.
QString cellText(const CellValue &value);

// Where an export goes, a row at a time. Nothing appears at the path until finish() succeeds: a
// failed or cancelled export leaves no file (and an existing file as it was). Errors name the file.
class TableSink
{
public:
    virtual ~TableSink() = default;

    virtual Status begin(const QList<ExportColumn> &columns) = 0;
    virtual Status addRow(const TableRow &row) = 0;
    // Completes the file and puts it at its path.
    virtual Status finish() = 0;
    // Drops what was written; the path is left as it was.
    virtual void cancel() = 0;
};

enum class ExportFormat { Csv, Xlsx };

struct ExportFile
{
    QString path;
    ExportFormat format = ExportFormat::Csv;
    QChar separator = u','; // CSV: ',' ';' or '\t'
    QString sheetName; // XLSX: the worksheet's name ("Projects")
};

std::unique_ptr<TableSink> makeTableSink(const ExportFile &file);

} // namespace pd
