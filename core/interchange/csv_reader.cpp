#include "csv_reader.h"

#include "csv_encoding.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QLocale>

#include <algorithm>
#include <array>

namespace pd {

namespace {

constexpr qint64 kChunk = 64 * 1024;
constexpr int kSampleLines = 20;

QString number(qint64 n)
{
    return QLocale(QLocale::English).toString(n); // 10,000
}

QString megabytes(qsizetype chars)
{
    return QString::number(chars / 1'000'000);
}

// Where a file's bytes are not valid in the encoding it is read in.
QString invalidLine(qint64 line, const QString &encoding)
{
    return QCoreApplication::translate("Import",
        "line %1 is not valid %2; save the file again in one encoding (UTF-8 is best) or choose the encoding it is in")
        .arg(line)
        .arg(encoding);
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

QString CsvReader::checkLines(bool chosen, bool bom)
{
    // UTF-8 bytes are mostly valid GB18030 too: decoded as GB18030, a UTF-8 line would be stored as
    // mojibake ("中文" as "涓枃"). So a file is read as UTF-8 when every line is, as GB18030 when no
    // line with bytes above 0x7F is, and not at all when it mixes them. A BOM makes it UTF-8.
    const bool utf8 = isUtf8(m_encoding);
    const QString other = bom || (chosen && utf8) ? QString() : chosen ? m_encoding : QStringLiteral("GB18030");
    const LineEncodings lines = scanLineEncodings(m_device, other, !chosen);
    if (lines.utf8 > 0 && lines.notUtf8 > 0 && !bom) {
        return QCoreApplication::translate("Import",
            "line %1 is UTF-8 and line %2 is not: the file mixes encodings; save it again in one encoding (UTF-8 is best)")
            .arg(lines.utf8)
            .arg(lines.notUtf8);
    }
    if (!chosen && !bom)
        m_encoding = lines.notUtf8 > 0 ? QStringLiteral("GB18030") : QStringLiteral("UTF-8");
    if (isUtf8(m_encoding))
        return lines.notUtf8 > 0 ? invalidLine(lines.notUtf8, m_encoding) : QString();
    return lines.invalid > 0 ? invalidLine(lines.invalid, m_encoding) : QString();
}

Status CsvReader::open()
{
    const QByteArray head = m_device.peek(kChunk);
    const bool chosen = !m_encoding.isEmpty();
    if (!chosen)
        m_encoding = detectEncoding(head);
    makeDecoder(m_decoder, m_encoding);
    if (!m_decoder->isValid())
        return Error::make(Error::Kind::InvalidArgument,
            QCoreApplication::translate("Import", "unknown encoding \"%1\" (UTF-8, UTF-16LE, UTF-16BE or GB18030)").arg(m_encoding));
    // UTF-16 (by its BOM or its NUL bytes, or chosen) has no '\n' bytes to tell its lines by, and
    // is decoded whole; its invalid bytes are found as it is read.
    if (isAsciiCompatible(m_encoding) && !m_device.isSequential())
        m_error = checkLines(chosen, head.startsWith("\xEF\xBB\xBF"));
    if (!m_error.isEmpty())
        m_atEnd = true; // next() returns false at once, error() says why
    makeDecoder(m_decoder, m_encoding);
    if (m_separator.isNull()) {
        std::optional<QStringDecoder> sample;
        makeDecoder(sample, m_encoding);
        const QString decoded = sample->decode(head);
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
    Q_ASSERT(m_decoder); // open() first
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
        m_buffer = m_decoder->decode(chunk);
        if (m_decoder->hasError()) {
            // Found here on a sequential device or in UTF-16: the line breaks decoded before the
            // first replacement character give its line.
            const qsizetype bad = std::max<qsizetype>(0, m_buffer.indexOf(QChar::ReplacementCharacter));
            m_error = invalidLine(m_line + QStringView(m_buffer).first(bad).count(QLatin1Char('\n')), m_encoding);
            m_atEnd = true;
            m_buffer.clear();
        }
    }
    return !m_buffer.isEmpty();
}

bool CsvReader::refuse(Limit limit, QStringList &fields, QString &field)
{
    switch (limit) {
    case Limit::Columns:
        m_error = QCoreApplication::translate("Import", "line %1 has more than %2 columns; ProjectDesk reads at most %2")
                      .arg(m_recordLine)
                      .arg(number(kMaxColumns));
        break;
    case Limit::Cell:
        m_error = QCoreApplication::translate("Import",
            "line %1 has a cell of more than %2 characters (about %3 MB); ProjectDesk reads at most %2 in a cell")
                      .arg(m_recordLine)
                      .arg(number(kMaxCellChars), megabytes(kMaxCellChars));
        break;
    case Limit::Record:
        m_error = QCoreApplication::translate("Import",
            "line %1 has more than %2 characters (about %3 MB); ProjectDesk reads at most %2 in one record")
                      .arg(m_recordLine)
                      .arg(number(kMaxRecordChars), megabytes(kMaxRecordChars));
        break;
    }
    m_atEnd = true;
    m_buffer = QString();
    m_pos = 0;
    fields = QStringList(); // the memory of the record is given back at once
    field = QString();
    return false;
}

bool CsvReader::endField(QStringList &fields, QString &field, qsizetype &recordChars)
{
    if (field.size() > kMaxCellChars) [[unlikely]]
        return refuse(Limit::Cell, fields, field);
    recordChars += field.size();
    if (recordChars > kMaxRecordChars) [[unlikely]]
        return refuse(Limit::Record, fields, field);
    fields.append(field);
    field.clear();
    return true;
}

bool CsvReader::readRecord(QStringList &fields)
{
    fields.clear();
    QString field;
    qsizetype recordChars = 0;
    bool quoted = false;
    bool any = false;
    m_recordLine = m_line;
    for (;;) {
        // The cell's length is checked once a chunk (and at the end of each field), not at each
        // character: it grows at most a chunk past its limit, and the loop stays as fast as it was.
        if (m_pos >= m_buffer.size() && field.size() > kMaxCellChars) [[unlikely]]
            return refuse(Limit::Cell, fields, field);
        if (m_pos >= m_buffer.size() && !fill()) {
            if (!any)
                return false;
            if (quoted && m_error.isEmpty())
                m_error = QCoreApplication::translate("Import", "the quoted field of the record on line %1 is not closed").arg(m_recordLine);
            return endField(fields, field, recordChars); // the last line without its line break
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
            if (!endField(fields, field, recordChars))
                return false;
            if (fields.size() >= kMaxColumns) [[unlikely]] // and another one follows the separator
                return refuse(Limit::Columns, fields, field);
        } else if (c == QLatin1Char('\n')) {
            ++m_line;
            return endField(fields, field, recordChars);
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
