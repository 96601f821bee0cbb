// CsvWriter: RFC 4180 quoting, CRLF line ends, and neutralising what a spreadsheet would run.
#include "test_support.h"

#include "interchange/csv_writer.h"

using namespace pd;

TEST_CASE("fields are quoted only when they hold the separator, a quote or a line break", "[csv][local]")
{
    const CsvWriter csv;
    CHECK(csv.field("plain") == "plain");
    CHECK(csv.field("") == "");
    CHECK(csv.field("with space") == "with space");
    CHECK(csv.field("a,b") == "\"a,b\"");
    CHECK(csv.field("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(csv.field("\"") == "\"\"\"\"");
    CHECK(csv.field("line 1\nline 2") == "\"line 1\nline 2\"");
    CHECK(csv.field("line 1\r\nline 2") == "\"line 1\r\nline 2\"");
    CHECK(csv.field("a;b") == "a;b"); // not the separator here
}

TEST_CASE("lines join the fields with the separator and end in CRLF", "[csv][local]")
{
    const CsvWriter csv;
    CHECK(csv.line({"code", "title", "countries"}) == "code,title,countries\r\n");
    CHECK(csv.line({"UN-2019-001", "Solar, wind and water", "CN KE"}) == "UN-2019-001,\"Solar, wind and water\",CN KE\r\n");
    CHECK(csv.line({"a", "", "c"}) == "a,,c\r\n");
    CHECK(csv.line({"multi\nline"}) == "\"multi\nline\"\r\n");
    CHECK(csv.line({}) == "\r\n");
}

TEST_CASE("values a spreadsheet would run as a formula are neutralised", "[csv][local]")
{
    const CsvWriter csv;
    CHECK(CsvWriter::neutralise("=SUM(A1:A9)") == "'=SUM(A1:A9)");
    CHECK(CsvWriter::neutralise("+1+2") == "'+1+2");
    CHECK(CsvWriter::neutralise("-2+3") == "'-2+3");
    CHECK(CsvWriter::neutralise("@cmd") == "'@cmd");
    CHECK(CsvWriter::neutralise("\tindent") == "'\tindent");
    CHECK(CsvWriter::neutralise("\rreturn") == "'\rreturn");
    CHECK(CsvWriter::neutralise("-") == "'-");
    CHECK(CsvWriter::neutralise("=") == "'=");
    CHECK(CsvWriter::neutralise("-1e5") == "'-1e5");
    CHECK(CsvWriter::neutralise("-12.50.1") == "'-12.50.1");

    // The prefix comes before quoting.
    CHECK(csv.field("=HYPERLINK(\"http://x\",\"y\")") == "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    CHECK(csv.field("\rreturn") == "\"'\rreturn\"");
    CHECK(csv.field("=1,2") == "\"'=1,2\"");

    // Plain numbers stay numbers.
    CHECK(CsvWriter::neutralise("-12.50") == "-12.50");
    CHECK(CsvWriter::neutralise("+3") == "+3");
    CHECK(CsvWriter::neutralise("-7") == "-7");
    CHECK(CsvWriter::neutralise("42") == "42");
    CHECK(csv.field("-12.50") == "-12.50");

    // Only the first character matters.
    CHECK(CsvWriter::neutralise("a=b") == "a=b");
    CHECK(CsvWriter::neutralise("UN-2019-001") == "UN-2019-001");
    CHECK(CsvWriter::neutralise("") == "");
}

TEST_CASE("Chinese text passes through untouched", "[csv][local]")
{
    const CsvWriter csv;
    const QString title = QStringLiteral("南南合作援助基金肯尼亚难民紧急粮食援助项目");
    CHECK(csv.field(title) == title);
    // A full-width comma is not the separator.
    const QString fullWidth = QStringLiteral("中国，肯尼亚");
    CHECK(csv.field(fullWidth) == fullWidth);
    CHECK(csv.line({title, QStringLiteral("王磊, 李娜")}) == QString(title + QStringLiteral(",\"王磊, 李娜\"\r\n")));
}

TEST_CASE("a semicolon separator quotes semicolons and leaves commas", "[csv][local]")
{
    const CsvWriter csv(u';');
    CHECK(csv.field("1,5") == "1,5");
    CHECK(csv.field("a;b") == "\"a;b\"");
    CHECK(csv.line({"1,5", "x;y", "z"}) == "1,5;\"x;y\";z\r\n");
    CHECK(csv.line({"=cmd", "-12.50"}) == "'=cmd;-12.50\r\n");
}
