// Deliveries: the workflow and its history, undoing a step, edits, the packing list's totals,
// overdue shipments, the roll-up by period with its sentence, project deletion with undo, search.
// Every expected figure below is computed by hand in the comment next to it. Dates of workflow
// steps are fixed days in the past; "today" is always given explicitly where a rule depends on it.
#include "test_support.h"

#include "analytics/delivery_summary.h"
#include "money/rate.h"
#include "services/audit_log.h"
#include "services/delivery_service.h"
#include "services/finance_service.h"
#include "services/project_removal.h"
#include "storage/dialect.h"
#include "storage/migrator.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace pd;

namespace {

Money money(const char *text)
{
    auto m = Money::parse(QLatin1String(text));
    REQUIRE(m.ok());
    return m.value();
}

Rate rate(const char *text)
{
    auto r = Rate::parse(QLatin1String(text));
    REQUIRE(r.ok());
    return r.value();
}

qint64 makeProject(Portfolio &portfolio, const char *code, BusinessLine line, const char *titleEn)
{
    Project p;
    p.code = QLatin1String(code);
    p.titleEn = QLatin1String(titleEn);
    p.line = line;
    auto stored = portfolio.projects().create(p);
    INFO((stored ? QString() : stored.error().describe()).toStdString());
    REQUIRE(stored.ok());
    return stored->id;
}

qint64 makePartner(
    Portfolio &portfolio, const QString &nameEn, const QString &nameZh, const QString &acronym, int orgType, const QString &country)
{
    Partner p;
    p.nameEn = nameEn;
    p.nameZh = nameZh;
    p.acronym = acronym;
    p.orgType = orgType;
    p.country = country;
    auto stored = portfolio.partners().create(p);
    INFO((stored ? QString() : stored.error().describe()).toStdString());
    REQUIRE(stored.ok());
    return stored->id;
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

Delivery draft(qint64 projectId, const char *code, const char *country, qint64 consigneeId, const QList<DeliveryItem> &items,
    const char *currency = "CNY")
{
    Delivery d;
    d.code = QLatin1String(code);
    d.projectId = projectId;
    d.destinationCountry = QLatin1String(country);
    d.consigneeId = consigneeId;
    d.currency = QLatin1String(currency);
    d.items = items;
    return d;
}

Delivery create(DeliveryService &service, const Delivery &d)
{
    auto stored = service.create(d);
    INFO((stored ? QString() : stored.error().describe()).toStdString());
    REQUIRE(stored.ok());
    return stored.value();
}

// One legal step, which must succeed.
Delivery step(DeliveryService &service, const Delivery &d, DeliveryStatus to, const QDate &date, const QString &certificate = {})
{
    auto moved = service.transition(d.id, d.revision, to, date, certificate);
    INFO((moved ? QString() : moved.error().describe()).toStdString());
    REQUIRE(moved.ok());
    return moved.value();
}

// The steps of a delivery handed over on `handover`: procured 30 days before, dispatched 20 days
// before, in transit the day after dispatch, arrived 3 days before the handover.
Delivery handOver(DeliveryService &service, Delivery d, const QDate &handover)
{
    d = step(service, d, DeliveryStatus::Procured, handover.addDays(-30));
    d = step(service, d, DeliveryStatus::Dispatched, handover.addDays(-20));
    d = step(service, d, DeliveryStatus::InTransit, handover.addDays(-19));
    d = step(service, d, DeliveryStatus::Arrived, handover.addDays(-3));
    return step(service, d, DeliveryStatus::HandedOver, handover);
}

// The workflow's path as far as `target` (planned: no step), with fixed dates in 2024.
Delivery walkTo(DeliveryService &service, Delivery d, DeliveryStatus target)
{
    const std::pair<DeliveryStatus, QDate> path[] = {{DeliveryStatus::Procured, QDate(2024, 1, 10)},
        {DeliveryStatus::Dispatched, QDate(2024, 2, 1)}, {DeliveryStatus::InTransit, QDate(2024, 2, 3)},
        {DeliveryStatus::Arrived, QDate(2024, 3, 1)}, {DeliveryStatus::HandedOver, QDate(2024, 3, 5)}};
    for (const auto &[to, date] : path) {
        if (static_cast<int>(to) > static_cast<int>(target))
            break;
        d = step(service, d, to, date);
    }
    REQUIRE(d.status == target);
    return d;
}

// Whether the error names the field with a non-empty message.
bool names(const Error &error, const char *field)
{
    for (const FieldError &e : error.fields) {
        if (e.field == QLatin1String(field) && !e.message.trimmed().isEmpty())
            return true;
    }
    return false;
}

// A refused step: validation on `field`, nothing stored.
void checkRefused(DeliveryService &service, const Delivery &d, DeliveryStatus to, const QDate &date, const char *field)
{
    auto refused = service.transition(d.id, d.revision, to, date);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::Validation);
    CHECK(names(refused.error(), field));
    const Delivery stored = service.get(d.id).value();
    CHECK(stored.status == d.status);
    CHECK(stored.revision == d.revision);
    CHECK(stored.history.size() == d.history.size());
}

QStringList codesOf(const QList<DeliveryRow> &rows)
{
    QStringList codes;
    for (const DeliveryRow &r : rows)
        codes << r.code;
    codes.sort();
    return codes;
}

// The one row listed (a copy: the list is a temporary).
DeliveryRow onlyRow(const Result<QList<DeliveryRow>> &rows)
{
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 1);
    return rows->first();
}

QStringList breakdownKeys(const QList<DeliveryBreakdown> &rows)
{
    QStringList keys;
    for (const DeliveryBreakdown &b : rows)
        keys << b.key;
    return keys;
}

// The small portfolio of the roll-up and search tests.
//
// Projects: A GS-2023-001 (goods), B GS-2024-002 (goods), C UN-2024-003 (UN programme).
// Consignees: WFP (org type 40, an international organisation), the ministries of Tanzania and
// Laos (org type 10, government). Rates CNY->USD: 0.14 from 2023-01-01, 0.138 from 2024-06-01.
//
// D1 GS-2023-001-D01  A  TZ  MoH Tanzania  handed over 2023-11-20
//    medical supplies 100 box x 250.00 CNY = 25,000.00 CNY, 1,500,000 g
// D2 GS-2023-001-D02  A  ET  WFP           handed over 2024-03-15
//    food 20 t x 3,000.00 CNY = 60,000.00 CNY, 20,000,000 g
//    medicine 50 box x 120.50 CNY = 6,025.00 CNY, 250,000 g      -> 66,025.00 CNY, 20,250,000 g
// D3 GS-2024-002-D01  B  KE  WFP           handed over 2024-07-10
//    vehicles 2 set x 185,000.00 CNY = 370,000.00 CNY, 5,000,000 g
// D4 UN-2024-003-D01  C  LA  MoST Laos     handed over 2024-12-31, valued in USD
//    inspection equipment 1 set x 12,345.67 USD, 800,000 g
// D5 GS-2024-002-D02  B  ET  WFP           cancelled when procured; planned arrival 2024-04-01
//    food 10 t x 3,000.00 CNY = 30,000.00 CNY, 10,000,000 g
// D6 GS-2024-002-D03  B  KE  (none)        in transit since 2024-09-02; planned arrival 2024-10-01
//    shelter 200 tent x 1,000.00 CNY = 200,000.00 CNY, 4,000,000 g
struct Fixture
{
    qint64 projectA = 0, projectB = 0, projectC = 0;
    qint64 wfp = 0, mohTanzania = 0, mostLaos = 0;
    Delivery d1, d2, d3, d4, d5, d6;
};

Fixture buildFixture(Portfolio &portfolio)
{
    Fixture f;
    FinanceService finance(portfolio.database());
    DeliveryService deliveries(portfolio.database());
    REQUIRE(finance.setRate({QStringLiteral("CNY"), QDate(2023, 1, 1), rate("0.14"), QStringLiteral("test")}).ok());
    REQUIRE(finance.setRate({QStringLiteral("CNY"), QDate(2024, 6, 1), rate("0.138"), QStringLiteral("test")}).ok());

    f.projectA = makeProject(portfolio, "GS-2023-001", BusinessLine::GoodsSupply, "East Africa medical supplies");
    f.projectB = makeProject(portfolio, "GS-2024-002", BusinessLine::GoodsSupply, "Relief vehicles");
    f.projectC = makeProject(portfolio, "UN-2024-003", BusinessLine::UnProgramme, "Laos inspection equipment");
    f.wfp = makePartner(
        portfolio, QStringLiteral("World Food Programme"), QStringLiteral("世界粮食计划署"), QStringLiteral("WFP"), 40, QString());
    f.mohTanzania = makePartner(portfolio, QStringLiteral("Ministry of Health, Tanzania"), QStringLiteral("坦桑尼亚卫生部"),
        QStringLiteral("MoH-TZ"), 10, QStringLiteral("TZ"));
    f.mostLaos = makePartner(portfolio, QStringLiteral("Ministry of Science and Technology, Laos"), QStringLiteral("老挝科技部"),
        QStringLiteral("MoST-LA"), 10, QStringLiteral("LA"));

    Delivery d1 = draft(f.projectA, "GS-2023-001-D01", "TZ", f.mohTanzania,
        {item("Surgical masks", ItemCategory::MedicalSupplies, 100'000, "box", "250.00 CNY", 1'500'000)});
    d1.plannedArrival = QDate(2023, 11, 15);
    f.d1 = handOver(deliveries, create(deliveries, d1), QDate(2023, 11, 20));

    Delivery d2 = draft(f.projectA, "GS-2023-001-D02", "ET", f.wfp,
        {item("Rice", ItemCategory::Food, 20'000, "t", "3000.00 CNY", 20'000'000),
            item("Antimalarials", ItemCategory::Medicine, 50'000, "box", "120.50 CNY", 250'000)});
    d2.plannedArrival = QDate(2024, 3, 10);
    f.d2 = handOver(deliveries, create(deliveries, d2), QDate(2024, 3, 15));

    Delivery d3 = draft(
        f.projectB, "GS-2024-002-D01", "KE", f.wfp, {item("Trucks", ItemCategory::Vehicles, 2'000, "set", "185000.00 CNY", 5'000'000)});
    d3.plannedArrival = QDate(2024, 7, 1);
    f.d3 = handOver(deliveries, create(deliveries, d3), QDate(2024, 7, 10));

    Delivery d4 = draft(f.projectC, "UN-2024-003-D01", "LA", f.mostLaos,
        {item("Food safety test kit", ItemCategory::InspectionEquipment, 1'000, "set", "12345.67 USD", 800'000)}, "USD");
    d4.plannedArrival = QDate(2024, 12, 20);
    f.d4 = handOver(deliveries, create(deliveries, d4), QDate(2024, 12, 31));

    Delivery d5 = draft(
        f.projectB, "GS-2024-002-D02", "ET", f.wfp, {item("Wheat flour", ItemCategory::Food, 10'000, "t", "3000.00 CNY", 10'000'000)});
    d5.plannedArrival = QDate(2024, 4, 1);
    f.d5 = create(deliveries, d5);
    f.d5 = step(deliveries, f.d5, DeliveryStatus::Procured, QDate(2024, 2, 1));
    f.d5 = step(deliveries, f.d5, DeliveryStatus::Cancelled, QDate(2024, 3, 1));

    Delivery d6 = draft(f.projectB, "GS-2024-002-D03", "KE", 0,
        {item("Family tents", ItemCategory::ShelterRelief, 200'000, "tent", "1000.00 CNY", 4'000'000)});
    d6.plannedArrival = QDate(2024, 10, 1);
    f.d6 = create(deliveries, d6);
    f.d6 = step(deliveries, f.d6, DeliveryStatus::Procured, QDate(2024, 8, 1));
    f.d6 = step(deliveries, f.d6, DeliveryStatus::Dispatched, QDate(2024, 9, 1));
    f.d6 = step(deliveries, f.d6, DeliveryStatus::InTransit, QDate(2024, 9, 2));
    return f;
}

} // namespace

// ---- 1. the workflow

TEST_CASE("deliveries: every legal step from planned to handed over is dated, kept in the history and audited", "[deliveries]")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    DeliveryService service(portfolio->database());
    const qint64 project = makeProject(*portfolio, "GS-2024-100", BusinessLine::GoodsSupply, "Workflow");

    const Delivery planned = create(service,
        draft(project, "GS-2024-100-D01", "KE", 0,
            {item("Generators", ItemCategory::MachineryEquipment, 4'000, "set", "8000.00 CNY", 1'200'000)}));
    CHECK(planned.revision == 1);
    CHECK(planned.status == DeliveryStatus::Planned);
    CHECK(planned.history.isEmpty());

    const Delivery procured = step(service, planned, DeliveryStatus::Procured, QDate(2024, 1, 10));
    CHECK(procured.revision == 2);
    CHECK_FALSE(procured.actualDispatch.isValid()); // procurement sets no actual date
    REQUIRE(procured.history.size() == 1);
    CHECK(procured.history.at(0).from == DeliveryStatus::Planned);
    CHECK(procured.history.at(0).to == DeliveryStatus::Procured);
    CHECK(procured.history.at(0).date == QDate(2024, 1, 10));
    CHECK(procured.history.at(0).recordedBy == AuditLog::actor(portfolio->database()));
    CHECK_FALSE(procured.history.at(0).recordedAt.isEmpty());

    const Delivery dispatched = step(service, procured, DeliveryStatus::Dispatched, QDate(2024, 2, 1));
    CHECK(dispatched.revision == 3);
    CHECK(dispatched.actualDispatch == QDate(2024, 2, 1));
    CHECK_FALSE(dispatched.actualArrival.isValid());
    REQUIRE(dispatched.history.size() == 2);
    CHECK(dispatched.history.at(1).from == DeliveryStatus::Procured);
    CHECK(dispatched.history.at(1).to == DeliveryStatus::Dispatched);
    CHECK(dispatched.history.at(1).date == QDate(2024, 2, 1));

    const Delivery inTransit = step(service, dispatched, DeliveryStatus::InTransit, QDate(2024, 2, 3));
    CHECK(inTransit.revision == 4);
    CHECK(inTransit.actualDispatch == QDate(2024, 2, 1)); // unchanged: in transit sets no date
    CHECK_FALSE(inTransit.actualArrival.isValid());
    REQUIRE(inTransit.history.size() == 3);
    CHECK(inTransit.history.at(2).from == DeliveryStatus::Dispatched);
    CHECK(inTransit.history.at(2).to == DeliveryStatus::InTransit);
    CHECK(inTransit.history.at(2).date == QDate(2024, 2, 3));

    const Delivery arrived = step(service, inTransit, DeliveryStatus::Arrived, QDate(2024, 3, 1));
    CHECK(arrived.revision == 5);
    CHECK(arrived.actualArrival == QDate(2024, 3, 1));
    CHECK_FALSE(arrived.actualHandover.isValid());
    REQUIRE(arrived.history.size() == 4);
    CHECK(arrived.history.at(3).from == DeliveryStatus::InTransit);
    CHECK(arrived.history.at(3).to == DeliveryStatus::Arrived);
    CHECK(arrived.history.at(3).date == QDate(2024, 3, 1));

    // Handed over on the day it arrived + 4, with the handover certificate (dated that day).
    const Delivery handed = step(service, arrived, DeliveryStatus::HandedOver, QDate(2024, 3, 5), QStringLiteral(" HC-2024-017 "));
    CHECK(handed.revision == 6);
    CHECK(handed.status == DeliveryStatus::HandedOver);
    CHECK(handed.actualDispatch == QDate(2024, 2, 1));
    CHECK(handed.actualArrival == QDate(2024, 3, 1));
    CHECK(handed.actualHandover == QDate(2024, 3, 5));
    CHECK(handed.certificateNumber == QStringLiteral("HC-2024-017")); // trimmed
    CHECK(handed.certificateDate == QDate(2024, 3, 5));
    REQUIRE(handed.history.size() == 5);
    CHECK(handed.history.at(4).from == DeliveryStatus::Arrived);
    CHECK(handed.history.at(4).to == DeliveryStatus::HandedOver);
    CHECK(handed.history.at(4).date == QDate(2024, 3, 5));

    // What was stored is what the service returned, history included.
    CHECK(service.get(handed.id).value() == handed);

    // The audit log: the creation, then one "transition" entry per step.
    auto entries = AuditLog(portfolio->database()).entriesFor(QStringLiteral("delivery"), handed.id);
    REQUIRE(entries.ok());
    QStringList actions;
    for (const AuditEntry &e : entries.value())
        actions << e.action;
    CHECK(actions
        == QStringList{QStringLiteral("create"), QStringLiteral("transition"), QStringLiteral("transition"), QStringLiteral("transition"),
            QStringLiteral("transition"), QStringLiteral("transition")});
    const AuditEntry &first = entries->at(1);
    CHECK(first.recordKey == QStringLiteral("GS-2024-100-D01"));
    bool statusChange = false;
    bool stepDate = false;
    for (const FieldChange &c : first.changes) {
        if (c.field == QStringLiteral("status"))
            statusChange = c.oldValue == QStringLiteral("planned") && c.newValue == QStringLiteral("procured");
        if (c.field == QStringLiteral("step_date"))
            stepDate = c.newValue == QStringLiteral("2024-01-10");
    }
    CHECK(statusChange);
    CHECK(stepDate);
}

TEST_CASE("deliveries: a delivery can be cancelled from every state before handover", "[deliveries]")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    DeliveryService service(portfolio->database());
    const qint64 project = makeProject(*portfolio, "GS-2024-101", BusinessLine::GoodsSupply, "Cancellations");

    const DeliveryStatus starts[] = {
        DeliveryStatus::Planned, DeliveryStatus::Procured, DeliveryStatus::Dispatched, DeliveryStatus::InTransit, DeliveryStatus::Arrived};
    int n = 0;
    for (DeliveryStatus start : starts) {
        ++n;
        const QByteArray code = QByteArray("GS-2024-101-C0") + QByteArray::number(n);
        INFO("cancelled from " << keyOf(start).toStdString());
        const Delivery before = walkTo(service,
            create(service,
                draft(project, code.constData(), "ET", 0,
                    {item("Tents", ItemCategory::ShelterRelief, 10'000, "tent", "900.00 CNY", 300'000)})),
            start);
        // Steps taken to reach `start`: its number - 1 (planned 1 .. arrived 5).
        const int steps = static_cast<int>(start) - 1;
        REQUIRE(before.history.size() == steps);
        const Delivery cancelled = step(service, before, DeliveryStatus::Cancelled, QDate(2024, 5, 1));
        CHECK(cancelled.status == DeliveryStatus::Cancelled);
        CHECK(cancelled.revision == steps + 2); // 1 at creation, +1 per step, +1 for the cancellation
        REQUIRE(cancelled.history.size() == steps + 1);
        CHECK(cancelled.history.last().from == start);
        CHECK(cancelled.history.last().to == DeliveryStatus::Cancelled);
        CHECK(cancelled.history.last().date == QDate(2024, 5, 1));
        // Dates of what did happen stay: dispatch 2024-02-01 and arrival 2024-03-01 on the walk.
        CHECK(cancelled.actualDispatch == (steps >= 2 ? QDate(2024, 2, 1) : QDate()));
        CHECK(cancelled.actualArrival == (steps >= 4 ? QDate(2024, 3, 1) : QDate()));
        CHECK_FALSE(cancelled.actualHandover.isValid());
        CHECK(service.get(cancelled.id).value() == cancelled);
    }
}

TEST_CASE("deliveries: illegal steps, future or out-of-order dates and stale revisions are refused", "[deliveries]")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    DeliveryService service(portfolio->database());
    const qint64 project = makeProject(*portfolio, "GS-2024-102", BusinessLine::GoodsSupply, "Refusals");
    const auto make = [&](const char *code) {
        return create(
            service, draft(project, code, "KE", 0, {item("Pumps", ItemCategory::MachineryEquipment, 3'000, "set", "500.00 CNY", 90'000)}));
    };

    SECTION("skipping a step, or the same status again")
    {
        const Delivery planned = make("GS-2024-102-D01");
        checkRefused(service, planned, DeliveryStatus::Dispatched, QDate(2024, 1, 10), "status");
        checkRefused(service, planned, DeliveryStatus::HandedOver, QDate(2024, 1, 10), "status");
        checkRefused(service, planned, DeliveryStatus::Planned, QDate(2024, 1, 10), "status");
        const Delivery procured = step(service, planned, DeliveryStatus::Procured, QDate(2024, 1, 10));
        checkRefused(service, procured, DeliveryStatus::Procured, QDate(2024, 1, 11), "status");
        checkRefused(service, procured, DeliveryStatus::Arrived, QDate(2024, 1, 11), "status");
    }
    SECTION("going back")
    {
        const Delivery arrived = walkTo(service, make("GS-2024-102-D02"), DeliveryStatus::Arrived);
        checkRefused(service, arrived, DeliveryStatus::Dispatched, QDate(2024, 3, 2), "status");
        checkRefused(service, arrived, DeliveryStatus::InTransit, QDate(2024, 3, 2), "status");
        checkRefused(service, arrived, DeliveryStatus::Planned, QDate(2024, 3, 2), "status");
    }
    SECTION("nothing moves after handover or cancellation")
    {
        const Delivery handed = walkTo(service, make("GS-2024-102-D03"), DeliveryStatus::HandedOver);
        for (DeliveryStatus to : allDeliveryStatuses())
            checkRefused(service, handed, to, QDate(2024, 3, 6), "status");
        const Delivery cancelled = step(service, make("GS-2024-102-D04"), DeliveryStatus::Cancelled, QDate(2024, 1, 5));
        for (DeliveryStatus to : allDeliveryStatuses())
            checkRefused(service, cancelled, to, QDate(2024, 1, 6), "status");
    }
    SECTION("a step in the future, undated, or before the previous step")
    {
        const Delivery procured = step(service, make("GS-2024-102-D05"), DeliveryStatus::Procured, QDate(2024, 1, 10));
        checkRefused(service, procured, DeliveryStatus::Dispatched, QDate::currentDate().addDays(7), "date"); // a week ahead
        checkRefused(service, procured, DeliveryStatus::Dispatched, QDate(), "date");
        checkRefused(service, procured, DeliveryStatus::Dispatched, QDate(2024, 1, 9), "date"); // one day before procurement
        // The same day as the previous step is fine.
        const Delivery dispatched = step(service, procured, DeliveryStatus::Dispatched, QDate(2024, 1, 10));
        CHECK(dispatched.actualDispatch == QDate(2024, 1, 10));
    }
    SECTION("a stale revision is a conflict")
    {
        const Delivery planned = make("GS-2024-102-D06");
        const Delivery procured = step(service, planned, DeliveryStatus::Procured, QDate(2024, 1, 10));
        auto stale
            = service.transition(planned.id, planned.revision, DeliveryStatus::Dispatched, QDate(2024, 1, 11)); // revision 1, stored 2
        REQUIRE_FALSE(stale.ok());
        CHECK(stale.error().kind == Error::Kind::Conflict);
        CHECK(service.get(planned.id).value() == procured);
    }
}

TEST_CASE("deliveries: legalTransitions and transitionRefusal state the workflow", "[deliveries]")
{
    using S = DeliveryStatus;
    CHECK(legalTransitions(S::Planned) == QList<S>{S::Procured, S::Cancelled});
    CHECK(legalTransitions(S::Procured) == QList<S>{S::Dispatched, S::Cancelled});
    CHECK(legalTransitions(S::Dispatched) == QList<S>{S::InTransit, S::Cancelled});
    CHECK(legalTransitions(S::InTransit) == QList<S>{S::Arrived, S::Cancelled});
    CHECK(legalTransitions(S::Arrived) == QList<S>{S::HandedOver, S::Cancelled});
    CHECK(legalTransitions(S::HandedOver).isEmpty());
    CHECK(legalTransitions(S::Cancelled).isEmpty());

    // Legal: no reason. Every other pair of the 7 x 7: a reason. The legal pairs are the 5 next
    // steps and the 5 cancellations (none from the two end states): 10, so 49 - 10 = 39 refusals.
    int legal = 0;
    int refused = 0;
    for (S from : allDeliveryStatuses()) {
        for (S to : allDeliveryStatuses()) {
            const QString reason = transitionRefusal(from, to);
            if (legalTransitions(from).contains(to)) {
                CHECK(reason.isEmpty());
                ++legal;
            } else {
                INFO(keyOf(from).toStdString() << " -> " << keyOf(to).toStdString());
                CHECK_FALSE(reason.trimmed().isEmpty());
                ++refused;
            }
        }
    }
    CHECK(legal == 10); // planned..arrived: next step and cancel, 5 x 2
    CHECK(refused == 39); // 7 x 7 = 49 - 10
    CHECK(keyOf(S::InTransit) == QStringLiteral("in_transit"));
    CHECK(deliveryStatusFromKey(QStringLiteral("handed_over")) == S::HandedOver);
}

// ---- 2. undoing a step

TEST_CASE("deliveries: reverting the latest step restores the state before it", "[deliveries]")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    DeliveryService service(portfolio->database());
    const qint64 project = makeProject(*portfolio, "GS-2024-103", BusinessLine::GoodsSupply, "Undo");

    const Delivery inTransit = walkTo(service,
        create(service,
            draft(
                project, "GS-2024-103-D01", "KE", 0, {item("Beds", ItemCategory::MedicalSupplies, 20'000, "set", "1500.00 CNY", 600'000)})),
        DeliveryStatus::InTransit);
    const Delivery arrived = step(service, inTransit, DeliveryStatus::Arrived, QDate(2024, 3, 1)); // revision 5
    const Delivery handed = step(service, arrived, DeliveryStatus::HandedOver, QDate(2024, 3, 5), QStringLiteral("HC-1")); // revision 6

    auto reverted = service.revertTransition(arrived, handed.revision);
    INFO((reverted ? QString() : reverted.error().describe()).toStdString());
    REQUIRE(reverted.ok());
    CHECK(reverted->status == DeliveryStatus::Arrived);
    CHECK_FALSE(reverted->actualHandover.isValid());
    CHECK(reverted->actualArrival == QDate(2024, 3, 1));
    CHECK(reverted->certificateNumber.isEmpty()); // as before the handover
    CHECK_FALSE(reverted->certificateDate.isValid());
    CHECK(reverted->revision == 7); // 6 + 1
    CHECK(reverted->history.size() == 4);
    CHECK(reverted->history == arrived.history);
    CHECK(service.get(arrived.id).value() == reverted.value());

    SECTION("a `before` that is not the state the latest step left is a conflict")
    {
        // The latest step now is in transit -> arrived; a `before` that was dispatched does not match it.
        Delivery wrong = inTransit;
        wrong.status = DeliveryStatus::Dispatched;
        auto refused = service.revertTransition(wrong, reverted->revision);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().kind == Error::Kind::Conflict);
        // Undoing the handover again: the latest step is not arrived -> handed over any more.
        auto twice = service.revertTransition(arrived, reverted->revision);
        REQUIRE_FALSE(twice.ok());
        CHECK(twice.error().kind == Error::Kind::Conflict);
        CHECK(service.get(arrived.id).value() == reverted.value());
    }
    SECTION("a stale revision is a conflict; the right one undoes the arrival too")
    {
        auto stale = service.revertTransition(inTransit, handed.revision); // 6, stored 7
        REQUIRE_FALSE(stale.ok());
        CHECK(stale.error().kind == Error::Kind::Conflict);
        auto back = service.revertTransition(inTransit, reverted->revision);
        REQUIRE(back.ok());
        CHECK(back->status == DeliveryStatus::InTransit);
        CHECK_FALSE(back->actualArrival.isValid());
        CHECK(back->actualDispatch == QDate(2024, 2, 1));
        CHECK(back->history == inTransit.history); // 3 steps
        CHECK(back->revision == 8); // 7 + 1
        auto entries = AuditLog(portfolio->database()).entriesFor(QStringLiteral("delivery"), arrived.id);
        REQUIRE(entries.ok());
        CHECK(entries->last().action == QStringLiteral("revert_transition"));
    }
}

// ---- 3. editing

TEST_CASE(
    "deliveries: editing cannot change the status, and is checked for conflicts, duplicate codes and unknown projects", "[deliveries]")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    DeliveryService service(portfolio->database());
    const qint64 project = makeProject(*portfolio, "GS-2024-104", BusinessLine::GoodsSupply, "Edits");
    const QList<DeliveryItem> items{item("Laptops", ItemCategory::InspectionEquipment, 25'000, "set", "4200.00 CNY", 75'000)};
    const Delivery x = create(service, draft(project, "GS-2024-104-D01", "ET", 0, items));
    const Delivery y
        = step(service, create(service, draft(project, "GS-2024-104-D02", "ET", 0, items)), DeliveryStatus::Procured, QDate(2024, 1, 10));

    Delivery statusEdit = x;
    statusEdit.status = DeliveryStatus::Procured;
    auto refused = service.update(statusEdit);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::Validation);
    CHECK(names(refused.error(), "status"));
    CHECK(service.get(x.id).value() == x);

    Delivery edit = x;
    edit.carrier = QStringLiteral("COSCO Shipping");
    auto updated = service.update(edit);
    REQUIRE(updated.ok());
    CHECK(updated->revision == 2);
    CHECK(service.get(x.id)->carrier == QStringLiteral("COSCO Shipping"));

    Delivery stale = x; // still revision 1
    stale.notes = QStringLiteral("late edit");
    auto conflict = service.update(stale);
    REQUIRE_FALSE(conflict.ok());
    CHECK(conflict.error().kind == Error::Kind::Conflict);

    Delivery duplicate = y;
    duplicate.code = x.code;
    auto taken = service.update(duplicate);
    REQUIRE_FALSE(taken.ok());
    CHECK(taken.error().kind == Error::Kind::Validation);
    CHECK(names(taken.error(), "code"));

    Delivery orphan = y;
    orphan.projectId = 999'999;
    auto unknown = service.update(orphan);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().kind == Error::Kind::Validation);
    CHECK(names(unknown.error(), "project"));

    // An edit that keeps the stored status is fine, and keeps the history.
    Delivery keep = y;
    keep.transportDocument = QStringLiteral("BL-778899");
    auto kept = service.update(keep);
    REQUIRE(kept.ok());
    CHECK(kept->status == DeliveryStatus::Procured);
    CHECK(kept->history.size() == 1);
    CHECK(service.get(y.id).value() == kept.value());

    // The project's next free code: 2 deliveries, so D03.
    CHECK(service.nextCode(project).value() == QStringLiteral("GS-2024-104-D03"));
}

// ---- 4. the packing list and its totals

TEST_CASE("deliveries: an item's value rounds once, half away from zero, and the packing list adds up", "[deliveries]")
{
    // 2.5 x 0.33 CNY = 2,500 thousandths x 33 fen / 1000 = 82.5 fen -> 83 fen.
    DeliveryItem a = item("Gauze", ItemCategory::MedicalSupplies, 2'500, "box", "0.33 CNY", 1'250);
    CHECK(a.value() == Money(83, QStringLiteral("CNY")));
    // The same negative: -82.5 fen -> -83 fen (away from zero, not up).
    DeliveryItem negative = a;
    negative.unitValue = Money(-33, QStringLiteral("CNY"));
    CHECK(negative.value() == Money(-83, QStringLiteral("CNY")));
    // 1.499 x 0.01 CNY = 1.499 fen -> 1 fen (below the half).
    CHECK(item("Pins", ItemCategory::Other, 1'499, "box", "0.01 CNY", 0).value() == Money(1, QStringLiteral("CNY")));
    // 3 x 1,234.56 CNY = 3,703.68 CNY exactly (370,368 fen).
    DeliveryItem b = item("Oxygen concentrators", ItemCategory::MedicalSupplies, 3'000, "set", "1234.56 CNY", 45'500);
    CHECK(b.value() == money("3703.68 CNY"));
    // JPY has no minor unit: 1.5 x 101 JPY = 151.5 -> 152 JPY.
    CHECK(item("Masks", ItemCategory::MedicalSupplies, 1'500, "box", "101 JPY", 0).value() == Money(152, QStringLiteral("JPY")));
    // No unit value, no value.
    DeliveryItem none = a;
    none.unitValue = Money();
    CHECK_FALSE(none.value().has_value());

    // 12.345 t x 10.00 CNY = 123.45 CNY (12,345 fen).
    DeliveryItem c = item("Rice", ItemCategory::Food, 12'345, "t", "10.00 CNY", 12'345'678);
    Delivery d;
    d.currency = QStringLiteral("CNY");
    d.items = {a, b, c};
    const auto totals = totalsOf(d);
    REQUIRE(totals.has_value());
    CHECK(totals->value == Money(382'796, QStringLiteral("CNY"))); // 83 + 370,368 + 12,345 fen = 3,827.96 CNY
    CHECK(totals->grossWeightGrams == 12'392'428); // 1,250 + 45,500 + 12,345,678 g
    CHECK(totals->items == 3);

    Delivery empty;
    const auto nothing = totalsOf(empty);
    REQUIRE(nothing.has_value());
    CHECK(nothing->value == Money(0, QStringLiteral("CNY")));
    CHECK(nothing->grossWeightGrams == 0);
    CHECK(nothing->items == 0);

    // An item in another currency than the delivery's: no totals.
    d.items.append(item("Tablets", ItemCategory::Medicine, 1'000, "box", "5.00 USD", 100));
    CHECK_FALSE(totalsOf(d).has_value());
}

TEST_CASE("deliveries: thousandths and tonnes are parsed and written exactly", "[deliveries]")
{
    CHECK(parseThousandths(QStringLiteral("1,250.5")) == 1'250'500); // 1250.5 x 1000
    CHECK(parseThousandths(QStringLiteral("1250.5")) == 1'250'500);
    CHECK(parseThousandths(QStringLiteral("12")) == 12'000); // 12 x 1000
    CHECK(parseThousandths(QStringLiteral(" 2.500 ")) == 2'500); // trailing zeros are no extra precision
    CHECK(parseThousandths(QStringLiteral("0.001")) == 1);
    CHECK(parseThousandths(QStringLiteral(".5")) == 500);
    CHECK(parseThousandths(QStringLiteral("0.0005")) == std::nullopt); // a fourth decimal
    CHECK(parseThousandths(QStringLiteral("abc")) == std::nullopt);
    CHECK(parseThousandths(QStringLiteral("")) == std::nullopt);
    CHECK(parseThousandths(QStringLiteral(".")) == std::nullopt);
    CHECK(parseThousandths(QStringLiteral("-1")) == std::nullopt);
    CHECK(parseThousandths(QStringLiteral("1.2.3")) == std::nullopt);
    CHECK(parseThousandths(QStringLiteral("１２")) == std::nullopt); // full-width digits

    const QLocale english(QLocale::English);
    CHECK(thousandthsToText(1'250'500, english) == QStringLiteral("1,250.5"));
    CHECK(thousandthsToText(1'250'500, QLocale::c()) == QStringLiteral("1250.5"));
    CHECK(thousandthsToText(12'000, english) == QStringLiteral("12"));
    CHECK(thousandthsToText(2'050, english) == QStringLiteral("2.05"));
    CHECK(thousandthsToText(1, english) == QStringLiteral("0.001"));
    CHECK(thousandthsToText(-500, english) == QStringLiteral("-0.5"));
    CHECK(thousandthsToText(-1'500, english) == QStringLiteral("-1.5"));
    CHECK(thousandthsToText(0, english) == QStringLiteral("0"));

    // Grams to kilograms rounded half up, shown as tonnes with up to three decimals.
    CHECK(tonnesText(12'500'000, english) == QStringLiteral("12.5")); // 12,500 kg
    CHECK(tonnesText(1'234'567'890, english) == QStringLiteral("1,234.568")); // 1,234,567.89 kg -> 1,234,568 kg
    CHECK(tonnesText(499, english) == QStringLiteral("0")); // 0.499 kg -> 0 kg
    CHECK(tonnesText(500, english) == QStringLiteral("0.001")); // 0.5 kg -> 1 kg
    CHECK(tonnesText(0, english) == QStringLiteral("0"));

    // In the sentence: one decimal under 100 t, whole tonnes from there.
    CHECK(deliveredTonnesText(27'550'000, english) == QStringLiteral("27.6")); // 27.55 t -> 27.6
    CHECK(deliveredTonnesText(99'949'999, english) == QStringLiteral("99.9")); // 99.949999 t -> 99.9
    CHECK(deliveredTonnesText(99'950'000, english) == QStringLiteral("100")); // 99.95 t -> 100
    CHECK(deliveredTonnesText(2'327'400'000, english) == QStringLiteral("2,327")); // 2,327.4 t -> 2,327
}

TEST_CASE(
    "deliveries: the stored totals follow the packing list through create and update, in the delivery's currency only", "[deliveries]")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    DeliveryService service(portfolio->database());
    const qint64 project = makeProject(*portfolio, "GS-2024-105", BusinessLine::GoodsSupply, "Totals");

    const DeliveryItem a = item("Gauze", ItemCategory::MedicalSupplies, 2'500, "box", "0.33 CNY", 1'250); // 83 fen
    const DeliveryItem b = item("Oxygen concentrators", ItemCategory::MedicalSupplies, 3'000, "set", "1234.56 CNY", 45'500); // 370,368 fen
    const DeliveryItem c = item("Rice", ItemCategory::Food, 12'345, "t", "10.00 CNY", 12'345'678); // 12,345 fen
    const Delivery stored = create(service, draft(project, "GS-2024-105-D01", "KE", 0, {a, b, c}));
    CHECK(stored.items == QList<DeliveryItem>{a, b, c});

    DeliveryQuery query;
    query.filter.projectId = project;
    {
        const DeliveryRow &row = onlyRow(service.list(query));
        CHECK(row.totalValue == Money(382'796, QStringLiteral("CNY"))); // 83 + 370,368 + 12,345 fen = 3,827.96 CNY
        CHECK(row.grossWeightGrams == 12'392'428); // 1,250 + 45,500 + 12,345,678 g
        CHECK(row.itemCount == 3);
    }

    // Four boxes of gauze instead of 2.5, and no rice: 4 x 0.33 = 1.32 CNY.
    Delivery edited = stored;
    edited.items[0].quantityMilli = 4'000;
    edited.items.removeLast();
    REQUIRE(service.update(edited).ok());
    {
        const DeliveryRow &row = onlyRow(service.list(query));
        CHECK(row.totalValue == money("3705.00 CNY")); // 132 + 370,368 fen = 370,500 fen
        CHECK(row.grossWeightGrams == 46'750); // 1,250 + 45,500 g
        CHECK(row.itemCount == 2);
    }
    CHECK(service.get(stored.id)->items == edited.items);

    // The second item in USD on a CNY delivery: refused on that row, nothing stored.
    Delivery mixed
        = draft(project, "GS-2024-105-D02", "KE", 0, {a, item("Tablets", ItemCategory::Medicine, 1'000, "box", "5.00 USD", 100)});
    auto refused = service.create(mixed);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::Validation);
    CHECK(names(refused.error(), "items[2].unit_value"));
    CHECK(service.count().value() == 1);

    Delivery mixedEdit = service.get(stored.id).value();
    mixedEdit.items.append(item("Tablets", ItemCategory::Medicine, 1'000, "box", "5.00 USD", 100));
    auto refusedEdit = service.update(mixedEdit);
    REQUIRE_FALSE(refusedEdit.ok());
    CHECK(names(refusedEdit.error(), "items[3].unit_value"));
    CHECK(onlyRow(service.list(query)).totalValue == money("3705.00 CNY")); // unchanged
}

// ---- 5. overdue

TEST_CASE("deliveries: overdue means planned arrival passed and not arrived, in the domain and in the filter", "[deliveries]")
{
    const QDate today(2024, 6, 15);
    Delivery d;
    d.status = DeliveryStatus::InTransit;
    d.plannedArrival = QDate(2024, 6, 14);
    CHECK(d.isOverdue(today)); // due yesterday, in transit
    d.plannedArrival = today;
    CHECK_FALSE(d.isOverdue(today)); // due today: not yet late
    d.status = DeliveryStatus::Planned;
    d.plannedArrival = QDate(2024, 5, 1);
    CHECK(d.isOverdue(today)); // not even procured and past its arrival
    d.status = DeliveryStatus::Arrived;
    d.actualArrival = QDate(2024, 6, 10);
    CHECK_FALSE(d.isOverdue(today)); // arrived late, but arrived
    d.status = DeliveryStatus::HandedOver;
    CHECK_FALSE(d.isOverdue(today));
    d.status = DeliveryStatus::Cancelled;
    d.actualArrival = QDate();
    CHECK_FALSE(d.isOverdue(today)); // cancelled
    d.status = DeliveryStatus::Dispatched;
    d.plannedArrival = QDate();
    CHECK_FALSE(d.isOverdue(today)); // no planned arrival

    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    DeliveryService service(portfolio->database());
    const qint64 project = makeProject(*portfolio, "GS-2024-106", BusinessLine::GoodsSupply, "Overdue");
    const auto make = [&](const char *code, const QDate &plannedArrival) {
        Delivery fresh = draft(project, code, "LA", 0, {item("Seeds", ItemCategory::Food, 1'000, "t", "8000.00 CNY", 1'000'000)});
        fresh.plannedArrival = plannedArrival;
        return create(service, fresh);
    };
    // O1 in transit since 2024-05-02, due 2024-06-01: overdue on 06-15.
    Delivery o1 = step(service, make("O1", QDate(2024, 6, 1)), DeliveryStatus::Procured, QDate(2024, 4, 1));
    o1 = step(service, o1, DeliveryStatus::Dispatched, QDate(2024, 5, 1));
    o1 = step(service, o1, DeliveryStatus::InTransit, QDate(2024, 5, 2));
    // O2 planned, due 2024-06-14: overdue on 06-15.
    make("O2", QDate(2024, 6, 14));
    // O3 planned, due 2024-06-15: not overdue on 06-15.
    make("O3", today);
    // O4 due 2024-02-20, arrived late on 2024-03-01 (the walk's date): not overdue.
    walkTo(service, make("O4", QDate(2024, 2, 20)), DeliveryStatus::Arrived);
    // O5 cancelled, due 2024-05-01: not overdue.
    step(service, make("O5", QDate(2024, 5, 1)), DeliveryStatus::Cancelled, QDate(2024, 4, 1));
    // O6 planned, no planned arrival: not overdue.
    make("O6", QDate());

    DeliveryFilter overdue;
    overdue.overdueOnly = true;
    overdue.today = today;
    CHECK(service.count(overdue).value() == 2); // O1 and O2
    auto rows = service.list({overdue, DeliverySort::Code});
    REQUIRE(rows.ok());
    CHECK(codesOf(rows.value()) == QStringList{QStringLiteral("O1"), QStringLiteral("O2")});

    // Every stored row agrees with the domain's rule on the same day.
    auto all = service.list({});
    REQUIRE(all.ok());
    REQUIRE(all->size() == 6);
    int overdueRows = 0;
    for (const DeliveryRow &row : all.value()) {
        const Delivery full = service.get(row.id).value();
        CHECK(row.isOverdue(today) == full.isOverdue(today));
        overdueRows += row.isOverdue(today) ? 1 : 0;
    }
    CHECK(overdueRows == 2);

    // On 2024-06-02 only O1 (due 06-01) is late; O2 is due 06-14.
    overdue.today = QDate(2024, 6, 2);
    CHECK(service.count(overdue).value() == 1);
    // On 2024-06-01 nothing is late yet (O1 is due that day).
    overdue.today = QDate(2024, 6, 1);
    CHECK(service.count(overdue).value() == 0);
}

// ---- 6. the roll-up

TEST_CASE(
    "deliveries: the summary rolls up delivered goods by country, month, year and category, for the portfolio and a period", "[deliveries]")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    const Fixture f = buildFixture(*portfolio);
    const QDate today(2025, 1, 15);
    const QString usd = QStringLiteral("USD");
    REQUIRE(f.d4.status == DeliveryStatus::HandedOver);
    REQUIRE(f.d6.status == DeliveryStatus::InTransit);

    SECTION("the whole portfolio")
    {
        auto s = computeDeliverySummary(portfolio->database(), {}, today);
        INFO((s ? QString() : s.error().describe()).toStdString());
        REQUIRE(s.ok());
        CHECK(s->reportingCurrency == usd); // the default
        CHECK_FALSE(s->from.isValid());
        CHECK_FALSE(s->to.isValid());
        CHECK(s->delivered == 4); // D1-D4; D5 cancelled, D6 in transit
        CHECK(s->countries == 4); // TZ, ET, KE, LA
        CHECK(s->organisations == 1); // WFP (type 40); the ministries are type 10
        CHECK(s->consignees == 3); // MoH Tanzania, WFP, MoST Laos
        CHECK(s->projects == 3); // A (D1, D2), B (D3), C (D4)
        CHECK(s->grossWeightGrams == 27'550'000); // 1,500,000 + 20,250,000 + 5,000,000 + 800,000
        // Native: 25,000 + 66,025 + 370,000 = 461,025.00 CNY; 12,345.67 USD.
        CHECK(s->value.native == QList<Money>{money("461025.00 CNY"), money("12345.67 USD")});
        // D1 25,000 x 0.14 = 3,500.00; D2 66,025 x 0.14 = 9,243.50; D3 370,000 x 0.138 = 51,060.00
        // (rate of 2024-06-01 on 2024-07-10); D4 12,345.67 USD as it is: 76,149.17 USD.
        CHECK(s->value.converted == money("76149.17 USD"));
        CHECK(s->value.unconverted.isEmpty());
        CHECK(s->value.complete());

        // By status (every delivery): 4 handed over, D5 cancelled, D6 in transit.
        CHECK(s->byStatus.size() == 3);
        CHECK(s->byStatus.value(DeliveryStatus::HandedOver) == 4);
        CHECK(s->byStatus.value(DeliveryStatus::Cancelled) == 1);
        CHECK(s->byStatus.value(DeliveryStatus::InTransit) == 1);
        // D6 due 2024-10-01 and in transit on 2025-01-15; D5 was due 2024-04-01 but is cancelled.
        CHECK(s->overdue == 1);

        // Heaviest first: ET 20,250,000 g; KE 5,000,000; TZ 1,500,000; LA 800,000.
        REQUIRE(breakdownKeys(s->byCountry)
            == QStringList{QStringLiteral("ET"), QStringLiteral("KE"), QStringLiteral("TZ"), QStringLiteral("LA")});
        CHECK(s->byCountry.at(0).deliveries == 1);
        CHECK(s->byCountry.at(0).grossWeightGrams == 20'250'000);
        CHECK(s->byCountry.at(0).value.converted == money("9243.50 USD")); // 66,025 x 0.14
        CHECK(s->byCountry.at(1).grossWeightGrams == 5'000'000);
        CHECK(s->byCountry.at(1).value.converted == money("51060.00 USD")); // 370,000 x 0.138
        CHECK(s->byCountry.at(1).value.native == QList<Money>{money("370000.00 CNY")});
        CHECK(s->byCountry.at(2).value.converted == money("3500.00 USD")); // 25,000 x 0.14
        CHECK(s->byCountry.at(3).value.native == QList<Money>{money("12345.67 USD")});
        CHECK(s->byCountry.at(3).value.converted == money("12345.67 USD"));

        // By month of handover, in order.
        REQUIRE(breakdownKeys(s->byMonth)
            == QStringList{QStringLiteral("2023-11"), QStringLiteral("2024-03"), QStringLiteral("2024-07"), QStringLiteral("2024-12")});
        CHECK(s->byMonth.at(0).grossWeightGrams == 1'500'000);
        CHECK(s->byMonth.at(1).value.converted == money("9243.50 USD"));
        CHECK(s->byMonth.at(2).value.converted == money("51060.00 USD"));
        CHECK(s->byMonth.at(3).value.converted == money("12345.67 USD"));

        // By year: 2023 D1; 2024 D2-D4.
        REQUIRE(breakdownKeys(s->byYear) == QStringList{QStringLiteral("2023"), QStringLiteral("2024")});
        CHECK(s->byYear.at(0).deliveries == 1);
        CHECK(s->byYear.at(0).grossWeightGrams == 1'500'000);
        CHECK(s->byYear.at(0).value.converted == money("3500.00 USD"));
        CHECK(s->byYear.at(1).deliveries == 3);
        CHECK(s->byYear.at(1).grossWeightGrams == 26'050'000); // 20,250,000 + 5,000,000 + 800,000
        CHECK(s->byYear.at(1).value.converted == money("72649.17 USD")); // 9,243.50 + 51,060.00 + 12,345.67
        CHECK(s->byYear.at(1).value.native == QList<Money>{money("436025.00 CNY"), money("12345.67 USD")}); // 66,025 + 370,000

        // By category of the delivered items, heaviest first (D5's food and D6's tents not delivered):
        // food 20,000,000 g; vehicles 5,000,000; medical supplies 1,500,000; inspection 800,000; medicine 250,000.
        REQUIRE(breakdownKeys(s->byCategory)
            == QStringList{QStringLiteral("food"), QStringLiteral("vehicles"), QStringLiteral("medical_supplies"),
                QStringLiteral("inspection_equipment"), QStringLiteral("medicine")});
        CHECK(s->byCategory.at(0).deliveries == 1);
        CHECK(s->byCategory.at(0).value.native == QList<Money>{money("60000.00 CNY")}); // 20 t x 3,000.00
        CHECK(s->byCategory.at(0).value.converted == money("8400.00 USD")); // 60,000 x 0.14
        CHECK(s->byCategory.at(4).grossWeightGrams == 250'000);
        CHECK(s->byCategory.at(4).value.converted == money("843.50 USD")); // 6,025 x 0.14

        // 27,550,000 g = 27.55 t -> 27.6 in the sentence. (The English sentence: see the test below.)
        CHECK(summarySentence(s.value(), Language::Chinese) == QStringLiteral("向4个国家和1个国际组织交付3个项目的物资，共4批次、27.6吨"));
    }

    SECTION("handed over in 2024")
    {
        DeliveryFilter year;
        year.handedOverFrom = QDate(2024, 1, 1);
        year.handedOverTo = QDate(2024, 12, 31);
        auto s = computeDeliverySummary(portfolio->database(), year, today);
        REQUIRE(s.ok());
        CHECK(s->from == QDate(2024, 1, 1));
        CHECK(s->to == QDate(2024, 12, 31));
        CHECK(s->delivered == 3); // D2, D3, D4 (D4 on the last day counts)
        CHECK(s->countries == 3); // ET, KE, LA
        CHECK(s->organisations == 1); // WFP
        CHECK(s->consignees == 2); // WFP, MoST Laos
        CHECK(s->projects == 3); // A (D2), B (D3), C (D4)
        CHECK(s->grossWeightGrams == 26'050'000); // 20,250,000 + 5,000,000 + 800,000
        CHECK(s->value.native == QList<Money>{money("436025.00 CNY"), money("12345.67 USD")}); // 66,025 + 370,000
        CHECK(s->value.converted == money("72649.17 USD")); // 9,243.50 + 51,060.00 + 12,345.67
        CHECK(s->value.complete());
        // The pipeline is of every delivery, whatever the period.
        CHECK(s->byStatus.value(DeliveryStatus::HandedOver) == 4);
        CHECK(s->byStatus.value(DeliveryStatus::Cancelled) == 1);
        CHECK(s->byStatus.value(DeliveryStatus::InTransit) == 1);
        CHECK(s->overdue == 1);
        CHECK(breakdownKeys(s->byCountry) == QStringList{QStringLiteral("ET"), QStringLiteral("KE"), QStringLiteral("LA")});
        CHECK(breakdownKeys(s->byMonth) == QStringList{QStringLiteral("2024-03"), QStringLiteral("2024-07"), QStringLiteral("2024-12")});
        CHECK(breakdownKeys(s->byYear) == QStringList{QStringLiteral("2024")});
        CHECK(breakdownKeys(s->byCategory)
            == QStringList{
                QStringLiteral("food"), QStringLiteral("vehicles"), QStringLiteral("inspection_equipment"), QStringLiteral("medicine")});
        // 26,050,000 g = 26.05 t -> 26.1.
        CHECK(summarySentence(s.value(), Language::Chinese) == QStringLiteral("向3个国家和1个国际组织交付3个项目的物资，共3批次、26.1吨"));
    }

    SECTION("handed over in 2023: one of each, no organisation")
    {
        DeliveryFilter year;
        year.handedOverFrom = QDate(2023, 1, 1);
        year.handedOverTo = QDate(2023, 12, 31);
        auto s = computeDeliverySummary(portfolio->database(), year, today);
        REQUIRE(s.ok());
        CHECK(s->delivered == 1);
        CHECK(s->organisations == 0);
        CHECK(s->value.converted == money("3500.00 USD")); // 25,000 x 0.14
        // 1,500,000 g = 1.5 t.
        CHECK(summarySentence(s.value(), Language::Chinese) == QStringLiteral("向1个国家交付1个项目的物资，共1批次、1.5吨"));
    }
}

// BUG (reported, not fixed here): summarySentence(..., Language::English) reads freed memory. In
// core/analytics/delivery_summary.cpp the lambda `plural` (line 225) returns `n(v) + u' ' +
// QLatin1String(...)` with a deduced return type; with QT_USE_QSTRINGBUILDER (set for the whole
// project) that is a QStringBuilder holding a reference to the QString n(v) returned, destroyed when
// the lambda returns. Here it throws std::bad_alloc (a garbage length); it may as well print garbage
// or crash. Fix: give the lambda the return type `-> QString`. This test fails until then; the
// Chinese sentence does not use the lambda and is checked in the tests above.
TEST_CASE("deliveries: the English summary sentence names projects, countries, organisations, deliveries and tonnes", "[deliveries]")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    const Fixture f = buildFixture(*portfolio);
    REQUIRE(f.d4.status == DeliveryStatus::HandedOver);
    const QDate today(2025, 1, 15);
    const auto sentence = [&portfolio, &today](const DeliveryFilter &filter) {
        auto s = computeDeliverySummary(portfolio->database(), filter, today);
        REQUIRE(s.ok());
        return summarySentence(s.value(), Language::English);
    };
    const auto period = [](int year) {
        DeliveryFilter filter;
        filter.handedOverFrom = QDate(year, 1, 1);
        filter.handedOverTo = QDate(year, 12, 31);
        return filter;
    };
    // Whole portfolio: 3 projects, 4 countries, WFP, 4 deliveries, 27,550,000 g = 27.55 t -> 27.6.
    CHECK(sentence({}) == QStringLiteral("3 projects to 4 countries and 1 international organisation: 4 deliveries, 27.6 tonnes"));
    // 2024: 3 projects, ET/KE/LA, WFP, D2-D4, 26,050,000 g = 26.05 t -> 26.1.
    CHECK(
        sentence(period(2024)) == QStringLiteral("3 projects to 3 countries and 1 international organisation: 3 deliveries, 26.1 tonnes"));
    // 2023: D1 only, to a ministry, 1,500,000 g = 1.5 t: singular nouns, no organisation.
    CHECK(sentence(period(2023)) == QStringLiteral("1 project to 1 country: 1 delivery, 1.5 tonnes"));
    // The UN line: D4 only, to a ministry, 800,000 g = 0.8 t.
    DeliveryFilter un;
    un.projects.lines = {BusinessLine::UnProgramme};
    CHECK(sentence(un) == QStringLiteral("1 project to 1 country: 1 delivery, 0.8 tonnes"));
}

TEST_CASE("deliveries: goods valued in a currency with no rate are named as unconverted", "[deliveries]")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    FinanceService finance(portfolio->database());
    DeliveryService service(portfolio->database());
    REQUIRE(finance.setRate({QStringLiteral("CNY"), QDate(2024, 1, 1), rate("0.14"), QStringLiteral("test")}).ok());
    const qint64 project = makeProject(*portfolio, "GS-2024-107", BusinessLine::GoodsSupply, "Rates");

    // 10 x 100.00 CNY = 1,000.00 CNY on 2024-05-05 at 0.14 = 140.00 USD.
    handOver(service,
        create(service,
            draft(project, "GS-2024-107-D01", "KE", 0,
                {item("Blankets", ItemCategory::ShelterRelief, 10'000, "bale", "100.00 CNY", 200'000)})),
        QDate(2024, 5, 5));
    // 10 x 100.00 EUR = 1,000.00 EUR on 2024-05-06: no EUR rate at all.
    handOver(service,
        create(service,
            draft(project, "GS-2024-107-D02", "ET", 0,
                {item("Blankets", ItemCategory::ShelterRelief, 10'000, "bale", "100.00 EUR", 200'000)}, "EUR")),
        QDate(2024, 5, 6));

    auto s = computeDeliverySummary(portfolio->database(), {}, QDate(2025, 1, 15));
    REQUIRE(s.ok());
    CHECK(s->value.native == QList<Money>{money("1000.00 CNY"), money("1000.00 EUR")});
    CHECK(s->value.converted == money("140.00 USD")); // the CNY only
    CHECK(s->value.unconverted == QStringList{QStringLiteral("EUR")});
    CHECK_FALSE(s->value.complete());
    REQUIRE(breakdownKeys(s->byCountry).contains(QStringLiteral("ET")));
    for (const DeliveryBreakdown &b : s->byCountry) {
        if (b.key == QStringLiteral("ET")) {
            CHECK(b.value.unconverted == QStringList{QStringLiteral("EUR")});
            CHECK(b.value.converted == money("0.00 USD"));
        }
    }

    // 5 x 100.00 CNY on 2023-12-31, before the first CNY rate (2024-01-01): CNY is named too.
    handOver(service,
        create(service,
            draft(project, "GS-2024-107-D03", "KE", 0,
                {item("Blankets", ItemCategory::ShelterRelief, 5'000, "bale", "100.00 CNY", 100'000)})),
        QDate(2023, 12, 31));
    auto later = computeDeliverySummary(portfolio->database(), {}, QDate(2025, 1, 15));
    REQUIRE(later.ok());
    CHECK(later->value.native == QList<Money>{money("1500.00 CNY"), money("1000.00 EUR")}); // 1,000 + 500
    CHECK(later->value.converted == money("140.00 USD")); // unchanged
    CHECK(later->value.unconverted == QStringList{QStringLiteral("CNY"), QStringLiteral("EUR")});
}

// ---- 7. deleting a project, and undoing it

TEST_CASE("deliveries: deleting a project and undoing it brings back its budget, transactions and deliveries", "[deliveries]")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    FinanceService finance(portfolio->database());
    DeliveryService deliveries(portfolio->database());
    const qint64 id = makeProject(*portfolio, "GS-2024-108", BusinessLine::GoodsSupply, "Deleted and restored");
    const qint64 consignee
        = makePartner(*portfolio, QStringLiteral("Ministry of Health, Kenya"), QString(), QString(), 10, QStringLiteral("KE"));

    BudgetLine original;
    original.projectId = id;
    original.periodStart = QDate(2024, 1, 1);
    original.periodEnd = QDate(2024, 12, 31);
    original.amount = money("1000000.00 CNY");
    REQUIRE(finance.addBudgetLine(original).ok());
    BudgetLine revised = original;
    revised.amount = money("1200000.00 CNY");
    revised.type = iati::kBudgetRevised;
    REQUIRE(finance.addBudgetLine(revised).ok());
    FinancialTransaction disbursement;
    disbursement.projectId = id;
    disbursement.type = iati::kDisbursement;
    disbursement.date = QDate(2024, 3, 1);
    disbursement.amount = money("500000.00 CNY");
    REQUIRE(finance.addTransaction(disbursement).ok());
    FinancialTransaction expenditure = disbursement;
    expenditure.type = iati::kExpenditure;
    expenditure.date = QDate(2024, 4, 1);
    expenditure.amount = money("200000.00 CNY");
    REQUIRE(finance.addTransaction(expenditure).ok());

    Delivery d = draft(id, "GS-2024-108-D01", "KE", consignee,
        {item("Ambulances", ItemCategory::Vehicles, 2'000, "set", "320000.00 CNY", 6'400'000),
            item("Stretchers", ItemCategory::MedicalSupplies, 40'000, "set", "850.50 CNY", 480'000)});
    d.carrier = QStringLiteral("COSCO Shipping");
    d.plannedArrival = QDate(2024, 3, 20);
    const Delivery delivery = step(deliveries, step(deliveries, create(deliveries, d), DeliveryStatus::Procured, QDate(2024, 1, 15)),
        DeliveryStatus::Dispatched, QDate(2024, 2, 20));
    REQUIRE(delivery.history.size() == 2);

    const QList<BudgetLine> budgetBefore = finance.budgetLines(id).value();
    const QList<FinancialTransaction> transactionsBefore = finance.transactions(id).value();
    REQUIRE(budgetBefore.size() == 2);
    REQUIRE(transactionsBefore.size() == 2);

    ProjectRemoval removal(portfolio->database());
    auto impact = removal.impactOf(id);
    REQUIRE(impact.ok());
    CHECK(impact->budgetLines == 2);
    CHECK(impact->transactions == 2);
    CHECK(impact->deliveries == 1);

    const Project project = portfolio->projects().get(id).value();
    auto removed = removal.remove(id, project.revision);
    INFO((removed ? QString() : removed.error().describe()).toStdString());
    REQUIRE(removed.ok());
    CHECK(removed->project == project);
    CHECK(removed->budgetLines == budgetBefore);
    CHECK(removed->transactions == transactionsBefore);
    CHECK(removed->deliveries == QList<Delivery>{delivery});

    // Gone, with everything that belonged to it.
    CHECK(portfolio->projects().get(id).error().kind == Error::Kind::NotFound);
    CHECK(deliveries.get(delivery.id).error().kind == Error::Kind::NotFound);
    CHECK(deliveries.count().value() == 0);
    CHECK(finance.budgetLines(id).value().isEmpty());
    CHECK(finance.transactions(id).value().isEmpty());

    // Undo: the same records under the same ids, the packing list and history included.
    auto restored = removal.restore(removed.value());
    INFO((restored ? QString() : restored.error().describe()).toStdString());
    REQUIRE(restored.ok());
    CHECK(restored->id == id);
    CHECK(finance.budgetLines(id).value() == budgetBefore);
    CHECK(finance.transactions(id).value() == transactionsBefore);
    CHECK(deliveries.ofProject(id).value() == QList<Delivery>{delivery});
    const Delivery back = deliveries.get(delivery.id).value();
    CHECK(back == delivery);
    CHECK(back.items.size() == 2);
    CHECK(back.history.size() == 2);
    CHECK(back.consigneeId == consignee);
    // The stored totals are back too: 2 x 320,000.00 + 40 x 850.50 = 640,000 + 34,020 = 674,020.00 CNY;
    // 6,400,000 + 480,000 = 6,880,000 g.
    DeliveryQuery query;
    query.filter.projectId = id;
    const DeliveryRow &row = onlyRow(deliveries.list(query));
    CHECK(row.totalValue == money("674020.00 CNY"));
    CHECK(row.grossWeightGrams == 6'880'000);
    CHECK(row.itemCount == 2);
    // And its workflow goes on from where it was.
    const Delivery inTransit = step(deliveries, back, DeliveryStatus::InTransit, QDate(2024, 2, 21));
    CHECK(inTransit.history.size() == 3);
}

// ---- 8. search and the project sub-filter

TEST_CASE("deliveries: the search finds by code, consignee and country name in Chinese, and the project filter restricts", "[deliveries]")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    const Fixture f = buildFixture(*portfolio);
    DeliveryService service(portfolio->database());

    const auto found = [&service](const DeliveryFilter &filter) {
        auto rows = service.list({filter, DeliverySort::Code});
        REQUIRE(rows.ok());
        auto counted = service.count(filter);
        REQUIRE(counted.ok());
        CHECK(counted.value() == rows->size());
        return codesOf(rows.value());
    };
    const auto search = [](const char *text) {
        DeliveryFilter filter;
        filter.search = QString::fromUtf8(text);
        return filter;
    };

    // By code: only D6 has "D03".
    CHECK(found(search("D03")) == QStringList{QStringLiteral("GS-2024-002-D03")});
    CHECK(found(search("gs-2023-001-d02")) == QStringList{QStringLiteral("GS-2023-001-D02")}); // case does not matter
    // By consignee, in English and in Chinese: WFP receives D2, D3 and D5.
    const QStringList wfp{QStringLiteral("GS-2023-001-D02"), QStringLiteral("GS-2024-002-D01"), QStringLiteral("GS-2024-002-D02")};
    CHECK(found(search("World Food Programme")) == wfp);
    CHECK(found(search("粮食计划署")) == wfp);
    CHECK(found(search("MoST-LA")) == QStringList{QStringLiteral("UN-2024-003-D01")}); // by acronym
    // By country, in Chinese: Kenya (KE) receives D3 and D6.
    const QStringList kenya{QStringLiteral("GS-2024-002-D01"), QStringLiteral("GS-2024-002-D03")};
    CHECK(found(search("肯尼亚")) == kenya);
    CHECK(found(search("Kenya")) == kenya);
    // Every word must match: Kenya and WFP -> D3 only.
    CHECK(found(search("肯尼亚 WFP")) == QStringList{QStringLiteral("GS-2024-002-D01")});
    CHECK(found(search("no-such-thing")).isEmpty());

    // The projects' filter: goods projects A and B have D1, D2, D3, D5, D6; the UN project C has D4.
    DeliveryFilter goods;
    goods.projects.lines = {BusinessLine::GoodsSupply};
    CHECK(found(goods)
        == QStringList{QStringLiteral("GS-2023-001-D01"), QStringLiteral("GS-2023-001-D02"), QStringLiteral("GS-2024-002-D01"),
            QStringLiteral("GS-2024-002-D02"), QStringLiteral("GS-2024-002-D03")});
    DeliveryFilter un;
    un.projects.lines = {BusinessLine::UnProgramme};
    CHECK(found(un) == QStringList{QStringLiteral("UN-2024-003-D01")});
    // Combined with the search: Kenya's deliveries are all of goods project B.
    DeliveryFilter kenyaGoods = search("肯尼亚");
    kenyaGoods.projects.lines = {BusinessLine::GoodsSupply};
    CHECK(found(kenyaGoods) == kenya);
    DeliveryFilter kenyaUn = search("肯尼亚");
    kenyaUn.projects.lines = {BusinessLine::UnProgramme};
    CHECK(found(kenyaUn).isEmpty());
    // And the summary follows the same filter: the UN line delivered D4 only, 800,000 g = 0.8 t.
    auto s = computeDeliverySummary(portfolio->database(), un, QDate(2025, 1, 15));
    REQUIRE(s.ok());
    CHECK(s->delivered == 1);
    CHECK(s->value.converted == money("12345.67 USD"));
    CHECK(s->grossWeightGrams == 800'000);
    CHECK(found(DeliveryFilter{}).size() == 6);
    CHECK(f.d5.history.size() == 2); // procured, cancelled
}

TEST_CASE("deliveries: a version 2 portfolio with budgets is upgraded to the deliveries schema, the old file kept", "[deliveries]")
{
    test::TempDir dir;
    const QString path = dir.path(QStringLiteral("v2.db"));
    {
        // A portfolio as the finance release left it: migrations 1 and 2, with a transaction.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v2"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        for (const QString &file : Migrator::stepFiles().mid(0, 2)) {
            QFile step(file);
            REQUIRE(step.open(QIODevice::ReadOnly));
            for (const QString &statement : Migrator::statements(SqliteDialect().expand(QString::fromUtf8(step.readAll()))))
                REQUIRE(q.exec(statement));
        }
        REQUIRE(q.exec(QStringLiteral("PRAGMA application_id = %1").arg(SqliteDialect::kApplicationId)));
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 2")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO projects (code, business_line, funding_source, status, created_at, updated_at) "
                                      "VALUES ('GS-2020-001', 'goods', 'china_grant', 2, '2020-01-01', '2020-01-01')")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO transactions (project_id, business_line, type, date, value_date, amount, currency, "
                                      "created_at, updated_at) VALUES (1, 'goods', 3, '2020-02-01', '2020-02-01', 500000, 'CNY', "
                                      "'2020-02-01', '2020-02-01')")));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v2"));

    auto portfolio = Portfolio::open(path, Database::OpenMode::ExistingOnly);
    REQUIRE(portfolio.ok());
    Database &db = portfolio.value()->database();
    CHECK(db.schemaVersion() == Migrator::latestVersion());
    CHECK(Migrator::latestVersion() >= 3);
    REQUIRE(QFileInfo::exists(path + QStringLiteral(".v2.bak")));
    // The finance data came through, and the project can now take a delivery.
    CHECK(FinanceService(db).transactions(1).value().size() == 1);
    Delivery d;
    d.code = QStringLiteral("GS-2020-001-D01");
    d.projectId = 1;
    d.destinationCountry = QStringLiteral("LK");
    CHECK(DeliveryService(db).create(d).ok());
    auto old = Database::openFile(path + QStringLiteral(".v2.bak"), Database::OpenMode::Inspect);
    REQUIRE(old.ok());
    CHECK(old.value()->schemaVersion() == 2);
    CHECK_FALSE(old.value()->execute(QStringLiteral("SELECT count(*) FROM deliveries")).ok());
}
