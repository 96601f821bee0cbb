// Budgets, transactions and exchange rates: exact conversion with one rounding at the end, the
// rate on or before the value date, missing rates reported, revised budgets, reversals, JPY/KWD.
// Every expected figure below is computed by hand in the comment next to it.
#include "test_support.h"

#include "analytics/finance_flags.h"
#include "analytics/finance_rollup.h"
#include "money/rate.h"
#include "services/finance_service.h"
#include "storage/migrator.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace pd;

namespace {

Rate rate(const char *text)
{
    auto r = Rate::parse(QLatin1String(text));
    REQUIRE(r.ok());
    return r.value();
}

Money money(const char *text)
{
    auto m = Money::parse(QLatin1String(text));
    REQUIRE(m.ok());
    return m.value();
}

qint64 project(Portfolio &portfolio, const QString &code, BusinessLine line)
{
    Project p;
    p.code = code;
    p.titleEn = code;
    p.line = line;
    auto stored = portfolio.projects().create(p);
    REQUIRE(stored.ok());
    return stored->id;
}

void addTx(FinanceService &finance, qint64 projectId, int type, const QDate &date, const char *amount)
{
    FinancialTransaction t;
    t.projectId = projectId;
    t.type = type;
    t.date = date;
    t.amount = money(amount);
    auto stored = finance.addTransaction(t);
    INFO((stored ? QString() : stored.error().describe()).toStdString());
    REQUIRE(stored.ok());
}

void addBudget(FinanceService &finance, qint64 projectId, const QDate &from, const QDate &to, const char *amount, int type)
{
    BudgetLine b;
    b.projectId = projectId;
    b.periodStart = from;
    b.periodEnd = to;
    b.amount = money(amount);
    b.type = type;
    auto stored = finance.addBudgetLine(b);
    REQUIRE(stored.ok());
}

void setRate(FinanceService &finance, const char *currency, const QDate &date, const char *value)
{
    REQUIRE(finance.setRate({QLatin1String(currency), date, rate(value), QStringLiteral("test")}).ok());
}

const NativeTotal *native(const FinanceGroup &g, int measure, const QString &currency)
{
    for (const NativeTotal &n : g.native) {
        if (n.measure == measure && n.currency == currency)
            return &n;
    }
    return nullptr;
}

const FinanceGroup *group(const QList<FinanceGroup> &groups, const QString &key)
{
    for (const FinanceGroup &g : groups) {
        if (g.key == key)
            return &g;
    }
    return nullptr;
}

} // namespace

TEST_CASE("rates are exact decimals")
{
    CHECK(rate("0.0067").toString() == QStringLiteral("0.0067"));
    CHECK(rate("149.850").toString() == QStringLiteral("149.85"));
    CHECK(rate("0.000039500000").scaled() == 39500000);
    CHECK_FALSE(Rate::parse(QStringLiteral("0")).ok());
    CHECK_FALSE(Rate::parse(QStringLiteral("-1.2")).ok());
    CHECK_FALSE(Rate::parse(QStringLiteral("1.0000000000001")).ok()); // 13 decimals
    CHECK_FALSE(Rate::parse(QStringLiteral("abc")).ok());
}

TEST_CASE("conversion is exact and rounds once, at the end, half away from zero")
{
    SECTION("150,000 JPY at 0.0067 USD is 1,005.00 USD")
    {
        ConvertedSum sum(QStringLiteral("USD"));
        REQUIRE(sum.add(money("150000 JPY"), rate("0.0067")));
        CHECK(sum.total().value() == money("1005.00 USD"));
    }
    SECTION("three times 1 JPY at 0.005: 0.015 USD rounds to 0.02 once (not 3 x 0.01)")
    {
        ConvertedSum sum(QStringLiteral("USD"));
        for (int i = 0; i < 3; ++i)
            REQUIRE(sum.add(money("1 JPY"), rate("0.005")));
        CHECK(sum.total().value() == money("0.02 USD"));
    }
    SECTION("1.250 KWD at 3.25 is 4.0625, rounded to 4.06 USD; 1.254 KWD is 4.0755 -> 4.08")
    {
        ConvertedSum a(QStringLiteral("USD"));
        REQUIRE(a.add(money("1.250 KWD"), rate("3.25")));
        CHECK(a.total().value() == money("4.06 USD"));
        ConvertedSum b(QStringLiteral("USD"));
        REQUIRE(b.add(money("1.254 KWD"), rate("3.25")));
        CHECK(b.total().value() == money("4.08 USD"));
    }
    SECTION("a reversal cancels exactly, and negative halves round away from zero")
    {
        ConvertedSum sum(QStringLiteral("USD"));
        REQUIRE(sum.add(money("1000.00 EUR"), rate("1.0837")));
        REQUIRE(sum.add(money("-1000.00 EUR"), rate("1.0837")));
        CHECK(sum.total().value() == money("0.00 USD"));
        ConvertedSum negative(QStringLiteral("USD"));
        REQUIRE(negative.add(money("-1 JPY"), rate("0.005")));
        CHECK(negative.total().value() == money("-0.01 USD"));
    }
    SECTION("into JPY, with no decimals: 10.00 USD at 149.855 JPY is 1498.55 -> 1499 JPY")
    {
        ConvertedSum sum(QStringLiteral("JPY"));
        REQUIRE(sum.add(money("10.00 USD"), rate("149.855")));
        CHECK(sum.total().value() == money("1499 JPY"));
    }
}

TEST_CASE("the portfolio roll-up: latest rate on or before the value date, revised budgets, reversals, missing rates")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    FinanceService finance(portfolio->database());
    const qint64 un = project(*portfolio, QStringLiteral("UN-2024-001"), BusinessLine::UnProgramme);
    const qint64 goods = project(*portfolio, QStringLiteral("GS-2024-001"), BusinessLine::GoodsSupply);
    const qint64 sscaf = project(*portfolio, QStringLiteral("SSCAF-2025-001"), BusinessLine::Sscaf);

    setRate(finance, "CNY", QDate(2024, 1, 1), "0.14");
    setRate(finance, "CNY", QDate(2024, 6, 1), "0.138");
    setRate(finance, "CNY", QDate(2024, 7, 1), "0.139");
    setRate(finance, "JPY", QDate(2025, 1, 1), "0.0067");

    // UN: the original 100,000 USD for 2024 was revised to 120,000 USD; the revision counts.
    addBudget(finance, un, QDate(2024, 1, 1), QDate(2024, 12, 31), "100000.00 USD", iati::kBudgetOriginal);
    addBudget(finance, un, QDate(2024, 1, 1), QDate(2024, 12, 31), "120000.00 USD", iati::kBudgetRevised);
    addTx(finance, un, iati::kOutgoingCommitment, QDate(2024, 1, 10), "120000.00 USD");
    addTx(finance, un, iati::kDisbursement, QDate(2024, 3, 1), "50000.00 USD");
    addTx(finance, un, iati::kExpenditure, QDate(2024, 9, 1), "10000.00 USD");
    // Goods: 1,000,000 CNY budget from 2024-01-01 at 0.14 = 140,000.00 USD.
    addBudget(finance, goods, QDate(2024, 1, 1), QDate(2024, 12, 31), "1000000.00 CNY", iati::kBudgetOriginal);
    addTx(finance, goods, iati::kDisbursement, QDate(2024, 6, 15), "700000.00 CNY");  // x 0.138 = 96,600.00
    addTx(finance, goods, iati::kDisbursement, QDate(2024, 6, 20), "-100000.00 CNY"); // reversal x 0.138 = -13,800.00
    addTx(finance, goods, iati::kDisbursement, QDate(2024, 7, 2), "100000.00 CNY");   // x 0.139 = 13,900.00
    addTx(finance, goods, iati::kDisbursement, QDate(2023, 12, 31), "5000.00 CNY");   // before any CNY rate: unconverted
    // SSCAF: 150,000 JPY at 0.0067 = 1,005.00 USD; 1,000 XDR has no rate at all.
    addTx(finance, sscaf, iati::kDisbursement, QDate(2025, 2, 1), "150000 JPY");
    addTx(finance, sscaf, iati::kDisbursement, QDate(2025, 2, 1), "1000.00 XDR");

    auto rollup = computeFinanceRollup(portfolio->database());
    REQUIRE(rollup.ok());
    CHECK(rollup->reportingCurrency == QStringLiteral("USD"));
    const FinanceGroup &total = rollup->total;

    // Native sums are exact per currency: 700,000 - 100,000 + 100,000 + 5,000 CNY in 4 transactions.
    REQUIRE(native(total, iati::kDisbursement, QStringLiteral("CNY")));
    CHECK(native(total, iati::kDisbursement, QStringLiteral("CNY"))->count == 4);
    CHECK(Money(native(total, iati::kDisbursement, QStringLiteral("CNY"))->sum, QStringLiteral("CNY")) == money("705000.00 CNY"));
    CHECK(native(total, kBudgetMeasure, QStringLiteral("USD"))->sum == 12000000); // only the revised line
    // Disbursed: 50,000 + 96,600 - 13,800 + 13,900 + 1,005 = 147,705.00 USD.
    const FinanceFigures f = figuresOf(total, QStringLiteral("USD"));
    CHECK(f.disbursed == money("147705.00 USD"));
    CHECK(f.spent == money("10000.00 USD"));
    CHECK(f.committed == money("120000.00 USD"));
    CHECK(f.budget == money("260000.00 USD")); // 120,000 + 140,000
    CHECK(f.balance == money("102295.00 USD")); // 260,000 - 147,705 - 10,000
    CHECK(f.executionBasisPoints == 6065);       // 157,705 / 260,000 = 60.655...%
    CHECK_FALSE(f.complete);

    // What could not be converted is named, never taken at a rate of 1.
    REQUIRE(total.unconverted.size() == 2);
    CHECK(total.unconverted.at(0).currency == QStringLiteral("CNY"));
    CHECK(total.unconverted.at(0).count == 1);
    CHECK(total.unconverted.at(0).earliest == QDate(2023, 12, 31));
    CHECK(total.unconverted.at(1).currency == QStringLiteral("XDR"));

    // By year of the value date (budgets: period start), by business line, by budget category.
    const FinanceGroup *y2024 = group(rollup->byYear, QStringLiteral("2024"));
    const FinanceGroup *y2025 = group(rollup->byYear, QStringLiteral("2025"));
    REQUIRE(y2024);
    REQUIRE(y2025);
    CHECK(figuresOf(*y2024, QStringLiteral("USD")).disbursed == money("146700.00 USD"));
    CHECK(figuresOf(*y2025, QStringLiteral("USD")).disbursed == money("1005.00 USD"));
    const FinanceGroup *goodsLine = group(rollup->byLine, QStringLiteral("goods"));
    REQUIRE(goodsLine);
    CHECK(figuresOf(*goodsLine, QStringLiteral("USD")).disbursed == money("96700.00 USD"));
    CHECK(figuresOf(*goodsLine, QStringLiteral("USD")).budget == money("140000.00 USD"));
    REQUIRE(group(rollup->byCategory, QStringLiteral("other")));

    // One project only, through the same filter the registers use.
    ProjectFilter onlyUn;
    onlyUn.projectId = un;
    auto unRollup = computeFinanceRollup(portfolio->database(), onlyUn);
    REQUIRE(unRollup.ok());
    CHECK(figuresOf(unRollup->total, QStringLiteral("USD")).disbursed == money("50000.00 USD"));
    CHECK(unRollup->total.unconverted.isEmpty());

    // Into CNY there are no CNY-quoted rates: only the CNY amounts convert (at 1, being CNY).
    auto inCny = computeFinanceRollup(portfolio->database(), {}, QStringLiteral("CNY"));
    REQUIRE(inCny.ok());
    CHECK(inCny->total.convertedOf(iati::kDisbursement, QStringLiteral("CNY")) == money("705000.00 CNY"));
    // Unconverted, by measure and currency: the USD budget, commitment, disbursement and expenditure,
    // the JPY and the XDR disbursement.
    CHECK(inCny->total.unconverted.size() == 6);
}

TEST_CASE("budget lines and transactions: validation, revisions, conflicts, removal")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    FinanceService finance(portfolio->database());
    const qint64 id = project(*portfolio, QStringLiteral("UN-2024-002"), BusinessLine::UnProgramme);

    FinancialTransaction bad;
    bad.projectId = id;
    bad.type = 99;
    bad.amount = money("1.00 USD");
    auto refused = finance.addTransaction(bad);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::Validation);
    QStringList fields;
    for (const FieldError &e : refused.error().fields)
        fields << e.field;
    CHECK(fields.contains(QStringLiteral("type")));
    CHECK(fields.contains(QStringLiteral("date")));

    FinancialTransaction t;
    t.projectId = id;
    t.type = iati::kDisbursement;
    t.date = QDate(2024, 5, 1);
    t.amount = money("2500.00 USD");
    const FinancialTransaction stored = finance.addTransaction(t).value();
    CHECK(stored.valueDate == t.date); // the value date defaults to the date
    FinancialTransaction edited = stored;
    edited.amount = money("2600.00 USD");
    const FinancialTransaction updated = finance.updateTransaction(edited).value();
    CHECK(updated.revision == 2);
    auto stale = finance.updateTransaction(edited); // still revision 1
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().kind == Error::Kind::Conflict);
    CHECK(finance.transaction(stored.id).value().amount == money("2600.00 USD"));
    REQUIRE(finance.removeTransaction(stored.id, updated.revision).ok());
    CHECK(finance.transactions(id).value().isEmpty());

    BudgetLine b;
    b.projectId = id;
    b.periodStart = QDate(2024, 12, 31);
    b.periodEnd = QDate(2024, 1, 1);
    b.amount = money("1000.00 USD");
    CHECK(finance.addBudgetLine(b).error().kind == Error::Kind::Validation);
    std::swap(b.periodStart, b.periodEnd);
    const BudgetLine line = finance.addBudgetLine(b).value();
    CHECK(finance.budgetLines(id).value() == QList<BudgetLine>{line});

    // Deleting the project takes its money with it.
    const Project p = portfolio->projects().get(id).value();
    REQUIRE(portfolio->projects().remove(id, p.revision).ok());
    CHECK(finance.budgetLines(id).value().isEmpty());
}

TEST_CASE("a rate table is imported whole or not at all")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    FinanceService finance(portfolio->database());
    const QList<ExchangeRate> rates{{QStringLiteral("CNY"), QDate(2024, 1, 1), rate("0.14"), QString()},
                                    {QStringLiteral("EUR"), QDate(2024, 1, 1), rate("1.09"), QString()},
                                    {QStringLiteral("QQQ"), QDate(2024, 1, 1), rate("2"), QString()}}; // unknown currency
    Status s = finance.importRates(rates);
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().describe().contains(QStringLiteral("QQQ")));
    CHECK(finance.rates().value().isEmpty());
    REQUIRE(finance.importRates(rates.mid(0, 2)).ok());
    CHECK(finance.rates().value().size() == 2);
    // A rate for the reporting currency itself is refused.
    CHECK_FALSE(finance.setRate({QStringLiteral("USD"), QDate(2024, 1, 1), rate("1"), QString()}).ok());
    // Setting the same day again replaces it.
    setRate(finance, "CNY", QDate(2024, 1, 1), "0.141");
    CHECK(finance.rates(QStringLiteral("CNY")).value().first().rate == rate("0.141"));
}

TEST_CASE("a version 1 portfolio is upgraded to the finance schema, with a copy of the old file kept")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("old.db"));
    {
        // A portfolio as ProjectDesk 0.1 left it: the first migration only.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QFile first(Migrator::stepFiles().first());
        REQUIRE(first.open(QIODevice::ReadOnly));
        QSqlQuery q(db);
        for (const QString &statement : Migrator::statements(SqliteDialect().expand(QString::fromUtf8(first.readAll()))))
            REQUIRE(q.exec(statement));
        REQUIRE(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(SqliteDialect::kApplicationId)));
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 1")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO projects (code, business_line, funding_source, status, created_at, updated_at) "
                                      "VALUES ('UN-2019-001', 'un', 'undp', 2, '2019-01-01', '2019-01-01')")));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));
    const QByteArray before = test::readFile(path);

    auto portfolio = Portfolio::open(path, Database::OpenMode::ExistingOnly);
    REQUIRE(portfolio.ok());
    CHECK(portfolio.value()->database().schemaVersion() == Migrator::latestVersion());
    CHECK(portfolio.value()->projects().findByCode(QStringLiteral("UN-2019-001")).ok());
    REQUIRE(QFileInfo::exists(path + QStringLiteral(".v1.bak")));
    auto old = Database::openFile(path + QStringLiteral(".v1.bak"), Database::OpenMode::Inspect);
    REQUIRE(old.ok());
    CHECK(old.value()->schemaVersion() == 1);
    // The copy holds the old file's content: the same project, and no finance tables yet.
    auto projects = old.value()->execute(QStringLiteral("SELECT code FROM projects"));
    REQUIRE(projects.ok());
    REQUIRE(projects->next());
    CHECK(projects->value(0).toString() == QStringLiteral("UN-2019-001"));
    CHECK_FALSE(old.value()->execute(QStringLiteral("SELECT count(*) FROM transactions")).ok());
    CHECK_FALSE(before.isEmpty());
}

TEST_CASE("projects with amounts that have no rate, or with more used than budgeted, are flagged")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    FinanceService finance(portfolio->database());
    const qint64 goods = project(*portfolio, QStringLiteral("GS-2024-009"), BusinessLine::GoodsSupply);
    const qint64 fine = project(*portfolio, QStringLiteral("UN-2024-009"), BusinessLine::UnProgramme);
    setRate(finance, "CNY", QDate(2024, 1, 1), "0.14");
    addBudget(finance, goods, QDate(2024, 1, 1), QDate(2024, 12, 31), "1000000.00 CNY", iati::kBudgetOriginal);
    addTx(finance, goods, iati::kDisbursement, QDate(2024, 3, 1), "700000.00 CNY");
    addTx(finance, goods, iati::kExpenditure, QDate(2024, 4, 1), "400000.00 CNY"); // 1,100,000 used > 1,000,000
    addTx(finance, goods, iati::kDisbursement, QDate(2023, 6, 1), "1000.00 CNY");  // before the first CNY rate
    addBudget(finance, fine, QDate(2024, 1, 1), QDate(2024, 12, 31), "50000.00 USD", iati::kBudgetOriginal);
    addTx(finance, fine, iati::kDisbursement, QDate(2024, 3, 1), "20000.00 USD");

    auto flags = findFinanceFlags(portfolio->database());
    REQUIRE(flags.ok());
    REQUIRE(flags->size() == 2);
    const FinanceFlag &missing = flags->at(0);
    CHECK(missing.kind == FinanceFlag::Kind::MissingRate);
    CHECK(missing.code == QStringLiteral("GS-2024-009"));
    CHECK(missing.count == 1);
    CHECK(missing.firstDate == QDate(2023, 6, 1));
    const FinanceFlag &over = flags->at(1);
    CHECK(over.kind == FinanceFlag::Kind::Overspent);
    CHECK(over.used == 110100000); // 1,101,000.00 CNY including the unconverted 1,000
    CHECK(over.budget == 100000000);
}

TEST_CASE("the daily sums kept by triggers agree with the transactions after inserts, edits, deletions and line changes")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    FinanceService finance(portfolio->database());
    setRate(finance, "CNY", QDate(2024, 1, 1), "0.14");
    const qint64 a = project(*portfolio, QStringLiteral("GS-2024-101"), BusinessLine::GoodsSupply);
    const qint64 b = project(*portfolio, QStringLiteral("UN-2024-101"), BusinessLine::UnProgramme);
    addTx(finance, a, iati::kDisbursement, QDate(2024, 2, 1), "1000.00 CNY");
    addTx(finance, a, iati::kDisbursement, QDate(2024, 2, 1), "2000.00 CNY"); // same day: one daily row
    addTx(finance, b, iati::kDisbursement, QDate(2024, 3, 1), "500.00 USD");
    addTx(finance, b, iati::kExpenditure, QDate(2024, 3, 2), "100.00 USD");

    // Edit an amount, remove a transaction, move a project to another line, delete a project.
    FinancialTransaction first = finance.transactions(a).value().first();
    first.amount = money("1500.00 CNY");
    REQUIRE(finance.updateTransaction(first).ok());
    const FinancialTransaction expenditure = finance.transactions(b).value().last();
    REQUIRE(finance.removeTransaction(expenditure.id, expenditure.revision).ok());
    Project moved = portfolio->projects().get(a).value();
    moved.line = BusinessLine::Sscaf;
    REQUIRE(portfolio->projects().update(moved).ok());
    const qint64 c = project(*portfolio, QStringLiteral("HRD-2024-101"), BusinessLine::HumanResources);
    addTx(finance, c, iati::kDisbursement, QDate(2024, 4, 1), "700.00 USD");
    const Project doomed = portfolio->projects().get(c).value();
    REQUIRE(portfolio->projects().remove(c, doomed.revision).ok());

    // The summary path (no filter) and the transactions path (a filter matching every project) agree.
    ProjectFilter everything;
    everything.statuses = allActivityStatuses();
    auto fromDays = computeFinanceRollup(portfolio->database());
    auto fromTransactions = computeFinanceRollup(portfolio->database(), everything);
    REQUIRE(fromDays.ok());
    REQUIRE(fromTransactions.ok());
    auto natives = [](const FinanceGroup &g) {
        QStringList rows;
        for (const NativeTotal &n : g.native)
            rows << QStringLiteral("%1 %2 %3 %4").arg(n.measure).arg(n.currency).arg(n.count).arg(n.sum);
        return rows;
    };
    CHECK(natives(fromDays->total) == natives(fromTransactions->total));
    REQUIRE(fromDays->byLine.size() == fromTransactions->byLine.size());
    for (qsizetype i = 0; i < fromDays->byLine.size(); ++i) {
        CHECK(fromDays->byLine.at(i).key == fromTransactions->byLine.at(i).key);
        CHECK(natives(fromDays->byLine.at(i)) == natives(fromTransactions->byLine.at(i)));
    }
    // 1,500 + 2,000 CNY now under SSCAF; 500 USD under UN; nothing left of the HRD project.
    CHECK(natives(fromDays->total) == QStringList{QStringLiteral("3 CNY 2 350000"), QStringLiteral("3 USD 1 50000")});
    REQUIRE(fromDays->byLine.size() == 2);
    CHECK(fromDays->byLine.at(0).key == QStringLiteral("sscaf"));
}

TEST_CASE("execution is capped, not wrapped, when a tiny budget meets large payments")
{
    FinanceGroup g;
    g.converted.insert(kBudgetMeasure, Money(1, QStringLiteral("USD")));         // 0.01 USD budget
    g.converted.insert(iati::kDisbursement, Money(2500000000, QStringLiteral("USD"))); // 25,000,000.00 USD
    // 2,500,000,000 x 10,000 / 1 basis points is beyond an int: the figure stays the largest one.
    CHECK(figuresOf(g, QStringLiteral("USD")).executionBasisPoints == std::numeric_limits<int>::max());
}
