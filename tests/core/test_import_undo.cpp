// Imports as steps: an exported register imports back unchanged with no mapping, importing it again
// updates or skips, and every import is undone as one step (what it added removed, what it changed
// put back), unless a record was changed after it.
#include "test_support.h"

#include "demo/demo_generator.h"
#include "interchange/csv_import.h"
#include "interchange/csv_table_sink.h"
#include "interchange/iati_import.h"
#include "interchange/register_export.h"
#include "services/finance_service.h"
#include "services/import_batches.h"

#include <QSqlQuery>

using namespace pd;

namespace {

QString writeCsv(const test::TempDir &dir, const QString &name, const QString &text)
{
    const QString path = dir.path(name);
    test::writeFile(path, text.toUtf8());
    return path;
}

ImportReport import(Database &db, const QString &path, ImportEntity entity)
{
    auto preview = previewCsv(path);
    REQUIRE(preview.ok());
    auto report = importCsv(db, path, autoMapping(entity, preview->header));
    INFO((report ? QString() : report.error().describe() + QStringLiteral(" | ") + report.error().detail).toStdString());
    REQUIRE(report.ok());
    QString problems;
    for (const ImportProblem &p : report->problems)
        problems += QStringLiteral("%1: %2: %3 (%4)\n").arg(p.line).arg(p.column, p.reason, p.value);
    INFO(problems.toStdString());
    REQUIRE(report->ok());
    return report.value();
}

qint64 count(Database &db, const QString &sql)
{
    auto r = db.execute(sql);
    REQUIRE(r.ok());
    REQUIRE(r->next());
    return r->value(0).toLongLong();
}

void addProject(Portfolio &portfolio, const QString &code)
{
    Project p;
    p.code = code;
    p.titleEn = code;
    p.line = BusinessLine::GoodsSupply;
    REQUIRE(portfolio.projects().create(p).ok());
}

const QString kProjects = QStringLiteral("code,title_en,line,countries,planned_start\n"
                                         "GS-2024-001,Tents for Nairobi,goods,KE,2024-03-01\n"
                                         "GS-2024-002,Rice for Uganda,goods,KE:60;UG:40,2024-03-05\n");

} // namespace

TEST_CASE("undo of a CSV projects import removes its projects, and a second undo is refused", "[import-undo]")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    Database &db = portfolio->database();
    addProject(*portfolio, QStringLiteral("GS-2020-001"));
    const ImportReport report = import(db, writeCsv(dir, QStringLiteral("p.csv"), kProjects), ImportEntity::Projects);
    CHECK(report.imported == 2);
    REQUIRE(report.batchId > 0);

    ImportBatches batches(db);
    const QList<ImportBatchInfo> listed = test::required(batches.list());
    REQUIRE(listed.size() == 1);
    CHECK(listed.first().id == report.batchId);
    CHECK(listed.first().kind == "csv");
    CHECK(listed.first().file == "p.csv");
    CHECK(listed.first().entity == "projects");
    CHECK(listed.first().added == 2);
    CHECK(listed.first().updated == 0);
    CHECK_FALSE(listed.first().undone());
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM projects")) == 3);

    const ImportBatchInfo undone = test::required(batches.undo(report.batchId));
    CHECK(undone.undone());
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM projects")) == 1);
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM project_countries")) == 0);
    CHECK(portfolio->projects().findByCode(QStringLiteral("GS-2020-001")).ok());
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'import' AND action = 'undo'")) == 1);
    CHECK(test::required(batches.get(report.batchId)).undone());

    auto again = batches.undo(report.batchId);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message.contains("undone already"));
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM projects")) == 1);
}

TEST_CASE("undo of a transactions import removes exactly its transactions", "[import-undo]")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    Database &db = portfolio->database();
    addProject(*portfolio, QStringLiteral("GS-2020-001"));
    const QString first = writeCsv(dir, QStringLiteral("t1.csv"),
        QStringLiteral("project,type,date,amount,currency\nGS-2020-001,3,2024-01-01,10.00,USD\nGS-2020-001,3,2024-01-02,20.00,USD\n"));
    const QString second = writeCsv(dir, QStringLiteral("t2.csv"),
        QStringLiteral("project,type,date,amount,currency\nGS-2020-001,3,2024-02-01,5.00,USD\n"));
    const ImportReport a = import(db, first, ImportEntity::Transactions);
    const ImportReport b = import(db, second, ImportEntity::Transactions);
    CHECK(a.imported == 2);
    CHECK(b.imported == 1);
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM transactions")) == 3);

    REQUIRE(ImportBatches(db).undo(a.batchId).ok());
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM transactions")) == 1);
    CHECK(count(db, QStringLiteral("SELECT SUM(amount) FROM transactions")) == 500);
    // The day totals the triggers keep follow the removal.
    CHECK(count(db, QStringLiteral("SELECT SUM(amount) FROM transaction_days")) == 500);

    // Identical rows already there are skipped and counted, not added twice.
    const ImportReport again = import(db, second, ImportEntity::Transactions);
    CHECK(again.imported == 0);
    CHECK(again.unchanged == 1);
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM transactions")) == 1);
}

TEST_CASE("an import that updated projects is undone: the before values come back, countries too", "[import-undo]")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    Database &db = portfolio->database();
    const ImportReport added = import(db, writeCsv(dir, QStringLiteral("p.csv"), kProjects), ImportEntity::Projects);
    REQUIRE(added.imported == 2);
    const Project before = test::required(portfolio->projects().findByCode(QStringLiteral("GS-2024-002")));

    const QString changed = writeCsv(dir, QStringLiteral("p2.csv"),
        QStringLiteral("code,title_en,line,countries,planned_start\n"
                       "GS-2024-001,Tents for Nairobi,goods,KE,2024-03-01\n"        // the same: unchanged
                       "GS-2024-002,Rice and oil for Uganda,goods,UG,2024-04-01\n" // changed
                       "GS-2024-003,Blankets,goods,TZ,2024-05-01\n"));             // new
    const ImportReport update = import(db, changed, ImportEntity::Projects);
    CHECK(update.imported == 1);
    CHECK(update.updated == 1);
    CHECK(update.unchanged == 1);
    const Project after = test::required(portfolio->projects().findByCode(QStringLiteral("GS-2024-002")));
    CHECK(after.titleEn == "Rice and oil for Uganda");
    REQUIRE(after.countries.size() == 1);
    CHECK(after.revision == before.revision + 1);
    const ImportBatchInfo info = test::required(ImportBatches(db).get(update.batchId));
    CHECK(info.added == 1);
    CHECK(info.updated == 1);

    REQUIRE(ImportBatches(db).undo(update.batchId).ok());
    const Project restored = test::required(portfolio->projects().findByCode(QStringLiteral("GS-2024-002")));
    CHECK(restored.titleEn == before.titleEn);
    CHECK(restored.plannedStart == before.plannedStart);
    CHECK(restored.countries == before.countries); // KE 60%, UG 40%
    CHECK(restored.revision == after.revision + 1);
    CHECK_FALSE(portfolio->projects().findByCode(QStringLiteral("GS-2024-003")).ok());
    CHECK(portfolio->projects().findByCode(QStringLiteral("GS-2024-001")).ok());

    // The projects are back as the first import left them: it can be undone in turn.
    REQUIRE(ImportBatches(db).undo(added.batchId).ok());
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM projects")) == 0);
}

TEST_CASE("an undo after a later edit names the record and changes nothing", "[import-undo]")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    Database &db = portfolio->database();
    const ImportReport added = import(db, writeCsv(dir, QStringLiteral("p.csv"), kProjects), ImportEntity::Projects);
    Project edited = test::required(portfolio->projects().findByCode(QStringLiteral("GS-2024-001")));
    edited.officer = QStringLiteral("Li Wei");
    const Project stored = test::required(portfolio->projects().update(edited));

    auto refused = ImportBatches(db).undo(added.batchId);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains("GS-2024-001"));
    CHECK(refused.error().message.contains(QStringLiteral("revision %1").arg(stored.revision)));
    CHECK(refused.error().message.contains("nothing was undone"));
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM projects")) == 2);
    CHECK_FALSE(test::required(ImportBatches(db).get(added.batchId)).undone());

    SECTION("records added since that depend on an imported one also stop the undo")
    {
        Project untouched = test::required(portfolio->projects().findByCode(QStringLiteral("GS-2024-002")));
        FinancialTransaction t;
        t.projectId = untouched.id;
        t.type = 3;
        t.date = QDate(2024, 1, 1);
        t.amount = Money(100, QStringLiteral("USD"));
        REQUIRE(FinanceService(db).addTransaction(t).ok());
        auto again = ImportBatches(db).undo(added.batchId);
        REQUIRE_FALSE(again.ok());
        CHECK(again.error().message.contains("GS-2024-002 has transactions added after the import"));
    }
}

TEST_CASE("registers exported to CSV import into an empty portfolio unchanged, and again as unchanged", "[import-undo]")
{
    test::TempDir dir;
    auto source = test::newPortfolio(dir, QStringLiteral("demo.db"));
    REQUIRE(DemoGenerator(source->database(), {}).run().ok());
    auto target = test::newPortfolio(dir, QStringLiteral("empty.db"));

    // Derived columns (a partner's project count, a delivery's items and totals) come from records
    // these registers do not carry; the columns compared are the registers' own. Deliveries are
    // imported as planned, so the planned ones make the round trip.
    const QStringList partnerColumns{QStringLiteral("name_en"), QStringLiteral("name_zh"), QStringLiteral("acronym"), QStringLiteral("type"),
        QStringLiteral("country"), QStringLiteral("iati_id"), QStringLiteral("network_since")};
    const QStringList deliveryColumns{QStringLiteral("code"), QStringLiteral("project"), QStringLiteral("country"), QStringLiteral("consignee"),
        QStringLiteral("status"), QStringLiteral("planned_dispatch"), QStringLiteral("planned_arrival"), QStringLiteral("currency"),
        QStringLiteral("document")};
    DeliveryQuery planned;
    planned.filter.statuses = {DeliveryStatus::Planned};

    struct Register
    {
        const char *name;
        ImportEntity entity;
        std::function<Result<qint64>(Database &, TableSink &)> exporter;
    };
    for (Language language : {Language::English}) {
        ExportOptions options;
        options.language = language;
        ExportOptions partners = options;
        partners.columns = partnerColumns;
        ExportOptions deliveries = options;
        deliveries.columns = deliveryColumns;
        const QList<Register> registers{
            {"partners", ImportEntity::Partners, [&](Database &db, TableSink &s) { return exportPartners(db, {}, partners, s); }},
            {"projects", ImportEntity::Projects, [&](Database &db, TableSink &s) { return exportProjects(db, {}, options, s); }},
            {"transactions", ImportEntity::Transactions, [&](Database &db, TableSink &s) { return exportTransactions(db, {}, options, s); }},
            {"deliveries", ImportEntity::Deliveries, [&](Database &db, TableSink &s) { return exportDeliveries(db, planned, deliveries, s); }},
        };
        for (const Register &r : registers) {
            INFO(r.name);
            const QString exported = dir.path(QStringLiteral("%1.csv").arg(QLatin1String(r.name)));
            const QString again = dir.path(QStringLiteral("%1-again.csv").arg(QLatin1String(r.name)));
            CsvTableSink first(exported);
            const qint64 rows = test::required(r.exporter(source->database(), first));
            REQUIRE(rows > 0);
            const ImportReport imported = import(target->database(), exported, r.entity);
            CHECK(imported.imported == rows);
            CsvTableSink second(again);
            CHECK(test::required(r.exporter(target->database(), second)) == rows);
            CHECK(test::readFile(again) == test::readFile(exported));
            // Imported again into the same portfolio: nothing added, nothing changed.
            const ImportReport twice = import(target->database(), exported, r.entity);
            CHECK(twice.imported == 0);
            CHECK(twice.updated == 0);
            CHECK(twice.unchanged == rows);
        }
    }
}

TEST_CASE("an IATI import is undone: a first import goes whole, a second one gives the projects their former money back", "[import-undo][iati]")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    Database &db = portfolio->database();
    const QString path = QStringLiteral(PROJECTDESK_TEST_DATA_DIR "/iati/real/covid_dportal.xml");
    REQUIRE(importIati(db, {path}).ok());
    const qint64 projects = count(db, QStringLiteral("SELECT COUNT(*) FROM projects"));
    const qint64 transactions = count(db, QStringLiteral("SELECT COUNT(*) FROM transactions"));
    const qint64 money = count(db, QStringLiteral("SELECT COALESCE(SUM(amount), 0) FROM transactions"));
    REQUIRE(projects > 0);
    REQUIRE(transactions > 0);
    const QList<ImportBatchInfo> first = test::required(ImportBatches(db).list());
    REQUIRE(first.size() == 1);
    CHECK(first.first().kind == "iati");
    CHECK(first.first().entity == "activities");
    CHECK(first.first().added >= projects + transactions);

    // The second import replaces each project's transactions: its undo puts the former ones back.
    REQUIRE(importIati(db, {path}).ok());
    const ImportBatchInfo second = test::required(ImportBatches(db).list()).first();
    CHECK(second.updated >= projects);
    REQUIRE(ImportBatches(db).undo(second.id).ok());
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM projects")) == projects);
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM transactions")) == transactions);
    CHECK(count(db, QStringLiteral("SELECT COALESCE(SUM(amount), 0) FROM transactions")) == money);
    CHECK(count(db, QStringLiteral("SELECT COALESCE(SUM(amount), 0) FROM transaction_days")) == money);

    REQUIRE(ImportBatches(db).undo(first.first().id).ok());
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM projects")) == 0);
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM transactions")) == 0);
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM budget_lines")) == 0);
    CHECK(count(db, QStringLiteral("SELECT COUNT(*) FROM partners")) == 0);
}
