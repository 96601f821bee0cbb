// The emergency a project answers: ProjectDesk's list and the user's additions, stored with the
// project, refused when unknown, found by the filter every register and roll-up uses. On both engines.
#include "test_support.h"

#include "analytics/delivery_summary.h"
#include "domain/validation.h"
#include "services/emergency_service.h"
#include "services/project_query.h"

using namespace pd;
using test::required;

namespace {

Project goods(const QString &code, const QString &emergency)
{
    Project p;
    p.code = code;
    p.titleEn = QStringLiteral("Anti-epidemic supplies ") + code;
    p.line = BusinessLine::GoodsSupply;
    p.funding = FundingSource::ChinaAidGrant;
    p.status = ActivityStatus::Implementation;
    p.plannedStart = QDate(2020, 3, 1);
    p.plannedEnd = QDate(2020, 6, 30);
    p.countries = {{QStringLiteral("MW"), kWholePercent}};
    p.emergency = emergency;
    return p;
}

} // namespace

TEST_CASE("a project names the emergency it answers; an unknown one is refused at its field", "[emergencies]")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    const Project covid = required(portfolio->projects().create(goods(QStringLiteral("GS-2020-001"), QStringLiteral("covid-19"))));
    CHECK(required(portfolio->projects().get(covid.id)).emergency == QStringLiteral("covid-19"));
    const Project none = required(portfolio->projects().create(goods(QStringLiteral("GS-2020-002"), QString())));
    CHECK(required(portfolio->projects().get(none.id)).emergency.isEmpty());

    // Unknown: refused, named at the emergency field, nothing stored.
    auto refused = portfolio->projects().create(goods(QStringLiteral("GS-2020-003"), QStringLiteral("mars-landing-2031")));
    REQUIRE_FALSE(refused);
    REQUIRE(refused.error().kind == Error::Kind::Validation);
    REQUIRE(refused.error().fields.size() == 1);
    CHECK(refused.error().fields.first().field == QString::fromLatin1(fields::emergency));
    CHECK(refused.error().fields.first().message.contains(QStringLiteral("mars-landing-2031")));
    ProjectQuery all;
    CHECK(required(portfolio->projects().list(all)).size() == 2);

    // Changed, then cleared.
    Project edited = required(portfolio->projects().get(none.id));
    edited.emergency = QStringLiteral("Nepal-Earthquake-2015 "); // written loosely: stored as its key
    edited = required(portfolio->projects().update(edited));
    CHECK(required(portfolio->projects().get(none.id)).emergency == QStringLiteral("nepal-earthquake-2015"));
    edited.emergency.clear();
    required(portfolio->projects().update(edited));
    CHECK(required(portfolio->projects().get(none.id)).emergency.isEmpty());

    // The filter finds the projects of one emergency, and their deliveries' roll-ups follow it.
    ProjectQuery covidOnly;
    covidOnly.filter.emergency = QStringLiteral("covid-19");
    const QList<ProjectSummary> found = required(portfolio->projects().list(covidOnly));
    REQUIRE(found.size() == 1);
    CHECK(found.first().code == QStringLiteral("GS-2020-001"));
    DeliveryFilter deliveries;
    deliveries.projects.emergency = QStringLiteral("ebola-2014");
    CHECK(required(computeDeliverySummary(portfolio->database(), deliveries, QDate(2026, 6, 30))).projects == 0);
}

TEST_CASE("users add emergencies to ProjectDesk's list: a key, names, a GLIDE number of the right form", "[emergencies]")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    EmergencyService emergencies(portfolio->database());
    const QList<Emergency> builtIn = required(emergencies.list());
    CHECK(builtIn.size() == EmergencyService::builtIn().size());
    const auto covid = std::find_if(builtIn.cbegin(), builtIn.cend(), [](const Emergency &e) { return e.key == QLatin1String("covid-19"); });
    REQUIRE(covid != builtIn.cend());
    CHECK(covid->nameZh == QStringLiteral("新冠肺炎疫情"));
    CHECK(covid->glide == QStringLiteral("EP-2020-000012-CHN"));

    Emergency freddy;
    freddy.key = QStringLiteral("Cyclone-Freddy-2023");
    freddy.nameEn = QStringLiteral("Cyclone Freddy");
    freddy.nameZh = QStringLiteral("热带气旋“弗雷迪”");
    freddy.glide = QStringLiteral("tc-2023-000023-mwi");
    freddy.started = QDate(2023, 2, 6);
    REQUIRE(emergencies.add(freddy).ok());
    const auto stored = required(emergencies.find(QStringLiteral("cyclone-freddy-2023")));
    REQUIRE(stored.has_value());
    CHECK(stored->glide == QStringLiteral("TC-2023-000023-MWI"));
    CHECK_FALSE(stored->builtIn);
    // Now a project may name it.
    CHECK(portfolio->projects().create(goods(QStringLiteral("GS-2023-001"), QStringLiteral("cyclone-freddy-2023"))).ok());

    const std::pair<Emergency, const char *> bad[] = {
        {Emergency{QStringLiteral("covid-19"), QStringLiteral("Again"), {}, {}, {}, false}, "key"},
        {Emergency{QStringLiteral("two words"), QStringLiteral("X"), {}, {}, {}, false}, "key"},
        {Emergency{QStringLiteral("no-name"), QString(), {}, {}, {}, false}, "name_en"},
        {Emergency{QStringLiteral("bad-glide"), QStringLiteral("X"), {}, QStringLiteral("EQ-15-1-NPL"), {}, false}, "glide"},
    };
    for (const auto &[e, field] : bad) {
        INFO(e.key.toStdString());
        const Status added = emergencies.add(e);
        REQUIRE_FALSE(added);
        REQUIRE_FALSE(added.error().fields.isEmpty());
        CHECK(added.error().fields.first().field == QLatin1String(field));
    }
    CHECK(required(emergencies.list()).size() == EmergencyService::builtIn().size() + 1);
}
