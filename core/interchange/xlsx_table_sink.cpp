#include "xlsx_table_sink.h"

#include "common/display_width.h"

#include <QCoreApplication>
#include <QDir>
#include "storage/live_files.h"
#include "storage/storage_errors.h"

#include <QFile>
#include <QRegularExpression>

#include <xlsxwriter.h>

#include <cmath>
#include <filesystem>

namespace pd {

namespace {

constexpr int kMinWidth = 6;
constexpr int kMaxWidth = 60;
constexpr qsizetype kMaxCellText = 32767; // Excel's limit for the text of a cell

// A worksheet name Excel accepts: at most 31 characters, none of []:*?/\ .
QByteArray sheetNameBytes(const QString &name)
{
    static const QRegularExpression forbidden(QStringLiteral("[\\[\\]:*?/\\\\]"));
    QString clean = name;
    clean.remove(forbidden);
    return clean.trimmed().left(31).toUtf8();
}

// "#,##0.00": grouped, with the given places.
QString numberPattern(int decimals)
{
    return decimals > 0 ? QStringLiteral("#,##0.") + QString(decimals, u'0') : QStringLiteral("#,##0");
}

// How wide a grouped number with the given places shows: digits, separators, sign, point.
int numberWidth(double value, int decimals)
{
    const double magnitude = std::fabs(value);
    const int digits = magnitude < 1 ? 1 : int(std::floor(std::log10(magnitude))) + 1;
    return digits + (digits - 1) / 3 + (value < 0 ? 1 : 0) + (decimals > 0 ? decimals + 1 : 0);
}

// The widest line of a text.
int textWidth(const QString &text)
{
    int widest = 0;
    for (const QString &line : text.split(u'\n'))
        widest = std::max(widest, displayWidth(line));
    return widest;
}

double pow10(int exponent)
{
    return std::pow(10.0, exponent);
}

} // namespace

XlsxTableSink::XlsxTableSink(QString path, QString sheetName)
    : m_path(std::move(path))
    , m_partPath(m_path + QStringLiteral(".part"))
    , m_sheetName(std::move(sheetName))
{ }

XlsxTableSink::~XlsxTableSink()
{
    cancel();
}

Error XlsxTableSink::error(const QString &reason) const
{
    return writeError(m_path, reason);
}

Status XlsxTableSink::check(int lxwError)
{
    if (lxwError == LXW_NO_ERROR)
        return {};
    if (lxwError == LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE && m_row >= kMaxRows)
        return error(
            QCoreApplication::translate("Export", "more rows than an Excel sheet holds (%1); export to CSV instead").arg(kMaxRows - 1));
    return error(QString::fromUtf8(lxw_strerror(lxw_error(lxwError))));
}

Status XlsxTableSink::begin(const QList<ExportColumn> &columns)
{
    if (Status notLive = LiveFiles::refuseIfLive(m_path); !notLive)
        return notLive;
    // The library opens its file only when the workbook is closed: try it now, so that a path that
    // cannot be written fails before the rows are read.
    {
        QFile probe(m_partPath);
        if (!probe.open(QIODevice::WriteOnly))
            return error(probe.errorString());
    }
    m_partName = QFile::encodeName(m_partPath);
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    m_workbook = workbook_new_opt(m_partName.constData(), &options);
    if (!m_workbook) {
        QFile::remove(m_partPath);
        return error(QCoreApplication::translate("Export", "out of memory"));
    }
    const QByteArray name = sheetNameBytes(m_sheetName);
    m_sheet = workbook_add_worksheet(m_workbook, name.isEmpty() ? nullptr : name.constData());
    if (!m_sheet)
        m_sheet = workbook_add_worksheet(m_workbook, nullptr); // a name Excel refuses: Sheet1
    m_bold = workbook_add_format(m_workbook);
    format_set_bold(m_bold);
    m_date = workbook_add_format(m_workbook);
    format_set_num_format(m_date, "yyyy-mm-dd");
    if (!m_sheet || !m_bold || !m_date) {
        cancel();
        return error(QCoreApplication::translate("Export", "out of memory"));
    }

    m_columns = columns;
    m_widths.clear();
    for (int c = 0; c < columns.size(); ++c) {
        m_widths << kMinWidth;
        widen(c, textWidth(columns.at(c).header) + 1); // bold is a little wider
        if (Status s = writeText(c, columns.at(c).header, m_bold); !s)
            return s;
    }
    worksheet_freeze_panes(m_sheet, 1, 0);
    m_row = 1;
    return {};
}

Status XlsxTableSink::writeText(int column, const QString &text, lxw_format *format)
{
    if (text.isEmpty())
        return {};
    const QByteArray utf8 = text.left(kMaxCellText).toUtf8();
    return check(worksheet_write_string(m_sheet, m_row, lxw_col_t(column), utf8.constData(), format));
}

lxw_format *XlsxTableSink::moneyFormat(const QString &currency)
{
    if (lxw_format *known = m_money.value(currency))
        return known;
    static const QRegularExpression code(QStringLiteral("^[A-Z]{3}$"));
    QString pattern = numberPattern(minorUnitsOf(currency));
    if (code.match(currency).hasMatch())
        pattern += QStringLiteral(" \"%1\"").arg(currency);
    lxw_format *format = workbook_add_format(m_workbook);
    if (format)
        format_set_num_format(format, pattern.toUtf8().constData());
    m_money.insert(currency, format);
    return format;
}

lxw_format *XlsxTableSink::decimalFormat(int decimals)
{
    if (lxw_format *known = m_decimals.value(decimals))
        return known;
    lxw_format *format = workbook_add_format(m_workbook);
    if (format)
        format_set_num_format(format, numberPattern(decimals).toUtf8().constData());
    m_decimals.insert(decimals, format);
    return format;
}

void XlsxTableSink::widen(int column, int width)
{
    if (column < m_widths.size())
        m_widths[column] = std::clamp(std::max(m_widths.at(column), width), kMinWidth, kMaxWidth);
}

Status XlsxTableSink::addRow(const TableRow &row)
{
    if (!m_sheet)
        return error(QCoreApplication::translate("Export", "the export was not begun"));
    for (int c = 0; c < row.size() && c < m_columns.size(); ++c) {
        const CellValue &cell = row.at(c);
        const lxw_col_t col = lxw_col_t(c);
        Status written;
        if (const auto *text = std::get_if<QString>(&cell)) {
            written = writeText(c, *text, nullptr);
            widen(c, textWidth(*text));
        } else if (const auto *number = std::get_if<qint64>(&cell)) {
            written = check(worksheet_write_number(m_sheet, m_row, col, double(*number), nullptr));
            widen(c, int(QString::number(*number).size()));
        } else if (const auto *money = std::get_if<Money>(&cell); money && money->isValid()) {
            const int places = money->exponent();
            const double value = double(money->minorUnits()) / pow10(places);
            written = check(worksheet_write_number(m_sheet, m_row, col, value, moneyFormat(money->currency())));
            widen(c, numberWidth(value, places) + 4);
        } else if (const auto *date = std::get_if<QDate>(&cell); date && date->isValid()) {
            if (date->year() < 1900 || date->year() > 9999) { // no Excel date: the ISO text
                written = writeText(c, date->toString(Qt::ISODate), nullptr);
            } else {
                lxw_datetime when{date->year(), date->month(), date->day(), 0, 0, 0.0};
                written = check(worksheet_write_datetime(m_sheet, m_row, col, &when, m_date));
            }
            widen(c, 10);
        } else if (const auto *decimal = std::get_if<ScaledDecimal>(&cell)) {
            const int places = m_columns.at(c).decimals;
            const double value = double(decimal->scaled) / pow10(decimal->scale);
            written = check(worksheet_write_number(m_sheet, m_row, col, value, decimalFormat(places)));
            widen(c, numberWidth(value, places));
        }
        if (!written)
            return written;
    }
    ++m_row;
    return {};
}

Status XlsxTableSink::finish()
{
    if (!m_workbook)
        return error(QCoreApplication::translate("Export", "the export was not begun"));
    for (int c = 0; c < m_widths.size(); ++c) {
        if (Status s = check(worksheet_set_column(m_sheet, lxw_col_t(c), lxw_col_t(c), m_widths.at(c) + 1, nullptr)); !s) {
            cancel();
            return s;
        }
    }
    const lxw_error closed = workbook_close(m_workbook); // writes the file and frees the workbook
    m_workbook = nullptr;
    m_sheet = nullptr;
    if (closed != LXW_NO_ERROR) {
        QFile::remove(m_partPath);
        return error(QString::fromUtf8(lxw_strerror(closed)));
    }
    // Replaces an existing file in one step (rename(2); MoveFileEx with replace on Windows).
    std::error_code failed;
    std::filesystem::rename(std::filesystem::path(m_partPath.toStdU16String()), std::filesystem::path(m_path.toStdU16String()), failed);
    if (failed) {
        QFile::remove(m_partPath);
        return error(QString::fromStdString(failed.message()));
    }
    return {};
}

void XlsxTableSink::cancel()
{
    if (m_workbook) {
        // lxw_workbook_free() leaves the rows' temporary file open (and so on disk): close it first.
        if (m_sheet && m_sheet->optimize_tmpfile) {
            fclose(m_sheet->optimize_tmpfile);
            m_sheet->optimize_tmpfile = nullptr;
        }
        lxw_workbook_free(m_workbook);
        m_workbook = nullptr;
        m_sheet = nullptr;
        QFile::remove(m_partPath);
    }
}

} // namespace pd
