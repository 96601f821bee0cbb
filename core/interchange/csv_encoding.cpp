#include "csv_encoding.h"

#include <QIODevice>

#include <algorithm>
#include <cstring>
#include <vector>

namespace pd {

namespace {

constexpr qint64 kScanChunk = 1 << 20;

// The first byte above 0x7F in [from, to), or `to`. Eight bytes at a time: most of a CSV is
// digits, dates and separators, and a million-row file must not take noticeably longer to open.
const char *firstNonAscii(const char *from, const char *to)
{
    while (to - from >= 8) {
        quint64 word;
        std::memcpy(&word, from, sizeof word);
        if (word & 0x8080808080808080ULL)
            break;
        from += 8;
    }
    while (from < to && static_cast<unsigned char>(*from) < 0x80)
        ++from;
    return from;
}

// Whether a line fed in pieces is well-formed UTF-8 (the Unicode standard's table 3-7, which Qt's
// decoder follows: no overlong forms, surrogates or code points above U+10FFFF).
class Utf8Check final
{
public:
    void feed(const char *data, qsizetype size)
    {
        for (qsizetype i = 0; i < size && !m_bad; ++i) {
            const auto c = static_cast<unsigned char>(data[i]);
            if (m_need > 0) {
                m_bad = c < m_low || c > m_high;
                m_low = 0x80;
                m_high = 0xBF;
                --m_need;
            } else if (c >= 0x80) {
                start(c);
            }
        }
    }
    bool valid() const { return !m_bad && m_need == 0; }
    void reset() { *this = Utf8Check(); }

private:
    void start(unsigned char c)
    {
        if (c >= 0xC2 && c <= 0xDF)
            m_need = 1;
        else if (c >= 0xE0 && c <= 0xEF)
            m_need = 2;
        else if (c >= 0xF0 && c <= 0xF4)
            m_need = 3;
        else
            m_bad = true;
        // The second byte's range is narrower after these leads.
        if (c == 0xE0)
            m_low = 0xA0;
        else if (c == 0xED)
            m_high = 0x9F;
        else if (c == 0xF0)
            m_low = 0x90;
        else if (c == 0xF4)
            m_high = 0x8F;
    }

    int m_need = 0;
    unsigned char m_low = 0x80;
    unsigned char m_high = 0xBF;
    bool m_bad = false;
};

} // namespace

void makeDecoder(std::optional<QStringDecoder> &decoder, const QString &name)
{
    decoder.emplace(name.toLatin1().constData()); // Qt's own (UTF-8, UTF-16...) first, else ICU's
}

bool isAsciiCompatible(const QString &name)
{
    const auto known = QStringConverter::encodingForName(name.toLatin1().constData());
    return !known
        || !(*known == QStringConverter::Utf16 || *known == QStringConverter::Utf16LE || *known == QStringConverter::Utf16BE
            || *known == QStringConverter::Utf32 || *known == QStringConverter::Utf32LE || *known == QStringConverter::Utf32BE);
}

bool isUtf8(const QString &name)
{
    return QStringConverter::encodingForName(name.toLatin1().constData()) == QStringConverter::Utf8;
}

LineEncodings scanLineEncodings(QIODevice &device, const QString &other, bool otherUnlessUtf8)
{
    LineEncodings found;
    std::optional<QStringDecoder> otherDecoder;
    if (!other.isEmpty())
        makeDecoder(otherDecoder, other);
    std::vector<QChar> decoded; // what the other decoder makes of a piece: only its errors count
    Utf8Check utf8;
    qint64 line = 1;
    bool nonAscii = false; // the current line has a byte above 0x7F (and is being fed to the checks)

    // Only the first invalid line is wanted (ICU's decoders keep their error once set anyway).
    const auto checkingOther = [&] { return otherDecoder && found.invalid == 0 && !(otherUnlessUtf8 && found.utf8 > 0); };
    const auto feed = [&](const char *data, qsizetype size) {
        utf8.feed(data, size);
        if (checkingOther()) {
            decoded.resize(size_t(otherDecoder->requiredSpace(size)));
            otherDecoder->appendToBuffer(decoded.data(), QByteArrayView(data, size));
        }
    };
    const auto endLine = [&] {
        if (checkingOther() && otherDecoder->hasError())
            found.invalid = line;
        qint64 &kind = utf8.valid() ? found.utf8 : found.notUtf8;
        if (kind == 0)
            kind = line;
        utf8.reset();
        nonAscii = false;
    };

    const qint64 start = device.pos();
    QByteArray chunk(kScanChunk, Qt::Uninitialized);
    bool first = true;
    while (found.utf8 == 0 || found.notUtf8 == 0) {
        const qint64 size = device.read(chunk.data(), chunk.size());
        if (size <= 0)
            break;
        const char *at = chunk.constData();
        const char *const end = at + size;
        if (first && size >= 3 && std::memcmp(at, "\xEF\xBB\xBF", 3) == 0)
            at += 3;
        first = false;
        while (at < end) {
            if (!nonAscii) {
                // The ASCII bytes of a line leave every decoder as it was at the line's start.
                const char *const upper = firstNonAscii(at, end);
                line += std::count(at, upper, '\n');
                at = upper;
                if (at == end)
                    break;
                nonAscii = true;
            }
            const auto *lineBreak = static_cast<const char *>(std::memchr(at, '\n', size_t(end - at)));
            const char *const stop = lineBreak ? lineBreak + 1 : end;
            feed(at, stop - at); // with the '\n': a sequence the line break cuts is an error
            at = stop;
            if (lineBreak) {
                endLine();
                ++line;
            }
        }
    }
    if (nonAscii) { // the last line, without its line break
        feed("\n", 1);
        endLine();
    }
    device.seek(start);
    return found;
}

} // namespace pd
