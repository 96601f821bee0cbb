// The .xlsx reader: cells as text by their real types from workbooks LibreOffice wrote (and one
// written by hand for what LibreOffice never writes), sheets chosen by name or number, and the
// refusals of hostile files (zip bombs, including one whose directory lies, DTDs, files that are no
// workbook) before they take the memory of the machine. Fixtures: tests/data/xlsx/README.md.
#include "test_support.h"

#include "interchange/xlsx_reader.h"

#include <QFile>

#include <zip.h>

#include <cmath>
#include <limits>

using namespace pd;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(PROJECTDESK_TEST_DATA_DIR "/xlsx/") + QLatin1String(name);
}

struct Sheet
{
    QList<QStringList> rows;
    QList<qint64> lines;
    QString error;
};

// All the rows of a sheet of a workbook that opens.
Sheet readSheet(XlsxReader &reader, const QString &sheet = {})
{
    const Status selected = reader.selectSheet(sheet);
    INFO((selected ? QString() : selected.error().message).toStdString());
    REQUIRE(selected.ok());
    Sheet s;
    QStringList cells;
    while (reader.next(cells)) {
        s.rows.append(cells);
        s.lines.append(reader.line());
    }
    s.error = reader.error();
    return s;
}

using Parts = QList<std::pair<QString, QByteArray>>;

// Writes a zip of these parts with libzip (deflated, or stored).
void writeZip(const QString &path, const Parts &parts, bool deflate = true)
{
    int code = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    REQUIRE(archive);
    for (const auto &[name, data] : parts) {
        zip_source_t *source = zip_source_buffer(archive, data.constData(), zip_uint64_t(data.size()), 0);
        REQUIRE(source);
        const zip_int64_t index = zip_file_add(archive, name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8);
        REQUIRE(index >= 0);
        REQUIRE(zip_set_file_compression(archive, zip_uint64_t(index), deflate ? ZIP_CM_DEFLATE : ZIP_CM_STORE, 1) == 0);
    }
    REQUIRE(zip_close(archive) == 0);
}

const QByteArray kNamespaces = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                               "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

// The parts of a workbook with one sheet "Data" holding this sheet XML (and shared strings if given).
Parts workbook(const QByteArray &sheet, const QByteArray &sharedStrings = {})
{
    Parts parts;
    parts.append({QStringLiteral("xl/workbook.xml"),
        "<workbook " + kNamespaces + "><sheets><sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"});
    QByteArray rels = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                      "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
                      "Target=\"worksheets/sheet1.xml\"/>";
    if (!sharedStrings.isEmpty()) {
        rels += "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" "
                "Target=\"sharedStrings.xml\"/>";
        parts.append({QStringLiteral("xl/sharedStrings.xml"), sharedStrings});
    }
    parts.append({QStringLiteral("xl/_rels/workbook.xml.rels"), rels + "</Relationships>"});
    parts.append({QStringLiteral("xl/worksheets/sheet1.xml"), sheet});
    return parts;
}

QByteArray sheetXml(const QByteArray &rows)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet " + kNamespaces + "><sheetData>" + rows + "</sheetData></worksheet>";
}

// Sets the uncompressed size the zip's directory (and the local header) give for a part: a directory
// that lies.
void lieAboutSize(const QString &path, const QByteArray &name, quint32 size)
{
    QByteArray bytes = test::readFile(path);
    const auto put32 = [&bytes](qsizetype at, quint32 value) {
        for (int i = 0; i < 4; ++i)
            bytes[at + i] = char((value >> (8 * i)) & 0xFF);
    };
    const auto get32 = [&bytes](qsizetype at) {
        quint32 value = 0;
        for (int i = 3; i >= 0; --i)
            value = (value << 8) | quint8(bytes.at(at + i));
        return value;
    };
    bool found = false;
    for (qsizetype at = bytes.indexOf("PK\x01\x02"); at >= 0; at = bytes.indexOf("PK\x01\x02", at + 4)) {
        const int nameLength = quint8(bytes.at(at + 28)) | (quint8(bytes.at(at + 29)) << 8);
        if (bytes.mid(at + 46, nameLength) != name)
            continue;
        put32(at + 24, size);
        put32(qsizetype(get32(at + 42)) + 22, size); // the local header
        found = true;
    }
    REQUIRE(found);
    test::writeFile(path, bytes);
}

#ifdef Q_OS_LINUX
qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}
#endif

} // namespace

TEST_CASE("excelSerialDate counts days in Excel's 1900 and 1904 date systems", "[xlsx][local]")
{
    CHECK(excelSerialDate(1) == QDate(1900, 1, 1));
    CHECK(excelSerialDate(59) == QDate(1900, 2, 28));
    CHECK_FALSE(excelSerialDate(60).isValid()); // Excel's 1900-02-29, which never was
    CHECK(excelSerialDate(61) == QDate(1900, 3, 1));
    CHECK(excelSerialDate(43774) == QDate(2019, 11, 5));
    CHECK(excelSerialDate(43774.75) == QDate(2019, 11, 5)); // the time of day is dropped
    CHECK(excelSerialDate(2958465) == QDate(9999, 12, 31));
    CHECK(excelSerialDate(0, true) == QDate(1904, 1, 1));
    CHECK(excelSerialDate(42312, true) == QDate(2019, 11, 5));
    CHECK_FALSE(excelSerialDate(0).isValid());
    CHECK_FALSE(excelSerialDate(-1).isValid());
    CHECK_FALSE(excelSerialDate(-1, true).isValid());
    CHECK_FALSE(excelSerialDate(2958466).isValid());
    CHECK_FALSE(excelSerialDate(std::nan("")).isValid());
    CHECK_FALSE(excelSerialDate(std::numeric_limits<double>::infinity()).isValid());
}

TEST_CASE("an AidData extract converted by LibreOffice reads as its CSV did", "[xlsx][local]")
{
    XlsxReader reader(fixture("gcdf3_petrochemical.xlsx"));
    REQUIRE(reader.open().ok());
    CHECK(reader.sheetNames() == QStringList{QStringLiteral("gcdf3_petrochemical")});
    const Sheet sheet = readSheet(reader);
    CHECK(sheet.error.isEmpty());
    REQUIRE(sheet.rows.size() == 13); // the header and 12 records
    CHECK(sheet.lines.first() == 1);
    CHECK(sheet.lines.last() == 13);
    const QStringList &header = sheet.rows.at(0);
    CHECK(header.value(0).isEmpty()); // the CSV's first column has no name
    CHECK(header.value(1) == QStringLiteral("AidData Record ID"));
    const qsizetype title = header.indexOf(QStringLiteral("Title"));
    const qsizetype nominal = header.indexOf(QStringLiteral("Adjusted Amount (Nominal USD)"));
    const qsizetype constant = header.indexOf(QStringLiteral("Adjusted Amount (Constant USD 2021)"));
    const qsizetype committed = header.indexOf(QStringLiteral("Commitment Date (MM/DD/YYYY)"));
    REQUIRE((title >= 0 && nominal >= 0 && constant >= 0 && committed >= 0));
    const QStringList &first = sheet.rows.at(1);
    CHECK(first.value(0) == QStringLiteral("4036"));
    CHECK(first.value(1) == QStringLiteral("89494"));
    CHECK(first.value(2) == QStringLiteral("Malaysia"));
    CHECK(first.value(title).startsWith(QStringLiteral("Bank of China contributes to $5.65 billion syndicated loan for Project Marigold")));
    CHECK(first.value(nominal) == QStringLiteral("282500000"));
    CHECK(first.value(constant) == QStringLiteral("317407002.964054"));
    CHECK(first.value(committed) == QStringLiteral("2019-11-05"));
    CHECK(first.value(5).contains(QStringLiteral("Malaysia\u2019s southern state of Johor"))); // shared strings keep their text
    CHECK(reader.totalBytes() > 0);
    CHECK(reader.bytesRead() == reader.totalBytes());
}

TEST_CASE("a workbook's cells read as text by their types, and its sheets by name or number", "[xlsx][local]")
{
    XlsxReader reader(fixture("multi_sheet.xlsx"));
    REQUIRE(reader.open().ok());
    CHECK(reader.sheetNames() == QStringList{QStringLiteral("Projects"), QStringLiteral("Amounts"), QStringLiteral("Gaps")});

    SECTION("the first sheet by default")
    {
        const Sheet sheet = readSheet(reader);
        CHECK(sheet.error.isEmpty());
        REQUIRE(sheet.rows.size() == 4);
        CHECK(sheet.rows.at(0) == QStringList{"Code", "Title", "Amount", "Start", "Signed", "Active", "Check"});
        CHECK(sheet.rows.at(1) == QStringList{"P-001", "Wells in Kayes", "282500000", "2019-11-05", "2020-03-15T14:30:00", "TRUE", "#N/A"});
        // An empty cell in the middle, a date-time format on midnight (a date), a formula's text.
        CHECK(sheet.rows.at(2) == QStringList{"P-002", QStringLiteral("Caf\u00e9 & \u00e9cole, \u4e2d\u6587"), "-12.5", "", "2021-01-31", "FALSE", "ok-P-002"});
        CHECK(sheet.rows.at(3) == QStringList{"P-003", "", "", "", "2022-07-01"});
    }
    SECTION("by name, in any case")
    {
        const Sheet sheet = readSheet(reader, QStringLiteral("amounts"));
        REQUIRE(sheet.rows.size() == 4);
        // Numbers as their shortest decimals, whatever format shows them (#,##0.00 here).
        CHECK(sheet.rows.at(1) == QStringList{"0.1", "0.1"});
        CHECK(sheet.rows.at(2) == QStringList{"317407002.964054", "1234567.891"});
        CHECK(sheet.rows.at(3) == QStringList{"42", "3"});
    }
    SECTION("by number: blank rows skipped, gaps filled, rows numbered as in the sheet")
    {
        const Sheet sheet = readSheet(reader, QStringLiteral("3"));
        CHECK(sheet.error.isEmpty());
        REQUIRE(sheet.rows.size() == 2);
        CHECK(sheet.rows.at(0) == QStringList{"", "", "C1 only"});
        CHECK(sheet.rows.at(1) == QStringList{"A4", "", "", "", "", "F4"});
        CHECK(sheet.lines == QList<qint64>{1, 4});
    }
    SECTION("a sheet that is not there is named with those that are")
    {
        for (const QString &missing : {QStringLiteral("Budget"), QStringLiteral("4"), QStringLiteral("0")}) {
            const Status selected = reader.selectSheet(missing);
            REQUIRE_FALSE(selected.ok());
            CHECK(selected.error().message.contains(QStringLiteral("multi_sheet.xlsx has no sheet \u201C%1\u201D").arg(missing)));
            CHECK(selected.error().message.contains(QStringLiteral("\u201CProjects\u201D, \u201CAmounts\u201D, \u201CGaps\u201D")));
        }
    }
}

TEST_CASE("inline and rich strings, the 1904 date system and custom formats read as Excel shows them", "[xlsx][local]")
{
    XlsxReader reader(fixture("inline_1904.xlsx"));
    REQUIRE(reader.open().ok());
    CHECK(reader.sheetNames() == QStringList{QStringLiteral("Inline")});
    const Sheet sheet = readSheet(reader, QStringLiteral("Inline"));
    CHECK(sheet.error.isEmpty());
    REQUIRE(sheet.rows.size() == 4);
    CHECK(sheet.rows.at(0) == QStringList{"Name", "Date", "Amount"}); // cells without a reference follow the one before
    CHECK(sheet.rows.at(1) == QStringList{"Rich text", "1904-01-01", "1500.25"}); // no phonetic run; [Red]…" USD ms" is no date
    CHECK(sheet.rows.at(2) == QStringList{"1904 date", "2019-11-05", "", "1904 date"});
    CHECK(sheet.rows.at(3) == QStringList{"time only", "18:00:00", "2019-11-05T12:00:00", "", "#DIV/0!"});
    CHECK(sheet.lines == QList<qint64>{1, 2, 4, 5}); // row 6 has cells but no values
}

TEST_CASE("files that are no .xlsx workbook are refused with what to do", "[xlsx][local]")
{
    test::TempDir dir;
    SECTION("a CSV file named .xlsx")
    {
        const QString path = dir.path("data.xlsx");
        test::writeFile(path, "Code,Title\nP-001,Wells\n");
        const Status opened = XlsxReader(path).open();
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().message.contains(QStringLiteral("data.xlsx is not an Excel workbook (.xlsx): it is not a zip archive")));
    }
    SECTION("an encrypted workbook or an .xls file (OLE compound files)")
    {
        const QString path = dir.path("protected.xlsx");
        test::writeFile(path, QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(504, '\0'));
        const Status opened = XlsxReader(path).open();
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().message.contains(QStringLiteral("password")));
        CHECK(opened.error().message.contains(QStringLiteral("save it as an Excel workbook (.xlsx)")));
    }
    SECTION("an OpenDocument spreadsheet")
    {
        const QString path = dir.path("budget.ods");
        writeZip(path, {{QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.spreadsheet"}, {QStringLiteral("content.xml"), "<x/>"}}, false);
        const Status opened = XlsxReader(path).open();
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().message.contains(QStringLiteral("(.ods); save it as .xlsx")));
    }
    SECTION("a zip without a workbook")
    {
        const QString path = dir.path("other.xlsx");
        writeZip(path, {{QStringLiteral("readme.txt"), "hello"}});
        const Status opened = XlsxReader(path).open();
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().message.contains(QStringLiteral("it has no part xl/workbook.xml")));
    }
    SECTION("a truncated workbook")
    {
        const QString path = dir.path("cut.xlsx");
        test::writeFile(path, test::readFile(fixture("multi_sheet.xlsx")).left(3000));
        const Status opened = XlsxReader(path).open();
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().message.contains(QStringLiteral("cut.xlsx is not an Excel workbook (.xlsx)")));
    }
    SECTION("a file that does not exist")
    {
        const Status opened = XlsxReader(dir.path("missing.xlsx")).open();
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().message.contains(QStringLiteral("missing.xlsx cannot be read")));
    }
    SECTION("the portfolio that is open")
    {
        auto portfolio = test::newPortfolio(dir, QStringLiteral("live.db"));
        const Status opened = XlsxReader(dir.path("live.db")).open();
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().message.contains(QStringLiteral("is the portfolio that is open")));
    }
}

TEST_CASE("zip bombs are refused, whatever the zip's directory says", "[xlsx][local]")
{
    test::TempDir dir;
    const QString path = dir.path("bomb.xlsx");
    // 16 MB of spaces between the tags deflate to about 16 KB: 1,000 times smaller.
    const QByteArray bomb = "<worksheet " + kNamespaces + "><sheetData>" + QByteArray(16 << 20, ' ') + "</sheetData></worksheet>";
    writeZip(path, workbook(bomb));

    SECTION("told by the directory")
    {
        XlsxReader reader(path);
        REQUIRE(reader.open().ok());
        const Status selected = reader.selectSheet();
        REQUIRE_FALSE(selected.ok());
        CHECK(selected.error().message.contains(QStringLiteral("bomb.xlsx is not an Excel workbook (.xlsx): the part xl/worksheets/sheet1.xml inflates to more than 200 times")));
    }
    SECTION("hidden by a directory that lies, found while inflating")
    {
        lieAboutSize(path, "xl/worksheets/sheet1.xml", 1000);
        XlsxReader reader(path);
        REQUIRE(reader.open().ok());
        REQUIRE(reader.selectSheet().ok());
        QStringList cells;
        CHECK_FALSE(reader.next(cells));
        CHECK(reader.error().startsWith(QStringLiteral("sheet \u201CData\u201D, row 1: ")));
        CHECK(reader.error().contains(QStringLiteral("zip bombs")));
        CHECK(reader.bytesRead() < 16 * 1024 * 1024); // stopped at the ratio, before the end
    }
    SECTION("larger than a sheet may be")
    {
        lieAboutSize(path, "xl/worksheets/sheet1.xml", 0xFFFF0000u);
        XlsxReader reader(path);
        REQUIRE(reader.open().ok());
        const Status selected = reader.selectSheet();
        REQUIRE_FALSE(selected.ok());
        CHECK(selected.error().message.contains(QStringLiteral("is larger than 2 GiB uncompressed")));
    }
}

TEST_CASE("hostile and broken sheet XML is refused naming the sheet and row", "[xlsx][local]")
{
    test::TempDir dir;
    const QString path = dir.path("hostile.xlsx");
    const auto readError = [&path](const Parts &parts) {
        writeZip(path, parts);
        XlsxReader reader(path);
        const Status opened = reader.open();
        if (!opened)
            return opened.error().message;
        REQUIRE(reader.selectSheet().ok());
        QStringList cells;
        while (reader.next(cells)) { }
        return reader.error();
    };

    SECTION("a DOCTYPE with entities in a sheet")
    {
        const QString error = readError(workbook("<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;\">]>"
                                                 "<worksheet " + kNamespaces + "><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&b;</t></is></c></row>"
                                                 "</sheetData></worksheet>"));
        CHECK(error.startsWith(QStringLiteral("sheet \u201CData\u201D, row 1: ")));
        CHECK(error.contains(QStringLiteral("document type declaration (DTD)")));
    }
    SECTION("a DOCTYPE in the shared strings")
    {
        const QString error = readError(workbook(sheetXml(""), "<!DOCTYPE sst SYSTEM \"file:///etc/passwd\"><sst " + kNamespaces + "><si><t>x</t></si></sst>"));
        CHECK(error.contains(QStringLiteral("hostile.xlsx is not an Excel workbook (.xlsx): the part xl/sharedStrings.xml has a document type declaration")));
    }
    SECTION("XML that is not well-formed, after good rows")
    {
        const QString error = readError(workbook(sheetXml("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"2\"><c r=\"A2\"><v>2</v></row>")));
        CHECK(error.startsWith(QStringLiteral("sheet \u201CData\u201D, row 2: the part xl/worksheets/sheet1.xml is not well-formed XML")));
    }
    SECTION("a column beyond XFD")
    {
        const QString error = readError(workbook(sheetXml("<row r=\"7\"><c r=\"XFE7\"><v>1</v></c></row>")));
        CHECK(error == QStringLiteral("sheet \u201CData\u201D, row 7: the cell reference \u201CXFE7\u201D is not valid (columns go from A to XFD)"));
    }
    SECTION("a shared string that is not there")
    {
        const QString error = readError(workbook(sheetXml("<row r=\"3\"><c r=\"B3\" t=\"s\"><v>5</v></c></row>"), "<sst " + kNamespaces + "><si><t>x</t></si></sst>"));
        CHECK(error == QStringLiteral("sheet \u201CData\u201D, row 3: cell B3 refers to shared string 5, which the workbook does not have"));
    }
    SECTION("a sheet without its part")
    {
        Parts parts = workbook(sheetXml(""));
        parts.removeLast();
        writeZip(path, parts);
        XlsxReader reader(path);
        REQUIRE(reader.open().ok());
        const Status selected = reader.selectSheet(QStringLiteral("Data"));
        REQUIRE_FALSE(selected.ok());
        CHECK(selected.error().message.contains(QStringLiteral("it has no part xl/worksheets/sheet1.xml")));
    }
}

TEST_CASE("a sheet of 200,000 rows is read as a stream in bounded memory", "[xlsx][local]")
{
    test::TempDir dir;
    const QString path = dir.path("large.xlsx");
    constexpr int kRows = 200'000;
    qint64 sheetBytes = 0;
    {
        QByteArray sheet = "<worksheet " + kNamespaces + "><sheetData>";
        sheet.reserve(qsizetype(kRows) * 200);
        for (int r = 1; r <= kRows; ++r) {
            const QByteArray n = QByteArray::number(r);
            sheet += "<row r=\"" + n + "\"><c r=\"A" + n + "\" t=\"s\"><v>" + QByteArray::number(r % 3) + "</v></c><c r=\"B" + n + "\"><v>" + n
                + ".25</v></c><c r=\"D" + n + "\" t=\"inlineStr\"><is><t>row " + n + " of the large sheet</t></is></c><c r=\"E" + n
                + "\" t=\"b\"><v>" + QByteArray::number(r % 2) + "</v></c></row>";
        }
        sheet += "</sheetData></worksheet>";
        sheetBytes = sheet.size();
        writeZip(path, workbook(sheet, "<sst " + kNamespaces + "><si><t>alpha</t></si><si><t>beta</t></si><si><t>gamma</t></si></sst>"));
    }
#ifdef Q_OS_LINUX
    const qint64 before = residentKiB();
    qint64 peak = before;
#endif
    XlsxReader reader(path);
    REQUIRE(reader.open().ok());
    REQUIRE(reader.selectSheet().ok());
    CHECK(reader.totalBytes() == sheetBytes);
    qint64 rows = 0, betas = 0, trues = 0;
    QStringList cells, last;
    while (reader.next(cells)) {
        ++rows;
        betas += cells.value(0) == u"beta";
        trues += cells.value(4) == u"TRUE";
        if (rows % 10'000 == 0 && rows < kRows) { // the last chunk holds the end of the sheet
            CHECK(reader.bytesRead() < reader.totalBytes());
#ifdef Q_OS_LINUX
            peak = std::max(peak, residentKiB());
#endif
        }
        last = cells;
    }
    CHECK(reader.error().isEmpty());
    CHECK(rows == kRows);
    CHECK(reader.line() == kRows);
    CHECK(betas == kRows / 3 + 1); // r % 3 == 1
    CHECK(trues == kRows / 2);
    CHECK(last == QStringList{"gamma", "200000.25", "", "row 200000 of the large sheet", "FALSE"});
    CHECK(reader.bytesRead() == reader.totalBytes());
#ifdef Q_OS_LINUX
    // The sheet is about 30 MB of XML: reading it must not hold it (nor its rows).
    WARN("sheet XML " << sheetBytes / 1024 << " KiB, resident memory " << before << " KiB before reading, at most " << peak << " KiB while reading");
    CHECK(peak - before < 16 * 1024);
#endif
}
