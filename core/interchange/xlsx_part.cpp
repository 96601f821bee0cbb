#include "xlsx_part.h"

#include <QCoreApplication>

#include <zip.h>

#include <algorithm>

namespace pd {

namespace {

constexpr qint64 kChunk = 64 * 1024;

QString size(qint64 bytes)
{
    if (bytes >= (1LL << 30))
        return QCoreApplication::translate("Import", "%1 GiB").arg(bytes >> 30);
    return QCoreApplication::translate("Import", "%1 MiB").arg(bytes >> 20);
}

} // namespace

XlsxPart::XlsxPart(struct zip *archive, QString name, qint64 maxSize, qint64 fileSize)
    : m_archive(archive)
    , m_name(std::move(name))
    , m_maxSize(maxSize)
    , m_fileSize(fileSize)
{ }

XlsxPart::~XlsxPart()
{
    if (m_file)
        zip_fclose(m_file);
}

QString XlsxPart::tooLarge() const
{
    return QCoreApplication::translate("Import", "the part %1 is larger than %2 uncompressed, more than this import reads")
        .arg(m_name, size(m_maxSize));
}

QString XlsxPart::bomb() const
{
    return QCoreApplication::translate("Import",
        "the part %1 inflates to more than %2 times its compressed size, as zip bombs do; it is not read")
        .arg(m_name)
        .arg(kMaxRatio);
}

Status XlsxPart::open()
{
    const QByteArray name = m_name.toUtf8();
    const zip_int64_t index = zip_name_locate(m_archive, name.constData(), ZIP_FL_NOCASE);
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (index < 0 || zip_stat_index(m_archive, zip_uint64_t(index), 0, &stat) != 0)
        return Error::make(Error::Kind::Io, QCoreApplication::translate("Import", "it has no part %1").arg(m_name));
    if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE)
        return Error::make(Error::Kind::Io, QCoreApplication::translate("Import", "the part %1 is encrypted").arg(m_name));
    m_size = (stat.valid & ZIP_STAT_SIZE) ? qint64(std::min<zip_uint64_t>(stat.size, INT64_MAX)) : 0;
    m_compressed = (stat.valid & ZIP_STAT_COMP_SIZE) ? qint64(std::min<zip_uint64_t>(stat.comp_size, INT64_MAX)) : m_fileSize;
    m_compressed = std::min(m_compressed, m_fileSize);
    if (m_size > m_maxSize)
        return Error::make(Error::Kind::Io, tooLarge());
    if (m_size > kRatioFloor && m_size > kMaxRatio * m_compressed)
        return Error::make(Error::Kind::Io, bomb());
    m_file = zip_fopen_index(m_archive, zip_uint64_t(index), 0);
    if (!m_file)
        return Error::make(Error::Kind::Io,
            QCoreApplication::translate("Import", "the part %1 cannot be read: %2").arg(m_name, QString::fromUtf8(zip_strerror(m_archive))));
    m_xml.setNamespaceProcessing(true);
    return {};
}

bool XlsxPart::feed()
{
    if (m_atEnd || !m_file)
        return false;
    m_chunk.resize(kChunk);
    const zip_int64_t n = zip_fread(m_file, m_chunk.data(), zip_uint64_t(m_chunk.size()));
    if (n < 0) {
        m_error = QCoreApplication::translate("Import", "the part %1 cannot be inflated: %2")
                      .arg(m_name, QString::fromUtf8(zip_file_strerror(m_file)));
        return false;
    }
    if (n == 0) {
        m_atEnd = true;
        return false;
    }
    // The directory's sizes were checked at open(), but it can lie: count what really comes out.
    m_inflated += n;
    if (m_inflated > m_maxSize) {
        m_error = tooLarge();
        return false;
    }
    if (m_inflated > kRatioFloor && m_inflated > kMaxRatio * m_compressed) {
        m_error = bomb();
        return false;
    }
    m_chunk.resize(qsizetype(n));
    m_xml.addData(m_chunk);
    return true;
}

QXmlStreamReader::TokenType XlsxPart::next()
{
    if (!m_error.isEmpty())
        return QXmlStreamReader::Invalid;
    for (;;) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::DTD) {
            m_error = QCoreApplication::translate("Import", "the part %1 has a document type declaration (DTD), which workbooks do not have; it is not read")
                          .arg(m_name);
            return QXmlStreamReader::Invalid;
        }
        if (token != QXmlStreamReader::Invalid)
            return token;
        if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError && feed())
            continue;
        if (m_error.isEmpty()) {
            m_error = QCoreApplication::translate("Import", "the part %1 is not well-formed XML (line %2, column %3): %4")
                          .arg(m_name)
                          .arg(m_xml.lineNumber())
                          .arg(m_xml.columnNumber())
                          .arg(m_xml.errorString());
        }
        return QXmlStreamReader::Invalid;
    }
}

} // namespace pd
