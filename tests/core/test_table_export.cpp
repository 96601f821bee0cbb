// Register exports: the CSV and XLSX sinks read back (CSV by a reader of the tests' own, XLSX through
// LibreOffice and its XML), cancel and failure leaving no file, and the registers' rows, columns,
// filters and order as the services list them.
#include "spreadsheet_reading.h"
#include "test_support.h"

#include "demo/demo_generator.h"
#include "interchange/csv_table_sink.h"
#include "interchange/register_export.h"
#include "interchange/xlsx_table_sink.h"
#include "services/delivery_service.h"
#include "services/finance_service.h"
#include "storage/transaction.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <cmath>

using namespace pd;
using test::required;

namespace {

void requireOk(const Status &s)
{
    INFO((s ? QString() : s.error().describe()).toStdString());
    REQUIRE(s.ok());
}

std::unique_ptr<Portfolio> demoPortfolio(const test::TempDir &dir)
{
    auto portfolio = test::newPortfolio(dir);
    required(DemoGenerator(portfolio->database(), DemoOptions{}).run());
    return portfolio;
}

// Every kind of column, and values that test quoting, formulas, Chinese and signs.
const QList<ExportColumn> kColumns{
    {"code", "Code", ColumnKind::Text, 0},
    {"name", QStringLiteral("名称"), ColumnKind::Text, 0},
    {"count", "Count", ColumnKind::Integer, 0},
    {"amount", "Amount", ColumnKind::Money, 0},
    {"day", "Day", ColumnKind::Date, 0},
    {"tonnes", "Tonnes", ColumnKind::Decimal, 3},
};

QList<TableRow> sampleRows()
{
    return {
        {QStringLiteral("=1+2"), QStringLiteral("南南合作援助基金项目"), qint64(-7), Money(-1250, "USD"), QDate(2024, 3, 15),
            ScaledDecimal{12500000, 6}},
        {QStringLiteral("A;B \"quoted\""), QStringLiteral("第一行\n第二行, 有逗号"), qint64(1234567), Money(150000, "JPY"),
            QDate(1999, 12, 31), ScaledDecimal{-1, 3}},
        {QStringLiteral("@SUM(A1)"), QString(), qint64(0), Money(1250, "KWD"), QDate(), ScaledDecimal{0, 6}},
        {QStringLiteral("-12.50"), QStringLiteral("+86 10 1234"), std::monostate(), Money(123456789, "CNY"), QDate(2026, 1, 1),
            ScaledDecimal{42, 0}},
    };
}

void writeAll(TableSink &sink, const QList<ExportColumn> &columns, const QList<TableRow> &rows)
{
    requireOk(sink.begin(columns));
    for (const TableRow &row : rows)
        requireOk(sink.addRow(row));
    requireOk(sink.finish());
}

// The entries of a directory other than . and ..
QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
}

// The width of each <col> of a sheet, by its 1-based column number.
QHash<int, double> columnWidths(const QByteArray &sheetXml)
{
    QHash<int, double> widths;
    static const QRegularExpression col(QStringLiteral("<col min=\"(\\d+)\" max=\"(\\d+)\" width=\"([0-9.]+)\""));
    for (const auto &m : col.globalMatch(QString::fromUtf8(sheetXml))) {
        for (int c = m.captured(1).toInt(); c <= m.captured(2).toInt(); ++c)
            widths[c] = m.captured(3).toDouble();
    }
    return widths;
}

} // namespace

TEST_CASE("CSV export: BOM, the chosen separator, RFC 4180 quoting, formulas neutralised, numbers and dates plain", "[export]")
{
    test::TempDir dir;
    const QString path = dir.path("sample.csv");
    CsvTableSink sink(path, u';');
    writeAll(sink, kColumns, sampleRows());

    const test::CsvFile csv = test::readCsv(path, u';');
    CHECK(csv.bom); // Excel then reads the Chinese as UTF-8
    CHECK(csv.crlf);
    REQUIRE(csv.rows.size() == 5);
    CHECK(csv.rows.at(0) == QStringList{"Code", QStringLiteral("名称"), "Count", "Amount", "Day", "Tonnes"});
    // A formula-like text gets its apostrophe; negative money and numbers stay numbers.
    CHECK(csv.rows.at(1) == QStringList{"'=1+2", QStringLiteral("南南合作援助基金项目"), "-7", "-12.50", "2024-03-15", "12.5"});
    // The separator and quotes inside a field, and a line break, survive the round trip.
    CHECK(csv.rows.at(2)
        == QStringList{"A;B \"quoted\"", QStringLiteral("第一行\n第二行, 有逗号"), "1234567", "150000", "1999-12-31", "-0.001"});
    CHECK(csv.rows.at(3) == QStringList{"'@SUM(A1)", "", "0", "1.250", "", "0"});
    // "-12.50" as text is a plain number and stays as it is; "+86 ..." would run as a formula.
    CHECK(csv.rows.at(4) == QStringList{"-12.50", "'+86 10 1234", "", "1234567.89", "2026-01-01", "42"});

    // The raw bytes: quoted only where needed, CRLF line ends, the embedded line break kept inside quotes.
    const QByteArray raw = test::readFile(path);
    CHECK(raw.startsWith("\xEF\xBB\xBF"
                         "Code;"));
    CHECK(raw.contains("\"A;B \"\"quoted\"\"\";"));
    CHECK(raw.contains(QStringLiteral("\"第一行\n第二行, 有逗号\"").toUtf8()));

    // Comma and tab separators.
    for (const QChar separator : {QChar(u','), QChar(u'\t')}) {
        const QString other = dir.path(separator == u',' ? "comma.csv" : "tab.csv");
        CsvTableSink commaSink(other, separator);
        writeAll(commaSink, kColumns, sampleRows());
        const test::CsvFile back = test::readCsv(other, separator);
        REQUIRE(back.rows.size() == 5);
        CHECK(back.rows.at(2).at(1) == QStringLiteral("第一行\n第二行, 有逗号"));
        CHECK(back.rows.at(2).at(0) == "A;B \"quoted\"");
    }
    CHECK(test::readFile(dir.path("comma.csv")).contains(QStringLiteral("\"第一行\n第二行, 有逗号\"").toUtf8()));
    CHECK(test::readFile(dir.path("tab.csv")).contains("-7\t-12.50\t2024-03-15"));
}

TEST_CASE("XLSX export read back: numbers, money in its currency's format, dates, Chinese, frozen header, widths", "[export][xlsx]")
{
    test::TempDir dir;
    const QString path = dir.path("sample.xlsx");
    XlsxTableSink sink(path, QStringLiteral("Projects"));
    const QList<TableRow> rows = sampleRows();
    writeAll(sink, kColumns, rows);
    CHECK(QFileInfo::exists(path));
    CHECK_FALSE(QFileInfo::exists(path + ".part"));

    // The sheet as stored.
    const QByteArray sheet = test::unzipEntry(path, "xl/worksheets/sheet1.xml");
    const QHash<QString, test::SheetCell> cells = test::sheetCells(sheet);
    CHECK(sheet.contains("state=\"frozen\"")); // the header stays in view
    CHECK(sheet.contains("ySplit=\"1\""));
    CHECK(sheet.contains("<cols>"));
    const QList<int> numericColumns{2, 3, 4, 5}; // count, amount, day, tonnes
    for (int r = 1; r <= rows.size(); ++r) {
        for (int c : numericColumns) {
            if (std::holds_alternative<std::monostate>(rows.at(r - 1).at(c))
                || (std::holds_alternative<QDate>(rows.at(r - 1).at(c)) && !std::get<QDate>(rows.at(r - 1).at(c)).isValid()))
                continue;
            INFO(test::sheetReference(r, c).toStdString());
            const test::SheetCell cell = cells.value(test::sheetReference(r, c));
            CHECK(cell.type.isEmpty()); // no t=: a number
            CHECK_FALSE(cell.value.isEmpty());
        }
    }
    // Money is the amount in major units; a date is its Excel serial day.
    CHECK(cells.value("D2").value.toDouble() == -12.5);
    CHECK(cells.value("D3").value.toDouble() == 150000.0);
    CHECK(cells.value("D4").value.toDouble() == 1.25);
    CHECK(cells.value("D5").value.toDouble() == 1234567.89);
    CHECK(cells.value("E2").value.toLongLong() == QDate(1899, 12, 30).daysTo(QDate(2024, 3, 15)));
    // A formula-like text is text in a workbook: no formula, nothing to neutralise.
    CHECK(cells.value("A2").type == "inlineStr");
    CHECK_FALSE(cells.value("A2").formula);
    CHECK(cells.value("A2").value == "=1+2");
    CHECK(cells.value("B1").value == QStringLiteral("名称"));
    // Each currency has its format, with its own decimals.
    const QString styles = QString::fromUtf8(test::unzipEntry(path, "xl/styles.xml"));
    CHECK(styles.contains("formatCode=\"#,##0.00 &quot;USD&quot;\""));
    CHECK(styles.contains("formatCode=\"#,##0 &quot;JPY&quot;\""));
    CHECK(styles.contains("formatCode=\"#,##0.000 &quot;KWD&quot;\""));
    CHECK(styles.contains("formatCode=\"yyyy-mm-dd\""));
    CHECK(styles.contains("<b/>")); // the bold header
    // Widths from the content: ten Chinese characters are as wide as twenty Latin ones.
    const QHash<int, double> widths = columnWidths(sheet);
    REQUIRE(widths.size() == kColumns.size());
    CHECK(widths.value(2) >= 20);
    CHECK(widths.value(1) < widths.value(2));
    CHECK(test::unzipEntry(path, "xl/workbook.xml").contains("name=\"Projects\""));

    // LibreOffice reads the same values.
    const QList<QStringList> back = test::libreOfficeRows(path, dir.path("lo"));
    REQUIRE(back.size() == 5);
    CHECK(back.at(0) == QStringList{"Code", QStringLiteral("名称"), "Count", "Amount", "Day", "Tonnes"});
    CHECK(back.at(1) == QStringList{"=1+2", QStringLiteral("南南合作援助基金项目"), "-7", "-12.5", "2024-03-15", "12.5"});
    CHECK(
        back.at(2) == QStringList{"A;B \"quoted\"", QStringLiteral("第一行\n第二行, 有逗号"), "1234567", "150000", "1999-12-31", "-0.001"});
    CHECK(back.at(3) == QStringList{"@SUM(A1)", "", "0", "1.25", "", "0"});
    CHECK(back.at(4) == QStringList{"-12.50", "+86 10 1234", "", "1234567.89", "2026-01-01", "42"});
}

TEST_CASE("an export to a path that cannot be written fails naming the path and leaves nothing", "[export]")
{
    test::TempDir dir;
    const QString outDir = dir.path("out");
    REQUIRE(QDir().mkpath(outDir));
    test::writeFile(outDir + "/plain-file", "not a directory");
    // A directory that is a file: refused even for root.
    for (const QString &path : QStringList{outDir + "/plain-file/out.csv", outDir + "/plain-file/out.xlsx", outDir + "/missing/out.xlsx"}) {
        INFO(path.toStdString());
        std::unique_ptr<TableSink> sink
            = makeTableSink({path, path.endsWith(".xlsx") ? ExportFormat::Xlsx : ExportFormat::Csv, u',', QStringLiteral("Sheet")});
        const Status begun = sink->begin(kColumns);
        REQUIRE_FALSE(begun.ok());
        CHECK(begun.error().kind == Error::Kind::Io);
        CHECK(begun.error().message.contains(QDir::toNativeSeparators(path)));
        sink->cancel();
    }
    CHECK(entries(outDir) == QStringList{"plain-file"});

    // Through a register export, the error comes back the same way.
    auto portfolio = test::newPortfolio(dir);
    CsvTableSink sink(dir.path("missing/projects.csv"));
    auto written = exportProjects(portfolio->database(), {}, {}, sink);
    REQUIRE_FALSE(written.ok());
    CHECK(written.error().message.contains(QDir::toNativeSeparators(dir.path("missing/projects.csv"))));
}

TEST_CASE("a cancelled export leaves no file, and an existing file as it was", "[export]")
{
    test::TempDir dir;
    auto portfolio = demoPortfolio(dir);
    const QString outDir = dir.path("out");
    REQUIRE(QDir().mkpath(outDir));
    for (const ExportFormat format : {ExportFormat::Csv, ExportFormat::Xlsx}) {
        const QString path = QDir(outDir).filePath(format == ExportFormat::Csv ? "projects.csv" : "projects.xlsx");
        INFO(path.toStdString());
        std::unique_ptr<TableSink> sink = makeTableSink({path, format, u',', QStringLiteral("Projects")});
        ExportOptions options;
        options.pageSize = 10;
        QList<qint64> reported;
        auto written = exportProjects(portfolio->database(), {}, options, *sink, [&](qint64 done, qint64 total) {
            CHECK(total == DemoGenerator::kProjectsPerUnit);
            reported << done;
            return done < 30; // cancel after the third page
        });
        REQUIRE_FALSE(written.ok());
        CHECK(written.error().kind == Error::Kind::Cancelled);
        CHECK(reported == QList<qint64>{0, 10, 20, 30});
        CHECK(entries(outDir).isEmpty()); // no file, no .part, no temporary file

        // Over an existing file: cancelled, the old file stays as it was.
        test::writeFile(path, "the previous export");
        std::unique_ptr<TableSink> again = makeTableSink({path, format, u',', QStringLiteral("Projects")});
        auto cancelled = exportProjects(portfolio->database(), {}, options, *again, [](qint64 done, qint64) { return done == 0; });
        CHECK(cancelled.error().kind == Error::Kind::Cancelled);
        CHECK(test::fileEquals(path, "the previous export"));
        CHECK(entries(outDir) == QStringList{QFileInfo(path).fileName()});

        // Finished, it replaces the file.
        std::unique_ptr<TableSink> done = makeTableSink({path, format, u',', QStringLiteral("Projects")});
        CHECK(required(exportProjects(portfolio->database(), {}, options, *done)) == DemoGenerator::kProjectsPerUnit);
        CHECK_FALSE(test::fileEquals(path, "the previous export"));
        CHECK(entries(outDir) == QStringList{QFileInfo(path).fileName()});
        REQUIRE(QFile::remove(path));
    }
}

TEST_CASE("a register export writes the rows the query lists, in its order, with the columns asked for", "[export]")
{
    test::TempDir dir;
    auto portfolio = demoPortfolio(dir);
    Database &db = portfolio->database();

    SECTION("projects: a filter, a descending sort, chosen columns, Chinese titles")
    {
        ProjectQuery query;
        query.filter.lines = {BusinessLine::GoodsSupply, BusinessLine::Sscaf};
        query.sort = ProjectSort::PlannedEnd;
        query.order = Qt::DescendingOrder;
        const QList<ProjectSummary> listed = required(portfolio->projects().list(query));
        REQUIRE(listed.size() > 10);
        ExportOptions options;
        options.columns = {"planned_end", "code", "title", "status_code", "country_codes"};
        options.language = Language::Chinese;
        options.pageSize = 7; // several pages
        CsvTableSink sink(dir.path("projects.csv"));
        CHECK(required(exportProjects(db, query, options, sink)) == listed.size());
        const test::CsvFile csv = test::readCsv(dir.path("projects.csv"));
        REQUIRE(csv.rows.size() == listed.size() + 1);
        CHECK(csv.rows.at(0) == QStringList{"Planned end", "Code", "Title", "IATI status", "Country codes"});
        for (qsizetype i = 0; i < listed.size(); ++i) {
            const ProjectSummary &p = listed.at(i);
            INFO(p.code.toStdString());
            CHECK(csv.rows.at(i + 1)
                == QStringList{
                    p.plannedEnd.toString(Qt::ISODate), p.code, p.titleZh, QString::number(int(p.status)), p.countries.join(", ")});
        }
    }

    SECTION("the columns a register offers, and an unknown one")
    {
        for (const ExportRegister which :
            {ExportRegister::Projects, ExportRegister::Partners, ExportRegister::Transactions, ExportRegister::Deliveries}) {
            QStringList keys;
            for (const ExportColumn &c : exportableColumns(which)) {
                CHECK_FALSE(c.header.isEmpty());
                keys << c.key;
            }
            for (const QString &key : defaultExportColumns(which))
                CHECK(keys.contains(key));
        }
        ExportOptions options;
        options.columns = {"code", "budget"};
        CsvTableSink sink(dir.path("unknown.csv"));
        auto written = exportProjects(db, {}, options, sink);
        REQUIRE_FALSE(written.ok());
        CHECK(written.error().kind == Error::Kind::InvalidArgument);
        CHECK(written.error().message.contains("\"budget\""));
        CHECK_FALSE(QFileInfo::exists(dir.path("unknown.csv")));
    }

    SECTION("partners: every one, with their number of projects")
    {
        const QList<PartnerSummary> listed = required(portfolio->partners().list());
        CsvTableSink sink(dir.path("partners.csv"));
        CHECK(required(exportPartners(db, {}, {}, sink)) == listed.size());
        const test::CsvFile csv = test::readCsv(dir.path("partners.csv"));
        REQUIRE(csv.rows.size() == listed.size() + 1);
        const qsizetype projectsColumn = csv.rows.at(0).indexOf("Projects");
        const qsizetype zhColumn = csv.rows.at(0).indexOf("Name (Chinese)");
        REQUIRE(projectsColumn >= 0);
        REQUIRE(zhColumn >= 0);
        for (qsizetype i = 0; i < listed.size(); ++i) {
            CHECK(csv.rows.at(i + 1).at(projectsColumn) == QString::number(listed.at(i).projectCount));
            CHECK(csv.rows.at(i + 1).at(zhColumn) == listed.at(i).partner.nameZh);
        }
    }

    SECTION("transactions: filtered by type and projects, amounts exact per currency")
    {
        FinanceService finance(db);
        TransactionQuery query;
        query.filter.types = {iati::kDisbursement};
        query.filter.projects.lines = {BusinessLine::Sscaf};
        // What the filter should give, from the projects' own transactions.
        qint64 expected = 0;
        QHash<QString, qint64> sums;
        ProjectQuery sscaf;
        sscaf.filter = query.filter.projects;
        for (const ProjectSummary &p : required(portfolio->projects().list(sscaf))) {
            for (const FinancialTransaction &t : required(finance.transactions(p.id))) {
                if (t.type == iati::kDisbursement) {
                    ++expected;
                    sums[t.amount.currency()] += t.amount.minorUnits();
                }
            }
        }
        REQUIRE(expected > 0);
        CHECK(required(finance.countTransactions(query.filter)) == expected);
        ExportOptions options;
        options.columns = {"project", "date", "type_code", "amount", "currency"};
        options.pageSize = 5;
        CsvTableSink sink(dir.path("transactions.csv"));
        CHECK(required(exportTransactions(db, query, options, sink)) == expected);
        const test::CsvFile csv = test::readCsv(dir.path("transactions.csv"));
        REQUIRE(csv.rows.size() == expected + 1);
        QHash<QString, qint64> exported;
        QString previousDate;
        for (qsizetype i = 1; i < csv.rows.size(); ++i) {
            const QStringList &row = csv.rows.at(i);
            CHECK(row.at(0).startsWith("SSCAF-"));
            CHECK(row.at(2) == "3");
            CHECK(row.at(1) >= previousDate); // by date
            previousDate = row.at(1);
            exported[row.at(4)] += required(Money::fromDecimal(row.at(3), row.at(4))).minorUnits();
        }
        CHECK(exported == sums);
    }

    SECTION("deliveries: overdue judged on the filter's day, value, tonnes and dates typed")
    {
        DeliveryQuery query;
        query.filter.today = QDate(2026, 6, 30);
        const QList<DeliveryRow> listed = required(DeliveryService(db).list(query));
        REQUIRE_FALSE(listed.isEmpty());
        ExportOptions options;
        options.columns = {"code", "overdue", "value", "currency", "tonnes", "arrival"};
        CsvTableSink sink(dir.path("deliveries.csv"));
        CHECK(required(exportDeliveries(db, query, options, sink)) == listed.size());
        const test::CsvFile csv = test::readCsv(dir.path("deliveries.csv"));
        REQUIRE(csv.rows.size() == listed.size() + 1);
        for (qsizetype i = 0; i < listed.size(); ++i) {
            const DeliveryRow &d = listed.at(i);
            const QDate arrival = d.actualArrival.isValid() ? d.actualArrival : d.plannedArrival;
            CHECK(csv.rows.at(i + 1)
                == QStringList{d.code, d.isOverdue(query.filter.today) ? "Yes" : "", d.totalValue.toDecimalString(),
                    d.totalValue.currency(), decimalText({d.grossWeightGrams, 6}), arrival.toString(Qt::ISODate)});
        }
    }
}

TEST_CASE("pages read from one statement give what list() gives", "[export]")
{
    test::TempDir dir;
    auto portfolio = demoPortfolio(dir);
    ProjectQuery query;
    query.sort = ProjectSort::TitleZh;
    QList<ProjectSummary> paged;
    QList<qsizetype> sizes;
    requireOk(portfolio->projects().forEachPage(query, 30, [&](const QList<ProjectSummary> &page) {
        sizes << page.size();
        paged += page;
        return Status();
    }));
    CHECK(sizes == QList<qsizetype>{30, 30, 30, 10});
    const QList<ProjectSummary> listed = required(portfolio->projects().list(query));
    REQUIRE(paged.size() == listed.size());
    for (qsizetype i = 0; i < listed.size(); ++i) {
        CHECK(paged.at(i).code == listed.at(i).code);
        CHECK(paged.at(i).countries == listed.at(i).countries); // read for each page
    }
    // An error from the handler stops the reading and comes back.
    int pages = 0;
    const Status stopped = portfolio->projects().forEachPage(query, 30, [&](const QList<ProjectSummary> &) {
        ++pages;
        return Status(Error::make(Error::Kind::Cancelled, "stop"));
    });
    CHECK(pages == 1);
    CHECK(stopped.error().kind == Error::Kind::Cancelled);
}

TEST_CASE("an export reads one snapshot and does not keep others from writing", "[export]")
{
    test::TempDir dir;
    auto portfolio = demoPortfolio(dir);
    auto other = test::newPortfolio(dir); // a second connection to the same file, as another window
    ExportOptions options;
    options.pageSize = 10;
    options.columns = {"code"};
    bool wrote = false;
    CsvTableSink sink(dir.path("snapshot.csv"));
    auto written = exportProjects(portfolio->database(), {}, options, sink, [&](qint64 done, qint64) {
        if (done == 10 && !wrote) {
            Project p;
            p.code = "AAA-2020-001"; // sorts first: an export reading pages anew would shift by one
            p.titleEn = "Written during the export";
            p.titleZh = QStringLiteral("导出期间写入");
            auto created = other->projects().create(p);
            INFO((created ? QString() : created.error().describe()).toStdString());
            wrote = created.ok();
        }
        return true;
    });
    CHECK(wrote);
    CHECK(required(std::move(written)) == DemoGenerator::kProjectsPerUnit);
    const test::CsvFile csv = test::readCsv(dir.path("snapshot.csv"));
    REQUIRE(csv.rows.size() == DemoGenerator::kProjectsPerUnit + 1);
    QStringList codes;
    for (qsizetype i = 1; i < csv.rows.size(); ++i)
        codes << csv.rows.at(i).at(0);
    CHECK_FALSE(codes.contains("AAA-2020-001"));
    CHECK(codes.removeDuplicates() == 0);
    CHECK(required(portfolio->projects().count()) == DemoGenerator::kProjectsPerUnit + 1);
}
