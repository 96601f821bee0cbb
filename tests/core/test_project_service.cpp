// ProjectService: stored changes with revisions, conflicts and the audit log; transactions that
// nest and roll back; the register's search, filters, sorting and paging; partner roles.
#include "test_support.h"

#include "services/audit_log.h"
#include "storage/transaction.h"

#include <algorithm>

using namespace pd;
using test::required;

namespace {

Project makeProject(const QString &code)
{
    Project p;
    p.code = code;
    p.titleEn = "Solar Irrigation for Smallholder Farmers";
    p.titleZh = QStringLiteral("小农户太阳能灌溉项目");
    p.line = BusinessLine::UnProgramme;
    p.funding = FundingSource::Undp;
    p.status = ActivityStatus::Implementation;
    p.plannedStart = QDate(2021, 3, 1);
    p.plannedEnd = QDate(2023, 2, 28);
    p.actualStart = QDate(2021, 4, 15);
    p.countries = {{"ET", 6000}, {"KE", 4000}};
    p.sectors = {{"31161", 7500}, {"23230", 2500}};
    p.sdgGoals = {2, 7, 13};
    p.officer = "Wang Lei";
    p.descriptionEn = "Pilots solar pumps with farmer cooperatives.";
    p.descriptionZh = QStringLiteral("与农民合作社试点太阳能水泵。");
    p.iatiIdentifier = "CN-CICETE-UN-2021-001";
    return p;
}

Partner makePartner(const QString &nameEn, const QString &nameZh, const QString &acronym)
{
    Partner p;
    p.nameEn = nameEn;
    p.nameZh = nameZh;
    p.acronym = acronym;
    p.orgType = 40;
    return p;
}

void requireOk(const Status &s)
{
    INFO((s ? QString() : s.error().describe()).toStdString());
    REQUIRE(s.ok());
}

QStringList codesOf(const QList<ProjectSummary> &rows)
{
    QStringList codes;
    for (const ProjectSummary &r : rows)
        codes << r.code;
    return codes;
}

const FieldChange *changeOf(const AuditEntry &entry, const QString &field)
{
    for (const FieldChange &c : entry.changes) {
        if (c.field == field)
            return &c;
    }
    return nullptr;
}

// A small register to search and filter, with hand-picked values.
struct Register
{
    std::unique_ptr<Portfolio> portfolio;
    qint64 wfp = 0;
    qint64 cicete = 0;

    explicit Register(const test::TempDir &dir)
        : portfolio(test::newPortfolio(dir))
    {
        ProjectService &projects = portfolio->projects();

        Project p1 = makeProject("UN-2019-001");
        p1.titleEn = "Rural Solar Energy Pilot in Yunnan";
        p1.titleZh = QStringLiteral("云南农村太阳能试点项目");
        p1.status = ActivityStatus::Closed;
        p1.plannedStart = QDate(2019, 2, 1);
        p1.plannedEnd = QDate(2021, 1, 31);
        p1.actualStart = QDate(2019, 3, 1);
        p1.actualEnd = QDate(2021, 6, 30);
        p1.countries = {{"CN", 10000}};
        p1.sectors = {{"23230", 10000}};
        p1.sdgGoals = {7};
        p1.officer = "Wang Lei";
        const qint64 id1 = required(projects.create(p1)).id;

        Project p2 = makeProject("GS-2021-001");
        p2.titleEn = "Medical Supplies for Ethiopia";
        p2.titleZh = QStringLiteral("援埃塞俄比亚医疗物资项目");
        p2.line = BusinessLine::GoodsSupply;
        p2.funding = FundingSource::ChinaAidGrant;
        p2.plannedStart = QDate(2021, 5, 1);
        p2.plannedEnd = QDate(2022, 4, 30);
        p2.actualStart = QDate(2021, 5, 20);
        p2.countries = {{"ET", 10000}};
        p2.sectors = {{"12220", 10000}};
        p2.sdgGoals = {3};
        p2.officer = "Li Na";
        required(projects.create(p2));

        Project p3 = makeProject("SSCAF-2022-001");
        p3.titleEn = "Emergency Food Assistance to Refugees in Kenya";
        p3.titleZh = QStringLiteral("南南合作援助基金肯尼亚难民紧急粮食援助项目");
        p3.line = BusinessLine::Sscaf;
        p3.funding = FundingSource::Sscaf;
        p3.plannedStart = QDate(2022, 1, 1);
        p3.plannedEnd = QDate(2024, 12, 31);
        p3.actualStart = QDate(2022, 2, 1);
        p3.countries = {{"KE", 6000}, {"UG", 4000}};
        p3.sectors = {{"72040", 10000}};
        p3.sdgGoals = {2, 3};
        p3.officer = "Wang Lei";
        const qint64 id3 = required(projects.create(p3)).id;

        Project p4 = makeProject("HRD-2023-001");
        p4.titleEn = "Seminar on Public Health Management";
        p4.titleZh = QStringLiteral("公共卫生管理研修班");
        p4.line = BusinessLine::HumanResources;
        p4.funding = FundingSource::ChinaAidGrant;
        p4.status = ActivityStatus::Pipeline;
        p4.plannedStart = QDate(2023, 9, 1);
        p4.plannedEnd = QDate(2023, 9, 21);
        p4.actualStart = QDate();
        p4.countries = {{"ET", 3334}, {"KE", 3333}, {"NG", 3333}};
        p4.sectors = {{"12220", 10000}};
        p4.sdgGoals = {3};
        p4.officer = "Zhang Wei";
        required(projects.create(p4));

        // LIKE's wildcards in a title, to be found literally.
        Project p5 = makeProject("CONF-2024-001");
        p5.titleEn = "Forum 100% Digital: e_commerce for all";
        p5.titleZh = QStringLiteral("数字经济论坛");
        p5.line = BusinessLine::Conferences;
        p5.funding = FundingSource::Other;
        p5.status = ActivityStatus::Pipeline;
        p5.plannedStart = QDate(2024, 5, 10);
        p5.plannedEnd = QDate(2024, 5, 12);
        p5.actualStart = QDate();
        p5.countries = {};
        p5.sectors = {};
        p5.sdgGoals = {17};
        p5.officer = "Li Na";
        p5.iatiIdentifier.clear();
        required(projects.create(p5));

        wfp = required(portfolio->partners().create(makePartner("World Food Programme", QStringLiteral("联合国世界粮食计划署"), "WFP"))).id;
        Partner centre = makePartner(
            "China International Center for Economic and Technical Exchanges", QStringLiteral("中国国际经济技术交流中心"), "CICETE");
        centre.orgType = 10;
        centre.country = "CN";
        cicete = required(portfolio->partners().create(centre)).id;
        RoleService &roles = portfolio->roles();
        required(roles.add({0, id3, wfp, OrganisationRole::Implementing}));
        required(roles.add({0, id3, cicete, OrganisationRole::Extending}));
        required(roles.add({0, id1, cicete, OrganisationRole::Implementing}));
    }

    QStringList find(const ProjectFilter &filter) const
    {
        ProjectQuery query;
        query.filter = filter;
        QStringList codes = codesOf(required(portfolio->projects().list(query)));
        // count() agrees with list().
        CHECK(required(portfolio->projects().count(filter)) == codes.size());
        return codes;
    }

    QStringList search(const QString &text) const
    {
        ProjectFilter filter;
        filter.search = text;
        return find(filter);
    }
};

} // namespace

TEST_CASE("a created project reads back exactly, with id and revision 1", "[projects]")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    ProjectService &projects = portfolio->projects();

    const Project input = makeProject("UN-2021-001");
    const Project stored = required(projects.create(input));
    CHECK(stored.id > 0);
    CHECK(stored.revision == 1);

    Project expected = input;
    expected.id = stored.id;
    expected.revision = 1;
    CHECK(stored == expected);

    const Project read = required(projects.get(stored.id));
    CHECK(read == expected);
    CHECK(read.countries == QList<CountryShare>{{"ET", 6000}, {"KE", 4000}});
    CHECK(read.sectors == QList<SectorShare>{{"31161", 7500}, {"23230", 2500}});
    CHECK(read.sdgGoals == QList<int>{2, 7, 13});
    CHECK(required(projects.findByCode("UN-2021-001")) == expected);

    // A project without dates, countries or sectors reads back with them empty.
    Project bare;
    bare.code = "BARE-1";
    bare.titleZh = QStringLiteral("只有中文标题");
    const Project storedBare = required(projects.create(bare));
    const Project readBare = required(projects.get(storedBare.id));
    CHECK(readBare == storedBare);
    CHECK_FALSE(readBare.plannedStart.isValid());
    CHECK(readBare.titleEn.isEmpty());

    // The id given to create is ignored.
    Project withId = makeProject("UN-2021-002");
    withId.id = 9999;
    CHECK(required(projects.create(withId)).id != 9999);

    const auto missing = projects.get(123456);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().kind == Error::Kind::NotFound);
    CHECK(projects.findByCode("NOPE").error().kind == Error::Kind::NotFound);
}

TEST_CASE("a project that breaks a rule or reuses a code is refused on its field", "[projects]")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    ProjectService &projects = portfolio->projects();
    const Project first = required(projects.create(makeProject("UN-2021-001")));

    Project again = makeProject("UN-2021-001");
    again.titleEn = "Another project";
    const auto duplicate = projects.create(again);
    REQUIRE_FALSE(duplicate.ok());
    CHECK(duplicate.error().kind == Error::Kind::Validation);
    REQUIRE(duplicate.error().fields.size() == 1);
    CHECK(duplicate.error().fields.first().field == "code");
    CHECK(duplicate.error().record == "project UN-2021-001");

    // Renaming another project to a taken code is refused as well.
    Project second = required(projects.create(makeProject("UN-2021-002")));
    second.code = "UN-2021-001";
    const auto renamed = projects.update(second);
    REQUIRE_FALSE(renamed.ok());
    CHECK(renamed.error().kind == Error::Kind::Validation);
    CHECK(renamed.error().fields.first().field == "code");

    Project invalid = makeProject("UN-2021-003");
    invalid.plannedEnd = QDate(2020, 1, 1);
    const auto refused = projects.create(invalid);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::Validation);
    CHECK(refused.error().fields.first().field == "planned_end");
    CHECK(refused.error().describe().contains("planned_end"));

    CHECK(required(projects.count()) == 2);
    CHECK(required(projects.get(first.id)) == first);
}

TEST_CASE("an update bumps the revision and is audited with the fields' old and new values", "[projects][audit]")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    ProjectService &projects = portfolio->projects();
    const Project created = required(projects.create(makeProject("UN-2021-001")));

    Project edited = created;
    edited.titleEn = "Solar Irrigation for Smallholders";
    edited.plannedEnd = QDate(2023, 8, 31);
    const Project updated = required(projects.update(edited));
    CHECK(updated.revision == 2);
    Project expected = edited;
    expected.revision = 2;
    CHECK(updated == expected);
    CHECK(required(projects.get(created.id)) == expected);

    const QList<AuditEntry> log = required(AuditLog(portfolio->database()).entriesFor("project", created.id));
    REQUIRE(log.size() == 2);
    CHECK(log.at(0).action == "create");
    CHECK(log.at(0).recordKey == "UN-2021-001");
    CHECK(log.at(0).actor == AuditLog::actor(portfolio->database()));
    CHECK(!log.at(0).actor.isEmpty());
    if (portfolio->database().onServer()) // on a team server, the database login
        CHECK(log.at(0).actor == portfolio->database().spec().server.login());
    CHECK(log.at(0).at.isValid());
    const FieldChange *code = changeOf(log.at(0), "code");
    REQUIRE(code != nullptr);
    CHECK(code->oldValue.isEmpty());
    CHECK(code->newValue == "UN-2021-001");
    const FieldChange *countries = changeOf(log.at(0), "countries");
    REQUIRE(countries != nullptr);
    CHECK(countries->newValue == "ET 60%, KE 40%");

    CHECK(log.at(1).action == "update");
    REQUIRE(log.at(1).changes.size() == 2);
    const FieldChange *title = changeOf(log.at(1), "title_en");
    REQUIRE(title != nullptr);
    CHECK(title->oldValue == "Solar Irrigation for Smallholder Farmers");
    CHECK(title->newValue == "Solar Irrigation for Smallholders");
    const FieldChange *end = changeOf(log.at(1), "planned_end");
    REQUIRE(end != nullptr);
    CHECK(end->oldValue == "2023-02-28");
    CHECK(end->newValue == "2023-08-31");

    // A second update moves on to revision 3.
    Project again = updated;
    again.sdgGoals = {2, 7};
    CHECK(required(projects.update(again)).revision == 3);
}

TEST_CASE("a stale revision is a conflict naming the project and changes nothing", "[projects]")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    ProjectService &projects = portfolio->projects();
    const Project original = required(projects.create(makeProject("UN-2021-001")));

    // Someone else saves first...
    Project theirs = original;
    theirs.officer = "Li Na";
    const Project saved = required(projects.update(theirs));

    // ...then we save our edit of revision 1.
    Project mine = original;
    mine.titleEn = "My edit";
    const auto conflict = projects.update(mine);
    REQUIRE_FALSE(conflict.ok());
    CHECK(conflict.error().kind == Error::Kind::Conflict);
    CHECK(conflict.error().record == "project UN-2021-001");
    CHECK(conflict.error().message.contains("UN-2021-001"));
    CHECK(required(projects.get(original.id)) == saved);

    const auto staleRemove = projects.remove(original.id, original.revision);
    REQUIRE_FALSE(staleRemove.ok());
    CHECK(staleRemove.error().kind == Error::Kind::Conflict);
    CHECK(staleRemove.error().message.contains("UN-2021-001"));
    CHECK(required(projects.get(original.id)) == saved);

    // Neither refused change was audited.
    CHECK(required(AuditLog(portfolio->database()).entriesFor("project", original.id)).size() == 2);

    // Updating or removing a project that is gone says so.
    requireOk(projects.remove(saved.id, saved.revision));
    CHECK(projects.update(saved).error().kind == Error::Kind::NotFound);
    CHECK(projects.remove(saved.id, saved.revision).error().kind == Error::Kind::NotFound);
}

TEST_CASE("a removed project can be restored under its former id", "[projects]")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    ProjectService &projects = portfolio->projects();
    required(projects.create(makeProject("UN-2021-000")));
    Project edited = required(projects.create(makeProject("UN-2021-001")));
    edited.titleEn = "Edited before removal";
    const Project before = required(projects.update(edited));
    required(projects.create(makeProject("UN-2021-002")));

    requireOk(projects.remove(before.id, before.revision));
    CHECK(projects.get(before.id).error().kind == Error::Kind::NotFound);
    CHECK(required(projects.count()) == 2);

    const Project restored = required(projects.restore(before));
    CHECK(restored.id == before.id);
    CHECK(restored.revision == before.revision); // kept, so undo commands that remember it stay valid
    CHECK(required(projects.get(before.id)) == before);
    CHECK(required(projects.count()) == 3);

    QStringList actions;
    for (const AuditEntry &e : required(AuditLog(portfolio->database()).entriesFor("project", before.id)))
        actions << e.action;
    CHECK(actions == QStringList{"create", "update", "delete", "restore"});
}

TEST_CASE("changes inside a transaction that is not committed are rolled back, savepoints included", "[projects][transactions]")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    Database &db = portfolio->database();
    ProjectService &projects = portfolio->projects();

    SECTION("the outer transaction dies without commit")
    {
        {
            Transaction outer(db);
            REQUIRE(outer.isActive());
            CHECK(db.transactionDepth() == 1);
            const Project inside = required(projects.create(makeProject("UN-2021-001")));
            CHECK(db.transactionDepth() == 1); // the service's savepoint was released
            CHECK(required(projects.get(inside.id)).code == "UN-2021-001");
        }
        CHECK(db.transactionDepth() == 0);
        CHECK(projects.findByCode("UN-2021-001").error().kind == Error::Kind::NotFound);
        CHECK(required(projects.count()) == 0);
        auto audit = db.execute("SELECT count(*) FROM audit_log");
        REQUIRE(audit.ok());
        REQUIRE(audit->next());
        CHECK(audit->value(0).toInt() == 0);
    }
    SECTION("an inner transaction dies, the outer one commits")
    {
        {
            Transaction outer(db);
            REQUIRE(outer.isActive());
            required(projects.create(makeProject("UN-2021-001")));
            {
                Transaction inner(db);
                REQUIRE(inner.isActive());
                CHECK(db.transactionDepth() == 2);
                required(projects.create(makeProject("UN-2021-002")));
            }
            CHECK(db.transactionDepth() == 1);
            // A refused change inside the transaction leaves the rest of it intact.
            CHECK_FALSE(projects.create(makeProject("UN-2021-001")).ok());
            requireOk(outer.commit());
        }
        CHECK(db.transactionDepth() == 0);
        CHECK(projects.findByCode("UN-2021-001").ok());
        CHECK(projects.findByCode("UN-2021-002").error().kind == Error::Kind::NotFound);
        CHECK(required(projects.count()) == 1);
    }
}

TEST_CASE("the register search matches code, titles, countries and partner names", "[projects][query]")
{
    test::TempDir dir;
    const Register reg(dir);

    CHECK(reg.search("") == QStringList{"CONF-2024-001", "GS-2021-001", "HRD-2023-001", "SSCAF-2022-001", "UN-2019-001"});
    // Code.
    CHECK(reg.search("GS-2021") == QStringList{"GS-2021-001"});
    CHECK(reg.search("sscaf-2022-001") == QStringList{"SSCAF-2022-001"});
    // English and Chinese title words, case-insensitive in English.
    CHECK(reg.search("medical") == QStringList{"GS-2021-001"});
    CHECK(reg.search("Seminar") == QStringList{"HRD-2023-001"});
    CHECK(reg.search(QStringLiteral("太阳能")) == QStringList{"UN-2019-001"});
    CHECK(reg.search(QStringLiteral("研修班")) == QStringList{"HRD-2023-001"});
    // Country names in English and Chinese, and codes: projects in Kenya, whatever their title says.
    CHECK(reg.search("Kenya") == QStringList{"HRD-2023-001", "SSCAF-2022-001"});
    CHECK(reg.search(QStringLiteral("肯尼亚")) == QStringList{"HRD-2023-001", "SSCAF-2022-001"});
    CHECK(reg.search(QStringLiteral("乌干达")) == QStringList{"SSCAF-2022-001"});
    CHECK(reg.search("Ethiopia") == QStringList{"GS-2021-001", "HRD-2023-001"});
    CHECK(reg.search("NGA") == QStringList{"HRD-2023-001"});
    // Officer.
    CHECK(reg.search("Zhang") == QStringList{"HRD-2023-001"});
    // A partner's acronym, English or Chinese name, through its role.
    CHECK(reg.search("WFP") == QStringList{"SSCAF-2022-001"});
    CHECK(reg.search("World Food") == QStringList{"SSCAF-2022-001"});
    CHECK(reg.search(QStringLiteral("粮食计划署")) == QStringList{"SSCAF-2022-001"});
    CHECK(reg.search("CICETE") == QStringList{"SSCAF-2022-001", "UN-2019-001"});
    // Every word must match.
    CHECK(reg.search("Kenya Seminar") == QStringList{"HRD-2023-001"});
    CHECK(reg.search("  Kenya   WFP ") == QStringList{"SSCAF-2022-001"});
    CHECK(reg.search("Kenya Medical").isEmpty());
    CHECK(reg.search("nothing-like-this").isEmpty());
}

TEST_CASE("LIKE wildcards in the search text are matched literally", "[projects][query]")
{
    test::TempDir dir;
    const Register reg(dir);
    CHECK(reg.search("%") == QStringList{"CONF-2024-001"});
    CHECK(reg.search("100%") == QStringList{"CONF-2024-001"});
    CHECK(reg.search("_") == QStringList{"CONF-2024-001"});
    CHECK(reg.search("e_commerce") == QStringList{"CONF-2024-001"});
    // '_' would match any one character: "Solar_Energy" must not find "Solar Energy".
    CHECK(reg.search("Solar_Energy").isEmpty());
    CHECK(reg.search("Sol%Pilot").isEmpty());
    CHECK(reg.search("\\").isEmpty());
    CHECK(containsPattern("50%_a\\b") == "%50\\%\\_a\\\\b%");
}

TEST_CASE("the register filters by line, status, country, years, officer, partner and SDG", "[projects][query]")
{
    test::TempDir dir;
    const Register reg(dir);

    ProjectFilter f;
    CHECK(f.isEmpty());
    f.lines = {BusinessLine::UnProgramme};
    CHECK_FALSE(f.isEmpty());
    CHECK(reg.find(f) == QStringList{"UN-2019-001"});
    f.lines = {BusinessLine::GoodsSupply, BusinessLine::Sscaf};
    CHECK(reg.find(f) == QStringList{"GS-2021-001", "SSCAF-2022-001"});
    f.lines = {BusinessLine::SscNetwork};
    CHECK(reg.find(f).isEmpty());

    f = {};
    f.statuses = {ActivityStatus::Implementation};
    CHECK(reg.find(f) == QStringList{"GS-2021-001", "SSCAF-2022-001"});
    f.statuses = {ActivityStatus::Pipeline, ActivityStatus::Closed};
    CHECK(reg.find(f) == QStringList{"CONF-2024-001", "HRD-2023-001", "UN-2019-001"});

    f = {};
    f.countries = {"et"};
    CHECK(reg.find(f) == QStringList{"GS-2021-001", "HRD-2023-001"});
    f.countries = {"UG", "CN"};
    CHECK(reg.find(f) == QStringList{"SSCAF-2022-001", "UN-2019-001"});

    // Years: the planned period overlaps [from, to].
    f = {};
    f.yearFrom = 2023;
    f.yearTo = 2023;
    CHECK(reg.find(f) == QStringList{"HRD-2023-001", "SSCAF-2022-001"});
    f.yearTo = 0;
    f.yearFrom = 2024;
    CHECK(reg.find(f) == QStringList{"CONF-2024-001", "SSCAF-2022-001"});
    f.yearFrom = 0;
    f.yearTo = 2019;
    CHECK(reg.find(f) == QStringList{"UN-2019-001"});
    f.yearFrom = 2021;
    f.yearTo = 2021;
    CHECK(reg.find(f) == QStringList{"GS-2021-001", "UN-2019-001"});

    f = {};
    f.officer = "Wang Lei";
    CHECK(reg.find(f) == QStringList{"SSCAF-2022-001", "UN-2019-001"});
    f.officer = "Wang";
    CHECK(reg.find(f).isEmpty()); // the officer filter is exact

    f = {};
    f.partnerId = reg.wfp;
    CHECK(reg.find(f) == QStringList{"SSCAF-2022-001"});
    f.partnerId = reg.cicete;
    CHECK(reg.find(f) == QStringList{"SSCAF-2022-001", "UN-2019-001"});

    f = {};
    f.sdgGoal = 3;
    CHECK(reg.find(f) == QStringList{"GS-2021-001", "HRD-2023-001", "SSCAF-2022-001"});
    f.sdgGoal = 17;
    CHECK(reg.find(f) == QStringList{"CONF-2024-001"});

    // Filters combine.
    f = {};
    f.countries = {"KE"};
    f.lines = {BusinessLine::Sscaf};
    CHECK(reg.find(f) == QStringList{"SSCAF-2022-001"});
    f.search = "Seminar";
    CHECK(reg.find(f).isEmpty());
}

TEST_CASE("the register sorts, pages and summarises", "[projects][query]")
{
    test::TempDir dir;
    const Register reg(dir);
    ProjectService &projects = reg.portfolio->projects();
    const QStringList byCode{"CONF-2024-001", "GS-2021-001", "HRD-2023-001", "SSCAF-2022-001", "UN-2019-001"};

    ProjectQuery q;
    CHECK(codesOf(required(projects.list(q))) == byCode);
    q.order = Qt::DescendingOrder;
    QStringList reversed = byCode;
    std::reverse(reversed.begin(), reversed.end());
    CHECK(codesOf(required(projects.list(q))) == reversed);

    q.order = Qt::AscendingOrder;
    q.sort = ProjectSort::PlannedStart;
    CHECK(codesOf(required(projects.list(q)))
        == QStringList{"UN-2019-001", "GS-2021-001", "SSCAF-2022-001", "HRD-2023-001", "CONF-2024-001"});
    q.sort = ProjectSort::TitleEn;
    CHECK(codesOf(required(projects.list(q)))
        == QStringList{"SSCAF-2022-001", "CONF-2024-001", "GS-2021-001", "UN-2019-001", "HRD-2023-001"});
    q.sort = ProjectSort::Officer;
    q.order = Qt::DescendingOrder;
    const QStringList byOfficer = codesOf(required(projects.list(q)));
    CHECK(byOfficer.first() == "HRD-2023-001"); // Zhang Wei

    // Pages: disjoint, in order, together every row.
    q = {};
    q.limit = 2;
    QStringList paged;
    QList<int> sizes;
    for (q.offset = 0; q.offset < 6; q.offset += 2) {
        const QStringList page = codesOf(required(projects.list(q)));
        sizes << int(page.size());
        for (const QString &code : page)
            CHECK_FALSE(paged.contains(code));
        paged += page;
    }
    CHECK(sizes == QList<int>{2, 2, 1});
    CHECK(paged == byCode);
    q.offset = 10;
    CHECK(required(projects.list(q)).isEmpty());
    q.limit = 0;
    q.offset = 0;
    CHECK(required(projects.list(q)).isEmpty());
    CHECK(required(projects.count()) == 5);

    // A summary row carries what the register shows, countries in their order.
    ProjectQuery one;
    one.filter.search = "SSCAF-2022-001";
    const QList<ProjectSummary> rows = required(projects.list(one));
    REQUIRE(rows.size() == 1);
    const ProjectSummary &s = rows.first();
    CHECK(s.titleZh == QStringLiteral("南南合作援助基金肯尼亚难民紧急粮食援助项目"));
    CHECK(s.line == BusinessLine::Sscaf);
    CHECK(s.funding == FundingSource::Sscaf);
    CHECK(s.status == ActivityStatus::Implementation);
    CHECK(s.plannedStart == QDate(2022, 1, 1));
    CHECK(s.plannedEnd == QDate(2024, 12, 31));
    CHECK(s.officer == "Wang Lei");
    CHECK(s.countries == QStringList{"KE", "UG"});
    CHECK(s.revision == 3); // created, then two partner roles added (each moves the revision on)
}

TEST_CASE("partner roles are added once, listed from both sides and removed", "[roles]")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    ProjectService &projects = portfolio->projects();
    RoleService &roles = portfolio->roles();
    const Project a = required(projects.create(makeProject("A-1")));
    const Project b = required(projects.create(makeProject("B-1")));
    const qint64 undp = required(
        portfolio->partners().create(makePartner("United Nations Development Programme", QStringLiteral("联合国开发计划署"), "UNDP")))
                            .id;
    const qint64 fao = required(
        portfolio->partners().create(makePartner("Food and Agriculture Organization", QStringLiteral("联合国粮食及农业组织"), "FAO")))
                           .id;

    const ProjectRole funding = required(roles.add({0, a.id, undp, OrganisationRole::Funding}));
    CHECK(funding.id > 0);
    CHECK(funding.projectId == a.id);
    required(roles.add({0, a.id, undp, OrganisationRole::Accountable})); // another role of the same partner
    required(roles.add({0, a.id, fao, OrganisationRole::Implementing}));
    required(roles.add({0, b.id, fao, OrganisationRole::Consignee}));

    const auto duplicate = roles.add({0, a.id, undp, OrganisationRole::Funding});
    REQUIRE_FALSE(duplicate.ok());
    CHECK(duplicate.error().kind == Error::Kind::Duplicate);
    CHECK(roles.add({0, a.id, 999, OrganisationRole::Funding}).error().kind == Error::Kind::NotFound);
    CHECK(roles.add({0, 999, undp, OrganisationRole::Funding}).error().kind == Error::Kind::NotFound);
    CHECK(roles.add({0, a.id, undp, static_cast<OrganisationRole>(7)}).error().kind == Error::Kind::Validation);

    const QList<RoleView> ofA = required(roles.rolesOfProject(a.id));
    REQUIRE(ofA.size() == 3);
    CHECK(ofA.at(0).role.role == OrganisationRole::Funding);
    CHECK(ofA.at(0).partnerAcronym == "UNDP");
    CHECK(ofA.at(1).role.role == OrganisationRole::Accountable);
    CHECK(ofA.at(2).role.role == OrganisationRole::Implementing);
    CHECK(ofA.at(2).partnerNameZh == QStringLiteral("联合国粮食及农业组织"));
    CHECK(ofA.at(2).projectCode == "A-1");

    const QList<RoleView> ofFao = required(roles.rolesOfPartner(fao));
    REQUIRE(ofFao.size() == 2);
    CHECK(required(roles.countRolesOfPartner(fao)) == 2);
    CHECK(required(roles.rolesOfPartner(fao, 1)).size() == 1); // a page lists the first ones
    CHECK(required(roles.rolesOfPartner(fao, 1)).first().projectCode == "A-1");
    CHECK(ofFao.at(0).projectCode == "A-1");
    CHECK(ofFao.at(1).projectCode == "B-1");
    CHECK(ofFao.at(1).role.role == OrganisationRole::Consignee);
    CHECK(ofFao.at(0).projectTitleEn == a.titleEn);

    // Role changes are audited against the project.
    QStringList actions;
    for (const AuditEntry &e : required(AuditLog(portfolio->database()).entriesFor("project", a.id)))
        actions << e.action;
    CHECK(actions == QStringList{"create", "add_role", "add_role", "add_role"});

    requireOk(roles.remove(funding));
    CHECK(required(roles.rolesOfProject(a.id)).size() == 2);
    CHECK(roles.remove(funding).error().kind == Error::Kind::NotFound);

    // Removing a project removes its roles.
    const Project current = required(projects.get(b.id));
    requireOk(projects.remove(current.id, current.revision));
    CHECK(required(roles.rolesOfPartner(fao)).size() == 1);
}

TEST_CASE("a partner cannot be removed while it plays a role", "[roles][partners]")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    const Project project = required(portfolio->projects().create(makeProject("A-1")));
    const Partner partner = required(portfolio->partners().create(makePartner("World Food Programme", {}, "WFP")));
    const ProjectRole role = required(portfolio->roles().add({0, project.id, partner.id, OrganisationRole::Implementing}));

    const Status refused = portfolio->partners().remove(partner.id, partner.revision);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::InUse);
    CHECK(refused.error().message.contains("WFP"));
    CHECK(portfolio->partners().get(partner.id).ok());

    requireOk(portfolio->roles().remove(role));
    requireOk(portfolio->partners().remove(partner.id, partner.revision));
    CHECK(portfolio->partners().get(partner.id).error().kind == Error::Kind::NotFound);
}

TEST_CASE("country codes are stored in upper case and a country listed twice in any case is refused", "[projects]")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    ProjectService &projects = portfolio->projects();

    Project lower = makeProject("UN-2021-001");
    lower.countries = {{"et", 6000}, {"Ke", 4000}};
    const Project stored = required(projects.create(lower));
    const QList<CountryShare> upper{{"ET", 6000}, {"KE", 4000}};
    CHECK(required(projects.get(stored.id)).countries == upper);
    ProjectFilter inKenya;
    inKenya.countries = {"ke"};
    CHECK(required(projects.count(inKenya)) == 1);

    Project twice = makeProject("UN-2021-002");
    twice.countries = {{"ke", 5000}, {"KE", 5000}};
    const auto refused = projects.create(twice);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::Validation);
    REQUIRE_FALSE(refused.error().fields.isEmpty());
    CHECK(refused.error().fields.first().field == "countries");
}

TEST_CASE("a role is removed only when all of it matches, and role changes bump the project's revision", "[roles]")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    const Project project = required(portfolio->projects().create(makeProject("A-1")));
    const Partner wfp = required(portfolio->partners().create(makePartner("World Food Programme", {}, "WFP")));
    const Partner fao = required(portfolio->partners().create(makePartner("Food and Agriculture Organization", {}, "FAO")));
    const ProjectRole role = required(portfolio->roles().add({0, project.id, wfp.id, OrganisationRole::Implementing}));
    CHECK(required(portfolio->projects().get(project.id)).revision == project.revision + 1);

    // The same id remembered with another partner (as after an id was reused) is a conflict, not a deletion.
    ProjectRole stale = role;
    stale.partnerId = fao.id;
    const Status refused = portfolio->roles().remove(stale);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == Error::Kind::Conflict);
    CHECK(required(portfolio->roles().rolesOfProject(project.id)).size() == 1);

    requireOk(portfolio->roles().remove(role));
    CHECK(required(portfolio->projects().get(project.id)).revision == project.revision + 2);
}

TEST_CASE("the audit log names who changed a file: the name given, else PROJECTDESK_USER, else the saved name, never unknown", "[audit]")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    Database &db = portfolio->database();
    // The tests' main sets PROJECTDESK_USER, as a user may.
    CHECK(AuditLog::localActor() == QStringLiteral("projectdesk-tests"));
    AuditLog::setUserName(QStringLiteral("Li Na"));
    CHECK(AuditLog::localActor() == QStringLiteral("Li Na"));
    const QString expected = db.onServer() ? db.spec().server.login() : QStringLiteral("Li Na");
    Project p;
    p.code = QStringLiteral("UN-2026-777");
    p.titleEn = QStringLiteral("Audited");
    p.line = BusinessLine::UnProgramme;
    p.funding = FundingSource::Undp;
    p.status = ActivityStatus::Pipeline;
    const Project created = test::required(portfolio->projects().create(p));
    AuditLog::setUserName({});
    const QList<AuditEntry> log = test::required(AuditLog(db).entriesFor(QStringLiteral("project"), created.id));
    REQUIRE(log.size() == 1);
    CHECK(log.at(0).actor == expected);
    CHECK(log.at(0).actor != QStringLiteral("unknown"));
}

TEST_CASE("a write the team server undid for a deadlock or a serialization failure is run again, up to three times", "[storage][local]")
{
    Error deadlock = Error::make(Error::Kind::Locked, QStringLiteral("Another officer is changing the same records."));
    deadlock.detail = QStringLiteral("PostgreSQL 40P01: ERROR:  deadlock detected");
    Error busyFile = Error::make(Error::Kind::Locked, QStringLiteral("busy"));
    busyFile.detail = QStringLiteral("SQLite 5: database is locked");
    CHECK(isTransientConflict(deadlock));
    CHECK_FALSE(isTransientConflict(busyFile));

    int calls = 0;
    const Result<int> third = retryingTransientConflicts([&]() -> Result<int> {
        if (++calls < 3)
            return deadlock;
        return 42;
    });
    CHECK(calls == 3);
    CHECK(third.ok());
    calls = 0;
    const Result<int> never = retryingTransientConflicts([&]() -> Result<int> {
        ++calls;
        return deadlock;
    });
    CHECK(calls == 3);
    CHECK_FALSE(never.ok());
    calls = 0;
    const Result<int> other = retryingTransientConflicts([&]() -> Result<int> {
        ++calls;
        return busyFile;
    });
    CHECK(calls == 1); // a file's busy lock is waited for elsewhere, not retried here
    CHECK_FALSE(other.ok());
}
