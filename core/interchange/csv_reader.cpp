#include "csv_reader.h"

#include <QCoreApplication>
#include <QIODevice>

#include <array>

namespace pd {

namespace {

constexpr qint64 kChunk = 64 * 1024;
constexpr int kSampleLines = 20;

QStringDecoder decoderFor(const QString &name)
{
    if (const auto known = QStringConverter::encodingForName(name.toLatin1().constData()))
        return QStringDecoder(*known);
    return QStringDecoder(name.toLatin1().constData()); // through ICU: GB18030, GBK, Big5...
}

} // namespace

CsvReader::CsvReader(QIODevice &device, QString encoding, QChar separator)
    : m_device(device)
    , m_encoding(std::move(encoding))
    , m_separator(separator)
{ }

QString CsvReader::detectEncoding(const QByteArray &head)
{
    if (head.startsWith("\xEF\xBB\xBF"))
        return QStringLiteral("UTF-8");
    if (head.startsWith("\xFF\xFE"))
        return QStringLiteral("UTF-16LE");
    if (head.startsWith("\xFE\xFF"))
        return QStringLiteral("UTF-16BE");
    // UTF-16 without a BOM: the separators, digits and line breaks of a CSV are ASCII, whose high
    // byte is NUL: NULs at odd offsets are little-endian, at even offsets big-endian.
    qsizetype even = 0, odd = 0;
    const qsizetype n = head.size() & ~qsizetype(1);
    for (qsizetype i = 0; i < n; ++i) {
        if (head.at(i) == '\0')
            ++(i % 2 ? odd : even);
    }
    if (n >= 2 && odd > n / 20 && even * 10 < odd)
        return QStringLiteral("UTF-16LE");
    if (n >= 2 && even > n / 20 && odd * 10 < even)
        return QStringLiteral("UTF-16BE");
    // A stateful decoder holds a sequence cut at the end of the sample without calling it an error.
    QStringDecoder utf8(QStringConverter::Utf8);
    const QString decoded = utf8.decode(head);
    Q_UNUSED(decoded);
    if (!utf8.hasError())
        return QStringLiteral("UTF-8");
    return QStringLiteral("GB18030"); // what Chinese Excel writes (a superset of GBK)
}

QChar CsvReader::detectSeparator(QStringView head)
{
    const QChar candidates[] = {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')};
    QList<std::array<int, 3>> counts; // per logical line
    std::array<int, 3> current{};
    bool quoted = false;
    for (qsizetype i = 0; i < head.size() && counts.size() < kSampleLines; ++i) {
        const QChar c = head.at(i);
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (!quoted && c == QLatin1Char('\n')) {
            counts.append(current);
            current = {};
        } else if (!quoted) {
            for (int k = 0; k < 3; ++k) {
                if (c == candidates[k])
                    ++current[k];
            }
        }
    }
    if (counts.isEmpty() || (counts.size() < kSampleLines && !quoted && current != std::array<int, 3>{}))
        counts.append(current); // a file of one line, or the last line without its line break
    int best = 0, bestAgreeing = -1, bestCount = 0;
    for (int k = 0; k < 3; ++k) {
        const int header = counts.first()[k];
        if (header == 0)
            continue;
        int agreeing = 0;
        for (const auto &line : counts)
            agreeing += line[k] == header ? 1 : 0;
        if (agreeing > bestAgreeing || (agreeing == bestAgreeing && header > bestCount)) {
            best = k;
            bestAgreeing = agreeing;
            bestCount = header;
        }
    }
    return candidates[best];
}

bool CsvReader::restIsUtf8()
{
    // A file can be ASCII for its first chunk and Chinese (GBK) after it: before it is read as UTF-8,
    // the whole of it must be. Read through once and put back where it was.
    if (m_device.isSequential())
        return true;
    const qint64 start = m_device.pos();
    QStringDecoder utf8(QStringConverter::Utf8);
    bool valid = true;
    while (valid) {
        const QByteArray chunk = m_device.read(1 << 20);
        if (chunk.isEmpty())
            break;
        // ASCII needs no decoding: most of a CSV is digits, dates and separators.
        bool ascii = true;
        for (const char c : chunk) {
            if (static_cast<unsigned char>(c) >= 0x80) {
                ascii = false;
                break;
            }
        }
        if (!ascii) {
            const QString decoded = utf8.decode(chunk);
            Q_UNUSED(decoded);
            valid = !utf8.hasError();
        }
    }
    m_device.seek(start);
    return valid;
}

Status CsvReader::open()
{
    const QByteArray head = m_device.peek(kChunk);
    if (m_encoding.isEmpty()) {
        m_encoding = detectEncoding(head);
        if (m_encoding == QLatin1String("UTF-8") && !head.startsWith("\xEF\xBB\xBF") && !restIsUtf8())
            m_encoding = QStringLiteral("GB18030");
    }
    m_decoder = decoderFor(m_encoding);
    if (!m_decoder.isValid())
        return Error::make(Error::Kind::InvalidArgument,
            QCoreApplication::translate("Import", "unknown encoding \"%1\" (UTF-8, UTF-16LE, UTF-16BE or GB18030)").arg(m_encoding));
    if (m_separator.isNull()) {
        QStringDecoder sample = decoderFor(m_encoding);
        const QString decoded = sample.decode(head);
        m_separator = detectSeparator(decoded);
    }
    return {};
}

qint64 CsvReader::bytesRead() const
{
    return m_device.pos();
}

bool CsvReader::fill()
{
    m_buffer.clear();
    m_pos = 0;
    while (m_buffer.isEmpty() && !m_atEnd) {
        const QByteArray chunk = m_device.read(kChunk);
        if (chunk.isEmpty()) {
            m_atEnd = true;
            if (m_device.bytesAvailable() > 0 || (!m_device.atEnd() && !m_device.isSequential()))
                m_error = QCoreApplication::translate("Import", "the file could not be read: %1").arg(m_device.errorString());
            break;
        }
        m_buffer = m_decoder.decode(chunk);
        if (m_decoder.hasError()) {
            m_error = QCoreApplication::translate("Import", "the file is not valid %1 (near byte %2)").arg(m_encoding).arg(m_device.pos());
            m_atEnd = true;
            m_buffer.clear();
        }
    }
    return !m_buffer.isEmpty();
}

bool CsvReader::readRecord(QStringList &fields)
{
    fields.clear();
    QString field;
    bool quoted = false;
    bool any = false;
    m_recordLine = m_line;
    for (;;) {
        if (m_pos >= m_buffer.size() && !fill()) {
            if (!any)
                return false;
            if (quoted && m_error.isEmpty())
                m_error = QCoreApplication::translate("Import", "the quoted field of the record on line %1 is not closed").arg(m_recordLine);
            fields.append(field); // the last line without its line break
            return true;
        }
        const QChar c = m_buffer.at(m_pos++);
        any = true;
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (m_pos >= m_buffer.size())
                    fill();
                if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == QLatin1Char('"')) {
                    field.append(c);
                    ++m_pos;
                } else {
                    quoted = false;
                }
            } else if (c != QLatin1Char('\r')) { // CRLF inside a field is kept as LF
                if (c == QLatin1Char('\n'))
                    ++m_line;
                field.append(c);
            }
        } else if (c == m_separator) {
            fields.append(field);
            field.clear();
        } else if (c == QLatin1Char('\n')) {
            ++m_line;
            fields.append(field);
            return true;
        } else if (c == QLatin1Char('"') && field.isEmpty()) {
            quoted = true;
        } else if (c != QLatin1Char('\r')) {
            field.append(c);
        }
    }
}

bool CsvReader::next(QStringList &fields)
{
    while (readRecord(fields)) {
        if (!m_error.isEmpty())
            return false;
        if (fields.size() == 1 && fields.first().trimmed().isEmpty())
            continue; // a blank line
        return true;
    }
    return false;
}

} // namespace pd
