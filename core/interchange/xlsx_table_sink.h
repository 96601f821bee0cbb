#pragma once

#include "table_sink.h"

#include <QByteArray>
#include <QHash>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace pd {

// An Excel workbook of one sheet (libxlsxwriter): a bold header row with the panes frozen below it,
// numbers as numbers, money as a number in its currency's format (#,##0.00 "USD"), dates as Excel
// dates, and columns as wide as their content (a Chinese character counting double).
//
// The workbook is in libxlsxwriter's constant_memory mode: each row goes to a temporary file as it
// is written, so a million rows need no more memory than one. That mode wants rows in order, which
// is how an export writes them. The column widths are taken from every row, not a first page: the
// library writes the <cols> element when the workbook is closed, so they can be set last.
//
// It is written to FILE.part and renamed to FILE by finish(); a failure or cancel removes FILE.part.
class XlsxTableSink final : public TableSink
{
public:
    // An Excel sheet holds 1,048,576 rows: the header and 1,048,575 data rows.
    static constexpr qint64 kMaxRows = 1048576;

    explicit XlsxTableSink(QString path, QString sheetName = {});
    ~XlsxTableSink() override;

    Status begin(const QList<ExportColumn> &columns) override;
    Status addRow(const TableRow &row) override;
    Status finish() override;
    void cancel() override;

private:
    Error error(const QString &reason) const;
    Status check(int lxwError);
    lxw_format *moneyFormat(const QString &currency);
    lxw_format *decimalFormat(int decimals);
    Status writeText(int column, const QString &text, lxw_format *format);
    void widen(int column, int width);

    QString m_path;
    QString m_partPath;
    QByteArray m_partName; // the workbook keeps a pointer to these bytes
    QString m_sheetName;
    lxw_workbook *m_workbook = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_bold = nullptr;
    lxw_format *m_date = nullptr;
    QHash<QString, lxw_format *> m_money;
    QHash<int, lxw_format *> m_decimals;
    QList<ExportColumn> m_columns;
    QList<int> m_widths;
    quint32 m_row = 0;
};

} // namespace pd
