#include "xlsx_reader.h"

#include "storage/live_files.h"
#include "xlsx_part.h"
#include "xlsx_values.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <zip.h>

namespace pd {

namespace {

// What one row may hold: Excel itself stops at 16,384 columns and 32,767 characters a cell.
constexpr qsizetype kMaxColumns = 16'384; // A to XFD
constexpr qsizetype kMaxCellChars = 1'000'000;

const QByteArray kOleMagic("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);

// The 0-based column of a cell reference ("AB12" -> 27); -1 when it is not one or beyond XFD.
qsizetype columnOf(QStringView reference)
{
    qsizetype column = 0, letters = 0;
    for (const QChar c : reference) {
        const char16_t u = c.toUpper().unicode();
        if (u < u'A' || u > u'Z')
            break;
        if (++letters > 3)
            return -1;
        column = column * 26 + (u - u'A' + 1);
    }
    if (letters == 0 || column > kMaxColumns)
        return -1;
    return column - 1;
}

QString columnName(qsizetype column)
{
    QString name;
    for (qsizetype n = column + 1; n > 0; n = (n - 1) / 26)
        name.prepend(QChar(char16_t(u'A' + (n - 1) % 26)));
    return name;
}

} // namespace

XlsxReader::XlsxReader(QString path)
    : m_path(std::move(path))
{ }

XlsxReader::~XlsxReader()
{
    m_sheet.reset(); // its file reads from the archive
    if (m_zip)
        zip_discard(m_zip);
}

qint64 XlsxReader::bytesRead() const
{
    return m_sheet ? m_sheet->bytesRead() : 0;
}

qint64 XlsxReader::totalBytes() const
{
    return m_sheet ? m_sheet->totalBytes() : 0;
}

Error XlsxReader::notWorkbook(const QString &why) const
{
    return Error::make(Error::Kind::Io,
        QCoreApplication::translate("Import", "%1 is not an Excel workbook (.xlsx): %2").arg(QDir::toNativeSeparators(m_path), why), m_path);
}

Status XlsxReader::checkKind()
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::Io,
            QCoreApplication::translate("Import", "%1 cannot be read: %2").arg(QDir::toNativeSeparators(m_path), file.errorString()), m_path);
    m_fileSize = file.size();
    // Excel wraps a workbook saved with a password in an OLE compound file, the format of .xls.
    if (file.read(kOleMagic.size()) == kOleMagic)
        return Error::make(Error::Kind::Io,
            QCoreApplication::translate("Import",
                "%1 is protected with a password or is an Excel 97-2003 workbook (.xls); open it in Excel or LibreOffice and "
                "save it as an Excel workbook (.xlsx) without a password, then import that file.")
                .arg(QDir::toNativeSeparators(m_path)),
            m_path);
    return {};
}

Status XlsxReader::open()
{
    // The portfolio itself is no workbook, and opening it by other means would drop SQLite's locks.
    if (Status notLive = LiveFiles::refuseIfLive(m_path); !notLive)
        return notLive;
    if (Status kind = checkKind(); !kind)
        return kind;
    int code = 0;
    m_zip = zip_open(QFile::encodeName(m_path).constData(), ZIP_RDONLY, &code);
    if (!m_zip) {
        if (code == ZIP_ER_NOZIP)
            return notWorkbook(QCoreApplication::translate("Import", "it is not a zip archive, as .xlsx files are; save it as .xlsx and import that file"));
        zip_error_t error;
        zip_error_init_with_code(&error, code);
        const QString why = QString::fromUtf8(zip_error_strerror(&error));
        zip_error_fini(&error);
        return notWorkbook(why);
    }
    if (zip_name_locate(m_zip, "xl/workbook.xml", ZIP_FL_NOCASE) < 0) {
        if (zip_name_locate(m_zip, "xl/workbook.bin", ZIP_FL_NOCASE) >= 0)
            return notWorkbook(QCoreApplication::translate("Import", "it is a binary Excel workbook (.xlsb); save it as .xlsx and import that file"));
        if (zip_name_locate(m_zip, "mimetype", 0) >= 0 || zip_name_locate(m_zip, "content.xml", 0) >= 0)
            return notWorkbook(QCoreApplication::translate("Import", "it is an OpenDocument spreadsheet (.ods); save it as .xlsx and import that file"));
        return notWorkbook(QCoreApplication::translate("Import", "it has no part xl/workbook.xml"));
    }
    if (Status workbook = readWorkbook(); !workbook)
        return workbook;
    QString sharedStrings, styles;
    if (Status relationships = readRelationships(sharedStrings, styles); !relationships)
        return relationships;
    if (Status strings = readSharedStrings(sharedStrings); !strings)
        return strings;
    return readStyles(styles);
}

std::unique_ptr<XlsxPart> XlsxReader::openPart(const QString &name, qint64 maxSize, Status &status) const
{
    auto part = std::make_unique<XlsxPart>(m_zip, name, maxSize, m_fileSize);
    if (Status opened = part->open(); !opened) {
        status = notWorkbook(opened.error().message);
        return nullptr;
    }
    status = {};
    return part;
}

Status XlsxReader::selectSheet(const QString &nameOrIndex)
{
    if (!m_zip || m_sheets.isEmpty())
        return Error::make(Error::Kind::InvalidArgument, QStringLiteral("XlsxReader::selectSheet before a successful open()"));
    qsizetype index = nameOrIndex.isEmpty() ? 0 : m_sheetNames.indexOf(nameOrIndex);
    if (index < 0) {
        for (qsizetype i = 0; i < m_sheetNames.size() && index < 0; ++i) {
            if (m_sheetNames.at(i).compare(nameOrIndex, Qt::CaseInsensitive) == 0)
                index = i;
        }
    }
    if (index < 0) {
        bool isNumber = false;
        const qsizetype n = nameOrIndex.trimmed().toLongLong(&isNumber);
        if (isNumber && n >= 1 && n <= m_sheets.size())
            index = n - 1;
    }
    if (index < 0) {
        QStringList quoted;
        for (const QString &sheet : m_sheetNames)
            quoted.append(QStringLiteral("\u201C%1\u201D").arg(sheet));
        return Error::make(Error::Kind::InvalidArgument,
            QCoreApplication::translate("Import", "%1 has no sheet \u201C%2\u201D; its sheets are %3")
                .arg(QDir::toNativeSeparators(m_path), nameOrIndex, quoted.join(QStringLiteral(", "))),
            m_path);
    }
    const SheetEntry &sheet = m_sheets.at(index);
    m_sheet.reset();
    m_sheetName = sheet.name;
    m_inSheetData = false;
    m_done = false;
    m_row = 0;
    m_line = 0;
    m_error.clear();
    if (sheet.part.isEmpty())
        return notWorkbook(QCoreApplication::translate("Import", "its sheet \u201C%1\u201D has no part").arg(sheet.name));
    Status status;
    m_sheet = openPart(sheet.part, XlsxPart::kMaxSheetBytes, status);
    return status;
}

bool XlsxReader::fail(const QString &why)
{
    m_error = QCoreApplication::translate("Import", "sheet \u201C%1\u201D, row %2: %3").arg(m_sheetName).arg(m_row).arg(why);
    m_done = true;
    return false;
}

bool XlsxReader::next(QStringList &cells)
{
    cells.clear();
    if (m_done || !m_sheet)
        return false;
    QXmlStreamReader &xml = m_sheet->xml();
    for (;;) {
        const QXmlStreamReader::TokenType token = m_sheet->next();
        if (token == QXmlStreamReader::Invalid) {
            ++m_row; // the row after the last one read is where it failed
            return fail(m_sheet->error());
        }
        if (token == QXmlStreamReader::EndDocument) {
            m_done = true;
            return false;
        }
        if (token == QXmlStreamReader::EndElement && xml.name() == u"sheetData") {
            m_done = true; // what follows (merged cells, print settings) is no data
            return false;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"sheetData") {
            m_inSheetData = true;
        } else if (xml.name() == u"row" && m_inSheetData) {
            const QStringView r = xml.attributes().value(QStringLiteral("r"));
            if (r.isEmpty()) {
                ++m_row;
            } else {
                bool ok = false;
                const qint64 row = r.toLongLong(&ok);
                if (!ok || row < 1) {
                    ++m_row;
                    return fail(QCoreApplication::translate("Import", "the row number \u201C%1\u201D is not valid").arg(r));
                }
                m_row = row;
            }
            if (!readRow(cells))
                return false;
            if (!cells.isEmpty()) {
                m_line = m_row;
                return true;
            }
        }
    }
}

bool XlsxReader::readRow(QStringList &cells)
{
    QXmlStreamReader &xml = m_sheet->xml();
    qsizetype column = -1;
    for (;;) {
        const QXmlStreamReader::TokenType token = m_sheet->next();
        if (token == QXmlStreamReader::Invalid)
            return fail(m_sheet->error());
        if (token == QXmlStreamReader::EndElement && xml.name() == u"row")
            return true;
        if (token == QXmlStreamReader::StartElement && xml.name() == u"c" && !readCell(cells, column))
            return false;
    }
}

bool XlsxReader::readCell(QStringList &cells, qsizetype &column)
{
    QXmlStreamReader &xml = m_sheet->xml();
    const QXmlStreamAttributes attributes = xml.attributes();
    const QStringView reference = attributes.value(QStringLiteral("r"));
    if (reference.isEmpty()) {
        ++column; // cells without a reference follow the one before
    } else {
        column = columnOf(reference);
        if (column < 0)
            return fail(QCoreApplication::translate("Import", "the cell reference \u201C%1\u201D is not valid (columns go from A to XFD)").arg(reference));
    }
    if (column >= kMaxColumns)
        return fail(QCoreApplication::translate("Import", "the row has more than %1 columns").arg(kMaxColumns));
    const QString type = attributes.value(QStringLiteral("t")).toString();
    const int style = attributes.value(QStringLiteral("s")).toInt();
    QString value, inlineText;
    enum class In { Nothing, Value, InlineText } in = In::Nothing;
    int inlineString = 0, phonetic = 0;
    for (bool open = true; open;) {
        const QXmlStreamReader::TokenType token = m_sheet->next();
        if (token == QXmlStreamReader::Invalid)
            return fail(m_sheet->error());
        const QStringView name = xml.name();
        if (token == QXmlStreamReader::StartElement) {
            if (name == u"v")
                in = In::Value;
            else if (name == u"is")
                ++inlineString;
            else if (name == u"rPh")
                ++phonetic;
            else if (name == u"t" && inlineString > 0 && phonetic == 0)
                in = In::InlineText;
        } else if (token == QXmlStreamReader::EndElement) {
            if (name == u"c")
                open = false;
            else if (name == u"v" || name == u"t")
                in = In::Nothing;
            else if (name == u"is")
                --inlineString;
            else if (name == u"rPh")
                --phonetic;
        } else if (token == QXmlStreamReader::Characters && in != In::Nothing) {
            QString &text = in == In::Value ? value : inlineText;
            if (text.size() + xml.text().size() > kMaxCellChars)
                return fail(QCoreApplication::translate("Import", "cell %1%2 holds more than %3 characters")
                                .arg(columnName(column))
                                .arg(m_row)
                                .arg(kMaxCellChars));
            text += xml.text();
        }
    }
    bool ok = true;
    const QString text = type == u"inlineStr" ? inlineText : cellText(type, value, style, ok);
    if (!ok) {
        return fail(QCoreApplication::translate("Import", "cell %1%2 refers to shared string %3, which the workbook does not have")
                        .arg(columnName(column))
                        .arg(m_row)
                        .arg(value));
    }
    if (text.isEmpty())
        return true;
    while (cells.size() < column)
        cells.append(QString());
    if (cells.size() == column)
        cells.append(text);
    else
        cells[column] = text; // cells out of order: the last one given wins
    return true;
}

QString XlsxReader::cellText(const QString &type, const QString &value, int style, bool &ok)
{
    if (value.isEmpty())
        return {};
    if (type == u"s") {
        const qsizetype index = value.trimmed().toLongLong(&ok);
        ok = ok && index >= 0 && index < m_sharedStrings.size();
        return ok ? m_sharedStrings.at(index) : QString();
    }
    if (type == u"b")
        return value == u"1" ? QStringLiteral("TRUE") : value == u"0" ? QStringLiteral("FALSE") : value;
    if (!type.isEmpty() && type != u"n")
        return value; // str (a formula's text), e (an error such as #N/A), d (an ISO date)
    bool isNumber = false;
    const double number = value.trimmed().toDouble(&isNumber);
    if (!isNumber)
        return value;
    const XlsxNumberKind kind = style >= 0 && style < m_styleKinds.size() ? m_styleKinds.at(style) : XlsxNumberKind::Number;
    return xlsxNumberText(number, kind, m_date1904);
}

} // namespace pd
