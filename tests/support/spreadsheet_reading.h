#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace pd::test {

// A CSV file read back with a reader of its own (RFC 4180: quoted fields with doubled quotes and
// line breaks, CRLF or LF line ends), so that the writer is not checked against itself.
struct CsvFile
{
    bool bom = false; // began with the UTF-8 byte order mark
    bool crlf = true; // every line ended in CRLF
    QList<QStringList> rows; // the header first
};
CsvFile readCsv(const QString &path, QChar separator = u',');

// The values of an .xlsx as LibreOffice reads them: converted headless to CSV (UTF-8, values as
// stored, not as shown), with a LibreOffice profile of its own under workDir so that tests running
// at the same time do not clash. Fails the test when LibreOffice is missing or the conversion fails.
QList<QStringList> libreOfficeRows(const QString &xlsxPath, const QString &workDir);

// One entry of a zip archive (an .xlsx part such as xl/worksheets/sheet1.xml), by `unzip -p`.
QByteArray unzipEntry(const QString &zipPath, const QString &entry);

// One cell of a worksheet's XML as it is stored.
struct SheetCell
{
    QString type; // the t attribute: "" for a number (or a date), "inlineStr", "s"...
    QString style; // the s attribute
    QString value; // <v>, or the text of an inline string
    bool formula = false; // has an <f> element
};
// The cells by reference ("A1", "C12").
QHash<QString, SheetCell> sheetCells(const QByteArray &sheetXml);
// The spreadsheet reference of a cell: sheetReference(0, 0) is "A1".
QString sheetReference(int row, int column);

} // namespace pd::test
