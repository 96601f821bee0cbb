#pragma once

#include "common/result.h"

#include <QDate>
#include <QStringList>

#include <memory>

struct zip;

namespace pd {

class XlsxPart;
enum class XlsxNumberKind : quint8;

// The day of an Excel date serial number (its fraction, the time of day, is dropped): in the 1900
// date system serial 1 is 1900-01-01 and serial 60 is Excel's 1900-02-29, which never was (invalid);
// in the 1904 system (old Mac workbooks) serial 0 is 1904-01-01. Invalid for NaN, negative serials
// and days after 9999-12-31.
QDate excelSerialDate(double serial, bool date1904 = false);

// Reads the rows of one sheet of an Excel workbook (.xlsx, Office Open XML) as text, as a stream:
// the sheet's XML is inflated from the zip in chunks, so memory holds one chunk and one row however
// large the sheet; the shared strings, which any row may use, are held whole within limits. Cells
// come as text by their type: strings, numbers as the shortest decimal that reads back the same,
// "TRUE"/"FALSE", error codes such as "#N/A", and numbers in a date format as ISO dates.
// Hostile files are refused, naming why: zip bombs (parts that inflate beyond a size or a ratio,
// whatever the zip's directory claims), DTDs, too many sheets, columns or shared strings.
class XlsxReader final
{
    Q_DISABLE_COPY_MOVE(XlsxReader)

public:
    explicit XlsxReader(QString path);
    ~XlsxReader();

    // Opens the workbook: the zip's directory, xl/workbook.xml (sheet names, in order; date1904),
    // xl/_rels/workbook.xml.rels (sheet -> part), xl/sharedStrings.xml, xl/styles.xml (cellXfs ->
    // numFmtId, custom numFmts). Errors are sentences naming the file ("… is not an Excel workbook
    // (.xlsx): …"); encrypted workbooks, .xls and .ods files are told to be saved as .xlsx.
    Status open();
    QStringList sheetNames() const { return m_sheetNames; }

    // The sheet to read: by name (exact, then ignoring case) or a 1-based index given as text ("2");
    // empty: the first sheet. Error naming the sheets there are when it does not exist.
    Status selectSheet(const QString &nameOrIndex = {});

    // The next row that has any non-empty cell: its cells as text from column A to the last
    // non-empty cell (gaps filled with empty strings). false at the end or on an error (see error()).
    bool next(QStringList &cells);
    // The sheet row number (1-based, from the r attribute) of the row last returned.
    qint64 line() const { return m_line; }
    // Uncompressed bytes of the sheet XML consumed so far.
    qint64 bytesRead() const;
    // The sheet part's uncompressed size (for progress).
    qint64 totalBytes() const;
    // Names the sheet and row when a row could not be read; empty otherwise.
    const QString &error() const { return m_error; }

private:
    struct SheetEntry
    {
        QString name;
        QString relationId;
        QString part; // the path in the zip
    };

    Error notWorkbook(const QString &why) const;
    Status checkKind(); // refuses OLE files (encrypted, .xls) before libzip sees them
    Status readWorkbook();
    Status readRelationships(QString &sharedStrings, QString &styles);
    Status readSharedStrings(const QString &part);
    Status readStyles(const QString &part);
    std::unique_ptr<XlsxPart> openPart(const QString &name, qint64 maxSize, Status &status) const;

    bool readRow(QStringList &cells);
    bool readCell(QStringList &cells, qsizetype &column);
    bool fail(const QString &why);
    QString cellText(const QString &type, const QString &value, int style, bool &ok);

    QString m_path;
    qint64 m_fileSize = 0;
    struct zip *m_zip = nullptr;
    QList<SheetEntry> m_sheets;
    QStringList m_sheetNames;
    bool m_date1904 = false;
    QStringList m_sharedStrings;
    QList<XlsxNumberKind> m_styleKinds; // per cellXfs entry
    std::unique_ptr<XlsxPart> m_sheet;
    QString m_sheetName;
    bool m_inSheetData = false;
    bool m_done = false;
    qint64 m_row = 0; // the row being read
    qint64 m_line = 0;
    QString m_error;
};

} // namespace pd
