#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>
#include <QXmlStreamReader>

struct zip;
struct zip_file;

namespace pd {

// One XML part of an .xlsx zip, inflated in chunks into a QXmlStreamReader as the reader asks for
// more: memory holds one chunk, however large the part. A zip's directory can lie and a small part
// can inflate to gigabytes (a zip bomb), so the limits are checked against the directory when the
// part is opened and again against the bytes actually inflated while it is read. A part with a
// document type declaration is refused: workbooks have none, and entities are how hostile XML
// grows or reaches outside the file.
class XlsxPart final
{
    Q_DISABLE_COPY_MOVE(XlsxPart)

public:
    // Above this size, a part may not inflate to more than kMaxRatio times its compressed size.
    static constexpr qint64 kRatioFloor = 1LL << 20; // 1 MiB
    static constexpr qint64 kMaxRatio = 200;
    // The most a part may inflate to: a sheet, and the other parts (workbook, relationships, shared
    // strings, styles), which are held in memory as they are read.
    static constexpr qint64 kMaxSheetBytes = 2LL << 30; // 2 GiB
    static constexpr qint64 kMaxPartBytes = 256LL << 20; // 256 MiB

    // name: the part's path in the zip; maxSize: the most it may inflate to; fileSize: the zip
    // file's size, which bounds the compressed size whatever the directory says.
    XlsxPart(struct zip *archive, QString name, qint64 maxSize, qint64 fileSize);
    ~XlsxPart();

    // The error (a sentence without the file's name) when the part is missing, too large or
    // compressed like a zip bomb.
    Status open();
    const QString &name() const { return m_name; }

    // The next token, reading more of the part when the XML reader needs it. Invalid on an error
    // (see error()): the XML is not well-formed or has a DTD, the part passes a limit or cannot be
    // inflated.
    QXmlStreamReader::TokenType next();
    QXmlStreamReader &xml() { return m_xml; }
    // Why the part could not be read; empty otherwise.
    const QString &error() const { return m_error; }

    qint64 bytesRead() const { return m_inflated; }
    qint64 totalBytes() const { return m_size; }

private:
    bool feed();
    QString tooLarge() const;
    QString bomb() const;

    struct zip *m_archive;
    QString m_name;
    qint64 m_maxSize;
    qint64 m_fileSize;
    struct zip_file *m_file = nullptr;
    qint64 m_size = 0; // uncompressed, from the directory
    qint64 m_compressed = 0; // from the directory, at most the file's size
    qint64 m_inflated = 0; // bytes actually read from the part
    bool m_atEnd = false;
    QByteArray m_chunk;
    QXmlStreamReader m_xml;
    QString m_error;
};

} // namespace pd
