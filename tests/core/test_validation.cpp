// The record rules of validateProject / validatePartner: each broken rule names its field.
#include "test_support.h"

#include "domain/validation.h"

using namespace pd;

namespace {

Project validProject()
{
    Project p;
    p.code = "UN-2021-001";
    p.titleEn = "Rural Revitalisation in Guizhou";
    p.titleZh = QStringLiteral("贵州乡村振兴项目");
    p.line = BusinessLine::UnProgramme;
    p.funding = FundingSource::Undp;
    p.status = ActivityStatus::Implementation;
    p.plannedStart = QDate(2021, 3, 1);
    p.plannedEnd = QDate(2023, 2, 28);
    p.actualStart = QDate(2021, 4, 15);
    p.countries = {{"CN", 6000}, {"LA", 4000}};
    p.sectors = {{"43040", 7500}, {"15170", 2500}};
    p.sdgGoals = {1, 2, 5};
    p.officer = "Wang Lei";
    return p;
}

Partner validPartner()
{
    Partner p;
    p.nameEn = "United Nations Development Programme";
    p.nameZh = QStringLiteral("联合国开发计划署");
    p.acronym = "UNDP";
    p.orgType = 40;
    p.iatiId = "XM-DAC-41114";
    p.networkMemberSince = 2000;
    p.contacts = {{"Jane Doe", "Programme Officer", "jane.doe@undp.org", "+1 212 906 5000"}};
    return p;
}

QStringList fieldsIn(const QList<FieldError> &errors)
{
    QStringList keys;
    for (const FieldError &e : errors)
        keys << e.field;
    return keys;
}

// The errors, asserting that every one of them is on `field` and that there is at least one.
void requireOnlyOn(const QList<FieldError> &errors, const char *field)
{
    INFO("errors on: " << fieldsIn(errors).join(", ").toStdString());
    REQUIRE_FALSE(errors.isEmpty());
    for (const FieldError &e : errors) {
        CHECK(e.field == QLatin1String(field));
        CHECK_FALSE(e.message.isEmpty());
    }
}

} // namespace

TEST_CASE("a complete project passes validation", "[validation][local]")
{
    CHECK(validateProject(validProject()).isEmpty());

    // A project in the pipeline needs little: a code and one title.
    Project minimal;
    minimal.code = "P1";
    minimal.titleZh = QStringLiteral("试点");
    CHECK(validateProject(minimal).isEmpty());

    // Codes may use letters, digits and . _ / - up to 40 characters.
    Project code = validProject();
    code.code = "SSCAF/2019_007.a-b";
    CHECK(validateProject(code).isEmpty());
    code.code = QString(40, u'A');
    CHECK(validateProject(code).isEmpty());
}

TEST_CASE("each broken project rule is reported on its field", "[validation][local]")
{
    Project p = validProject();

    SECTION("missing code")
    {
        p.code = "  ";
        requireOnlyOn(validateProject(p), fields::code);
    }
    SECTION("code with a space")
    {
        p.code = "UN 2021";
        requireOnlyOn(validateProject(p), fields::code);
    }
    SECTION("code starting with a dash")
    {
        p.code = "-UN-2021";
        requireOnlyOn(validateProject(p), fields::code);
    }
    SECTION("code of 41 characters")
    {
        p.code = QString(41, u'A');
        requireOnlyOn(validateProject(p), fields::code);
    }
    SECTION("no title in either language")
    {
        p.titleEn = " ";
        p.titleZh.clear();
        requireOnlyOn(validateProject(p), fields::title);
    }
    SECTION("planned end before planned start")
    {
        p.plannedEnd = QDate(2021, 2, 28);
        const auto errors = validateProject(p);
        requireOnlyOn(errors, fields::plannedEnd);
        CHECK(errors.first().message.contains("2021-02-28"));
        CHECK(errors.first().message.contains("2021-03-01"));
    }
    SECTION("an actual end without an actual start")
    {
        p.actualStart = QDate();
        p.actualEnd = QDate(2022, 1, 1);
        requireOnlyOn(validateProject(p), fields::actualStart);
    }
    SECTION("actual end before actual start")
    {
        p.actualEnd = QDate(2021, 4, 14);
        requireOnlyOn(validateProject(p), fields::actualEnd);
    }
    SECTION("a closed project that started needs its actual end")
    {
        p.status = ActivityStatus::Closed;
        requireOnlyOn(validateProject(p), fields::actualEnd);
        p.actualEnd = QDate(2023, 3, 31);
        CHECK(validateProject(p).isEmpty());
    }
    SECTION("unknown country")
    {
        p.countries = {{"XX", 10000}};
        const auto errors = validateProject(p);
        requireOnlyOn(errors, fields::countries);
        CHECK(errors.first().message.contains("XX"));
    }
    SECTION("a country listed twice")
    {
        p.countries = {{"CN", 5000}, {"CN", 5000}};
        const auto errors = validateProject(p);
        requireOnlyOn(errors, fields::countries);
        CHECK(errors.size() == 1);
        CHECK(errors.first().message.contains("twice"));
    }
    SECTION("a country listed twice in different case")
    {
        p.countries = {{"la", 5000}, {"LA", 5000}};
        const auto errors = validateProject(p);
        requireOnlyOn(errors, fields::countries);
        CHECK(errors.size() == 1);
    }
    SECTION("country percentages that do not add up to 100")
    {
        p.countries = {{"CN", 6000}, {"LA", 3000}};
        const auto errors = validateProject(p);
        requireOnlyOn(errors, fields::countries);
        CHECK(errors.first().message.contains("90.00%"));
    }
    SECTION("a country percentage of zero")
    {
        p.countries = {{"CN", 10000}, {"LA", 0}};
        requireOnlyOn(validateProject(p), fields::countries);
    }
    SECTION("unknown sector")
    {
        p.sectors = {{"99999", 10000}};
        const auto errors = validateProject(p);
        requireOnlyOn(errors, fields::sectors);
        CHECK(errors.first().message.contains("99999"));
    }
    SECTION("sector percentages that do not add up to 100")
    {
        p.sectors = {{"43040", 5000}, {"15170", 5001}};
        requireOnlyOn(validateProject(p), fields::sectors);
    }
    SECTION("SDG 18 does not exist")
    {
        p.sdgGoals = {1, 18};
        const auto errors = validateProject(p);
        requireOnlyOn(errors, fields::sdgGoals);
        CHECK(errors.first().message.contains("18"));
    }
    SECTION("SDG 0 does not exist")
    {
        p.sdgGoals = {0};
        requireOnlyOn(validateProject(p), fields::sdgGoals);
    }
    SECTION("an SDG listed twice")
    {
        p.sdgGoals = {3, 3};
        requireOnlyOn(validateProject(p), fields::sdgGoals);
    }
}

TEST_CASE("several broken rules are all reported", "[validation][local]")
{
    Project p = validProject();
    p.code.clear();
    p.titleEn.clear();
    p.titleZh.clear();
    p.plannedEnd = QDate(2020, 1, 1);
    p.sdgGoals = {18};
    const QStringList keys = fieldsIn(validateProject(p));
    CHECK(keys.contains("code"));
    CHECK(keys.contains("title"));
    CHECK(keys.contains("planned_end"));
    CHECK(keys.contains("sdg_goals"));
    CHECK_FALSE(keys.contains("countries"));
}

TEST_CASE("a complete partner passes validation", "[validation][local]")
{
    CHECK(validatePartner(validPartner()).isEmpty());

    Partner minimal;
    minimal.nameZh = QStringLiteral("中国国际经济技术交流中心");
    CHECK(validatePartner(minimal).isEmpty());

    Partner founding = validPartner();
    founding.networkMemberSince = 1995;
    CHECK(validatePartner(founding).isEmpty());
}

TEST_CASE("each broken partner rule is reported on its field", "[validation][local]")
{
    Partner p = validPartner();

    SECTION("no name")
    {
        p.nameEn = " ";
        p.nameZh.clear();
        requireOnlyOn(validatePartner(p), fields::name);
    }
    SECTION("an organisation type IATI does not have")
    {
        p.orgType = 41;
        requireOnlyOn(validatePartner(p), fields::orgType);
    }
    SECTION("an IATI identifier with a space")
    {
        p.iatiId = "XM DAC 41114";
        requireOnlyOn(validatePartner(p), fields::iatiId);
    }
    SECTION("a contact with a bad e-mail address")
    {
        p.contacts.append({"John Roe", "", "john.roe(at)example.org", ""});
        const auto errors = validatePartner(p);
        requireOnlyOn(errors, fields::contacts);
        CHECK(errors.first().message.contains("contact 2"));
    }
    SECTION("a contact without a name")
    {
        p.contacts.append({"", "", "someone@example.org", ""});
        requireOnlyOn(validatePartner(p), fields::contacts);
    }
    SECTION("unknown country")
    {
        p.country = "QQ";
        requireOnlyOn(validatePartner(p), fields::country);
    }
    SECTION("joined the SSC Network before it existed")
    {
        p.networkMemberSince = 1994;
        requireOnlyOn(validatePartner(p), fields::networkMemberSince);
    }
    SECTION("joined the SSC Network in the future")
    {
        p.networkMemberSince = 9999;
        requireOnlyOn(validatePartner(p), fields::networkMemberSince);
    }
}
