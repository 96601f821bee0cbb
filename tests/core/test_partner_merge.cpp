// Two records of one organisation: found as likely duplicates, merged with what refers to them, and
// the merge undone; a partner deleted and put back with its links. On both engines.
#include "test_support.h"

#include "domain/validation.h"
#include "services/delivery_service.h"
#include "services/finance_service.h"
#include "services/partner_merger.h"
#include "services/role_service.h"

using namespace pd;
using test::required;

namespace {

Partner named(const QString &en, const QString &zh, const QString &acronym, const QString &iatiId = {})
{
    Partner p;
    p.nameEn = en;
    p.nameZh = zh;
    p.acronym = acronym;
    p.iatiId = iatiId;
    p.orgType = 40;
    return p;
}

Project project(const QString &code, BusinessLine line = BusinessLine::GoodsSupply)
{
    Project p;
    p.code = code;
    p.titleEn = QStringLiteral("Project ") + code;
    p.line = line;
    p.funding = FundingSource::ChinaAidGrant;
    p.status = ActivityStatus::Implementation;
    p.countries = {{QStringLiteral("MW"), kWholePercent}};
    return p;
}

QList<qint64> partnersOfProject(Portfolio &portfolio, qint64 projectId)
{
    QList<qint64> ids;
    for (const RoleView &r : required(portfolio.roles().rolesOfProject(projectId)))
        ids << r.role.partnerId;
    return ids;
}

} // namespace

TEST_CASE("likely duplicates: the same IATI identifier, or a name that differs only in case and spacing", "[partners][merge]")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    const Partner wfp = required(portfolio->partners().create(named("World Food Programme", QStringLiteral("世界粮食计划署"), "WFP", "XM-DAC-41140")));
    required(portfolio->partners().create(named("World Health Organization", QStringLiteral("世界卫生组织"), "WHO")));
    PartnerMerger merger(portfolio->database());

    auto byName = required(merger.likelyDuplicates(named("world food  PROGRAMME", {}, {})));
    REQUIRE(byName.size() == 1);
    CHECK(byName.at(0).id == wfp.id);
    auto byChinese = required(merger.likelyDuplicates(named({}, QStringLiteral("世界 粮食计划署"), {})));
    REQUIRE(byChinese.size() == 1);
    CHECK(byChinese.at(0).id == wfp.id);
    auto byId = required(merger.likelyDuplicates(named("WFP Malawi office", {}, {}, "XM-DAC-41140")));
    REQUIRE(byId.size() == 1);
    CHECK(byId.at(0).id == wfp.id);
    CHECK(required(merger.likelyDuplicates(named("World Food Bank", {}, {}))).isEmpty());
    // A partner is no duplicate of itself.
    CHECK(required(merger.likelyDuplicates(wfp)).isEmpty());
}

TEST_CASE("merging two records of one organisation moves roles, deliveries and transactions, and undo puts all back", "[partners][merge]")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    PartnerService &partners = portfolio->partners();
    Partner keptIn = named("Malawi Red Cross Society", {}, "MRCS");
    keptIn.contacts = {{"Grace Banda", "Logistics", "grace@redcross.mw", ""}};
    const Partner kept = required(partners.create(keptIn));
    Partner otherIn = named("malawi red cross  society", QStringLiteral("马拉维红十字会"), {}, "MW-RCS-001");
    otherIn.country = "MW";
    otherIn.contacts = {{"Grace Banda", "Logistics", "GRACE@redcross.mw", ""}, {"John Phiri", "Director", "john@redcross.mw", ""}};
    const Partner other = required(partners.create(otherIn));

    const Project p1 = required(portfolio->projects().create(project("GS-2026-101")));
    const Project p2 = required(portfolio->projects().create(project("GS-2026-102")));
    required(portfolio->roles().add({0, p1.id, kept.id, OrganisationRole::Consignee}));
    const ProjectRole doubled = required(portfolio->roles().add({0, p1.id, other.id, OrganisationRole::Consignee}));
    const ProjectRole moved = required(portfolio->roles().add({0, p2.id, other.id, OrganisationRole::Beneficiary}));
    DeliveryService deliveries(portfolio->database());
    Delivery d;
    d.code = "GS-2026-102-D01";
    d.projectId = p2.id;
    d.destinationCountry = "MW";
    d.consigneeId = other.id;
    d.currency = "CNY";
    const Delivery delivery = required(deliveries.create(d));
    FinanceService finance(portfolio->database());
    FinancialTransaction t;
    t.projectId = p2.id;
    t.type = 3;
    t.date = QDate(2026, 3, 1);
    t.amount = Money(500000, QStringLiteral("USD"));
    t.receiverId = other.id;
    const FinancialTransaction transaction = required(finance.addTransaction(t));

    PartnerMerger merger(portfolio->database());
    // A stale revision of either record is a conflict that changes nothing.
    auto stale = merger.merge(kept.id, kept.revision + 1, other.id, other.revision);
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().kind == Error::Kind::Conflict);
    CHECK(partners.get(other.id).ok());

    const MergedPartners merge = required(merger.merge(kept.id, kept.revision, other.id, other.revision));
    // The other record is gone; the kept one took its identifier, Chinese name and country, and the one new contact.
    CHECK(partners.get(other.id).error().kind == Error::Kind::NotFound);
    const Partner joined = required(partners.get(kept.id));
    CHECK(joined.nameEn == "Malawi Red Cross Society");
    CHECK(joined.nameZh == QStringLiteral("马拉维红十字会"));
    CHECK(joined.iatiId == "MW-RCS-001");
    CHECK(joined.country == "MW");
    REQUIRE(joined.contacts.size() == 2);
    CHECK(joined.contacts.at(1).name == "John Phiri");
    // Roles: one per project, none doubled.
    CHECK(partnersOfProject(*portfolio, p1.id) == QList<qint64>{kept.id});
    CHECK(partnersOfProject(*portfolio, p2.id) == QList<qint64>{kept.id});
    REQUIRE(merge.droppedRoles.size() == 1);
    CHECK(merge.droppedRoles.at(0).id == doubled.id);
    const Delivery movedDelivery = required(deliveries.get(delivery.id));
    CHECK(movedDelivery.consigneeId == kept.id);
    CHECK(movedDelivery.revision == delivery.revision + 1); // an editor holding the old one is told
    CHECK(required(finance.transaction(transaction.id)).receiverId == kept.id);

    // Undo: both records as they were, every link back under the same ids.
    REQUIRE(merger.unmerge(merge).ok());
    const Partner keptBack = required(partners.get(kept.id));
    CHECK(keptBack.iatiId.isEmpty());
    CHECK(keptBack.nameZh.isEmpty());
    CHECK(keptBack.contacts.size() == 1);
    const Partner otherBack = required(partners.get(other.id));
    CHECK(otherBack.iatiId == "MW-RCS-001");
    CHECK(otherBack.contacts.size() == 2);
    auto p1Partners = partnersOfProject(*portfolio, p1.id);
    std::sort(p1Partners.begin(), p1Partners.end());
    CHECK(p1Partners == QList<qint64>{kept.id, other.id});
    CHECK(partnersOfProject(*portfolio, p2.id) == QList<qint64>{other.id});
    QList<qint64> otherRoles;
    for (const RoleView &r : required(portfolio->roles().rolesOfPartner(other.id)))
        otherRoles << r.role.id;
    std::sort(otherRoles.begin(), otherRoles.end());
    CHECK(otherRoles == QList<qint64>{doubled.id, moved.id});
    // The projects whose partners changed have a new revision each way.
    CHECK(required(portfolio->projects().get(p2.id)).revision > p2.revision + 1);
    CHECK(required(deliveries.get(delivery.id)).consigneeId == other.id);
    CHECK(required(finance.transaction(transaction.id)).receiverId == other.id);
    // A new partner after the undo takes a new id, never the restored one's.
    CHECK(required(partners.create(named("Another", {}, "ANO"))).id > other.id);

    auto self = merger.merge(kept.id, keptBack.revision, kept.id, keptBack.revision);
    REQUIRE_FALSE(self.ok());
    CHECK(self.error().kind == Error::Kind::Validation);
}

TEST_CASE("a deleted partner comes back with its id and the links its deletion cut", "[partners][merge]")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    const Partner supplier = required(portfolio->partners().create(named("Sinopharm International", QStringLiteral("国药国际"), "SPI")));
    const Partner consignee = required(portfolio->partners().create(named("Ministry of Health, Malawi", {}, "MOH-MW")));
    const Project p = required(portfolio->projects().create(project("GS-2026-201")));
    FinanceService finance(portfolio->database());
    FinancialTransaction t;
    t.projectId = p.id;
    t.type = 4;
    t.date = QDate(2026, 4, 1);
    t.amount = Money(120000, QStringLiteral("CNY"));
    t.providerId = supplier.id;
    const FinancialTransaction paid = required(finance.addTransaction(t));
    required(portfolio->roles().add({0, p.id, consignee.id, OrganisationRole::Consignee}));

    PartnerMerger merger(portfolio->database());
    // A partner with a role in a project is not deleted.
    auto inUse = merger.remove(consignee.id, consignee.revision);
    REQUIRE_FALSE(inUse.ok());
    CHECK(inUse.error().kind == Error::Kind::InUse);

    const RemovedPartner removed = required(merger.remove(supplier.id, supplier.revision));
    CHECK(removed.references.providerOf == QList<qint64>{paid.id});
    CHECK(required(finance.transaction(paid.id)).providerId == 0);
    REQUIRE(merger.restore(removed).ok());
    const Partner back = required(portfolio->partners().get(supplier.id));
    CHECK(back.nameZh == QStringLiteral("国药国际"));
    CHECK(required(finance.transaction(paid.id)).providerId == supplier.id);
}

TEST_CASE("an IATI organisation identifier typed by hand must be AGENCY-ID", "[partners][local]")
{
    for (const char *good : {"XM-DAC-41114", "GB-COH-213890", "CN-USCC-91110000100001234X", "US-EIN-06-1597-668", "XI-IATI-CICETE"})
        CHECK(iatiOrganisationIdProblem(QLatin1String(good)).isEmpty());
    for (const char *bad : {"41114", "GB-1", "DAC-1601", "xm-dac-41114", "XM DAC 41114", "XM-DAC-"})
        CHECK(iatiOrganisationIdProblem(QLatin1String(bad)).contains(QStringLiteral("AGENCY-ID")));
    CHECK(iatiOrganisationIdProblem(QString()).isEmpty());
}
