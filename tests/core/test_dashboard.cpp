// The dashboard: computeDashboard over a small hand-made portfolio (KPIs, lines, years, countries
// shared by percentage, status x line, SDGs, partner types, tonnes by month), its period, line,
// funding-source and UN M49 region filters, amounts without a rate, the filter's JSON form and the
// weighted exact conversion it relies on. Every expected figure below is computed by hand in the
// comment next to it. "Today" is always the fixed kToday; workflow steps are fixed days in the past.
#include "test_support.h"

#include "analytics/dashboard.h"
#include "money/rate.h"
#include "reference/reference_data.h"
#include "services/delivery_service.h"
#include "services/finance_service.h"
#include "services/project_filter_json.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

using namespace pd;

namespace {

const QDate kToday(2025, 1, 15);

Money money(const char *amount)
{
    auto m = Money::parse(QLatin1String(amount));
    INFO(amount);
    REQUIRE(m.ok());
    return m.value();
}

Rate rate(const char *value)
{
    auto r = Rate::parse(QLatin1String(value));
    REQUIRE(r.ok());
    return r.value();
}

// "1234.56 USD": what the checks compare, readable when one fails.
QString text(const Money &m)
{
    return m.toDecimalString() + u' ' + m.currency();
}

// ---- building the portfolio through the services

struct ProjectSpec
{
    const char *code;
    BusinessLine line;
    FundingSource funding;
    ActivityStatus status;
    QDate plannedStart;
    QDate plannedEnd;
    QList<CountryShare> countries;
    QList<int> sdgs;
    QDate actualStart = {};
    QDate actualEnd = {};
};

qint64 makeProject(Portfolio &portfolio, const ProjectSpec &spec)
{
    Project p;
    p.code = QLatin1String(spec.code);
    p.titleEn = QLatin1String(spec.code);
    p.line = spec.line;
    p.funding = spec.funding;
    p.status = spec.status;
    p.plannedStart = spec.plannedStart;
    p.plannedEnd = spec.plannedEnd;
    p.actualStart = spec.actualStart;
    p.actualEnd = spec.actualEnd;
    p.countries = spec.countries;
    p.sdgGoals = spec.sdgs;
    auto stored = portfolio.projects().create(p);
    INFO((stored ? QString() : stored.error().describe()).toStdString());
    REQUIRE(stored.ok());
    return stored->id;
}

qint64 makePartner(Portfolio &portfolio, const char *nameEn, const char *acronym, int orgType)
{
    Partner p;
    p.nameEn = QLatin1String(nameEn);
    p.acronym = QLatin1String(acronym);
    p.orgType = orgType;
    auto stored = portfolio.partners().create(p);
    INFO((stored ? QString() : stored.error().describe()).toStdString());
    REQUIRE(stored.ok());
    return stored->id;
}

void addRole(Portfolio &portfolio, qint64 projectId, qint64 partnerId, OrganisationRole role)
{
    auto stored = portfolio.roles().add({0, projectId, partnerId, role});
    INFO((stored ? QString() : stored.error().describe()).toStdString());
    REQUIRE(stored.ok());
}

void addBudget(
    FinanceService &finance, qint64 projectId, const QDate &from, const QDate &to, const char *amount, int type = iati::kBudgetOriginal)
{
    BudgetLine b;
    b.projectId = projectId;
    b.periodStart = from;
    b.periodEnd = to;
    b.amount = money(amount);
    b.type = type;
    auto stored = finance.addBudgetLine(b);
    INFO((stored ? QString() : stored.error().describe()).toStdString());
    REQUIRE(stored.ok());
}

void addTx(FinanceService &finance, qint64 projectId, int type, const QDate &date, const char *amount, const QDate &valueDate = {})
{
    FinancialTransaction t;
    t.projectId = projectId;
    t.type = type;
    t.date = date;
    t.valueDate = valueDate;
    t.amount = money(amount);
    auto stored = finance.addTransaction(t);
    INFO((stored ? QString() : stored.error().describe()).toStdString());
    REQUIRE(stored.ok());
}

void setRate(FinanceService &finance, const char *currency, const QDate &date, const char *value)
{
    const Status set = finance.setRate({QLatin1String(currency), date, rate(value), QStringLiteral("test")});
    INFO((set ? QString() : set.error().describe()).toStdString());
    REQUIRE(set.ok());
}

DeliveryItem item(
    const char *description, ItemCategory category, qint64 quantityMilli, const char *unit, const char *unitValue, qint64 grams)
{
    DeliveryItem i;
    i.descriptionEn = QLatin1String(description);
    i.category = category;
    i.quantityMilli = quantityMilli;
    i.unit = QLatin1String(unit);
    i.unitValue = money(unitValue);
    i.grossWeightGrams = grams;
    return i;
}

Delivery createDelivery(DeliveryService &service, qint64 projectId, const char *code, const char *country, qint64 consigneeId,
    const QDate &plannedArrival, const QList<DeliveryItem> &items)
{
    Delivery d;
    d.code = QLatin1String(code);
    d.projectId = projectId;
    d.destinationCountry = QLatin1String(country);
    d.consigneeId = consigneeId;
    d.plannedArrival = plannedArrival;
    d.items = items;
    auto stored = service.create(d);
    INFO((stored ? QString() : stored.error().describe()).toStdString());
    REQUIRE(stored.ok());
    return stored.value();
}

// The workflow's steps from procured on, each dated, as far as the last one given.
Delivery walk(DeliveryService &service, Delivery d, const QList<std::pair<DeliveryStatus, QDate>> &steps)
{
    for (const auto &[to, date] : steps) {
        auto moved = service.transition(d.id, d.revision, to, date);
        INFO((moved ? QString() : moved.error().describe()).toStdString());
        REQUIRE(moved.ok());
        d = moved.value();
    }
    return d;
}

// The portfolio of every test below. Reporting currency USD (the default). Rates into USD:
// CNY 0.14 from 2023-01-01 and 0.138 from 2024-07-01; no EUR rate.
//
// Projects (planned period; countries; SDGs):
//   P1 UN-2023-001    un         undp         implementation (2)  2023-01-01..2025-12-31  KE 60% LA 40%  SDG 2, 17
//   P2 GS-2024-002    goods      china_grant  implementation (2)  2024-03-01..2024-12-31  TZ 100%        SDG 2, 3
//   P3 SSCAF-2022-003 sscaf      sscaf        closed (4)          2022-01-01..2023-06-30  CN 100%        SDG 9, 17
//   P4 CONF-2025-004  conference china_grant  pipeline (1)        2025-01-01..2025-12-31  (none)         (none)
//   P5 HRD-2023-005   hrd        pgtf         finalisation (3)    2023-06-01..2024-06-30  ET 100%        SDG 4
//   (no project in the network line)
//
// Partners (IATI organisation type) and their roles:
//   WFP 40: P1 implementing; P2 implementing and consignee (two projects, two roles in P2: one partner)
//   UNDP 40: P1 funding          FAO 40: P5 implementing
//   MoH Tanzania 10: P2 beneficiary          MOFCOM 10: P3 funding
//   Tsinghua 80: P5 accountable          IFRC 21: no role at all (counted nowhere)
//
// Budgets (in USD):
//   P1 2023-01-01..2023-12-31  2,380.95 CNY x 0.14 = 333.333 USD (kept exact until the end)
//   P1 2024-01-01..2024-12-31  800.00 USD original, revised to 1,000.00 USD: only 1,000.00 counts
//   P2 2024-03-01..2024-12-31  100,000.00 CNY x 0.14 = 14,000.00
//   P3 2023-01-01..2023-06-30  200,000.00 CNY x 0.14 = 28,000.00
//   P4 2025-01-01..2025-12-31  5,000.00 USD
//   P5 2023-07-01..2024-06-30  50,000.00 CNY x 0.14 = 7,000.00 (starts in 2023: a 2023 budget)
//
// Transactions (type: 2 commitment, 3 disbursement, 4 expenditure), at the rate of the value date:
//   P1 2  2023-02-01  1,500.00 USD
//   P1 3  2023-03-01  400.00 USD
//   P1 3  dated 2023-12-28, value date 2024-01-03: 100.00 USD (a 2024 disbursement)
//   P1 3  2024-02-15  600.00 USD
//   P1 4  2024-05-10  2,000.00 CNY x 0.14 = 280.00
//   P2 2  2024-03-05  100,000.00 CNY x 0.14 = 14,000.00
//   P2 3  2024-08-01  50,000.00 CNY x 0.138 = 6,900.00
//   P2 4  dated 2024-06-25, value date 2024-07-05: 12,345.67 CNY x 0.138 = 1,703.70246
//         (at the date's 0.14 it would have been 1,728.3938)
//   P3 3  2023-04-01  150,000.00 CNY x 0.14 = 21,000.00
//   P3 3  2024-01-15  10,000.00 CNY x 0.14 = 1,400.00 (a late final payment of a closed project)
//   P5 4  2024-03-01  30,000.00 CNY x 0.14 = 4,200.00
//
// Deliveries (today 2025-01-15):
//   D1 GS-2024-002-D01  P2  TZ  handed over 2024-10-15: 1,500,000 g + 20,000,000 g = 21,500,000 g
//   D2 UN-2023-001-D01  P1  KE  handed over 2023-11-20: 2,000,000 g
//   D3 GS-2024-002-D02  P2  TZ  in transit since 2024-11-02, planned arrival 2024-12-01: overdue
//   D4 UN-2023-001-D02  P1  KE  arrived 2024-12-20, planned arrival 2024-12-01: late but arrived, not overdue
//   D5 HRD-2023-005-D01 P5  ET  planned, planned arrival 2025-03-01: not overdue
struct Fixture
{
    qint64 p1 = 0, p2 = 0, p3 = 0, p4 = 0, p5 = 0;
    qint64 wfp = 0, undp = 0, fao = 0, mohTanzania = 0, mofcom = 0, tsinghua = 0, ifrc = 0;
};

Fixture buildPortfolio(Portfolio &portfolio)
{
    Fixture f;
    FinanceService finance(portfolio.database());
    DeliveryService deliveries(portfolio.database());

    setRate(finance, "CNY", QDate(2023, 1, 1), "0.14");
    setRate(finance, "CNY", QDate(2024, 7, 1), "0.138");

    f.p1 = makeProject(portfolio,
        {"UN-2023-001", BusinessLine::UnProgramme, FundingSource::Undp, ActivityStatus::Implementation, QDate(2023, 1, 1),
            QDate(2025, 12, 31), {{QStringLiteral("KE"), 6000}, {QStringLiteral("LA"), 4000}}, {2, 17}});
    f.p2 = makeProject(portfolio,
        {"GS-2024-002", BusinessLine::GoodsSupply, FundingSource::ChinaAidGrant, ActivityStatus::Implementation, QDate(2024, 3, 1),
            QDate(2024, 12, 31), {{QStringLiteral("TZ"), kWholePercent}}, {2, 3}});
    f.p3 = makeProject(portfolio,
        {"SSCAF-2022-003", BusinessLine::Sscaf, FundingSource::Sscaf, ActivityStatus::Closed, QDate(2022, 1, 1), QDate(2023, 6, 30),
            {{QStringLiteral("CN"), kWholePercent}}, {9, 17}, QDate(2022, 2, 1), QDate(2023, 6, 30)});
    f.p4 = makeProject(portfolio,
        {"CONF-2025-004", BusinessLine::Conferences, FundingSource::ChinaAidGrant, ActivityStatus::Pipeline, QDate(2025, 1, 1),
            QDate(2025, 12, 31), {}, {}});
    f.p5 = makeProject(portfolio,
        {"HRD-2023-005", BusinessLine::HumanResources, FundingSource::Pgtf, ActivityStatus::Finalisation, QDate(2023, 6, 1),
            QDate(2024, 6, 30), {{QStringLiteral("ET"), kWholePercent}}, {4}});

    f.wfp = makePartner(portfolio, "World Food Programme", "WFP", 40);
    f.undp = makePartner(portfolio, "United Nations Development Programme", "UNDP", 40);
    f.fao = makePartner(portfolio, "Food and Agriculture Organization", "FAO", 40);
    f.mohTanzania = makePartner(portfolio, "Ministry of Health, Tanzania", "MoH-TZ", 10);
    f.mofcom = makePartner(portfolio, "Ministry of Commerce of China", "MOFCOM", 10);
    f.tsinghua = makePartner(portfolio, "Tsinghua University", "THU", 80);
    f.ifrc = makePartner(portfolio, "International Federation of Red Cross", "IFRC", 21);
    addRole(portfolio, f.p1, f.wfp, OrganisationRole::Implementing);
    addRole(portfolio, f.p2, f.wfp, OrganisationRole::Implementing);
    addRole(portfolio, f.p2, f.wfp, OrganisationRole::Consignee);
    addRole(portfolio, f.p1, f.undp, OrganisationRole::Funding);
    addRole(portfolio, f.p5, f.fao, OrganisationRole::Implementing);
    addRole(portfolio, f.p2, f.mohTanzania, OrganisationRole::Beneficiary);
    addRole(portfolio, f.p3, f.mofcom, OrganisationRole::Funding);
    addRole(portfolio, f.p5, f.tsinghua, OrganisationRole::Accountable);

    addBudget(finance, f.p1, QDate(2023, 1, 1), QDate(2023, 12, 31), "2380.95 CNY");
    addBudget(finance, f.p1, QDate(2024, 1, 1), QDate(2024, 12, 31), "800.00 USD", iati::kBudgetOriginal);
    addBudget(finance, f.p1, QDate(2024, 1, 1), QDate(2024, 12, 31), "1000.00 USD", iati::kBudgetRevised);
    addBudget(finance, f.p2, QDate(2024, 3, 1), QDate(2024, 12, 31), "100000.00 CNY");
    addBudget(finance, f.p3, QDate(2023, 1, 1), QDate(2023, 6, 30), "200000.00 CNY");
    addBudget(finance, f.p4, QDate(2025, 1, 1), QDate(2025, 12, 31), "5000.00 USD");
    addBudget(finance, f.p5, QDate(2023, 7, 1), QDate(2024, 6, 30), "50000.00 CNY");

    addTx(finance, f.p1, iati::kOutgoingCommitment, QDate(2023, 2, 1), "1500.00 USD");
    addTx(finance, f.p1, iati::kDisbursement, QDate(2023, 3, 1), "400.00 USD");
    addTx(finance, f.p1, iati::kDisbursement, QDate(2023, 12, 28), "100.00 USD", QDate(2024, 1, 3));
    addTx(finance, f.p1, iati::kDisbursement, QDate(2024, 2, 15), "600.00 USD");
    addTx(finance, f.p1, iati::kExpenditure, QDate(2024, 5, 10), "2000.00 CNY");
    addTx(finance, f.p2, iati::kOutgoingCommitment, QDate(2024, 3, 5), "100000.00 CNY");
    addTx(finance, f.p2, iati::kDisbursement, QDate(2024, 8, 1), "50000.00 CNY");
    addTx(finance, f.p2, iati::kExpenditure, QDate(2024, 6, 25), "12345.67 CNY", QDate(2024, 7, 5));
    addTx(finance, f.p3, iati::kDisbursement, QDate(2023, 4, 1), "150000.00 CNY");
    addTx(finance, f.p3, iati::kDisbursement, QDate(2024, 1, 15), "10000.00 CNY");
    addTx(finance, f.p5, iati::kExpenditure, QDate(2024, 3, 1), "30000.00 CNY");

    using S = DeliveryStatus;
    walk(deliveries,
        createDelivery(deliveries, f.p2, "GS-2024-002-D01", "TZ", f.mohTanzania, QDate(2024, 10, 10),
            {item("Surgical masks", ItemCategory::MedicalSupplies, 100'000, "box", "250.00 CNY", 1'500'000),
                item("Rice", ItemCategory::Food, 20'000, "t", "3000.00 CNY", 20'000'000)}),
        {{S::Procured, QDate(2024, 9, 1)}, {S::Dispatched, QDate(2024, 9, 10)}, {S::InTransit, QDate(2024, 9, 11)},
            {S::Arrived, QDate(2024, 10, 12)}, {S::HandedOver, QDate(2024, 10, 15)}});
    walk(deliveries,
        createDelivery(deliveries, f.p1, "UN-2023-001-D01", "KE", f.wfp, QDate(2023, 11, 15),
            {item("Laboratory equipment", ItemCategory::InspectionEquipment, 2'000, "set", "40000.00 CNY", 2'000'000)}),
        {{S::Procured, QDate(2023, 10, 1)}, {S::Dispatched, QDate(2023, 10, 10)}, {S::InTransit, QDate(2023, 10, 11)},
            {S::Arrived, QDate(2023, 11, 15)}, {S::HandedOver, QDate(2023, 11, 20)}});
    walk(deliveries,
        createDelivery(deliveries, f.p2, "GS-2024-002-D02", "TZ", 0, QDate(2024, 12, 1),
            {item("Family tents", ItemCategory::ShelterRelief, 100'000, "tent", "1000.00 CNY", 4'000'000)}),
        {{S::Procured, QDate(2024, 10, 1)}, {S::Dispatched, QDate(2024, 11, 1)}, {S::InTransit, QDate(2024, 11, 2)}});
    walk(deliveries,
        createDelivery(deliveries, f.p1, "UN-2023-001-D02", "KE", f.wfp, QDate(2024, 12, 1),
            {item("Water pumps", ItemCategory::MachineryEquipment, 5'000, "set", "2000.00 CNY", 500'000)}),
        {{S::Procured, QDate(2024, 11, 1)}, {S::Dispatched, QDate(2024, 11, 5)}, {S::InTransit, QDate(2024, 11, 6)},
            {S::Arrived, QDate(2024, 12, 20)}});
    createDelivery(deliveries, f.p5, "HRD-2023-005-D01", "ET", 0, QDate(2025, 3, 1),
        {item("Training kits", ItemCategory::Other, 50'000, "set", "100.00 CNY", 100'000)});
    return f;
}

qint64 deliveryCount(Portfolio &portfolio, const DeliveryFilter &filter)
{
    auto n = DeliveryService(portfolio.database()).count(filter);
    REQUIRE(n);
    return n.value();
}

Dashboard dashboard(Portfolio &portfolio, const ProjectFilter &filter = {}, const QDate &today = kToday)
{
    auto d = computeDashboard(portfolio.database(), filter, today);
    INFO((d ? QString() : d.error().describe()).toStdString());
    REQUIRE(d.ok());
    return d.value();
}

// ---- the dashboard's lists as lines of text, compared whole

// "un 1 1333.33 USD", in the dashboard's order.
QStringList lineRows(const Dashboard &d)
{
    QStringList rows;
    for (const LineSlice &s : d.byLine)
        rows << keyOf(s.line) + u' ' + QString::number(s.projects) + u' ' + text(s.budget);
    return rows;
}

// "2024 budget 15000.00 USD disbursed 9000.00 USD spent 6183.70 USD", in the dashboard's order.
QStringList yearRows(const Dashboard &d)
{
    QStringList rows;
    for (const YearBars &y : d.byYear)
        rows << QString::number(y.year) + QStringLiteral(" budget ") + text(y.budget) + QStringLiteral(" disbursed ") + text(y.disbursed)
                + QStringLiteral(" spent ") + text(y.spent);
    return rows;
}

// "CN 28000.00 USD", in the dashboard's order.
QStringList countryRows(const Dashboard &d)
{
    QStringList rows;
    for (const CountryBar &c : d.topCountries)
        rows << c.country + u' ' + text(c.value);
    return rows;
}

// "2 goods 1" (IATI status code, line key, projects), sorted: the cells have no order of their own.
QStringList statusRows(const Dashboard &d)
{
    QStringList rows;
    for (const StatusCell &c : d.byStatus)
        rows << QString::number(int(c.status)) + u' ' + keyOf(c.line) + u' ' + QString::number(c.projects);
    rows.sort();
    return rows;
}

// "goal:projects" of the goals with projects, after checking that all 17 goals are listed in order.
QStringList sdgRows(const Dashboard &d)
{
    REQUIRE(d.sdgProjects.size() == 17);
    QStringList rows;
    for (int i = 0; i < d.sdgProjects.size(); ++i) {
        CHECK(d.sdgProjects.at(i).key == i + 1);
        if (d.sdgProjects.at(i).count != 0)
            rows << QString::number(d.sdgProjects.at(i).key) + u':' + QString::number(d.sdgProjects.at(i).count);
    }
    return rows;
}

// "type:partners", in the dashboard's order.
QStringList partnerTypeRows(const Dashboard &d)
{
    QStringList rows;
    for (const KeyCount &k : d.partnersByType)
        rows << QString::number(k.key) + u':' + QString::number(k.count);
    return rows;
}

// "2024-10 21500000 g 1", in the dashboard's order.
QStringList monthRows(const Dashboard &d)
{
    QStringList rows;
    for (const MonthTonnes &m : d.tonnesByMonth)
        rows << m.month + u' ' + QString::number(m.grams) + QStringLiteral(" g ") + QString::number(m.deliveries);
    return rows;
}

bool sameFilter(const ProjectFilter &a, const ProjectFilter &b)
{
    return a.search == b.search && a.lines == b.lines && a.statuses == b.statuses && a.fundings == b.fundings && a.countries == b.countries
        && a.region == b.region && a.yearFrom == b.yearFrom && a.yearTo == b.yearTo && a.officer == b.officer && a.partnerId == b.partnerId
        && a.sdgGoal == b.sdgGoal;
}

} // namespace

// ---- 1. the whole portfolio

TEST_CASE("dashboard: the whole portfolio without a filter", "[dashboard]")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    buildPortfolio(*portfolio);

    const Dashboard d = dashboard(*portfolio);
    CHECK(d.currency == QStringLiteral("USD")); // the default reporting currency
    CHECK(d.complete); // every amount had a rate

    // KPIs.
    CHECK(d.kpis.projects == 5);
    CHECK(d.kpis.activeProjects == 3); // P1, P2 implementation (2) + P5 finalisation (3)
    CHECK(d.kpis.countries == 5); // KE, LA, TZ, CN, ET
    CHECK(d.kpis.partners == 6); // WFP (P1, P2 twice) once, UNDP, FAO, MoH-TZ, MOFCOM, Tsinghua; not IFRC
    const FinanceFigures &f = d.kpis.finance;
    // Budget: 333.333 + 1,000.00 + 14,000.00 + 28,000.00 + 5,000.00 + 7,000.00 = 55,333.333 -> 55,333.33
    // (the 800.00 USD original of P1's 2024 period is superseded by its revision).
    CHECK(text(f.budget) == QStringLiteral("55333.33 USD"));
    CHECK(text(f.committed) == QStringLiteral("15500.00 USD")); // 1,500.00 + 14,000.00
    // Disbursed: 400.00 + 100.00 + 600.00 + 6,900.00 + 21,000.00 + 1,400.00 = 30,400.00.
    CHECK(text(f.disbursed) == QStringLiteral("30400.00 USD"));
    // Spent: 280.00 + 1,703.70246 + 4,200.00 = 6,183.70246 -> 6,183.70.
    CHECK(text(f.spent) == QStringLiteral("6183.70 USD"));
    CHECK(text(f.balance) == QStringLiteral("18749.63 USD")); // 55,333.33 - 30,400.00 - 6,183.70
    CHECK(f.executionBasisPoints == 6611); // 36,583.70 / 55,333.33 = 66.115...%
    CHECK(f.complete);
    CHECK(d.kpis.deliveries == 2); // D1 (2024-10-15) and D2 (2023-11-20)
    CHECK(d.kpis.gramsDelivered == 23'500'000); // 21,500,000 + 2,000,000
    CHECK(d.kpis.overdueDeliveries == 1); // D3; D4 arrived late, D5 is due 2025-03-01

    // Every line, in the order of allBusinessLines(), with its projects and budget.
    CHECK(lineRows(d)
        == QStringList{
            QStringLiteral("un 1 1333.33 USD"), // 333.333 + 1,000.00
            QStringLiteral("goods 1 14000.00 USD"), // 100,000.00 CNY x 0.14
            QStringLiteral("sscaf 1 28000.00 USD"), // 200,000.00 CNY x 0.14
            QStringLiteral("hrd 1 7000.00 USD"), // 50,000.00 CNY x 0.14
            QStringLiteral("conference 1 5000.00 USD"), // USD
            QStringLiteral("network 0 0.00 USD"), // no project: present, zero
        });
    REQUIRE(d.byLine.size() == allBusinessLines().size());
    for (qsizetype i = 0; i < d.byLine.size(); ++i)
        CHECK(d.byLine.at(i).line == allBusinessLines().at(i));

    // By year: budgets by period start, transactions by value date.
    CHECK(yearRows(d)
        == QStringList{
            // budget 333.333 (P1) + 28,000.00 (P3) + 7,000.00 (P5, starts 2023-07-01) = 35,333.333 -> 35,333.33;
            // disbursed 400.00 (P1) + 21,000.00 (P3); nothing spent
            QStringLiteral("2023 budget 35333.33 USD disbursed 21400.00 USD spent 0.00 USD"),
            // budget 1,000.00 + 14,000.00; disbursed 100.00 (value date 2024-01-03) + 600.00 + 6,900.00 + 1,400.00;
            // spent 280.00 + 1,703.70246 + 4,200.00 = 6,183.70246
            QStringLiteral("2024 budget 15000.00 USD disbursed 9000.00 USD spent 6183.70 USD"),
            QStringLiteral("2025 budget 5000.00 USD disbursed 0.00 USD spent 0.00 USD"), // P4's budget only
        });

    // Budgets shared by country percentage, exact until one rounding per country, largest first.
    // P4 has no recipient country: its 5,000.00 USD is in no bar.
    CHECK(countryRows(d)
        == QStringList{
            QStringLiteral("CN 28000.00 USD"), // P3
            QStringLiteral("TZ 14000.00 USD"), // P2
            QStringLiteral("ET 7000.00 USD"), // P5
            QStringLiteral("KE 800.00 USD"), // 60% x 333.333 = 199.9998, + 60% x 1,000.00 = 600.00 -> 799.9998 -> 800.00
            QStringLiteral("LA 533.33 USD"), // 40% x 333.333 = 133.3332, + 40% x 1,000.00 = 400.00 -> 533.3332 -> 533.33
        });

    // Status x line: the non-zero cells.
    CHECK(statusRows(d)
        == QStringList{
            QStringLiteral("1 conference 1"), // P4 pipeline
            QStringLiteral("2 goods 1"), // P2 implementation
            QStringLiteral("2 un 1"), // P1 implementation
            QStringLiteral("3 hrd 1"), // P5 finalisation
            QStringLiteral("4 sscaf 1"), // P3 closed
        });

    // SDGs: 2 (P1, P2), 3 (P2), 4 (P5), 9 (P3), 17 (P1, P3); the other 12 goals listed with 0.
    CHECK(sdgRows(d)
        == QStringList{QStringLiteral("2:2"), QStringLiteral("3:1"), QStringLiteral("4:1"), QStringLiteral("9:1"), QStringLiteral("17:2")});

    // Partners by IATI organisation type, most first: multilateral 40 (WFP, UNDP, FAO), government
    // 10 (MoH-TZ, MOFCOM), academic 80 (Tsinghua); IFRC (21) plays no role.
    CHECK(partnerTypeRows(d) == QStringList{QStringLiteral("40:3"), QStringLiteral("10:2"), QStringLiteral("80:1")});

    // Handovers by month, in order.
    CHECK(monthRows(d) == QStringList{QStringLiteral("2023-11 2000000 g 1"), QStringLiteral("2024-10 21500000 g 1")});
}

TEST_CASE("dashboard: an empty portfolio lists every line and goal with zeros", "[dashboard]")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    const Dashboard d = dashboard(*portfolio);
    CHECK(d.currency == QStringLiteral("USD"));
    CHECK(d.complete);
    CHECK(d.kpis.projects == 0);
    CHECK(d.kpis.activeProjects == 0);
    CHECK(d.kpis.countries == 0);
    CHECK(d.kpis.partners == 0);
    CHECK(text(d.kpis.finance.budget) == QStringLiteral("0.00 USD"));
    CHECK(text(d.kpis.finance.disbursed) == QStringLiteral("0.00 USD"));
    CHECK(d.kpis.finance.executionBasisPoints == -1); // no budget
    CHECK(d.kpis.deliveries == 0);
    CHECK(d.kpis.gramsDelivered == 0);
    CHECK(d.kpis.overdueDeliveries == 0);
    CHECK(lineRows(d)
        == QStringList{QStringLiteral("un 0 0.00 USD"), QStringLiteral("goods 0 0.00 USD"), QStringLiteral("sscaf 0 0.00 USD"),
            QStringLiteral("hrd 0 0.00 USD"), QStringLiteral("conference 0 0.00 USD"), QStringLiteral("network 0 0.00 USD")});
    CHECK(sdgRows(d).isEmpty()); // 17 goals, each with 0
    CHECK(d.byYear.isEmpty());
    CHECK(d.topCountries.isEmpty());
    CHECK(d.byStatus.isEmpty());
    CHECK(d.partnersByType.isEmpty());
    CHECK(d.tonnesByMonth.isEmpty());
}

TEST_CASE("dashboard: figures in a CNY reporting currency", "[dashboard]")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    buildPortfolio(*portfolio);
    FinanceService finance(portfolio->database());
    // Into CNY: the CNY->USD rates no longer apply; USD is converted at 7.1 CNY from 2023-01-01.
    REQUIRE(finance.setReportingCurrency(QStringLiteral("CNY")).ok());
    setRate(finance, "USD", QDate(2023, 1, 1), "7.1");

    const Dashboard d = dashboard(*portfolio);
    CHECK(d.currency == QStringLiteral("CNY"));
    CHECK(d.complete);
    // Budget: 2,380.95 + 100,000.00 + 200,000.00 + 50,000.00 CNY + (1,000.00 + 5,000.00) USD x 7.1 = 394,980.95 CNY.
    CHECK(text(d.kpis.finance.budget) == QStringLiteral("394980.95 CNY"));
    // Disbursed: (400.00 + 100.00 + 600.00) USD x 7.1 = 7,810.00 + 50,000.00 + 150,000.00 + 10,000.00 = 217,810.00 CNY.
    CHECK(text(d.kpis.finance.disbursed) == QStringLiteral("217810.00 CNY"));
    CHECK(text(d.kpis.finance.spent) == QStringLiteral("44345.67 CNY")); // 2,000.00 + 12,345.67 + 30,000.00
    CHECK(text(d.kpis.finance.committed) == QStringLiteral("110650.00 CNY")); // 1,500.00 x 7.1 + 100,000.00
    CHECK(d.kpis.finance.executionBasisPoints == 6637); // 262,155.67 / 394,980.95 = 66.371...%
    CHECK(countryRows(d)
        == QStringList{
            QStringLiteral("CN 200000.00 CNY"), QStringLiteral("TZ 100000.00 CNY"), QStringLiteral("ET 50000.00 CNY"),
            QStringLiteral("KE 5688.57 CNY"), // 60% x 2,380.95 = 1,428.57 + 60% x 7,100.00 = 4,260.00
            QStringLiteral("LA 3792.38 CNY"), // 40% x 2,380.95 = 952.38 + 40% x 7,100.00 = 2,840.00
        });
    CHECK(lineRows(d).first() == QStringLiteral("un 1 9480.95 CNY")); // 2,380.95 + 1,000.00 x 7.1
}

// ---- 2. a period

TEST_CASE("dashboard: a period counts money dated in it, handovers in it and projects overlapping it", "[dashboard]")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    buildPortfolio(*portfolio);

    SECTION("the year 2024")
    {
        ProjectFilter year;
        year.yearFrom = 2024;
        year.yearTo = 2024;
        const Dashboard d = dashboard(*portfolio, year);
        CHECK(d.complete);
        // Projects whose planned period overlaps 2024: P1, P2, P5 (P3 ended 2023-06-30, P4 starts 2025).
        CHECK(d.kpis.projects == 3);
        CHECK(d.kpis.activeProjects == 3); // P1, P2 implementation, P5 finalisation
        CHECK(d.kpis.countries == 4); // KE, LA, TZ, ET
        CHECK(d.kpis.partners == 5); // WFP, UNDP, MoH-TZ, FAO, Tsinghua (MOFCOM is only in P3)
        const FinanceFigures &f = d.kpis.finance;
        // Budgets starting in 2024: P1's revised 1,000.00 + P2's 14,000.00 (P5's starts 2023-07-01, P4's in 2025).
        CHECK(text(f.budget) == QStringLiteral("15000.00 USD"));
        CHECK(text(f.committed) == QStringLiteral("14000.00 USD")); // P2's; P1's 1,500.00 is dated 2023
        // Transactions by value date in 2024: 100.00 (dated 2023-12-28, value date 2024-01-03) + 600.00 + 6,900.00
        // + 1,400.00 (P3's late payment: money dated in the period counts, whatever the project's planned period).
        CHECK(text(f.disbursed) == QStringLiteral("9000.00 USD"));
        CHECK(text(f.spent) == QStringLiteral("6183.70 USD")); // 280.00 + 1,703.70246 + 4,200.00
        CHECK(text(f.balance) == QStringLiteral("-183.70 USD")); // 15,000.00 - 9,000.00 - 6,183.70
        CHECK(f.executionBasisPoints == 10122); // 15,183.70 / 15,000.00 = 101.224...%
        CHECK(d.kpis.deliveries == 1); // D1; D2 was handed over in 2023
        CHECK(d.kpis.gramsDelivered == 21'500'000);
        CHECK(d.kpis.overdueDeliveries == 1); // D3, due 2024-12-01, not arrived on today

        CHECK(lineRows(d)
            == QStringList{
                QStringLiteral("un 1 1000.00 USD"), // the revision only, not the 800.00 original
                QStringLiteral("goods 1 14000.00 USD"),
                QStringLiteral("sscaf 0 0.00 USD"), // P3 does not overlap 2024 and has no 2024 budget
                QStringLiteral("hrd 1 0.00 USD"), // P5 overlaps 2024 but its budget starts in 2023
                QStringLiteral("conference 0 0.00 USD"),
                QStringLiteral("network 0 0.00 USD"),
            });
        CHECK(yearRows(d) == QStringList{QStringLiteral("2024 budget 15000.00 USD disbursed 9000.00 USD spent 6183.70 USD")});
        // The 2024 budgets by country: P2's to TZ, P1's 1,000.00 USD split 60/40.
        CHECK(countryRows(d)
            == QStringList{QStringLiteral("TZ 14000.00 USD"), QStringLiteral("KE 600.00 USD"), QStringLiteral("LA 400.00 USD")});
        CHECK(statusRows(d) == QStringList{QStringLiteral("2 goods 1"), QStringLiteral("2 un 1"), QStringLiteral("3 hrd 1")});
        // 2 (P1, P2), 3 (P2), 4 (P5), 17 (P1); goal 9 was P3's.
        CHECK(sdgRows(d) == QStringList{QStringLiteral("2:2"), QStringLiteral("3:1"), QStringLiteral("4:1"), QStringLiteral("17:1")});
        // 40: WFP, UNDP, FAO; 10: MoH-TZ; 80: Tsinghua (ties by type code).
        CHECK(partnerTypeRows(d) == QStringList{QStringLiteral("40:3"), QStringLiteral("10:1"), QStringLiteral("80:1")});
        CHECK(monthRows(d) == QStringList{QStringLiteral("2024-10 21500000 g 1")});
    }
    SECTION("from 2025 on, open-ended")
    {
        ProjectFilter from2025;
        from2025.yearFrom = 2025;
        const Dashboard d = dashboard(*portfolio, from2025);
        CHECK(d.kpis.projects == 2); // P1 (to 2025-12-31) and P4
        CHECK(d.kpis.activeProjects == 1); // P1
        CHECK(d.kpis.countries == 2); // KE, LA (P4 has none)
        CHECK(text(d.kpis.finance.budget) == QStringLiteral("5000.00 USD")); // P4's 2025 budget
        CHECK(text(d.kpis.finance.disbursed) == QStringLiteral("0.00 USD"));
        CHECK(d.kpis.finance.executionBasisPoints == 0); // 0 / 5,000.00
        CHECK(d.kpis.deliveries == 0); // nothing handed over from 2025 on
        CHECK(d.kpis.gramsDelivered == 0);
        CHECK(d.kpis.overdueDeliveries == 0); // D3 was due in 2024, D5 is due 2025-03-01, after today
        CHECK(d.kpis.overdueDeliveries == deliveryCount(*portfolio, overdueDeliveries(from2025, kToday))); // the tile's drill-down
        // Seen on 2025-06-01: D5, due 2025-03-01, is overdue too; D3 (due in 2024) is still left out.
        const QDate june(2025, 6, 1);
        CHECK(dashboard(*portfolio, from2025, june).kpis.overdueDeliveries == 1);
        CHECK(dashboard(*portfolio, {}, june).kpis.overdueDeliveries == 2); // no years: D3 and D5
        CHECK(yearRows(d) == QStringList{QStringLiteral("2025 budget 5000.00 USD disbursed 0.00 USD spent 0.00 USD")});
        CHECK(d.topCountries.isEmpty()); // the only budget from 2025 on is P4's, which has no country
        CHECK(d.tonnesByMonth.isEmpty());
    }
    SECTION("up to 2023, open-ended")
    {
        ProjectFilter to2023;
        to2023.yearTo = 2023;
        const Dashboard d = dashboard(*portfolio, to2023);
        CHECK(d.kpis.projects == 3); // planned to start by 2023-12-31: P1, P3, P5
        CHECK(d.kpis.activeProjects == 2); // P1, P5
        // Budgets starting by 2023-12-31: 333.333 + 28,000.00 + 7,000.00 = 35,333.333 -> 35,333.33.
        CHECK(text(d.kpis.finance.budget) == QStringLiteral("35333.33 USD"));
        CHECK(text(d.kpis.finance.committed) == QStringLiteral("1500.00 USD"));
        // 400.00 + 21,000.00; the 100.00 dated 2023-12-28 has its value date in 2024.
        CHECK(text(d.kpis.finance.disbursed) == QStringLiteral("21400.00 USD"));
        CHECK(text(d.kpis.finance.spent) == QStringLiteral("0.00 USD"));
        CHECK(d.kpis.finance.executionBasisPoints == 6056); // 21,400.00 / 35,333.33 = 60.566...%
        CHECK(d.kpis.deliveries == 1); // D2
        CHECK(d.kpis.gramsDelivered == 2'000'000);
        CHECK(d.kpis.overdueDeliveries == 0); // nothing was due by 2023-12-31 and is still missing
        CHECK(d.kpis.overdueDeliveries == deliveryCount(*portfolio, overdueDeliveries(to2023, kToday)));
        CHECK(yearRows(d) == QStringList{QStringLiteral("2023 budget 35333.33 USD disbursed 21400.00 USD spent 0.00 USD")});
        CHECK(countryRows(d)
            == QStringList{
                QStringLiteral("CN 28000.00 USD"), QStringLiteral("ET 7000.00 USD"),
                QStringLiteral("KE 200.00 USD"), // 60% x 333.333 = 199.9998
                QStringLiteral("LA 133.33 USD"), // 40% x 333.333 = 133.3332
            });
    }
}

// ---- 3. line, funding source and region

TEST_CASE("dashboard: filters by business line and by funding source", "[dashboard]")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    buildPortfolio(*portfolio);

    SECTION("goods supply only")
    {
        ProjectFilter goods;
        goods.lines = {BusinessLine::GoodsSupply};
        const Dashboard d = dashboard(*portfolio, goods);
        CHECK(d.kpis.projects == 1); // P2
        CHECK(d.kpis.activeProjects == 1);
        CHECK(d.kpis.countries == 1); // TZ
        CHECK(d.kpis.partners == 2); // WFP (two roles, once) and MoH-TZ
        CHECK(text(d.kpis.finance.budget) == QStringLiteral("14000.00 USD"));
        CHECK(text(d.kpis.finance.committed) == QStringLiteral("14000.00 USD"));
        CHECK(text(d.kpis.finance.disbursed) == QStringLiteral("6900.00 USD"));
        CHECK(text(d.kpis.finance.spent) == QStringLiteral("1703.70 USD")); // 12,345.67 x 0.138 = 1,703.70246
        CHECK(d.kpis.finance.executionBasisPoints == 6145); // 8,603.70 / 14,000.00 = 61.455%
        CHECK(d.kpis.deliveries == 1); // D1
        CHECK(d.kpis.gramsDelivered == 21'500'000);
        CHECK(d.kpis.overdueDeliveries == 1); // D3
        CHECK(lineRows(d)
            == QStringList{QStringLiteral("un 0 0.00 USD"), QStringLiteral("goods 1 14000.00 USD"), QStringLiteral("sscaf 0 0.00 USD"),
                QStringLiteral("hrd 0 0.00 USD"), QStringLiteral("conference 0 0.00 USD"), QStringLiteral("network 0 0.00 USD")});
        CHECK(countryRows(d) == QStringList{QStringLiteral("TZ 14000.00 USD")});
        CHECK(yearRows(d) == QStringList{QStringLiteral("2024 budget 14000.00 USD disbursed 6900.00 USD spent 1703.70 USD")});
        CHECK(partnerTypeRows(d) == QStringList{QStringLiteral("10:1"), QStringLiteral("40:1")}); // a tie: by type code
        CHECK(sdgRows(d) == QStringList{QStringLiteral("2:1"), QStringLiteral("3:1")});
    }
    SECTION("two lines: UN programmes and SSCAF")
    {
        ProjectFilter two;
        two.lines = {BusinessLine::UnProgramme, BusinessLine::Sscaf};
        const Dashboard d = dashboard(*portfolio, two);
        CHECK(d.kpis.projects == 2); // P1, P3
        CHECK(d.kpis.activeProjects == 1); // P1; P3 is closed
        CHECK(d.kpis.countries == 3); // KE, LA, CN
        CHECK(d.kpis.partners == 3); // WFP, UNDP, MOFCOM
        CHECK(text(d.kpis.finance.budget) == QStringLiteral("29333.33 USD")); // 333.333 + 1,000.00 + 28,000.00
        CHECK(text(d.kpis.finance.disbursed) == QStringLiteral("23500.00 USD")); // 400 + 100 + 600 + 21,000 + 1,400
        CHECK(d.kpis.deliveries == 1); // D2
        CHECK(d.kpis.gramsDelivered == 2'000'000);
        CHECK(d.kpis.overdueDeliveries == 0); // D4 arrived, late
        CHECK(countryRows(d)
            == QStringList{QStringLiteral("CN 28000.00 USD"), QStringLiteral("KE 800.00 USD"), QStringLiteral("LA 533.33 USD")});
    }
    SECTION("one funding source: China aid grant")
    {
        ProjectFilter grant;
        grant.fundings = {FundingSource::ChinaAidGrant};
        const Dashboard d = dashboard(*portfolio, grant);
        CHECK(d.kpis.projects == 2); // P2, P4
        CHECK(d.kpis.activeProjects == 1); // P2; P4 is in the pipeline
        CHECK(d.kpis.countries == 1); // TZ
        CHECK(d.kpis.partners == 2); // WFP, MoH-TZ
        CHECK(text(d.kpis.finance.budget) == QStringLiteral("19000.00 USD")); // 14,000.00 + 5,000.00
        CHECK(text(d.kpis.finance.disbursed) == QStringLiteral("6900.00 USD"));
        CHECK(d.kpis.deliveries == 1);
        CHECK(d.kpis.overdueDeliveries == 1);
        CHECK(statusRows(d) == QStringList{QStringLiteral("1 conference 1"), QStringLiteral("2 goods 1")});
        CHECK(countryRows(d) == QStringList{QStringLiteral("TZ 14000.00 USD")}); // P4's budget has no country
    }
    SECTION("two funding sources: UNDP and PGTF")
    {
        ProjectFilter two;
        two.fundings = {FundingSource::Undp, FundingSource::Pgtf};
        const Dashboard d = dashboard(*portfolio, two);
        CHECK(d.kpis.projects == 2); // P1, P5
        CHECK(d.kpis.activeProjects == 2);
        CHECK(d.kpis.countries == 3); // KE, LA, ET
        CHECK(d.kpis.partners == 4); // WFP, UNDP, FAO, Tsinghua
        CHECK(text(d.kpis.finance.budget) == QStringLiteral("8333.33 USD")); // 333.333 + 1,000.00 + 7,000.00
        CHECK(text(d.kpis.finance.disbursed) == QStringLiteral("1100.00 USD")); // 400.00 + 100.00 + 600.00
        CHECK(text(d.kpis.finance.spent) == QStringLiteral("4480.00 USD")); // 280.00 + 4,200.00
        CHECK(d.kpis.deliveries == 1); // D2
        CHECK(d.kpis.overdueDeliveries == 0);
    }
    SECTION("a line and a funding source that no project has together")
    {
        ProjectFilter none;
        none.lines = {BusinessLine::Sscaf};
        none.fundings = {FundingSource::ChinaAidGrant};
        const Dashboard d = dashboard(*portfolio, none);
        CHECK(d.kpis.projects == 0);
        CHECK(text(d.kpis.finance.budget) == QStringLiteral("0.00 USD"));
        CHECK(d.kpis.deliveries == 0);
        CHECK(d.topCountries.isEmpty());
    }
}

TEST_CASE("dashboard: the UN M49 region filter, with an unknown code matching nothing", "[dashboard]")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    buildPortfolio(*portfolio);

    // The reference data behind the filter: Asia (142) holds China through Eastern Asia (030).
    const ReferenceData &reference = ReferenceData::instance();
    CHECK(reference.countriesIn(QStringLiteral("142")).contains(QStringLiteral("CN")));
    CHECK(reference.countriesIn(QStringLiteral("142")).contains(QStringLiteral("LA")));
    CHECK(reference.countriesIn(QStringLiteral("030")).contains(QStringLiteral("CN")));
    for (const char *african : {"KE", "TZ", "ET"})
        CHECK(reference.countriesIn(QStringLiteral("002")).contains(QLatin1String(african)));
    CHECK_FALSE(reference.countriesIn(QStringLiteral("002")).contains(QStringLiteral("CN")));
    CHECK(reference.countriesIn(QStringLiteral("999")).isEmpty());

    ProjectFilter filter;
    SECTION("002 Africa")
    {
        filter.region = QStringLiteral("002");
        const Dashboard d = dashboard(*portfolio, filter);
        CHECK(d.kpis.projects == 3); // P1 (KE), P2 (TZ), P5 (ET)
        CHECK(d.kpis.activeProjects == 3);
        CHECK(d.kpis.countries == 4); // the projects' countries: KE, LA (P1's other country), TZ, ET
        CHECK(text(d.kpis.finance.budget) == QStringLiteral("22333.33 USD")); // 333.333 + 1,000.00 + 14,000.00 + 7,000.00
        CHECK(d.kpis.deliveries == 2); // D1, D2
        CHECK(d.kpis.gramsDelivered == 23'500'000);
        CHECK(d.kpis.overdueDeliveries == 1);
        CHECK(countryRows(d)
            == QStringList{QStringLiteral("TZ 14000.00 USD"), QStringLiteral("ET 7000.00 USD"), QStringLiteral("KE 800.00 USD"),
                QStringLiteral("LA 533.33 USD")});
    }
    SECTION("142 Asia, which includes China")
    {
        filter.region = QStringLiteral("142");
        const Dashboard d = dashboard(*portfolio, filter);
        CHECK(d.kpis.projects == 2); // P1 (LA), P3 (CN)
        CHECK(d.kpis.activeProjects == 1); // P1
        CHECK(d.kpis.countries == 3); // KE, LA, CN
        CHECK(text(d.kpis.finance.budget) == QStringLiteral("29333.33 USD")); // 333.333 + 1,000.00 + 28,000.00
        CHECK(d.kpis.deliveries == 1); // D2
        CHECK(d.kpis.overdueDeliveries == 0);
        CHECK(countryRows(d)
            == QStringList{QStringLiteral("CN 28000.00 USD"), QStringLiteral("KE 800.00 USD"), QStringLiteral("LA 533.33 USD")});
    }
    SECTION("030 Eastern Asia, a sub-region")
    {
        filter.region = QStringLiteral("030");
        const Dashboard d = dashboard(*portfolio, filter);
        CHECK(d.kpis.projects == 1); // P3
        CHECK(d.kpis.activeProjects == 0);
        CHECK(text(d.kpis.finance.budget) == QStringLiteral("28000.00 USD"));
        CHECK(countryRows(d) == QStringList{QStringLiteral("CN 28000.00 USD")});
    }
    SECTION("Asia and a period: 2024 leaves only P1")
    {
        filter.region = QStringLiteral("142");
        filter.yearFrom = 2024;
        filter.yearTo = 2024;
        const Dashboard d = dashboard(*portfolio, filter);
        CHECK(d.kpis.projects == 1); // P1; P3 ended in 2023
        // Money of the region's projects dated 2024: P1's 1,000.00 budget; disbursed 100.00 + 600.00 (P1)
        // + 1,400.00 (P3's late payment).
        CHECK(text(d.kpis.finance.budget) == QStringLiteral("1000.00 USD"));
        CHECK(text(d.kpis.finance.disbursed) == QStringLiteral("2100.00 USD"));
    }
    SECTION("015 Northern Africa: a known region without projects")
    {
        filter.region = QStringLiteral("015");
        CHECK(dashboard(*portfolio, filter).kpis.projects == 0);
    }
    SECTION("an unknown code matches nothing, rather than everything")
    {
        filter.region = QStringLiteral("999");
        const Dashboard d = dashboard(*portfolio, filter);
        CHECK(d.complete);
        CHECK(d.kpis.projects == 0);
        CHECK(d.kpis.activeProjects == 0);
        CHECK(d.kpis.countries == 0);
        CHECK(d.kpis.partners == 0);
        CHECK(text(d.kpis.finance.budget) == QStringLiteral("0.00 USD"));
        CHECK(text(d.kpis.finance.disbursed) == QStringLiteral("0.00 USD"));
        CHECK(d.kpis.finance.executionBasisPoints == -1);
        CHECK(d.kpis.deliveries == 0);
        CHECK(d.kpis.gramsDelivered == 0);
        CHECK(d.kpis.overdueDeliveries == 0);
        CHECK(lineRows(d)
            == QStringList{QStringLiteral("un 0 0.00 USD"), QStringLiteral("goods 0 0.00 USD"), QStringLiteral("sscaf 0 0.00 USD"),
                QStringLiteral("hrd 0 0.00 USD"), QStringLiteral("conference 0 0.00 USD"), QStringLiteral("network 0 0.00 USD")});
        CHECK(sdgRows(d).isEmpty());
        CHECK(d.byYear.isEmpty());
        CHECK(d.topCountries.isEmpty());
        CHECK(d.byStatus.isEmpty());
        CHECK(d.partnersByType.isEmpty());
        CHECK(d.tonnesByMonth.isEmpty());
    }
}

TEST_CASE("dashboard: the register's other filters apply to every figure", "[dashboard]")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    const Fixture fixture = buildPortfolio(*portfolio);
    ProjectFilter filter;

    SECTION("a search word matching a partner's acronym")
    {
        // The partner counts read project_partners and partners under the same aliases as the
        // search's own sub-query: each must still see only the matching projects.
        filter.search = QStringLiteral("wfp");
        const Dashboard d = dashboard(*portfolio, filter);
        CHECK(d.kpis.projects == 2); // P1, P2
        CHECK(d.kpis.partners == 3); // WFP, UNDP (P1), MoH-TZ (P2)
        CHECK(partnerTypeRows(d) == QStringList{QStringLiteral("40:2"), QStringLiteral("10:1")});
        CHECK(text(d.kpis.finance.budget) == QStringLiteral("15333.33 USD")); // 333.333 + 1,000.00 + 14,000.00
        CHECK(d.kpis.deliveries == 2); // D1, D2
    }
    SECTION("a search word matching a country's name and a partner's name")
    {
        filter.search = QStringLiteral("Tanzania"); // TZ, and "Ministry of Health, Tanzania": both P2
        const Dashboard d = dashboard(*portfolio, filter);
        CHECK(d.kpis.projects == 1);
        CHECK(countryRows(d) == QStringList{QStringLiteral("TZ 14000.00 USD")});
    }
    SECTION("a partner playing any role")
    {
        filter.partnerId = fixture.wfp;
        const Dashboard d = dashboard(*portfolio, filter);
        CHECK(d.kpis.projects == 2); // P1, P2
        CHECK(d.kpis.partners == 3);
        CHECK(d.kpis.overdueDeliveries == 1); // D3 of P2
    }
    SECTION("an SDG goal")
    {
        filter.sdgGoal = 17;
        const Dashboard d = dashboard(*portfolio, filter);
        CHECK(d.kpis.projects == 2); // P1, P3
        // The goals of those projects: 2 (P1), 9 (P3), 17 (both).
        CHECK(sdgRows(d) == QStringList{QStringLiteral("2:1"), QStringLiteral("9:1"), QStringLiteral("17:2")});
    }
    SECTION("statuses")
    {
        filter.statuses = {ActivityStatus::Closed, ActivityStatus::Pipeline};
        const Dashboard d = dashboard(*portfolio, filter);
        CHECK(d.kpis.projects == 2); // P3, P4
        CHECK(d.kpis.activeProjects == 0);
        CHECK(text(d.kpis.finance.budget) == QStringLiteral("33000.00 USD")); // 28,000.00 + 5,000.00
        CHECK(statusRows(d) == QStringList{QStringLiteral("1 conference 1"), QStringLiteral("4 sscaf 1")});
    }
    SECTION("countries")
    {
        filter.countries = {QStringLiteral("et"), QStringLiteral("CN")}; // any case
        const Dashboard d = dashboard(*portfolio, filter);
        CHECK(d.kpis.projects == 2); // P3, P5
        CHECK(countryRows(d) == QStringList{QStringLiteral("CN 28000.00 USD"), QStringLiteral("ET 7000.00 USD")});
    }
    SECTION("one project")
    {
        filter.projectId = fixture.p1;
        const Dashboard d = dashboard(*portfolio, filter);
        CHECK(d.kpis.projects == 1);
        CHECK(d.kpis.countries == 2); // KE, LA
        CHECK(text(d.kpis.finance.budget) == QStringLiteral("1333.33 USD")); // 333.333 + 1,000.00
        CHECK(text(d.kpis.finance.spent) == QStringLiteral("280.00 USD"));
        CHECK(d.kpis.deliveries == 1); // D2
        CHECK(d.kpis.overdueDeliveries == 0);
    }
}

TEST_CASE("dashboard: the top countries are the 15 largest, ties by code, and cells count every project", "[dashboard]")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    FinanceService finance(portfolio->database());
    // G1: 16 countries, 15 of them 6.40% and GH 4.00% (15 x 640 + 400 = 10000), budget 1,000.00 USD:
    // 64.00 USD each and 40.00 USD for GH. G2: KE 100%, budget 100.00 USD. G3: no country, 50.00 USD.
    QList<CountryShare> sixteen;
    for (const char *code : {"AO", "BF", "BI", "BJ", "BW", "CD", "CF", "CG", "CI", "CM", "DJ", "DZ", "EG", "ER", "GA"})
        sixteen.append({QLatin1String(code), 640});
    sixteen.append({QStringLiteral("GH"), 400});
    const QDate start(2024, 1, 1), end(2024, 12, 31);
    const qint64 g1 = makeProject(*portfolio,
        {"GS-2024-101", BusinessLine::GoodsSupply, FundingSource::ChinaAidGrant, ActivityStatus::Implementation, start, end, sixteen, {}});
    const qint64 g2 = makeProject(*portfolio,
        {"GS-2024-102", BusinessLine::GoodsSupply, FundingSource::ChinaAidGrant, ActivityStatus::Implementation, start, end,
            {{QStringLiteral("KE"), kWholePercent}}, {}});
    const qint64 g3 = makeProject(*portfolio,
        {"GS-2024-103", BusinessLine::GoodsSupply, FundingSource::ChinaAidGrant, ActivityStatus::Implementation, start, end, {}, {}});
    addBudget(finance, g1, start, end, "1000.00 USD");
    addBudget(finance, g2, start, end, "100.00 USD");
    addBudget(finance, g3, start, end, "50.00 USD");

    const Dashboard d = dashboard(*portfolio);
    CHECK(d.kpis.projects == 3);
    CHECK(d.kpis.activeProjects == 3);
    CHECK(d.kpis.countries == 17); // 16 + KE
    CHECK(text(d.kpis.finance.budget) == QStringLiteral("1150.00 USD"));
    CHECK(statusRows(d) == QStringList{QStringLiteral("2 goods 3")});
    CHECK(lineRows(d).at(1) == QStringLiteral("goods 3 1150.00 USD"));
    // KE first, then 14 of the 15 at 64.00 USD by code; GA (the 15th at 64.00) and GH (40.00) are left out.
    QStringList expected{QStringLiteral("KE 100.00 USD")};
    for (const char *code : {"AO", "BF", "BI", "BJ", "BW", "CD", "CF", "CG", "CI", "CM", "DJ", "DZ", "EG", "ER"})
        expected << QLatin1String(code) + QStringLiteral(" 64.00 USD");
    CHECK(countryRows(d) == expected);
    CHECK(d.topCountries.size() == 15);
}

TEST_CASE("dashboard: the bounds of a period are whole days, both included", "[dashboard]")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    FinanceService finance(portfolio->database());
    DeliveryService deliveries(portfolio->database());
    // B1 planned 2024-12-31..2025-06-30: overlaps 2024 by its last day. B2 planned 2023: ends the day
    // before 2024. B3 planned 2024-01-01..2024-01-01: one day of 2024. Money in USD.
    const qint64 b1 = makeProject(*portfolio,
        {"UN-2024-201", BusinessLine::UnProgramme, FundingSource::Undp, ActivityStatus::Implementation, QDate(2024, 12, 31),
            QDate(2025, 6, 30), {{QStringLiteral("KE"), kWholePercent}}, {}});
    makeProject(*portfolio,
        {"UN-2023-202", BusinessLine::UnProgramme, FundingSource::Undp, ActivityStatus::Implementation, QDate(2023, 1, 1),
            QDate(2023, 12, 31), {}, {}});
    makeProject(*portfolio,
        {"UN-2024-203", BusinessLine::UnProgramme, FundingSource::Undp, ActivityStatus::Implementation, QDate(2024, 1, 1),
            QDate(2024, 1, 1), {}, {}});
    // B4 has no planned dates at all: it is in every period.
    makeProject(
        *portfolio, {"UN-2024-204", BusinessLine::UnProgramme, FundingSource::Undp, ActivityStatus::Pipeline, QDate(), QDate(), {}, {}});
    addBudget(finance, b1, QDate(2023, 12, 31), QDate(2024, 1, 31), "400.00 USD"); // starts 2023: out
    addBudget(finance, b1, QDate(2024, 12, 31), QDate(2025, 1, 30), "100.00 USD"); // starts on 2024's last day: in
    addBudget(finance, b1, QDate(2025, 1, 1), QDate(2025, 12, 31), "200.00 USD"); // starts 2025: out
    addTx(finance, b1, iati::kDisbursement, QDate(2023, 12, 31), "1000.00 USD"); // out
    addTx(finance, b1, iati::kDisbursement, QDate(2024, 1, 1), "1.00 USD"); // in
    addTx(finance, b1, iati::kDisbursement, QDate(2024, 12, 31), "10.00 USD"); // in
    addTx(finance, b1, iati::kDisbursement, QDate(2025, 1, 1), "20.00 USD"); // out
    using S = DeliveryStatus;
    const auto handOver = [&](const char *code, const QDate &day, qint64 grams) {
        walk(deliveries,
            createDelivery(deliveries, b1, code, "KE", 0, QDate(),
                {item("Generators", ItemCategory::MachineryEquipment, 1'000, "set", "700.00 CNY", grams)}),
            {{S::Procured, day.addDays(-20)}, {S::Dispatched, day.addDays(-10)}, {S::InTransit, day.addDays(-9)},
                {S::Arrived, day.addDays(-1)}, {S::HandedOver, day}});
    };
    handOver("UN-2024-201-D01", QDate(2024, 1, 1), 1'000);
    handOver("UN-2024-201-D02", QDate(2024, 12, 31), 20'000);
    handOver("UN-2024-201-D03", QDate(2025, 1, 1), 300'000);
    handOver("UN-2024-201-D04", QDate(2023, 12, 31), 4'000'000);

    ProjectFilter year;
    year.yearFrom = 2024;
    year.yearTo = 2024;
    const Dashboard d = dashboard(*portfolio, year);
    CHECK(d.kpis.projects == 3); // B1, B3, B4
    CHECK(text(d.kpis.finance.budget) == QStringLiteral("100.00 USD")); // the line starting 2024-12-31
    CHECK(text(d.kpis.finance.disbursed) == QStringLiteral("11.00 USD")); // 1.00 + 10.00
    CHECK(d.kpis.deliveries == 2); // D01 and D02
    CHECK(d.kpis.gramsDelivered == 21'000); // 1,000 + 20,000
    CHECK(monthRows(d) == QStringList{QStringLiteral("2024-01 1000 g 1"), QStringLiteral("2024-12 20000 g 1")});
    CHECK(countryRows(d) == QStringList{QStringLiteral("KE 100.00 USD")});
    CHECK(yearRows(d) == QStringList{QStringLiteral("2024 budget 100.00 USD disbursed 11.00 USD spent 0.00 USD")});
}

// ---- 4. amounts without a rate

TEST_CASE("dashboard: an amount without an exchange rate leaves the figures incomplete and out of the totals", "[dashboard]")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    const Fixture fixture = buildPortfolio(*portfolio);
    FinanceService finance(portfolio->database());
    // P5 (ET 100%) gets a budget of 3,000.00 EUR for 2024-07-01..2024-12-31; there is no EUR rate.
    addBudget(finance, fixture.p5, QDate(2024, 7, 1), QDate(2024, 12, 31), "3000.00 EUR");

    const Dashboard d = dashboard(*portfolio);
    CHECK_FALSE(d.complete);
    CHECK_FALSE(d.kpis.finance.complete);
    // Left out of every converted figure, never taken at a rate of 1: the figures of the first test.
    CHECK(text(d.kpis.finance.budget) == QStringLiteral("55333.33 USD"));
    CHECK(d.kpis.finance.executionBasisPoints == 6611);
    CHECK(lineRows(d).at(3) == QStringLiteral("hrd 1 7000.00 USD"));
    CHECK(yearRows(d).at(1) == QStringLiteral("2024 budget 15000.00 USD disbursed 9000.00 USD spent 6183.70 USD"));
    CHECK(countryRows(d).at(2) == QStringLiteral("ET 7000.00 USD"));

    // Complete again where the EUR amount is not counted: another period, another line.
    ProjectFilter year2023;
    year2023.yearFrom = 2023;
    year2023.yearTo = 2023;
    const Dashboard in2023 = dashboard(*portfolio, year2023);
    CHECK(in2023.complete);
    CHECK(text(in2023.kpis.finance.budget) == QStringLiteral("35333.33 USD")); // the 2023 bar of the first test
    ProjectFilter goods;
    goods.lines = {BusinessLine::GoodsSupply};
    CHECK(dashboard(*portfolio, goods).complete);

    // A rate from after the period's start does not apply to it.
    setRate(finance, "EUR", QDate(2024, 8, 1), "1.10");
    CHECK_FALSE(dashboard(*portfolio).complete);

    // With a rate on the period's start it converts: 3,000.00 EUR x 1.08 = 3,240.00 USD (not at 1.10).
    setRate(finance, "EUR", QDate(2024, 7, 1), "1.08");
    const Dashboard rated = dashboard(*portfolio);
    CHECK(rated.complete);
    CHECK(rated.kpis.finance.complete);
    CHECK(text(rated.kpis.finance.budget) == QStringLiteral("58573.33 USD")); // 55,333.33 + 3,240.00
    CHECK(text(rated.kpis.finance.balance) == QStringLiteral("21989.63 USD")); // 58,573.33 - 30,400.00 - 6,183.70
    CHECK(rated.kpis.finance.executionBasisPoints == 6245); // 36,583.70 / 58,573.33 = 62.458...%
    CHECK(lineRows(rated).at(3) == QStringLiteral("hrd 1 10240.00 USD")); // 7,000.00 + 3,240.00
    CHECK(yearRows(rated).at(1) == QStringLiteral("2024 budget 18240.00 USD disbursed 9000.00 USD spent 6183.70 USD"));
    CHECK(countryRows(rated)
        == QStringList{QStringLiteral("CN 28000.00 USD"), QStringLiteral("TZ 14000.00 USD"), QStringLiteral("ET 10240.00 USD"),
            QStringLiteral("KE 800.00 USD"), QStringLiteral("LA 533.33 USD")});
}

// ---- 5. the filter's JSON form

TEST_CASE("dashboard: a project filter survives its JSON form with every field set", "[dashboard]")
{
    ProjectFilter f;
    f.search = QStringLiteral("water 供水");
    f.lines = {BusinessLine::GoodsSupply, BusinessLine::SscNetwork};
    f.statuses = {ActivityStatus::Implementation, ActivityStatus::Closed};
    f.fundings = {FundingSource::Pgtf, FundingSource::ConcessionalLoan};
    f.countries = {QStringLiteral("KE"), QStringLiteral("CN")};
    f.region = QStringLiteral("002");
    f.yearFrom = 2023;
    f.yearTo = 2025;
    f.officer = QStringLiteral("Li Wei");
    f.partnerId = 42;
    f.sdgGoal = 17;
    // projectId is not part of the JSON form (its keys are listed in project_filter_json.h): not set.

    const QJsonObject json = toJson(f);
    QStringList keys = json.keys();
    keys.sort();
    CHECK(keys
        == QStringList{QStringLiteral("countries"), QStringLiteral("fundings"), QStringLiteral("lines"), QStringLiteral("officer"),
            QStringLiteral("partner"), QStringLiteral("region"), QStringLiteral("sdg"), QStringLiteral("search"),
            QStringLiteral("statuses"), QStringLiteral("year_from"), QStringLiteral("year_to")});
    CHECK(json.value(QStringLiteral("fundings")).toArray() == QJsonArray{QStringLiteral("pgtf"), QStringLiteral("concessional_loan")});
    CHECK(json.value(QStringLiteral("region")).toString() == QStringLiteral("002"));

    const ProjectFilter back = projectFilterFromJson(json);
    CHECK(back.search == f.search);
    CHECK(back.lines == f.lines);
    CHECK(back.statuses == f.statuses);
    CHECK(back.fundings == f.fundings);
    CHECK(back.countries == f.countries);
    CHECK(back.region == f.region);
    CHECK(back.yearFrom == 2023);
    CHECK(back.yearTo == 2025);
    CHECK(back.officer == f.officer);
    CHECK(back.partnerId == 42);
    CHECK(back.sdgGoal == 17);
    CHECK(sameFilter(back, f));
    CHECK(toJson(back) == json);

    // The empty filter is the empty object, and back.
    CHECK(toJson(ProjectFilter()).isEmpty());
    CHECK(projectFilterFromJson(QJsonObject()).isEmpty());

    // Values this version does not know are dropped, the rest kept.
    QJsonObject newer = json;
    newer.insert(QStringLiteral("fundings"), QJsonArray{QStringLiteral("pgtf"), QStringLiteral("crowdfunding")});
    newer.insert(QStringLiteral("lines"), QJsonArray{QStringLiteral("goods"), QStringLiteral("space")});
    newer.insert(QStringLiteral("statuses"), QJsonArray{QStringLiteral("2"), QStringLiteral("99")});
    const ProjectFilter read = projectFilterFromJson(newer);
    CHECK(read.fundings == QList<FundingSource>{FundingSource::Pgtf});
    CHECK(read.lines == QList<BusinessLine>{BusinessLine::GoodsSupply});
    CHECK(read.statuses == QList<ActivityStatus>{ActivityStatus::Implementation});
    CHECK(read.region == QStringLiteral("002"));
}

// ---- 6. weighted exact conversion

TEST_CASE("dashboard: shares in hundredths of a percent are added exactly and rounded once", "[dashboard]")
{
    SECTION("1.00 USD at 1 with a weight of 33.33%, three times: 0.9999 USD, rounded once to 1.00")
    {
        ConvertedSum sum(QStringLiteral("USD"), 4);
        for (int i = 0; i < 3; ++i)
            REQUIRE(sum.add(100, 2, Rate::one(), 3333));
        // 3 x 0.3333 = 0.9999 USD -> 1.00 (rounding each third first would give 3 x 0.33 = 0.99).
        CHECK(text(sum.total().value()) == QStringLiteral("1.00 USD"));
    }
    SECTION("0.01 CNY at 0.14 with a weight of 50%: 0.0007 USD rounds to 0.00")
    {
        ConvertedSum sum(QStringLiteral("USD"), 4);
        REQUIRE(sum.add(1, 2, rate("0.14"), 5000)); // 0.01 x 0.14 x 0.5 = 0.0007
        CHECK(text(sum.total().value()) == QStringLiteral("0.00 USD"));
        // Eight such shares are 0.0056 USD, which rounds to 0.01 only because the sum is kept exact.
        for (int i = 0; i < 7; ++i)
            REQUIRE(sum.add(1, 2, rate("0.14"), 5000));
        CHECK(text(sum.total().value()) == QStringLiteral("0.01 USD"));
    }
    SECTION("the whole (10000) leaves an amount as it is; halves round away from zero")
    {
        ConvertedSum whole(QStringLiteral("USD"), 4);
        REQUIRE(whole.add(123456, 2, Rate::one(), kWholePercent));
        CHECK(text(whole.total().value()) == QStringLiteral("1234.56 USD"));
        ConvertedSum half(QStringLiteral("USD"), 4);
        REQUIRE(half.add(1, 2, Rate::one(), 5000)); // 0.005 USD -> 0.01
        CHECK(text(half.total().value()) == QStringLiteral("0.01 USD"));
        ConvertedSum negativeHalf(QStringLiteral("USD"), 4);
        REQUIRE(negativeHalf.add(-1, 2, Rate::one(), 5000)); // -0.005 USD -> -0.01
        CHECK(text(negativeHalf.total().value()) == QStringLiteral("-0.01 USD"));
    }
    SECTION("into JPY, with no decimals: 1.00 USD at 149.85 with 60% is 89.91 JPY -> 90")
    {
        ConvertedSum sum(QStringLiteral("JPY"), 4);
        REQUIRE(sum.add(100, 2, rate("149.85"), 6000));
        CHECK(text(sum.total().value()) == QStringLiteral("90 JPY"));
    }
}
