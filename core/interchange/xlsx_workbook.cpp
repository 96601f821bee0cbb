// The parts of a workbook read when it is opened: its sheets, where they are, its shared strings
// and its number formats.
#include "xlsx_reader.h"

#include "xlsx_part.h"
#include "xlsx_values.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>

namespace pd {

namespace {

// Room for any real workbook, not for a hostile one to take the machine's memory.
constexpr qsizetype kMaxSheets = 10'000;
constexpr qsizetype kMaxSharedStrings = 10'000'000;
constexpr qsizetype kMaxSharedChars = 100'000'000; // about 200 MB of text

bool isAttributeTrue(QStringView value)
{
    return value == u"1" || value == u"true";
}

// A relationship's target as a path in the zip: relative to the folder of the part that points to it.
QString resolveTarget(const QString &folder, QStringView target)
{
    if (target.startsWith(u'/'))
        return QDir::cleanPath(target.mid(1).toString());
    return QDir::cleanPath(folder + u'/' + target.toString());
}

} // namespace

Status XlsxReader::readWorkbook()
{
    Status status;
    const auto part = openPart(QStringLiteral("xl/workbook.xml"), XlsxPart::kMaxPartBytes, status);
    if (!part)
        return status;
    QXmlStreamReader &xml = part->xml();
    for (;;) {
        const QXmlStreamReader::TokenType token = part->next();
        if (token == QXmlStreamReader::Invalid)
            return notWorkbook(part->error());
        if (token == QXmlStreamReader::EndDocument)
            break;
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"workbookPr") {
            m_date1904 = isAttributeTrue(xml.attributes().value(QStringLiteral("date1904")));
        } else if (xml.name() == u"sheet") {
            if (m_sheets.size() >= kMaxSheets)
                return notWorkbook(QCoreApplication::translate("Import", "it has more than %1 sheets").arg(kMaxSheets));
            SheetEntry sheet;
            for (const QXmlStreamAttribute &attribute : xml.attributes()) {
                if (attribute.name() == u"name" && attribute.namespaceUri().isEmpty())
                    sheet.name = attribute.value().toString();
                else if (attribute.name() == u"id" && !attribute.namespaceUri().isEmpty()) // r:id
                    sheet.relationId = attribute.value().toString();
            }
            m_sheets.append(sheet);
            m_sheetNames.append(sheet.name);
        }
    }
    if (m_sheets.isEmpty())
        return notWorkbook(QCoreApplication::translate("Import", "it has no sheets"));
    return {};
}

Status XlsxReader::readRelationships(QString &sharedStrings, QString &styles)
{
    Status status;
    const auto part = openPart(QStringLiteral("xl/_rels/workbook.xml.rels"), XlsxPart::kMaxPartBytes, status);
    if (!part)
        return status;
    QXmlStreamReader &xml = part->xml();
    QHash<QString, QString> targets;
    for (;;) {
        const QXmlStreamReader::TokenType token = part->next();
        if (token == QXmlStreamReader::Invalid)
            return notWorkbook(part->error());
        if (token == QXmlStreamReader::EndDocument)
            break;
        if (token != QXmlStreamReader::StartElement || xml.name() != u"Relationship")
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (attributes.value(QStringLiteral("TargetMode")) == u"External")
            continue;
        const QString target = resolveTarget(QStringLiteral("xl"), attributes.value(QStringLiteral("Target")));
        const QStringView type = attributes.value(QStringLiteral("Type"));
        if (type.endsWith(u"/sharedStrings"))
            sharedStrings = target;
        else if (type.endsWith(u"/styles"))
            styles = target;
        targets.insert(attributes.value(QStringLiteral("Id")).toString(), target);
    }
    for (SheetEntry &sheet : m_sheets)
        sheet.part = targets.value(sheet.relationId);
    return {};
}

Status XlsxReader::readSharedStrings(const QString &name)
{
    if (name.isEmpty())
        return {}; // a workbook without text, or with inline strings only
    Status status;
    const auto part = openPart(name, XlsxPart::kMaxPartBytes, status);
    if (!part)
        return status;
    QXmlStreamReader &xml = part->xml();
    QString item;
    qsizetype chars = 0;
    bool inItem = false, inText = false;
    int phonetic = 0; // depth in <rPh>, the reading aid of East Asian text, which is not the value
    for (;;) {
        const QXmlStreamReader::TokenType token = part->next();
        if (token == QXmlStreamReader::Invalid)
            return notWorkbook(part->error());
        if (token == QXmlStreamReader::EndDocument)
            return {};
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == u"si") {
                inItem = true;
                item.clear();
            } else if (xml.name() == u"rPh") {
                ++phonetic;
            } else if (xml.name() == u"t") {
                inText = inItem && phonetic == 0;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (xml.name() == u"t") {
                inText = false;
            } else if (xml.name() == u"rPh") {
                --phonetic;
            } else if (xml.name() == u"si") {
                if (m_sharedStrings.size() >= kMaxSharedStrings)
                    return notWorkbook(QCoreApplication::translate("Import", "it has more than %1 shared strings").arg(kMaxSharedStrings));
                m_sharedStrings.append(item);
                item.clear();
                inItem = false;
            }
        } else if (token == QXmlStreamReader::Characters && inText) {
            chars += xml.text().size();
            if (chars > kMaxSharedChars)
                return notWorkbook(QCoreApplication::translate("Import", "its shared strings hold more than %1 characters").arg(kMaxSharedChars));
            item += xml.text();
        }
    }
}

Status XlsxReader::readStyles(const QString &name)
{
    if (name.isEmpty())
        return {};
    Status status;
    const auto part = openPart(name, XlsxPart::kMaxPartBytes, status);
    if (!part)
        return status;
    QXmlStreamReader &xml = part->xml();
    QHash<int, XlsxNumberKind> custom;
    QList<int> formats; // numFmtId per cellXfs entry
    bool inFormats = false, inCellFormats = false; // not those of conditional formats (dxfs) nor cell styles (cellStyleXfs)
    for (;;) {
        const QXmlStreamReader::TokenType token = part->next();
        if (token == QXmlStreamReader::Invalid)
            return notWorkbook(part->error());
        if (token == QXmlStreamReader::EndDocument)
            break;
        if (token == QXmlStreamReader::StartElement) {
            const QXmlStreamAttributes attributes = xml.attributes();
            const int id = attributes.value(QStringLiteral("numFmtId")).toInt();
            if (xml.name() == u"numFmts")
                inFormats = true;
            else if (xml.name() == u"numFmt" && inFormats)
                custom.insert(id, xlsxFormatCodeKind(attributes.value(QStringLiteral("formatCode")).toString()));
            else if (xml.name() == u"cellXfs")
                inCellFormats = true;
            else if (xml.name() == u"xf" && inCellFormats)
                formats.append(id);
        } else if (token == QXmlStreamReader::EndElement) {
            if (xml.name() == u"numFmts")
                inFormats = false;
            else if (xml.name() == u"cellXfs")
                inCellFormats = false;
        }
    }
    m_styleKinds.reserve(formats.size());
    for (const int id : formats)
        m_styleKinds.append(custom.contains(id) ? custom.value(id) : xlsxBuiltinFormatKind(id));
    return {};
}

} // namespace pd
