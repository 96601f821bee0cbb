// Recovering a damaged portfolio: demo portfolios damaged on disk page by page (the pages found
// through dbstat), then salvaged. The damaged file stays byte for byte as it was; the new one is
// sound and holds exactly the rows that could be read, less those it refused, each accounted for.
#include "damaged_files.h"

#include "demo/demo_generator.h"
#include "storage/database.h"
#include "storage/dialect.h"
#include "storage/migrator.h"
#include "storage/salvage.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlRecord>

#include <algorithm>

using namespace pd;
using test::required;

namespace {

bool leftNoFiles(const QString &path)
{
    return !QFileInfo::exists(path) && !QFileInfo::exists(path + "-wal") && !QFileInfo::exists(path + "-shm");
}

QString copyOf(const test::TempDir &dir, const QString &original, const QString &name)
{
    const QString copy = dir.path(name);
    REQUIRE(QFile::copy(original, copy));
    return copy;
}

// A row's columns from `first` on as one line: NULL told apart from '', numbers from text.
QString rowText(const QSqlQuery &q, int first)
{
    QStringList cells;
    for (int i = first; i < q.record().count(); ++i) {
        const QVariant v = q.value(i);
        cells << (v.isNull() ? QStringLiteral("<null>") : QString::fromLatin1(v.metaType().name()) + u':' + v.toString());
    }
    return cells.join(u'\x1f');
}

bool inRanges(qint64 rowid, const QList<RowidRange> &ranges)
{
    return std::any_of(
        ranges.cbegin(), ranges.cend(), [&](const RowidRange &r) { return rowid >= r.first && (!r.last || rowid <= *r.last); });
}

// The rowids of the original file that the report says could not be read.
QSet<qint64> rowidsInRanges(const QString &original, const TableSalvage &table)
{
    test::FileLook look(original);
    QSet<qint64> rowids;
    QSqlQuery q = look.query(QStringLiteral("SELECT rowid FROM \"%1\"").arg(table.table));
    while (q.next()) {
        if (inRanges(q.value(0).toLongLong(), table.unreadable))
            rowids.insert(q.value(0).toLongLong());
    }
    return rowids;
}

QSet<qint64> rowidsOf(const QList<test::TreePage> &pages)
{
    QSet<qint64> rowids;
    for (const test::TreePage &p : pages)
        rowids.unite(QSet<qint64>(p.rowids.cbegin(), p.rowids.cend()));
    return rowids;
}

// Every row of the original outside the unreadable ranges is in the new portfolio, exactly, unless
// it refers (by the new schema's foreign keys) to a row the new portfolio does not have; those are
// the refused ones. Nothing else is in the new portfolio.
void checkTable(const QString &original, const QString &recovered, const TableSalvage &table)
{
    INFO("table " << table.table.toStdString());
    test::FileLook target(recovered);
    QHash<QString, QSet<qint64>> parentIds;
    QList<std::pair<QString, QString>> references; // column, parent
    QSqlQuery fk = target.query(QStringLiteral("SELECT \"from\", \"table\" FROM pragma_foreign_key_list(?)"), {table.table});
    while (fk.next())
        references.append({fk.value(0).toString(), fk.value(1).toString()});
    for (const auto &[column, parent] : references) {
        QSqlQuery ids = target.query(QStringLiteral("SELECT id FROM \"%1\"").arg(parent));
        while (ids.next())
            parentIds[parent].insert(ids.value(0).toLongLong());
    }

    test::FileLook source(original);
    QStringList expected;
    qint64 originalRows = 0, unreadable = 0, orphans = 0;
    QSqlQuery rows = source.query(QStringLiteral("SELECT rowid, * FROM \"%1\"").arg(table.table));
    while (rows.next()) {
        ++originalRows;
        if (inRanges(rows.value(0).toLongLong(), table.unreadable)) {
            ++unreadable;
            continue;
        }
        const bool orphan = std::any_of(references.cbegin(), references.cend(), [&](const auto &ref) {
            const QVariant id = rows.value(rows.record().indexOf(ref.first));
            return !id.isNull() && !parentIds.value(ref.second).contains(id.toLongLong());
        });
        if (orphan)
            ++orphans;
        else
            expected << rowText(rows, 1);
    }
    // The columns the source has: a newer schema's additions (projects.emergency) start empty.
    QStringList columns;
    const QSqlRecord sourceColumns = source.query(QStringLiteral("SELECT * FROM \"%1\" LIMIT 0").arg(table.table)).record();
    for (int c = 0; c < sourceColumns.count(); ++c)
        columns << QStringLiteral("\"%1\"").arg(sourceColumns.fieldName(c));
    QStringList actual;
    QSqlQuery written = target.query(QStringLiteral("SELECT %1 FROM \"%2\"").arg(columns.join(QStringLiteral(", ")), table.table));
    while (written.next())
        actual << rowText(written, 0);
    std::sort(expected.begin(), expected.end());
    std::sort(actual.begin(), actual.end());

    CHECK(table.recovered == actual.size());
    CHECK(table.recovered + unreadable + table.refusedCount() == originalRows);
    CHECK(table.refusedCount() == orphans);
    CHECK(actual == expected);
}

void checkSound(const QString &path)
{
    auto db = required(Database::openFile(path, Database::OpenMode::Inspect));
    const CheckReport report = required(db->check());
    INFO(report.problems.join('\n').toStdString());
    CHECK(report.sound());
}

const TableSalvage &tableIn(const SalvageReport &report, const QString &name)
{
    const auto it = std::find_if(report.tables.cbegin(), report.tables.cend(), [&](const TableSalvage &t) { return t.table == name; });
    REQUIRE(it != report.tables.cend());
    return *it;
}

// A version 1 portfolio written with plain SQL: the first migration step, the identity, then `rows`.
void writeVersion1(const QString &path, const QStringList &rows)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("salvage-v1"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QFile step(Migrator::stepFiles().first());
        REQUIRE(step.open(QIODevice::ReadOnly));
        QSqlQuery q(db);
        const QStringList statements = Migrator::statements(SqliteDialect().expand(QString::fromUtf8(step.readAll())))
            + QStringList{QStringLiteral("PRAGMA user_version = 1"),
                QStringLiteral("PRAGMA application_id = %1").arg(SqliteDialect::kApplicationId)}
            + rows;
        for (const QString &sql : statements) {
            INFO(sql.toStdString());
            REQUIRE(q.exec(sql));
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("salvage-v1"));
}

} // namespace

TEST_CASE("salvage steps over damaged leaves, an interior page and an index page and keeps every row it can read", "[salvage][local]")
{
    test::TempDir dir;
    // 512-byte pages: the demo at scale 4 then has interior pages below the roots of projects and transactions.
    const QString original = test::makeDemoFile(dir, "original.db", 4, 512);
    const QList<test::TreePage> transactionLeaves = test::pagesOfType(test::treePages(original, "transactions"), "leaf");
    QList<test::TreePage> projectInteriors = test::pagesOfType(test::treePages(original, "projects"), "internal");
    projectInteriors.removeIf([](const test::TreePage &p) { return p.path == "/"; });
    const QList<test::TreePage> indexLeaves = test::pagesOfType(test::treePages(original, "projects_code"), "leaf");
    REQUIRE(transactionLeaves.size() > 40);
    REQUIRE(projectInteriors.size() >= 3);
    REQUIRE(indexLeaves.size() >= 2);

    // Two leaves in the middle of transactions and its last one; the middle interior page of projects.
    const QList<test::TreePage> damagedTransactions{transactionLeaves.at(10), transactionLeaves.at(30), transactionLeaves.last()};
    const test::TreePage damagedProjects = projectInteriors.at(1);
    const QString broken = copyOf(dir, original, "broken.db");
    test::damagePages(broken,
        {damagedTransactions[0].number, damagedTransactions[1].number, damagedTransactions[2].number, damagedProjects.number,
            indexLeaves.at(1).number});
    const QByteArray before = test::sha256Of(broken);

    const QString target = dir.path("recovered.db");
    const SalvageReport report = required(Salvage(broken, target).run());

    CHECK(test::sha256Of(broken) == before);
    CHECK_FALSE(QFileInfo::exists(broken + "-wal"));
    CHECK_FALSE(QFileInfo::exists(broken + "-shm"));
    checkSound(target);
    CHECK(report.source == broken);
    CHECK(report.target == target);
    CHECK(report.schemaVersion == Migrator::latestVersion());
    CHECK_FALSE(report.complete());
    REQUIRE(report.tables.size() == 18);

    // The unreadable ranges hold exactly the rows of the damaged pages; the highest rowid of
    // transactions was on its last leaf, so its last range runs to the end.
    const TableSalvage &transactions = tableIn(report, "transactions");
    CHECK(rowidsInRanges(original, transactions) == rowidsOf(damagedTransactions));
    REQUIRE(transactions.unreadable.size() == 3);
    CHECK_FALSE(transactions.unreadable.last().last.has_value());
    CHECK(transactions.unreadable.first().last.has_value());
    const TableSalvage &projects = tableIn(report, "projects");
    CHECK(rowidsInRanges(original, projects) == rowidsOf({damagedProjects}));
    REQUIRE(projects.unreadable.size() == 1);
    CHECK(projects.unreadable.first().last.has_value());

    // The rows of the lost projects are refused, each table saying why; nothing else is lost.
    for (const TableSalvage &table : report.tables) {
        CHECK_FALSE(table.lostEntirely);
        if (table.table != "transactions" && table.table != "projects")
            CHECK(table.unreadable.isEmpty());
        checkTable(original, target, table);
    }
    for (const char *child : {"transactions", "project_countries", "budget_lines", "deliveries"}) {
        const TableSalvage &table = tableIn(report, child);
        REQUIRE(table.refused.size() == 1);
        CHECK(table.refused.first().cause == RefusalCause::MissingProject);
        CHECK(refusalSentence(table.refused.first()).contains("belonged to projects that could not be recovered"));
    }
    CHECK(tableIn(report, "delivery_items").refused.first().cause == RefusalCause::MissingDelivery);
    CHECK(tableLine(transactions).startsWith("transactions: "));
    CHECK(tableLine(transactions).contains(rangeText(transactions.unreadable.first())));
    CHECK(salvageSummary(report).contains("ranges of unreadable rows elsewhere, 4;")); // three in transactions, one in projects
}

TEST_CASE("damage to indexes alone costs no row", "[salvage][local]")
{
    test::TempDir dir;
    const QString original = test::makeDemoFile(dir, "original.db", 1);
    QList<qint64> pages;
    for (const char *index : {"projects_code", "transactions_project", "partners_name_en", "deliveries_handover",
             "sqlite_autoindex_project_countries_1", "budget_lines_by_project"})
        pages << test::treePages(original, index).first().number; // the root: the whole index is unreadable
    // A name that the file: URI must encode.
    const QString broken = copyOf(dir, original, "损坏的 组合 #1?.db");
    test::damagePages(broken, pages);
    const QByteArray before = test::sha256Of(broken);

    const QString target = dir.path("recovered.db");
    const SalvageReport report = required(Salvage(broken, target).run());
    CHECK(test::sha256Of(broken) == before);
    CHECK(report.complete());
    CHECK(report.refused() == 0);
    CHECK(report.unreadableRanges() == 0);
    CHECK(salvageSummary(report).contains("nothing was lost"));
    checkSound(target);
    qint64 originalRows = 0;
    {
        test::FileLook look(original);
        for (const TableSalvage &table : report.tables)
            originalRows += look.scalar(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table.table));
    }
    CHECK(report.recovered() == originalRows);
    for (const TableSalvage &table : report.tables)
        checkTable(original, target, table);
}

TEST_CASE("a file whose first page is destroyed is too damaged to recover, and nothing is written", "[salvage][local]")
{
    test::TempDir dir;
    const QString original = test::makeDemoFile(dir, "original.db", 1);
    const QString broken = copyOf(dir, original, "broken.db");
    SECTION("the whole page, with the file's header")
    {
        test::damagePages(broken, {1});
    }
    SECTION("the table of contents after an intact header")
    {
        test::damagePages(broken, {1}, 100);
    }
    const QByteArray before = test::sha256Of(broken);

    const QString target = dir.path("recovered.db");
    auto report = Salvage(broken, target).run();
    REQUIRE_FALSE(report.ok());
    CHECK(report.error().message == broken + " is too damaged to recover: its table of contents cannot be read");
    CHECK(leftNoFiles(target));
    CHECK(test::sha256Of(broken) == before);
    CHECK_FALSE(QFileInfo::exists(broken + "-shm"));
}

TEST_CASE("a damaged page of the table of contents loses the tables listed from there on, and only those", "[salvage][local]")
{
    test::TempDir dir;
    const QString original = test::makeDemoFile(dir, "original.db", 1);
    // SQLite reads the table of contents in order and keeps what it read before the damaged page.
    // The last of its leaves that lists one of the portfolio's tables:
    QList<test::TreePage> leaves = test::pagesOfType(test::treePages(original, "sqlite_schema"), "leaf");
    QSet<QString> expectedLost;
    {
        test::FileLook look(original);
        while (!leaves.isEmpty() && expectedLost.isEmpty()) {
            REQUIRE_FALSE(leaves.last().rowids.isEmpty());
            QSqlQuery q = look.query(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND rowid >= ? AND name NOT IN "
                                                    "('transaction_days')"),
                {leaves.last().rowids.first()});
            while (q.next())
                expectedLost.insert(q.value(0).toString());
            if (expectedLost.isEmpty())
                leaves.removeLast();
        }
    }
    REQUIRE_FALSE(expectedLost.isEmpty());
    const QString broken = copyOf(dir, original, "broken.db");
    test::damagePages(broken, {leaves.last().number});

    const QString target = dir.path("recovered.db");
    const SalvageReport report = required(Salvage(broken, target).run());
    checkSound(target);
    REQUIRE(report.tables.size() == 18);
    for (const TableSalvage &table : report.tables) {
        INFO(table.table.toStdString());
        CHECK(table.lostEntirely == expectedLost.contains(table.table));
        if (table.lostEntirely) {
            CHECK(table.recovered == 0);
            CHECK(tableLine(table) == table.table + ": lost entirely, the table could not be read");
        } else {
            checkTable(original, target, table);
        }
    }
}

TEST_CASE("a cancelled salvage leaves no file behind", "[salvage][local]")
{
    test::TempDir dir;
    const QString original = test::makeDemoFile(dir, "original.db", 1);
    const QString broken = copyOf(dir, original, "broken.db");
    test::damagePages(broken, {test::pagesOfType(test::treePages(original, "transactions"), "leaf").at(2).number});
    const QByteArray before = test::sha256Of(broken);

    int calls = 0;
    int cancelAt = 0;
    SECTION("at once")
    {
        cancelAt = 1;
    }
    SECTION("part-way")
    {
        cancelAt = 5;
    }
    qint64 lastDone = 0, total = -1;
    const QString target = dir.path("recovered.db");
    auto report = Salvage(broken, target).run([&](qint64 done, qint64 all) {
        CHECK(done >= lastDone);
        CHECK(done <= all);
        CHECK((total < 0 || all == total));
        lastDone = done;
        total = all;
        return ++calls < cancelAt;
    });
    REQUIRE_FALSE(report.ok());
    CHECK(report.error().kind == Error::Kind::Cancelled);
    CHECK(calls == cancelAt);
    CHECK(total > 0);
    CHECK(leftNoFiles(target));
    CHECK(test::sha256Of(broken) == before);
}

TEST_CASE("salvage never overwrites a file, nor starts without a readable source", "[salvage][local]")
{
    test::TempDir dir;
    const QString original = test::makeDemoFile(dir, "original.db", 1);
    const QString existing = dir.path("existing.db");
    test::writeFile(existing, "keep me");

    auto refused = Salvage(original, existing).run();
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::InvalidArgument);
    CHECK(refused.error().message.contains("already exists"));
    CHECK(test::fileEquals(existing, "keep me"));

    auto missing = Salvage(dir.path("missing.db"), dir.path("new.db")).run();
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message.contains("does not exist"));
    CHECK(leftNoFiles(dir.path("new.db")));
    CHECK_FALSE(QFileInfo::exists(dir.path("missing.db")));
}

TEST_CASE("a file whose latest changes are still in its write-ahead log is read with them and left as it was", "[salvage][local]")
{
    test::TempDir dir;
    const QString live = dir.path("live.db");
    {
        // A copy taken while the portfolio is open: the demo's pages are still in the log.
        auto portfolio = test::newPortfolio(dir, "original.db");
        REQUIRE(DemoGenerator(portfolio->database(), DemoOptions{}).run().ok());
        REQUIRE(QFileInfo(dir.path("original.db-wal")).size() > 0);
        REQUIRE(QFile::copy(dir.path("original.db"), live));
        REQUIRE(QFile::copy(dir.path("original.db-wal"), live + "-wal"));
    }
    const QByteArray database = test::sha256Of(live), log = test::sha256Of(live + "-wal");

    const QString target = dir.path("recovered.db");
    const SalvageReport report = required(Salvage(live, target).run());
    CHECK(report.complete());
    CHECK(tableIn(report, "projects").recovered == 100);
    CHECK(test::sha256Of(live) == database);
    CHECK(test::sha256Of(live + "-wal") == log);
    CHECK_FALSE(QFileInfo::exists(live + "-shm"));
    checkSound(target);
    for (const TableSalvage &table : report.tables)
        checkTable(dir.path("original.db"), target, table);
}

TEST_CASE("a portfolio of an older schema is recovered into the latest one", "[salvage][local]")
{
    test::TempDir dir;
    const QString old = dir.path("v1.db");
    writeVersion1(old,
        {"INSERT INTO partners (id, name_en, created_at, updated_at) VALUES (7, 'UNDP', 't', 't')",
            "INSERT INTO projects (id, code, business_line, funding_source, status, created_at, updated_at) "
            "VALUES (3, 'P-1', 'goods_supply', 'pgtf', 2, 't', 't')",
            "INSERT INTO project_countries VALUES (3, 'KH', 10000, 0)",
            "INSERT INTO project_partners (project_id, partner_id, role) VALUES (3, 7, 1)"});

    const QString target = dir.path("recovered.db");
    const SalvageReport report = required(Salvage(old, target).run());
    CHECK(report.schemaVersion == 1);
    CHECK(report.complete());
    CHECK(report.tables.size() == 9); // version 1's tables: none of the later ones is reported lost
    CHECK(report.recovered() == 4);
    checkSound(target);
    for (const TableSalvage &table : report.tables)
        checkTable(old, target, table);
}

TEST_CASE("a row the new portfolio refuses is counted with its reason, and every other row goes in", "[salvage][local]")
{
    test::TempDir dir;
    const QString source = dir.path("v1.db");
    // Without its unique index (as if it had been lost), the file holds two projects with one code;
    // the second one's country is refused in turn.
    writeVersion1(source,
        {"DROP INDEX projects_code",
            "INSERT INTO projects (id, code, business_line, funding_source, status, created_at, updated_at) "
            "VALUES (1, 'P-1', 'goods_supply', 'pgtf', 2, 't', 't'), (2, 'P-1', 'goods_supply', 'pgtf', 2, 't', 't'), "
            "(3, 'P-3', 'goods_supply', 'pgtf', 2, 't', 't')",
            "INSERT INTO project_countries VALUES (1, 'KH', 10000, 0), (2, 'LA', 10000, 0), (3, 'GH', 10000, 0)"});

    const QString target = dir.path("recovered.db");
    const SalvageReport report = required(Salvage(source, target).run());
    checkSound(target);
    const TableSalvage &projects = tableIn(report, "projects");
    CHECK(projects.recovered == 2);
    REQUIRE(projects.refused.size() == 1);
    CHECK(projects.refused.first().cause == RefusalCause::Rule);
    CHECK(refusalSentence(projects.refused.first()) == "1 row(s) broke a rule of the portfolio (A record with the same code or identifier exists already.)");
    const TableSalvage &countries = tableIn(report, "project_countries");
    CHECK(countries.recovered == 2);
    REQUIRE(countries.refused.size() == 1);
    CHECK(countries.refused.first().cause == RefusalCause::MissingProject);
    CHECK(report.refused() == 2);
    CHECK(test::FileLook(target).scalar("SELECT count(*) FROM projects WHERE id IN (1, 3)") == 2); // the first P-1 is kept
    for (const TableSalvage &table : report.tables) {
        if (table.table != "projects") // checkTable foresees only the refusals for a missing row
            checkTable(source, target, table);
    }
}
