// PartnerService: partners with contacts, unique IATI identifiers, revisions and the register's search.
#include "test_support.h"

#include "services/audit_log.h"

using namespace pd;
using test::required;

namespace {

Partner undp()
{
    Partner p;
    p.nameEn = "United Nations Development Programme";
    p.nameZh = QStringLiteral("联合国开发计划署");
    p.acronym = "UNDP";
    p.orgType = 40;
    p.iatiId = "XM-DAC-41114";
    p.contacts = {{"Jane Doe", "Programme Specialist", "jane.doe@undp.org", "+1 212 906 5000"},
        {QStringLiteral("李明"), QStringLiteral("项目官员"), "li.ming@undp.org", ""}};
    return p;
}

Partner networkMember(const QString &nameEn, const QString &nameZh, const QString &acronym, int since)
{
    Partner p;
    p.nameEn = nameEn;
    p.nameZh = nameZh;
    p.acronym = acronym;
    p.orgType = 80;
    p.country = "CN";
    p.networkMemberSince = since;
    return p;
}

QStringList acronymsOf(const QList<PartnerSummary> &rows)
{
    QStringList acronyms;
    for (const PartnerSummary &s : rows)
        acronyms << s.partner.acronym;
    return acronyms;
}

// UNDP, WFP and three network members.
void fill(PartnerService &partners)
{
    required(partners.create(undp()));
    Partner wfp;
    wfp.nameEn = "World Food Programme";
    wfp.nameZh = QStringLiteral("联合国世界粮食计划署");
    wfp.acronym = "WFP";
    wfp.orgType = 40;
    wfp.iatiId = "XM-DAC-41140";
    required(partners.create(wfp));
    required(partners.create(networkMember(
        "Hangzhou Regional Center (Asia-Pacific) for Small Hydro Power", QStringLiteral("亚太地区小水电研究培训中心"), "HRC", 1995)));
    required(partners.create(networkMember("International Network for Bamboo and Rattan", QStringLiteral("国际竹藤组织"), "INBAR", 2005)));
    required(partners.create(networkMember("China Agricultural University", QStringLiteral("中国农业大学"), "CAU", 2016)));
}

} // namespace

TEST_CASE("a created partner reads back with its contacts in order", "[partners]")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    PartnerService &partners = portfolio->partners();

    const Partner stored = required(partners.create(undp()));
    CHECK(stored.id > 0);
    CHECK(stored.revision == 1);
    Partner expected = undp();
    expected.id = stored.id;
    expected.revision = 1;
    CHECK(stored == expected);

    const Partner read = required(partners.get(stored.id));
    CHECK(read == expected);
    REQUIRE(read.contacts.size() == 2);
    CHECK(read.contacts.at(1).name == QStringLiteral("李明"));
    CHECK(read.contacts.at(0).position == "Programme Specialist");
    CHECK(required(partners.findByIatiId("XM-DAC-41114")) == expected);
    CHECK(partners.findByIatiId("XM-DAC-00000").error().kind == Error::Kind::NotFound);
    CHECK(partners.get(4242).error().kind == Error::Kind::NotFound);

    // The country is stored as an upper-case code.
    Partner lower = networkMember("Lower Case", {}, "LC", 2010);
    lower.country = "cn";
    CHECK(required(partners.get(required(partners.create(lower)).id)).country == "CN");

    const QList<AuditEntry> log = required(AuditLog(portfolio->database()).entriesFor("partner", stored.id));
    REQUIRE(log.size() == 1);
    CHECK(log.first().action == "create");
    CHECK(log.first().recordKey == "UNDP"); // the same key whatever the UI language
}

TEST_CASE("an invalid partner or a taken IATI identifier is refused", "[partners]")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    PartnerService &partners = portfolio->partners();
    const Partner first = required(partners.create(undp()));

    Partner copy = undp();
    copy.nameEn = "UNDP China";
    copy.acronym = "UNDP-CN";
    const auto duplicate = partners.create(copy);
    REQUIRE_FALSE(duplicate.ok());
    CHECK(duplicate.error().kind == Error::Kind::Validation);
    REQUIRE(duplicate.error().fields.size() == 1);
    CHECK(duplicate.error().fields.first().field == "iati_id");
    CHECK(duplicate.error().fields.first().message.contains("XM-DAC-41114"));

    // Partners without an IATI identifier do not collide with each other.
    Partner a = networkMember("Centre A", {}, "A", 2001);
    Partner b = networkMember("Centre B", {}, "B", 2002);
    required(partners.create(a));
    Partner storedB = required(partners.create(b));

    // Taking UNDP's identifier by an update is refused too.
    storedB.iatiId = "XM-DAC-41114";
    CHECK(partners.update(storedB).error().fields.first().field == "iati_id");

    Partner invalid = undp();
    invalid.iatiId.clear();
    invalid.contacts = {{"Nobody", "", "not-an-address", ""}};
    const auto refused = partners.create(invalid);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::Validation);
    CHECK(refused.error().fields.first().field == "contacts");

    CHECK(required(partners.count()) == 3);
    CHECK(required(partners.get(first.id)) == first);
}

TEST_CASE("a partner update bumps the revision, a stale one is a conflict that changes nothing", "[partners]")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    PartnerService &partners = portfolio->partners();
    const Partner original = required(partners.create(undp()));

    Partner theirs = original;
    theirs.contacts.removeFirst();
    theirs.country = "US";
    const Partner saved = required(partners.update(theirs));
    CHECK(saved.revision == 2);
    CHECK(required(partners.get(original.id)) == saved);
    CHECK(saved.contacts.size() == 1);

    Partner mine = original;
    mine.nameEn = "UNDP (edited)";
    const auto conflict = partners.update(mine);
    REQUIRE_FALSE(conflict.ok());
    CHECK(conflict.error().kind == Error::Kind::Conflict);
    CHECK(conflict.error().record == "partner UNDP");
    CHECK(required(partners.get(original.id)) == saved);

    const Status staleRemove = partners.remove(original.id, original.revision);
    REQUIRE_FALSE(staleRemove.ok());
    CHECK(staleRemove.error().kind == Error::Kind::Conflict);
    CHECK(partners.get(original.id).ok());

    const QList<AuditEntry> log = required(AuditLog(portfolio->database()).entriesFor("partner", original.id));
    REQUIRE(log.size() == 2);
    CHECK(log.at(1).action == "update");
    QStringList changed;
    for (const FieldChange &c : log.at(1).changes)
        changed << c.field;
    changed.sort();
    CHECK(changed == QStringList{"contacts", "country"});

    REQUIRE(partners.remove(saved.id, saved.revision).ok());
    CHECK(partners.get(saved.id).error().kind == Error::Kind::NotFound);
    CHECK(partners.remove(saved.id, saved.revision).error().kind == Error::Kind::NotFound);
}

TEST_CASE("the partner register searches names in both languages, acronyms and IATI identifiers", "[partners][query]")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    PartnerService &partners = portfolio->partners();
    fill(partners);

    auto search = [&](const QString &text) {
        PartnerQuery q;
        q.search = text;
        const QStringList found = acronymsOf(required(partners.list(q)));
        CHECK(required(partners.count(q)) == found.size());
        return found;
    };
    // Ordered by English name.
    CHECK(search("") == QStringList{"CAU", "HRC", "INBAR", "UNDP", "WFP"});
    CHECK(search("WFP") == QStringList{"WFP"});
    CHECK(search("inbar") == QStringList{"INBAR"});
    CHECK(search(QStringLiteral("粮食")) == QStringList{"WFP"});
    CHECK(search(QStringLiteral("联合国")) == QStringList{"UNDP", "WFP"});
    CHECK(search(QStringLiteral("中国农业")) == QStringList{"CAU"});
    CHECK(search("Programme") == QStringList{"UNDP", "WFP"});
    CHECK(search("United Development") == QStringList{"UNDP"});
    CHECK(search("41140") == QStringList{"WFP"});
    CHECK(search("%").isEmpty());
    CHECK(search("Nowhere").isEmpty());
}

TEST_CASE("the partner register filters network members and organisation types and pages", "[partners][query]")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    PartnerService &partners = portfolio->partners();
    fill(partners);

    PartnerQuery network;
    network.networkOnly = true;
    CHECK(required(partners.count(network)) == 3);
    const QList<PartnerSummary> members = required(partners.list(network));
    CHECK(acronymsOf(members) == QStringList{"CAU", "HRC", "INBAR"});
    for (const PartnerSummary &s : members) {
        CHECK(s.partner.isNetworkMember());
        CHECK(s.partner.contacts.isEmpty()); // the register rows carry no contacts
        CHECK(s.projectCount == 0);
    }
    network.search = QStringLiteral("研究");
    CHECK(acronymsOf(required(partners.list(network))) == QStringList{"HRC"});

    PartnerQuery multilateral;
    multilateral.orgType = 40;
    CHECK(acronymsOf(required(partners.list(multilateral))) == QStringList{"UNDP", "WFP"});

    CHECK(required(partners.count()) == 5);
    PartnerQuery page;
    page.limit = 2;
    page.offset = 2;
    CHECK(acronymsOf(required(partners.list(page))) == QStringList{"INBAR", "UNDP"});
    page.offset = 4;
    CHECK(acronymsOf(required(partners.list(page))) == QStringList{"WFP"});
}
