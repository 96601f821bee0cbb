// CSV import: encodings and separators detected, quoted fields, column mapping by English and
// Chinese headers and saved as JSON, every problem with its line and column, and all or nothing:
// a bad row, a dry run or a cancel leave every table exactly as it was.
#include "test_support.h"

#include "analytics/finance_rollup.h"
#include "interchange/csv_import.h"
#include "interchange/csv_reader.h"
#include "services/delivery_service.h"
#include "services/finance_service.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringEncoder>

using namespace pd;

namespace {

QByteArray encoded(const QString &text, const char *encoding, bool bom = false)
{
    QStringEncoder encoder(encoding, bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    REQUIRE(encoder.isValid());
    QByteArray bytes = encoder.encode(text);
    REQUIRE(!encoder.hasError());
    return bytes;
}

QString writeCsv(const test::TempDir &dir, const QString &name, const QString &text, const char *encoding = "UTF-8", bool bom = false)
{
    const QString path = dir.path(name);
    test::writeFile(path, encoded(text, encoding, bom));
    return path;
}

// Every row of the tables an import may write, hashed: equal before and after means untouched.
QByteArray snapshot(Database &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char *table : {"projects", "project_countries", "project_sectors", "partners", "transactions", "transaction_days",
             "budget_lines", "deliveries", "delivery_items", "exchange_rates", "audit_log"}) {
        auto r = db.execute(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(QLatin1String(table)));
        if (!r) // a table this schema does not have
            continue;
        hash.addData(table);
        while (r->next()) {
            for (int i = 0; i < r->record().count(); ++i)
                hash.addData(QByteArray(r->value(i).toString().toUtf8() + '\x1f'));
            hash.addData("\n");
        }
    }
    return hash.result();
}

qint64 count(Database &db, const char *table)
{
    auto r = db.execute(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
    REQUIRE(r.ok());
    REQUIRE(r->next());
    return r->value(0).toLongLong();
}

qint64 addProject(Portfolio &portfolio, const QString &code, BusinessLine line = BusinessLine::GoodsSupply)
{
    Project p;
    p.code = code;
    p.titleEn = code;
    p.line = line;
    auto stored = portfolio.projects().create(p);
    REQUIRE(stored.ok());
    return stored->id;
}

ImportReport import(Database &db, const QString &path, ImportEntity entity, const CsvImportOptions &options = {})
{
    auto preview = previewCsv(path);
    REQUIRE(preview.ok());
    auto report = importCsv(db, path, autoMapping(entity, preview->header), options);
    INFO((report ? QString() : report.error().describe()).toStdString());
    REQUIRE(report.ok());
    return report.value();
}

std::string describe(const ImportReport &report)
{
    QString text;
    for (const ImportProblem &p : report.problems)
        text += QStringLiteral("%1: %2: %3 (%4)\n").arg(p.line).arg(p.column, p.reason, p.value);
    return text.toStdString();
}

const ImportProblem *problemAt(const ImportReport &report, qint64 line, const QString &column)
{
    for (const ImportProblem &p : report.problems) {
        if (p.line == line && p.column == column)
            return &p;
    }
    return nullptr;
}

const QString kProjectsEn = QStringLiteral("Project code,Title,Business line,Countries,Planned start\n"
                                           "GS-2024-001,Medical supplies for Nairobi — café ü,goods,KE,2024-03-01\n"
                                           "GS-2024-002,Rice for Uganda,Goods and materials supply,KE:60;UG:40,2024/3/5\n");

} // namespace

TEST_CASE("CSV encodings are detected: UTF-8 with and without BOM, UTF-16 LE and BE, GB18030", "[csv]")
{
    struct Case
    {
        const char *encoding;
        bool bom;
        const char *detected;
    };
    const Case cases[] = {{"UTF-8", false, "UTF-8"}, {"UTF-8", true, "UTF-8"}, {"UTF-16LE", true, "UTF-16LE"},
        {"UTF-16BE", false, "UTF-16BE"}, {"UTF-16BE", true, "UTF-16BE"}, {"UTF-16LE", false, "UTF-16LE"}};
    for (const Case &c : cases) {
        DYNAMIC_SECTION(c.encoding << (c.bom ? " with BOM" : ""))
        {
            test::TempDir dir;
            auto portfolio = test::newPortfolio(dir);
            const QString path = writeCsv(dir, QStringLiteral("projects.csv"), kProjectsEn, c.encoding, c.bom);
            auto preview = previewCsv(path);
            REQUIRE(preview.ok());
            CHECK(preview->encoding == QLatin1String(c.detected));
            CHECK(preview->separator == QLatin1Char(','));
            CHECK(preview->header.first() == QStringLiteral("Project code")); // no BOM left in the first header
            const ImportReport report = import(portfolio->database(), path, ImportEntity::Projects);
            INFO(describe(report));
            CHECK(report.ok());
            CHECK(report.imported == 2);
            auto first = portfolio->projects().findByCode(QStringLiteral("GS-2024-001"));
            REQUIRE(first.ok());
            CHECK(first->titleEn == QStringLiteral("Medical supplies for Nairobi — café ü"));
            CHECK(first->plannedStart == QDate(2024, 3, 1));
            auto second = portfolio->projects().findByCode(QStringLiteral("GS-2024-002"));
            REQUIRE(second.ok());
            CHECK(second->plannedStart == QDate(2024, 3, 5)); // YYYY/M/D, as Chinese Excel writes it
            CHECK(second->countries == QList<CountryShare>{{QStringLiteral("KE"), 6000}, {QStringLiteral("UG"), 4000}});
        }
    }

    SECTION("GB18030 with Chinese headers and titles")
    {
        test::TempDir dir;
        auto portfolio = test::newPortfolio(dir);
        const QString text = QStringLiteral("项目编号,项目名称,业务板块,国家,状态\n"
                                            "GS-2024-101,援肯尼亚医疗物资项目,物资援助项目,KE;UG,实施中\n"
                                            "GS-2024-102,援乌干达粮食项目,物资援助项目,UG,2\n");
        const QString path = writeCsv(dir, QStringLiteral("gbk.csv"), text, "GB18030");
        REQUIRE(test::readFile(path) != text.toUtf8()); // really not UTF-8
        auto preview = previewCsv(path);
        REQUIRE(preview.ok());
        CHECK(preview->encoding == QStringLiteral("GB18030"));
        const CsvMapping mapping = autoMapping(ImportEntity::Projects, preview->header);
        CHECK(mapping.columns.value(QStringLiteral("code")) == QStringLiteral("项目编号"));
        CHECK(mapping.columns.value(QStringLiteral("title_zh")) == QStringLiteral("项目名称"));
        const ImportReport report = import(portfolio->database(), path, ImportEntity::Projects);
        INFO(describe(report));
        CHECK(report.imported == 2);
        auto p = portfolio->projects().findByCode(QStringLiteral("GS-2024-101"));
        REQUIRE(p.ok());
        CHECK(p->titleZh == QStringLiteral("援肯尼亚医疗物资项目"));
        CHECK(p->line == BusinessLine::GoodsSupply);
        CHECK(p->countries == QList<CountryShare>{{QStringLiteral("KE"), 5000}, {QStringLiteral("UG"), 5000}});
        CHECK(portfolio->projects().findByCode(QStringLiteral("GS-2024-102"))->status == ActivityStatus::Implementation);
    }

    SECTION("GB18030 whose first 100 KiB are plain ASCII")
    {
        test::TempDir dir;
        auto portfolio = test::newPortfolio(dir);
        QString text = QStringLiteral("code,title_en,title_zh,line\n");
        int n = 0;
        while (text.size() < 100 * 1024)
            text += QStringLiteral("UN-2020-%1,Workshop %1,,un\n").arg(++n, 4, 10, QLatin1Char('0'));
        text += QStringLiteral("UN-2021-0001,Training,援肯尼亚培训项目,un\n");
        const QString path = writeCsv(dir, QStringLiteral("late-gbk.csv"), text, "GB18030");
        auto preview = previewCsv(path);
        REQUIRE(preview.ok());
        CHECK(preview->encoding == QStringLiteral("GB18030"));
        const ImportReport report = import(portfolio->database(), path, ImportEntity::Projects);
        INFO(describe(report));
        REQUIRE(report.ok());
        CHECK(report.imported == n + 1);
        auto last = portfolio->projects().findByCode(QStringLiteral("UN-2021-0001"));
        REQUIRE(last.ok());
        CHECK(last->titleZh == QStringLiteral("援肯尼亚培训项目"));
    }
}

TEST_CASE("Chinese in UTF-8 or in GB18030 is read as written, a file mixing them is refused and nothing is written", "[csv]")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    Database &db = portfolio->database();
    const QString header = QStringLiteral("项目编号,项目名称,业务板块\n");
    const QString first = QStringLiteral("GS-2024-101,援肯尼亚医疗物资项目,物资援助项目\n");
    const QString second = QStringLiteral("GS-2024-102,援乌干达粮食项目,物资援助项目\n");

    SECTION("UTF-8 without a BOM, every line of which is valid GB18030 too")
    {
        const QString path = writeCsv(dir, QStringLiteral("utf8.csv"), header + first + second);
        const ImportReport report = import(db, path, ImportEntity::Projects);
        INFO(describe(report));
        REQUIRE(report.imported == 2);
        CHECK(portfolio->projects().findByCode(QStringLiteral("GS-2024-102"))->titleZh == QStringLiteral("援乌干达粮食项目"));
    }
    SECTION("GB18030")
    {
        const QString path = writeCsv(dir, QStringLiteral("gb.csv"), header + first + second, "GB18030");
        const ImportReport report = import(db, path, ImportEntity::Projects);
        INFO(describe(report));
        REQUIRE(report.imported == 2);
        CHECK(portfolio->projects().findByCode(QStringLiteral("GS-2024-102"))->titleZh == QStringLiteral("援乌干达粮食项目"));
    }
    SECTION("GB18030 with its last line in UTF-8")
    {
        const QString path = dir.path(QStringLiteral("mixed.csv"));
        test::writeFile(path, encoded(header + first, "GB18030") + second.toUtf8());
        const QByteArray before = snapshot(db);
        const CsvMapping mapping = autoMapping(ImportEntity::Projects, {QStringLiteral("项目编号"), QStringLiteral("项目名称"), QStringLiteral("业务板块")});
        auto report = importCsv(db, path, mapping);
        REQUIRE_FALSE(report.ok());
        CHECK(report.error().describe().contains(QStringLiteral("line 3 is UTF-8 and line 1 is not: the file mixes encodings")));
        CHECK(snapshot(db) == before);
        CHECK(count(db, "projects") == 0);
        auto preview = previewCsv(path);
        REQUIRE_FALSE(preview.ok());
        CHECK(preview.error().describe().contains(QStringLiteral("line 3 is UTF-8 and line 1 is not")));
    }
}

TEST_CASE("CSV separators are detected: comma, semicolon and tab, with quoted fields holding them", "[csv]")
{
    for (const QChar separator : {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')}) {
        DYNAMIC_SECTION("separator " << int(separator.unicode()))
        {
            test::TempDir dir;
            auto portfolio = test::newPortfolio(dir);
            addProject(*portfolio, QStringLiteral("GS-2024-001"));
            const QList<QStringList> lines{{"Project code", "Type", "Date", "Amount", "Currency", "Description"},
                {"GS-2024-001", "3", "2024-01-10", "\"1,234.56\"", "USD", "\"one, two; three\tfour\""},
                {"GS-2024-001", "4", "2024-01-11", "99.50", "USD", "plain"}};
            QString text;
            for (const QStringList &row : lines)
                text += row.join(separator) + QLatin1Char('\n');
            const QString path = writeCsv(dir, QStringLiteral("t.csv"), text);
            auto preview = previewCsv(path);
            REQUIRE(preview.ok());
            CHECK(preview->separator == separator);
            REQUIRE(preview->rows.size() == 2);
            CHECK(preview->rows.first().last() == QStringLiteral("one, two; three\tfour"));
            const ImportReport report = import(portfolio->database(), path, ImportEntity::Transactions);
            INFO(describe(report));
            CHECK(report.imported == 2);
            auto rows = FinanceService(portfolio->database()).transactions(1);
            REQUIRE(rows.ok());
            REQUIRE(rows->size() == 2);
            CHECK(rows->at(0).amount == Money(123456, QStringLiteral("USD")));
            CHECK(rows->at(0).description == QStringLiteral("one, two; three\tfour"));
        }
    }
}

TEST_CASE("quoted fields hold line breaks and doubled quotes, and problems name the line the record starts on", "[csv]")
{
    const QByteArray bytes = "a,b\r\n\"line one\r\nline \"\"two\"\"\",x\r\n\r\nplain,\"y\"\nlast,z";
    QBuffer buffer;
    buffer.setData(bytes);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(buffer);
    REQUIRE(reader.open().ok());
    QStringList fields;
    REQUIRE(reader.next(fields));
    CHECK(fields == QStringList{"a", "b"});
    CHECK(reader.line() == 1);
    REQUIRE(reader.next(fields));
    CHECK(fields == QStringList{"line one\nline \"two\"", "x"});
    CHECK(reader.line() == 2);
    REQUIRE(reader.next(fields)); // the blank line 4 is skipped
    CHECK(fields == QStringList{"plain", "y"});
    CHECK(reader.line() == 5);
    REQUIRE(reader.next(fields)); // no line break at the end
    CHECK(fields == QStringList{"last", "z"});
    CHECK(reader.line() == 6);
    CHECK_FALSE(reader.next(fields));
    CHECK(reader.error().isEmpty());

    // A quote left open would swallow the rest of the file: an error naming where it opened.
    QBuffer open;
    open.setData("a,b\n1,\"never closed\n2,3\n");
    REQUIRE(open.open(QIODevice::ReadOnly));
    CsvReader unclosed(open);
    REQUIRE(unclosed.open().ok());
    REQUIRE(unclosed.next(fields));
    CHECK_FALSE(unclosed.next(fields));
    CHECK(unclosed.error().contains("line 2"));

    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    addProject(*portfolio, QStringLiteral("P-1"));
    const QString path = writeCsv(dir, QStringLiteral("t.csv"),
        QStringLiteral("project,type,date,amount,currency,description\n"
                       "P-1,3,2024-01-10,10.00,USD,\"a note\nover three\nlines\"\n"
                       "P-1,3,2024-13-40,10.00,USD,bad date on line 5\n"));
    auto preview = previewCsv(path);
    REQUIRE(preview.ok());
    CHECK(preview->lines == QList<qint64>{2, 5});
    CHECK(preview->rows.first().last() == QStringLiteral("a note\nover three\nlines"));
    const ImportReport report = import(portfolio->database(), path, ImportEntity::Transactions);
    REQUIRE(report.problemCount == 1);
    CHECK(report.problems.first().line == 5);
    CHECK(report.problems.first().column == QStringLiteral("date"));
    CHECK(report.problems.first().value == QStringLiteral("2024-13-40"));
}

TEST_CASE("columns are mapped from English and Chinese headers, and a mapping saved as JSON is used again", "[csv]")
{
    const CsvMapping en = autoMapping(ImportEntity::Transactions,
        {"Project Code", "Transaction type", "DATE", "Value date", "Amount", "Currency", "Provider", "Receiver", "Notes"});
    CHECK(en.columns.value("project") == "Project Code");
    CHECK(en.columns.value("type") == "Transaction type");
    CHECK(en.columns.value("date") == "DATE");
    CHECK(en.columns.value("value_date") == "Value date");
    CHECK(en.columns.value("amount") == "Amount");
    CHECK(en.columns.value("provider") == "Provider");
    CHECK_FALSE(en.columns.contains("description")); // "Notes" is no alias

    const CsvMapping zh = autoMapping(ImportEntity::Transactions, {"项目编号", "交易类型", "日期", "金额", "币种", "付款方", "收款方", "摘要"});
    CHECK(zh.columns.value("project") == QStringLiteral("项目编号"));
    CHECK(zh.columns.value("type") == QStringLiteral("交易类型"));
    CHECK(zh.columns.value("date") == QStringLiteral("日期"));
    CHECK(zh.columns.value("amount") == QStringLiteral("金额"));
    CHECK(zh.columns.value("currency") == QStringLiteral("币种"));
    CHECK(zh.columns.value("receiver") == QStringLiteral("收款方"));
    CHECK(zh.columns.value("description") == QStringLiteral("摘要"));

    const CsvMapping items = autoMapping(ImportEntity::DeliveryItems, {"批次编号", "品名", "类别", "数量", "单位", "单价", "毛重（公斤）"});
    CHECK(items.columns.value("description_zh") == QStringLiteral("品名"));
    CHECK(items.columns.value("gross_weight_kg") == QStringLiteral("毛重（公斤）"));

    // A file whose headers no alias knows, mapped by hand, saved and read back.
    CsvMapping custom;
    custom.entity = ImportEntity::Transactions;
    custom.columns = {{"project", "Proj"}, {"type", "Kind"}, {"date", "When"}, {"amount", "Sum"}, {"currency", "Ccy"}};
    custom.dialect.separator = QLatin1Char(';');
    custom.dialect.encoding = QStringLiteral("UTF-8");
    auto read = mappingFromJson(mappingToJson(custom));
    REQUIRE(read.ok());
    CHECK(read->entity == custom.entity);
    CHECK(read->columns == custom.columns);
    CHECK(read->dialect.separator == custom.dialect.separator);
    CHECK(read->dialect.encoding == custom.dialect.encoding);

    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    addProject(*portfolio, QStringLiteral("P-1"));
    const QString path = writeCsv(dir, QStringLiteral("t.csv"), QStringLiteral("Proj;Kind;When;Sum;Ccy\nP-1;Disbursement;2024-02-01;1500;EUR\n"));
    auto report = importCsv(portfolio->database(), path, read.value());
    REQUIRE(report.ok());
    INFO(describe(report.value()));
    CHECK(report->imported == 1);
    CHECK(FinanceService(portfolio->database()).transactions(1)->first().amount == Money(150000, QStringLiteral("EUR")));

    CHECK_FALSE(mappingFromJson("{\"entity\":\"ships\",\"columns\":{}}").ok());
    CHECK_FALSE(mappingFromJson("{\"entity\":\"transactions\",\"columns\":{\"colour\":\"C\"}}").ok());
    CHECK_FALSE(mappingFromJson("not json").ok());
}

TEST_CASE("every problem is reported with its line, column, value and reason, and nothing is written", "[csv]")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    Database &db = portfolio->database();
    addProject(*portfolio, QStringLiteral("GS-2020-001"));
    const QByteArray before = snapshot(db);

    SECTION("projects")
    {
        const QString path = writeCsv(dir, QStringLiteral("p.csv"),
            QStringLiteral("code,title_en,line,countries,planned_start\n"
                           "GS-2024-001,Good,goods,KE,2024-01-01\n"   // 2: fine
                           "GS-2024-002,Bad country,goods,XX,2024-01-01\n" // 3
                           "GS-2024-003,Bad date,goods,KE,2024-02-30\n"    // 4
                           "GS-2024-001,Twice,goods,KE,\n"                 // 5: duplicate of line 2
                           "GS-2020-001,Stored,goods,KE,\n"                // 6: in the database: an update, no problem
                           "GS-2024-006,No line,,KE,\n"));                 // 7: missing required
        const ImportReport report = import(db, path, ImportEntity::Projects);
        INFO(describe(report));
        CHECK(report.rows == 6);
        CHECK(report.imported == 0);
        CHECK(report.problemCount == 4);
        const ImportProblem *country = problemAt(report, 3, "countries");
        REQUIRE(country);
        CHECK(country->value == "XX");
        CHECK(country->reason.contains("unknown country"));
        const ImportProblem *date = problemAt(report, 4, "planned_start");
        REQUIRE(date);
        CHECK(date->reason.contains("not a date"));
        const ImportProblem *inFile = problemAt(report, 5, "code");
        REQUIRE(inFile);
        CHECK(inFile->reason.contains("duplicate code GS-2024-001"));
        CHECK(inFile->reason.contains("line 2"));
        CHECK_FALSE(problemAt(report, 6, "code"));
        const ImportProblem *missing = problemAt(report, 7, "line");
        REQUIRE(missing);
        CHECK(missing->reason.contains("required"));
    }
    SECTION("transactions")
    {
        const QString path = writeCsv(dir, QStringLiteral("t.csv"),
            QStringLiteral("project,type,date,amount,currency\n"
                           "GS-2020-001,3,2024-01-01,12.5x,USD\n"  // 2: bad amount
                           "GS-9999-999,3,2024-01-01,12.50,USD\n"  // 3: unknown project
                           "GS-2020-001,3,2024-01-01,12.50,XYZ\n"  // 4: unknown currency
                           "GS-2020-001,3,2024-01-01,12.505,USD\n" // 5: too many decimals
                           "GS-2020-001,99,2024-01-01,1,USD\n"));  // 6: no such type
        const ImportReport report = import(db, path, ImportEntity::Transactions);
        INFO(describe(report));
        CHECK(report.problemCount == 5);
        REQUIRE(problemAt(report, 2, "amount"));
        CHECK(problemAt(report, 2, "amount")->reason.contains("not an amount"));
        REQUIRE(problemAt(report, 3, "project"));
        CHECK(problemAt(report, 3, "project")->reason.contains("unknown project"));
        CHECK(problemAt(report, 3, "project")->value == "GS-9999-999");
        REQUIRE(problemAt(report, 4, "currency"));
        REQUIRE(problemAt(report, 5, "amount"));
        REQUIRE(problemAt(report, 6, "type"));
    }
    SECTION("deliveries and their items")
    {
        const QString path = writeCsv(dir, QStringLiteral("d.csv"),
            QStringLiteral("code,project,destination,consignee,status,planned_arrival\n"
                           "GS-2020-001-D01,GS-2020-001,KE,,planned,2024-05-01\n"    // 2: fine
                           "GS-2020-001-D02,GS-2020-001,ZZ,,,\n"                     // 3: unknown country
                           "GS-2020-001-D03,GS-2020-001,KE,Nobody Ltd,,\n"           // 4: unknown consignee
                           "GS-2020-001-D04,GS-2020-001,KE,,dispatched,\n"           // 5: not planned
                           "GS-2020-001-D01,GS-2099-001,KE,,,\n"));                  // 6: duplicate code, unknown project
        const ImportReport report = import(db, path, ImportEntity::Deliveries);
        INFO(describe(report));
        CHECK(report.problemCount == 5);
        REQUIRE(problemAt(report, 3, "destination"));
        CHECK(problemAt(report, 3, "destination")->reason.contains("unknown country"));
        REQUIRE(problemAt(report, 4, "consignee"));
        REQUIRE(problemAt(report, 5, "status"));
        REQUIRE(problemAt(report, 6, "code"));
        CHECK(problemAt(report, 6, "code")->reason.contains("line 2"));
        REQUIRE(problemAt(report, 6, "project"));

        const QString items = writeCsv(dir, QStringLiteral("i.csv"),
            QStringLiteral("delivery,description_en,category,quantity,unit,unit_value\n"
                           "GS-2020-001-D09,Tents,shelter_relief,10,pc,100\n" // 2: no such delivery
                           ",Tents,shelter_relief,,pc,100\n"));               // 3: delivery and quantity missing
        const ImportReport itemReport = import(db, items, ImportEntity::DeliveryItems);
        INFO(describe(itemReport));
        CHECK(itemReport.problemCount == 3);
        REQUIRE(problemAt(itemReport, 2, "delivery"));
        CHECK(problemAt(itemReport, 2, "delivery")->reason.contains("unknown delivery"));
        REQUIRE(problemAt(itemReport, 3, "delivery"));
        REQUIRE(problemAt(itemReport, 3, "quantity"));
        CHECK(problemAt(itemReport, 3, "quantity")->reason.contains("required"));
    }
    SECTION("a required field without a column is a problem of the file")
    {
        const QString path = writeCsv(dir, QStringLiteral("t.csv"), QStringLiteral("project,date,amount,currency\nGS-2020-001,2024-01-01,1,USD\n"));
        const ImportReport report = import(db, path, ImportEntity::Transactions);
        REQUIRE(report.problemCount == 1);
        CHECK(report.problems.first().line == 0);
        CHECK(report.problems.first().reason.contains("type"));
    }
    CHECK(snapshot(db) == before);
}

TEST_CASE("a broken row in the middle of a good file: nothing is written", "[csv]")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    Database &db = portfolio->database();
    addProject(*portfolio, QStringLiteral("P-1"));
    addProject(*portfolio, QStringLiteral("P-2"), BusinessLine::Sscaf);
    const QByteArray before = snapshot(db);
    const qint64 auditBefore = count(db, "audit_log");
    QString text = QStringLiteral("project,type,date,amount,currency\n");
    for (int i = 0; i < 1000; ++i)
        text += QStringLiteral("P-%1,3,2024-01-%2,%3.00,USD\n").arg(1 + i % 2).arg(1 + i % 28, 2, 10, QLatin1Char('0')).arg(100 + i);
    QString broken = text;
    broken.replace(QStringLiteral("P-1,3,2024-01-25,600.00,USD"), QStringLiteral("P-1,3,2024-01-25,six hundred,USD"));
    REQUIRE(broken.size() != text.size()); // (not the texts: a failure would print them)
    const ImportReport report = import(db, writeCsv(dir, QStringLiteral("broken.csv"), broken), ImportEntity::Transactions);
    CHECK(report.rows == 1000);
    REQUIRE(report.problemCount == 1);
    CHECK(report.problems.first().line == 502); // row 500 (0-based) after the header
    CHECK(report.imported == 0);
    CHECK(count(db, "transactions") == 0);
    CHECK(snapshot(db) == before);

    SECTION("the same file mended imports every row, with one audit entry")
    {
        // SQLite's page cache is made larger for the import and given back afterwards.
        qint64 cacheBefore = 0;
        if (!db.onServer()) {
            auto cache = db.execute(QStringLiteral("PRAGMA cache_size"));
            REQUIRE(cache.ok());
            REQUIRE(cache->next());
            cacheBefore = cache->value(0).toLongLong();
            cache->finish();
        }
        const ImportReport good = import(db, writeCsv(dir, QStringLiteral("good.csv"), text), ImportEntity::Transactions);
        INFO(describe(good));
        CHECK(good.imported == 1000);
        CHECK(count(db, "transactions") == 1000);
        CHECK(count(db, "audit_log") == auditBefore + 1);
        if (!db.onServer()) {
            auto cacheAfter = db.execute(QStringLiteral("PRAGMA cache_size"));
            REQUIRE(cacheAfter.ok());
            REQUIRE(cacheAfter->next());
            CHECK(cacheAfter->value(0).toLongLong() == cacheBefore); // the import's larger page cache is given back
        }
        // sum of 100..1099 = 599,500.00 USD; P-2 (SSCAF) gets the odd rows: 101, 103... 1099 = 300,000.00
        auto rollup = computeFinanceRollup(db);
        REQUIRE(rollup.ok());
        REQUIRE(rollup->total.native.size() == 1);
        CHECK(rollup->total.native.first().measure == 3);
        CHECK(rollup->total.native.first().currency == QStringLiteral("USD"));
        CHECK(rollup->total.native.first().count == 1000);
        CHECK(rollup->total.native.first().sum == 59950000);
        qint64 sscaf = 0;
        for (const FinanceGroup &g : rollup->byLine) {
            if (g.key == QStringLiteral("sscaf"))
                sscaf = g.native.first().sum;
        }
        CHECK(sscaf == 30000000);
    }
}

TEST_CASE("without a currency column, the amount's cell carries the currency", "[csv]")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    Database &db = portfolio->database();
    addProject(*portfolio, QStringLiteral("P-1"));
    const QString good = writeCsv(dir, QStringLiteral("good.csv"),
        QStringLiteral("project,type,date,amount\nP-1,3,2024-01-01,\"1,234.56 USD\"\nP-1,3,2024-01-02,150000 JPY\n"));
    const ImportReport report = import(db, good, ImportEntity::Transactions);
    INFO(describe(report));
    CHECK(report.imported == 2);
    auto rows = FinanceService(db).transactions(1);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 2);
    CHECK(rows->at(0).amount == Money(123456, QStringLiteral("USD")));
    CHECK(rows->at(1).amount == Money(150000, QStringLiteral("JPY")));

    const QString bare = writeCsv(dir, QStringLiteral("bare.csv"), QStringLiteral("project,type,date,amount\nP-1,3,2024-01-03,99.00\n"));
    const ImportReport refused = import(db, bare, ImportEntity::Transactions);
    REQUIRE(refused.problemCount == 1);
    CHECK(refused.problems.first().line == 2);
    CHECK(refused.problems.first().column == QStringLiteral("amount"));
    CHECK(count(db, "transactions") == 2);
}

TEST_CASE("a dry run validates every row and writes nothing", "[csv]")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    Database &db = portfolio->database();
    addProject(*portfolio, QStringLiteral("P-1"));
    const QByteArray before = snapshot(db);
    const QString path
        = writeCsv(dir, QStringLiteral("t.csv"), QStringLiteral("project,type,date,amount,currency\nP-1,3,2024-01-01,1.00,USD\nP-1,4,2024-01-02,2.00,CNY\n"));
    CsvImportOptions options;
    options.dryRun = true;
    const ImportReport report = import(db, path, ImportEntity::Transactions, options);
    CHECK(report.ok());
    CHECK(report.rows == 2);
    CHECK(report.imported == 0);
    CHECK(snapshot(db) == before);
}

TEST_CASE("cancel from the progress callback: Cancelled, and nothing is written", "[csv]")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    Database &db = portfolio->database();
    addProject(*portfolio, QStringLiteral("P-1"));
    const QByteArray before = snapshot(db);
    QString text = QStringLiteral("project,type,date,amount,currency\n");
    for (int i = 0; i < 20000; ++i)
        text += QStringLiteral("P-1,3,2024-01-01,%1.00,USD\n").arg(i);
    const QString path = writeCsv(dir, QStringLiteral("t.csv"), text);
    auto preview = previewCsv(path);
    REQUIRE(preview.ok());
    const qint64 size = QFileInfo(path).size();
    QList<qint64> seen;
    auto result = importCsv(db, path, autoMapping(ImportEntity::Transactions, preview->header), {}, [&](qint64 done, qint64 total) {
        seen.append(done);
        CHECK(total == size);
        return seen.size() < 3; // cancel at the third call, with rows already written in the transaction
    });
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().kind == Error::Kind::Cancelled);
    REQUIRE(seen.size() == 3);
    CHECK(seen[0] > 0);
    CHECK(seen[0] <= seen[1]);
    CHECK(seen[2] < size);
    CHECK(snapshot(db) == before);
    CHECK(count(db, "transactions") == 0);
}

TEST_CASE("each entity imports with the values the services read back", "[csv]")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    Database &db = portfolio->database();

    const ImportReport projects = import(db,
        writeCsv(dir, QStringLiteral("projects.csv"),
            QStringLiteral("Project code,Title,Chinese title,Business line,Funding source,Status,Planned start,Planned end,Countries,"
                           "Sectors,SDGs,Officer,IATI identifier\n"
                           "GS-2024-001,Medical supplies,医疗物资,goods,China aid grant,Implementation,2024-01-01,2025/6/30,"
                           "\"KE:75,UG:25\",12220,3;5,Li Wei,CN-1-GS-2024-001\n")),
        ImportEntity::Projects);
    INFO(describe(projects));
    REQUIRE(projects.imported == 1);
    auto p = portfolio->projects().findByCode(QStringLiteral("GS-2024-001"));
    REQUIRE(p.ok());
    CHECK(p->titleEn == QStringLiteral("Medical supplies"));
    CHECK(p->titleZh == QStringLiteral("医疗物资"));
    CHECK(p->funding == FundingSource::ChinaAidGrant);
    CHECK(p->status == ActivityStatus::Implementation);
    CHECK(p->plannedEnd == QDate(2025, 6, 30));
    CHECK(p->countries == QList<CountryShare>{{QStringLiteral("KE"), 7500}, {QStringLiteral("UG"), 2500}});
    CHECK(p->sectors == QList<SectorShare>{{QStringLiteral("12220"), 10000}});
    CHECK(p->sdgGoals == QList<int>{3, 5});
    CHECK(p->officer == QStringLiteral("Li Wei"));
    CHECK(p->iatiIdentifier == QStringLiteral("CN-1-GS-2024-001"));

    const ImportReport partners = import(db,
        writeCsv(dir, QStringLiteral("partners.csv"),
            QStringLiteral("名称,English name,缩写,机构类型,IATI ID,国家,加入网络年份\n"
                           "肯尼亚卫生部,Ministry of Health Kenya,MOH-KE,10,,KE,\n"
                           "联合国开发计划署,United Nations Development Programme,UNDP,40,XM-DAC-41114,,2019\n"),
            "GB18030"),
        ImportEntity::Partners);
    INFO(describe(partners));
    REQUIRE(partners.imported == 2);
    auto undp = portfolio->partners().findByIatiId(QStringLiteral("XM-DAC-41114"));
    REQUIRE(undp.ok());
    CHECK(undp->nameZh == QStringLiteral("联合国开发计划署"));
    CHECK(undp->acronym == QStringLiteral("UNDP"));
    CHECK(undp->orgType == 40);
    CHECK(undp->networkMemberSince == 2019);
    PartnerQuery byAcronym;
    byAcronym.search = QStringLiteral("MOH-KE");
    auto moh = portfolio->partners().list(byAcronym);
    REQUIRE(moh.ok());
    REQUIRE(moh->size() == 1);
    const qint64 mohId = moh->first().partner.id;
    CHECK(moh->first().partner.nameEn == QStringLiteral("Ministry of Health Kenya"));

    const ImportReport transactions = import(db,
        writeCsv(dir, QStringLiteral("transactions.csv"),
            QStringLiteral("project,type,date,value_date,amount,currency,provider,receiver,description,reference\n"
                           "GS-2024-001,Incoming Funds,2024-01-05,,\"1,000,000.00\",CNY,UNDP,,grant,V-1\n"
                           "GS-2024-001,3,2024-02-05,2024-02-06,-250.25,USD,,MOH-KE,reversal,V-2\n"
                           "GS-2024-001,3,2024-03-05,,1000,JPY,,Kenya Red Cross,,V-3\n")),
        ImportEntity::Transactions);
    INFO(describe(transactions));
    REQUIRE(transactions.imported == 3);
    auto list = FinanceService(db).transactions(p->id);
    REQUIRE(list.ok());
    REQUIRE(list->size() == 3);
    CHECK(list->at(0).type == 1);
    CHECK(list->at(0).amount == Money(100000000, QStringLiteral("CNY")));
    CHECK(list->at(0).providerId == undp->id);
    CHECK(list->at(0).valueDate == QDate(2024, 1, 5));
    CHECK(list->at(1).amount == Money(-25025, QStringLiteral("USD")));
    CHECK(list->at(1).valueDate == QDate(2024, 2, 6));
    CHECK(list->at(1).receiverId == mohId);
    CHECK(list->at(2).amount == Money(1000, QStringLiteral("JPY")));
    CHECK(list->at(2).receiverId == 0);
    CHECK(list->at(2).receiverName == QStringLiteral("Kenya Red Cross"));
    CHECK(list->at(2).reference == QStringLiteral("V-3"));

    const ImportReport budget = import(db,
        writeCsv(dir, QStringLiteral("budget.csv"),
            QStringLiteral("project,period_start,period_end,category,amount,currency,type,status\n"
                           "GS-2024-001,2024-01-01,2024-12-31,equipment,\"500,000.00\",USD,Original,Committed\n")),
        ImportEntity::BudgetLines);
    INFO(describe(budget));
    REQUIRE(budget.imported == 1);
    auto lines = FinanceService(db).budgetLines(p->id);
    REQUIRE(lines.ok());
    REQUIRE(lines->size() == 1);
    CHECK(lines->first().category == BudgetCategory::Equipment);
    CHECK(lines->first().amount == Money(50000000, QStringLiteral("USD")));
    CHECK(lines->first().status == 2);

    const ImportReport rates = import(db,
        writeCsv(dir, QStringLiteral("rates.csv"), QStringLiteral("币种,日期,汇率,来源\nCNY,2024-01-01,0.138512,PBOC\nJPY,2024/1/1,0.0068,BOJ\n")),
        ImportEntity::ExchangeRates);
    INFO(describe(rates));
    REQUIRE(rates.imported == 2);
    auto cny = FinanceService(db).rates(QStringLiteral("CNY"));
    REQUIRE(cny.ok());
    REQUIRE(cny->size() == 1);
    CHECK(cny->first().rate.toString() == QStringLiteral("0.138512"));
    CHECK(cny->first().source == QStringLiteral("PBOC"));

    const ImportReport deliveries = import(db,
        writeCsv(dir, QStringLiteral("deliveries.csv"),
            QStringLiteral("Delivery code,Project code,Destination country,Consignee,Status,Planned dispatch,Planned arrival,Origin port,"
                           "Destination port,Carrier,Incoterm,Currency\n"
                           "GS-2024-001-D01,GS-2024-001,KE,MOH-KE,planned,2024-04-01,2024-05-15,Shanghai,Mombasa,COSCO,CIF,CNY\n")),
        ImportEntity::Deliveries);
    INFO(describe(deliveries));
    REQUIRE(deliveries.imported == 1);

    const ImportReport items = import(db,
        writeCsv(dir, QStringLiteral("items.csv"),
            QStringLiteral("批次编号,Description,品名,类别,数量,单位,单价,毛重\n"
                           "GS-2024-001-D01,Ventilator,呼吸机,medical_supplies,10,set,\"85,000.00\",1250.5\n"
                           "GS-2024-001-D01,Rice,大米,food,2.5,t,4200,2500\n")),
        ImportEntity::DeliveryItems);
    INFO(describe(items));
    REQUIRE(items.imported == 2);
    auto d = DeliveryService(db).findByCode(QStringLiteral("GS-2024-001-D01"));
    REQUIRE(d.ok());
    CHECK(d->destinationCountry == QStringLiteral("KE"));
    CHECK(d->consigneeId == mohId);
    CHECK(d->plannedArrival == QDate(2024, 5, 15));
    CHECK(d->incoterm == QStringLiteral("CIF"));
    REQUIRE(d->items.size() == 2);
    CHECK(d->items[0].descriptionZh == QStringLiteral("呼吸机"));
    CHECK(d->items[0].quantityMilli == 10000);
    CHECK(d->items[0].unitValue == Money(8500000, QStringLiteral("CNY")));
    CHECK(d->items[0].grossWeightGrams == 1250500);
    CHECK(d->items[1].category == ItemCategory::Food);
    auto totals = totalsOf(d.value());
    REQUIRE(totals.has_value());
    CHECK(totals->value == Money(85000000 + 1050000, QStringLiteral("CNY"))); // 10 x 85,000 + 2.5 x 4,200
}
