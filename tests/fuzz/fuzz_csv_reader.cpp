// CSV reading: whatever the bytes, CsvReader detects an encoding and a separator (or refuses an
// encoding) and returns records until the end or an error, with line numbers that only go forward.
// The first byte also picks an explicit encoding and separator and a sequential device for the
// rest, so the paths the wizard takes when the user chooses are fuzzed too; previewCsv reads a file.
#include "fuzz_support.h"

#include "interchange/csv_import.h"
#include "interchange/csv_reader.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>

using namespace pd;

namespace {

// A device that cannot seek, like a pipe: CsvReader does not check it to its end before reading.
class SequentialDevice final : public QIODevice
{
public:
    explicit SequentialDevice(const QByteArray &bytes)
        : m_bytes(bytes)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_bytes.size() - m_pos + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 max) override
    {
        const qint64 n = std::min<qint64>(max, m_bytes.size() - m_pos);
        std::copy_n(m_bytes.constData() + m_pos, n, data);
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qint64 m_pos = 0;
};

void readAll(QIODevice &device, qint64 size, const QString &encoding, QChar separator)
{
    CsvReader reader(device, encoding, separator);
    if (!reader.open())
        return;
    PD_FUZZ_CHECK(!reader.separator().isNull());
    if (encoding.isEmpty()) {
        const QString &e = reader.encoding();
        PD_FUZZ_CHECK(e == QLatin1String("UTF-8") || e == QLatin1String("UTF-16LE") || e == QLatin1String("UTF-16BE")
            || e == QLatin1String("GB18030"));
    }
    QStringList fields;
    qint64 lastLine = 0;
    while (reader.next(fields)) {
        PD_FUZZ_CHECK(!fields.isEmpty());
        PD_FUZZ_CHECK(reader.line() > lastLine);
        lastLine = reader.line();
    }
    PD_FUZZ_CHECK(reader.bytesRead() <= size);
}

QString previewPath()
{
    static QTemporaryDir dir;
    return dir.isValid() ? dir.filePath(QStringLiteral("preview.csv")) : QString();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzz::bytesOf(data, size);
    {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        readAll(buffer, bytes.size(), {}, {});
    }
    if (size == 0)
        return 0;

    // "Big5" and a name no one knows reach ICU's converters and the refusal of an encoding.
    static const char *const encodings[] = {"", "UTF-8", "UTF-16LE", "UTF-16BE", "GB18030", "Big5", "x-none"};
    static const char separators[] = {',', ';', '\t', '\0'};
    const unsigned choice = data[0];
    const QString encoding = QLatin1String(encodings[choice % 7]);
    const QChar separator = QLatin1Char(separators[(choice / 7) % 4]);
    const QByteArray rest = bytes.sliced(1);
    if (choice & 0x80) {
        SequentialDevice device(rest);
        readAll(device, rest.size(), encoding, separator);
    } else {
        QBuffer buffer;
        buffer.setData(rest);
        buffer.open(QIODevice::ReadOnly);
        readAll(buffer, rest.size(), encoding, separator);
    }

    const QString path = previewPath();
    QFile file(path);
    PD_FUZZ_CHECK(file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(rest) == rest.size());
    file.close();
    if (auto preview = previewCsv(path, {encoding, separator}, 5)) {
        PD_FUZZ_CHECK(preview->rows.size() <= 5 && preview->rows.size() == preview->lines.size());
        for (qsizetype i = 1; i < preview->lines.size(); ++i)
            PD_FUZZ_CHECK(preview->lines.at(i) > preview->lines.at(i - 1));
    }
    return 0;
}
