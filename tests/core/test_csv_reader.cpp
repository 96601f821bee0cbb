// The CSV reader's defences against bad input: records over its limits refused before they fill the
// memory, encodings never mixed nor decoded into mojibake, and messages that quote a bounded part
// of a value. What the import does with them is in test_csv_import.cpp.
#include "test_support.h"

#include "common/quoted_value.h"
#include "interchange/csv_import.h"
#include "interchange/csv_reader.h"
#include "interchange/rate_table.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QStringEncoder>

#include <cstring>

using namespace pd;

namespace {

QByteArray gb18030(const QString &text)
{
    QStringEncoder encoder("GB18030");
    REQUIRE(encoder.isValid());
    return encoder.encode(text);
}

// What the reader says of these bytes: the error of the first record it cannot read, or the number
// of records read.
struct Reading
{
    qsizetype records = 0;
    QString encoding;
    QString error;
    QList<QStringList> rows;
};

Reading read(QIODevice &device, const QString &encoding = {})
{
    CsvReader reader(device, encoding);
    REQUIRE(reader.open().ok());
    Reading r;
    r.encoding = reader.encoding();
    QStringList fields;
    while (reader.next(fields)) {
        ++r.records;
        r.rows.append(fields);
    }
    r.error = reader.error();
    return r;
}

Reading read(const QByteArray &bytes, const QString &encoding = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    return read(buffer, encoding);
}

// A device that cannot be read twice (a pipe): the reader cannot scan it before reading it.
class Pipe final : public QIODevice
{
public:
    explicit Pipe(QByteArray data)
        : m_data(std::move(data))
    { }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_data.size() - m_at + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        const qint64 n = std::min<qint64>(max, m_data.size() - m_at);
        std::memcpy(out, m_data.constData() + m_at, size_t(n));
        m_at += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_at = 0;
};

} // namespace

TEST_CASE("a line of millions of fields is refused at 10,000 columns, naming the line", "[csv][limits][local]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("wide.csv"));
    {
        // 10 MB of "x,x,x...": five million fields on line 1.
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        QByteArray block;
        for (int i = 0; i < 512 * 1024; ++i)
            block += "x,";
        for (int i = 0; i < 10; ++i)
            REQUIRE(file.write(block) == block.size());
    }
    REQUIRE(QFileInfo(path).size() == 10 * 1024 * 1024);
    auto preview = previewCsv(path);
    REQUIRE_FALSE(preview.ok());
    const QString message = preview.error().describe();
    INFO(message.toStdString());
    CHECK(message.contains(QStringLiteral("line 1 has more than 10,000 columns; ProjectDesk reads at most 10,000")));

    // The line named is the one the record starts on; exactly 10,000 columns are still read.
    QByteArray columns(2 * CsvReader::kMaxColumns - 1, 'y');
    for (qsizetype i = 1; i < columns.size(); i += 2)
        columns[i] = ',';
    const Reading fits = read("a,b\n1,2\n" + columns + "\n");
    CHECK(fits.error.isEmpty());
    REQUIRE(fits.records == 3);
    CHECK(fits.rows.last().size() == CsvReader::kMaxColumns);
    const Reading wide = read("a,b\n1,\"two\nlines\"\n" + columns + ",y\n");
    CHECK(wide.records == 2);
    CHECK(wide.error.contains(QStringLiteral("line 4 has more than 10,000 columns")));
}

TEST_CASE("a cell over 1 MB and a record over 16 MB are refused, naming the line and the limit", "[csv][limits][local]")
{
    SECTION("a 2 MB cell")
    {
        const Reading r = read("code,title\nGS-1," + QByteArray(2'000'000, 'x') + "\n");
        CHECK(r.records == 1);
        CHECK(r.error.contains(QStringLiteral("line 2 has a cell of more than 1,000,000 characters (about 1 MB)")));
    }
    SECTION("a quote never closed is a cell that grows to the limit, not to the end of the file")
    {
        const Reading r = read("code,title\nGS-1,\"" + QByteArray(3'000'000, 'x') + "\n");
        CHECK(r.error.contains(QStringLiteral("line 2 has a cell of more than 1,000,000 characters")));
    }
    SECTION("a cell of exactly 1,000,000 characters is read")
    {
        const Reading r = read("code,title\nGS-1," + QByteArray(CsvReader::kMaxCellChars, 'x') + "\n");
        CHECK(r.error.isEmpty());
        REQUIRE(r.records == 2);
        CHECK(r.rows.last().last().size() == CsvReader::kMaxCellChars);
    }
    SECTION("17 cells of 1,000,000 characters")
    {
        QByteArray line;
        for (int i = 0; i < 17; ++i)
            line += QByteArray(CsvReader::kMaxCellChars, char('a' + i)) + ',';
        const Reading r = read("a\n" + line + "\n");
        CHECK(r.records == 1);
        CHECK(r.error.contains(QStringLiteral("line 2 has more than 16,000,000 characters (about 16 MB)")));
    }
}

TEST_CASE("messages quote at most 80 characters of a value", "[csv][limits][local]")
{
    CHECK(quotedValue(QStringLiteral("KE")) == QStringLiteral("KE"));
    const QString eighty(80, QLatin1Char('a'));
    CHECK(quotedValue(eighty) == eighty);
    const QString long_ = QString(100, QLatin1Char('b'));
    CHECK(quotedValue(long_) == QString(79, QLatin1Char('b')) + QChar(0x2026));
    // A character outside the BMP is never cut in half.
    const QString wide = QString(78, QLatin1Char('c')) + QString::fromUcs4(U"\U00020BB7\U00020BB7");
    const QString quoted = quotedValue(wide);
    CHECK(quoted.size() == 79);
    CHECK(quoted == QString(78, QLatin1Char('c')) + QChar(0x2026));

    // The import's problems and reasons quote the bad cell through it.
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    const QString country = QStringLiteral("Atlantis ") + QString(5000, QLatin1Char('z'));
    const QString path = dir.path(QStringLiteral("partners.csv"));
    test::writeFile(path, QStringLiteral("English name,Country\nMinistry of Health,%1\n").arg(country).toUtf8());
    auto preview = previewCsv(path);
    REQUIRE(preview.ok());
    auto report = importCsv(portfolio->database(), path, autoMapping(ImportEntity::Partners, preview->header));
    REQUIRE(report.ok());
    REQUIRE(report->problems.size() == 1);
    const ImportProblem &p = report->problems.first();
    CHECK(p.line == 2);
    CHECK(p.value == country.first(79) + QChar(0x2026));
    CHECK(p.reason == QStringLiteral("unknown country \"%1\"").arg(country.toUpper().first(79) + QChar(0x2026)));
    // The domain's own messages too ("not an amount"), here for a rate table.
    auto rates = parseRateTable(QStringLiteral("CNY,2026-01-01,%1\n").arg(QString(3000, QLatin1Char('9')) + QLatin1Char('x')), QStringLiteral("pasted"));
    REQUIRE_FALSE(rates.ok());
    CHECK(rates.error().message.size() < 200);
    CHECK(rates.error().message.contains(QString(79, QLatin1Char('9')) + QChar(0x2026)));
}

TEST_CASE("UTF-8 and GB18030 are told apart line by line, and never mixed", "[csv][encoding][local]")
{
    const QString header = QStringLiteral("项目编号,项目名称\n");
    const QString row = QStringLiteral("GS-1,援肯尼亚医疗物资项目\n");

    SECTION("a file valid as UTF-8 throughout is UTF-8, even where its lines are valid GB18030 too")
    {
        const Reading r = read((header + row).toUtf8());
        CHECK(r.error.isEmpty());
        CHECK(r.encoding == QStringLiteral("UTF-8"));
        REQUIRE(r.records == 2);
        CHECK(r.rows.last().last() == QStringLiteral("援肯尼亚医疗物资项目"));
    }
    SECTION("a GB18030 file with one line in UTF-8 is refused, naming both lines")
    {
        const Reading r = read(gb18030(header) + gb18030(row) + QStringLiteral("GS-2,援乌干达粮食项目\n").toUtf8());
        CHECK(r.records == 0);
        CHECK(r.error.contains(QStringLiteral("line 3 is UTF-8 and line 1 is not: the file mixes encodings")));
    }
    SECTION("the mix is refused whatever encoding is chosen")
    {
        const QByteArray mixed = (header + row).toUtf8() + gb18030(QStringLiteral("GS-2,援乌干达粮食项目\n"));
        for (const char *chosen : {"GB18030", "UTF-8"}) {
            const Reading r = read(mixed, QLatin1String(chosen));
            INFO(chosen);
            CHECK(r.error.contains(QStringLiteral("line 1 is UTF-8 and line 3 is not")));
        }
    }
    SECTION("bytes invalid in GB18030 are refused, naming the line")
    {
        const Reading r = read(gb18030(header) + gb18030(row) + "GS-2,\x81\x20\xD6\xD0\n");
        CHECK(r.encoding == QStringLiteral("GB18030"));
        CHECK(r.error.contains(QStringLiteral("line 3 is not valid GB18030")));
    }
    SECTION("an encoding chosen is honoured, and bytes invalid in it refused naming the line")
    {
        const Reading chosen = read(gb18030(header + row), QStringLiteral("GB18030"));
        CHECK(chosen.error.isEmpty());
        REQUIRE(chosen.records == 2);
        CHECK(chosen.rows.last().last() == QStringLiteral("援肯尼亚医疗物资项目"));
        const Reading invalid = read("code,title\nGS-1,plain\nGS-2,\xFF\xFE\xFD\n", QStringLiteral("GB18030"));
        CHECK(invalid.error.contains(QStringLiteral("line 3 is not valid GB18030")));
        const Reading notUtf8 = read(gb18030(header + row), QStringLiteral("UTF-8"));
        CHECK(notUtf8.error.contains(QStringLiteral("line 1 is not valid UTF-8")));
    }
    SECTION("a file with a UTF-8 BOM is UTF-8, and a line that is not is refused")
    {
        const Reading r = read("\xEF\xBB\xBF" + (header + row).toUtf8() + gb18030(QStringLiteral("GS-2,援乌干达粮食项目\n")));
        CHECK(r.encoding == QStringLiteral("UTF-8"));
        CHECK(r.error.contains(QStringLiteral("line 3 is not valid UTF-8")));
    }
    SECTION("UTF-16 is not taken apart into lines of bytes")
    {
        QStringEncoder utf16(QStringConverter::Utf16LE);
        const Reading r = read(utf16.encode(header + row));
        CHECK(r.encoding == QStringLiteral("UTF-16LE"));
        CHECK(r.error.isEmpty());
        CHECK(r.records == 2);
    }
    SECTION("on a device that cannot be read twice, invalid bytes are found as they come, naming the line")
    {
        Pipe pipe(gb18030(header + row) + "GS-2,ok\nGS-3,\x81\x20\n");
        REQUIRE(pipe.open(QIODevice::ReadOnly));
        const Reading r = read(pipe);
        CHECK(r.encoding == QStringLiteral("GB18030"));
        CHECK(r.records == 0); // the bad bytes are in the first chunk decoded
        CHECK(r.error.contains(QStringLiteral("line 4 is not valid GB18030")));
    }
}

TEST_CASE("a rate table file is read like a CSV file: its encoding detected, its limits kept", "[csv][encoding][local]")
{
    QBuffer chinese;
    chinese.setData(gb18030(QStringLiteral("币种,日期,汇率,来源\nCNY,2026-01-02,0.1385,中国人民银行\n")));
    REQUIRE(chinese.open(QIODevice::ReadOnly));
    auto rates = readRateTable(chinese, QStringLiteral("rates.csv"));
    REQUIRE(rates.ok());
    REQUIRE(rates->size() == 1);
    CHECK(rates->first().source == QStringLiteral("中国人民银行"));

    QBuffer wide;
    wide.setData("currency,date,rate\n" + QByteArray(100'000, ',') + "\n");
    REQUIRE(wide.open(QIODevice::ReadOnly));
    auto refused = readRateTable(wide, QStringLiteral("rates.csv"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message == QStringLiteral("rates.csv: line 2 has more than 10,000 columns; ProjectDesk reads at most 10,000"));

    // A paste whose lines end in "\r" alone still has one rate a line.
    auto pasted = parseRateTable(QStringLiteral("CNY,2026-01-01,0.1385\rEUR,2026-01-01,1.085\r"), QStringLiteral("pasted table"));
    REQUIRE(pasted.ok());
    CHECK(pasted->size() == 2);
}
