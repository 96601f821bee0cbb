// The demo portfolio: its shape (100 projects per unit, the 51 SSC Network members, every line),
// validity, determinism per seed, and that it only fills an empty portfolio, all or nothing.
#include "test_support.h"

#include "analytics/dashboard.h"
#include "analytics/portfolio_stats.h"
#include "demo/demo_generator.h"
#include "domain/validation.h"
#include "reference/reference_data.h"
#include "services/delivery_service.h"
#include "services/portfolio_settings.h"

#include <QSet>

#include <algorithm>

using namespace pd;
using test::required;

namespace {

std::unique_ptr<Portfolio> demo(const test::TempDir &dir, const QString &name, quint32 seed = DemoOptions{}.seed)
{
    auto portfolio = test::newPortfolio(dir, name);
    DemoOptions options;
    options.seed = seed;
    const DemoSummary summary = required(DemoGenerator(portfolio->database(), options).run());
    CHECK(summary.projects == DemoGenerator::kProjectsPerUnit);
    return portfolio;
}

// Everything the register shows of every project, one line each, in code order.
QStringList snapshot(Portfolio &portfolio)
{
    QStringList lines;
    for (const ProjectSummary &p : required(portfolio.projects().list(ProjectQuery{}))) {
        lines << QStringList{p.code, p.titleEn, p.titleZh, keyOf(p.line), keyOf(p.funding), QString::number(int(p.status)),
            p.plannedStart.toString(Qt::ISODate), p.plannedEnd.toString(Qt::ISODate), p.officer, p.countries.join(u' ')}
                     .join(u'|');
    }
    return lines;
}

} // namespace

TEST_CASE("the demo at scale 1 has 100 projects in every line and the 51 SSC Network members", "[demo]")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    const DemoSummary summary = required(DemoGenerator(portfolio->database(), DemoOptions{}).run());
    CHECK(summary.projects == 100);
    CHECK(summary.partners > 51);
    CHECK(summary.roles >= 2 * summary.projects);

    const PortfolioStats stats = required(computePortfolioStats(portfolio->database()));
    CHECK(stats.projects == 100);
    CHECK(stats.networkMembers == 51);
    CHECK(stats.partners == summary.partners);
    CHECK(stats.countries > 50);
    // The mix per 100 projects.
    CHECK(stats.projectsByLine.value("goods") == 38);
    CHECK(stats.projectsByLine.value("sscaf") == 14);
    CHECK(stats.projectsByLine.value("un") == 12);
    CHECK(stats.projectsByLine.value("hrd") == 18);
    CHECK(stats.projectsByLine.value("conference") == 6);
    CHECK(stats.projectsByLine.value("network") == 12);
    for (BusinessLine line : allBusinessLines())
        CHECK(stats.projectsByLine.value(keyOf(line)) > 0);
    qint64 byStatus = 0;
    for (qint64 n : stats.projectsByStatus)
        byStatus += n;
    CHECK(byStatus == 100);

    PartnerQuery network;
    network.networkOnly = true;
    CHECK(required(portfolio->partners().count(network)) == 51);

    PortfolioSettings settings(portfolio->database());
    CHECK(required(settings.value(PortfolioSettings::nameKey())) == "CICETE demo portfolio");
    CHECK(required(settings.value(PortfolioSettings::reportingCurrencyKey())) == "USD");

    auto check = portfolio->database().check();
    REQUIRE(check.ok());
    CHECK(check->sound());
}

TEST_CASE("every demo project is valid and consistent with the demo's reference day", "[demo]")
{
    test::TempDir dir;
    auto portfolio = demo(dir, "demo.db");
    const QDate today = DemoOptions{}.today;
    QSet<QString> codes;
    for (const ProjectSummary &row : required(portfolio->projects().list(ProjectQuery{}))) {
        const Project p = required(portfolio->projects().get(row.id));
        INFO(p.code.toStdString());
        const QList<FieldError> errors = validateProject(p);
        CHECK(errors.isEmpty());
        CHECK(p.revision == 1);
        CHECK_FALSE(p.titleEn.isEmpty());
        CHECK_FALSE(p.titleZh.isEmpty());
        CHECK_FALSE(p.titleEn.contains('{')); // every placeholder was filled
        CHECK_FALSE(p.titleZh.contains('{'));
        CHECK(p.plannedStart.isValid());
        CHECK(p.plannedEnd.isValid());
        CHECK_FALSE(p.officer.isEmpty());
        if (p.status == ActivityStatus::Pipeline)
            CHECK(p.plannedStart > today);
        if (p.status == ActivityStatus::Closed) {
            CHECK(p.actualEnd.isValid());
            CHECK(p.actualEnd <= today);
        }
        if (p.actualStart.isValid())
            CHECK(p.actualStart <= today);
        CHECK(required(portfolio->roles().rolesOfProject(p.id)).size() >= 2);
        codes.insert(p.code);
    }
    CHECK(codes.size() == 100);
}

TEST_CASE("a demo course whose title names a country is for that one country", "[demo]")
{
    test::TempDir dir;
    auto portfolio = demo(dir, "demo.db");
    ProjectQuery hrd;
    hrd.filter.lines = {BusinessLine::HumanResources};
    int named = 0;
    for (const ProjectSummary &row : required(portfolio->projects().list(hrd))) {
        if (!row.titleEn.startsWith("Bilateral Seminar") && !row.titleEn.startsWith("Overseas Training Course"))
            continue;
        INFO(row.code.toStdString() << ": " << row.titleEn.toStdString());
        ++named;
        REQUIRE(row.countries.size() == 1);
        const Country *country = ReferenceData::instance().country(row.countries.first());
        REQUIRE(country != nullptr);
        CHECK(row.titleEn.contains(country->nameEn));
        CHECK(row.titleZh.contains(country->nameZh));
    }
    CHECK(named > 0); // the default seed makes some
}

TEST_CASE("SSCAF demo projects are implemented by at least 14 international organisations", "[demo]")
{
    test::TempDir dir;
    auto portfolio = demo(dir, "demo.db");
    ProjectQuery sscaf;
    sscaf.filter.lines = {BusinessLine::Sscaf};
    const QList<ProjectSummary> projects = required(portfolio->projects().list(sscaf));
    REQUIRE(projects.size() == 14);

    QSet<qint64> implementers;
    for (const ProjectSummary &p : projects) {
        CHECK(p.code.startsWith("SSCAF-"));
        CHECK(p.funding == FundingSource::Sscaf);
        for (const RoleView &r : required(portfolio->roles().rolesOfProject(p.id))) {
            if (r.role.role != OrganisationRole::Implementing)
                continue;
            const Partner partner = required(portfolio->partners().get(r.role.partnerId));
            INFO(partner.nameEn.toStdString());
            CHECK(partner.country.isEmpty()); // an international organisation
            CHECK(partner.iatiId.startsWith("XM-DAC-"));
            implementers.insert(partner.id);
        }
    }
    CHECK(implementers.size() >= 14);

    // Each of them is found through the partner filter too.
    for (qint64 id : implementers) {
        ProjectFilter byPartner;
        byPartner.partnerId = id;
        byPartner.lines = {BusinessLine::Sscaf};
        CHECK(required(portfolio->projects().count(byPartner)) >= 1);
    }
}

TEST_CASE("the same seed gives the same demo portfolio, another seed a different one", "[demo]")
{
    test::TempDir dir;
    auto first = demo(dir, "first.db", 1983);
    auto second = demo(dir, "second.db", 1983);
    auto other = demo(dir, "other.db", 2024);

    const QStringList a = snapshot(*first);
    REQUIRE(a.size() == 100);
    CHECK(snapshot(*second) == a);
    const QStringList c = snapshot(*other);
    CHECK(c.size() == 100);
    CHECK(c != a);

    // Partners are the same too.
    PartnerQuery all;
    const auto partnersA = required(first->partners().list(all));
    const auto partnersB = required(second->partners().list(all));
    REQUIRE(partnersA.size() == partnersB.size());
    for (qsizetype i = 0; i < partnersA.size(); ++i) {
        CHECK(partnersA.at(i).partner == partnersB.at(i).partner);
        CHECK(partnersA.at(i).projectCount == partnersB.at(i).projectCount);
    }
}

TEST_CASE("the demo is only made in an empty portfolio", "[demo]")
{
    test::TempDir dir;

    SECTION("a portfolio with a partner")
    {
        auto portfolio = test::newPortfolio(dir);
        Partner p;
        p.nameEn = "Somebody";
        required(portfolio->partners().create(p));
        const auto refused = DemoGenerator(portfolio->database(), DemoOptions{}).run();
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().kind == Error::Kind::InvalidArgument);
        CHECK(refused.error().message.contains("already holds data"));
        CHECK(required(portfolio->projects().count()) == 0);
        CHECK(required(portfolio->partners().count()) == 1);
    }
    SECTION("a portfolio that already holds the demo")
    {
        auto portfolio = demo(dir, "demo.db");
        const QStringList before = snapshot(*portfolio);
        CHECK_FALSE(DemoGenerator(portfolio->database(), DemoOptions{}).run().ok());
        CHECK(snapshot(*portfolio) == before);
    }
    SECTION("a scale below 1")
    {
        auto portfolio = test::newPortfolio(dir);
        DemoOptions options;
        options.scale = 0;
        const auto refused = DemoGenerator(portfolio->database(), options).run();
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().kind == Error::Kind::InvalidArgument);
    }
}

TEST_CASE("progress is reported, and cancelling leaves the portfolio empty", "[demo]")
{
    test::TempDir dir;
    DemoOptions options;
    options.scale = 10;

    SECTION("cancelled at the first report")
    {
        auto portfolio = test::newPortfolio(dir);
        int calls = 0;
        const auto cancelled = DemoGenerator(portfolio->database(), options).run([&](qint64 done, qint64 total) {
            ++calls;
            CHECK(done > 0);
            CHECK(total == 1000);
            return false;
        });
        REQUIRE_FALSE(cancelled.ok());
        CHECK(calls == 1);
        CHECK(required(portfolio->projects().count()) == 0);
        CHECK(required(portfolio->partners().count()) == 0);
        const PortfolioStats stats = required(computePortfolioStats(portfolio->database()));
        CHECK(stats.projects == 0);
        CHECK(stats.partners == 0);
        PortfolioSettings settings(portfolio->database());
        CHECK(required(settings.value(PortfolioSettings::nameKey(), "none")) == "none");
        CHECK(portfolio->database().transactionDepth() == 0);

        // The portfolio is still usable, and can then be filled.
        const auto filled = DemoGenerator(portfolio->database(), DemoOptions{}).run();
        REQUIRE(filled.ok());
        CHECK(required(portfolio->projects().count()) == 100);
    }
    SECTION("not cancelled")
    {
        auto portfolio = test::newPortfolio(dir);
        QList<qint64> reports;
        const DemoSummary summary = required(DemoGenerator(portfolio->database(), options).run([&](qint64 done, qint64 total) {
            CHECK(total == 1000); // the per-unit projects; the COVID-19 response (337) follows them
            reports << done;
            return true;
        }));
        CHECK(summary.projects == 1337); // and the COVID-19 response
        REQUIRE_FALSE(reports.isEmpty());
        CHECK(std::is_sorted(reports.cbegin(), reports.cend()));
        CHECK(reports.last() <= 1000);
        CHECK(required(portfolio->projects().count()) == 1337);
        PartnerQuery network;
        network.networkOnly = true;
        CHECK(required(portfolio->partners().count(network)) == 51);
    }
}

TEST_CASE("demo deliveries are valid goods shipments whose workflow stops at the demo's reference day", "[demo]")
{
    test::TempDir dir;
    auto portfolio = demo(dir, QStringLiteral("shipments.db"));
    const QDate today = DemoOptions{}.today;
    DeliveryService deliveries(portfolio->database());
    const QList<DeliveryRow> rows = required(deliveries.list(DeliveryQuery{}));
    REQUIRE(rows.size() > 30);
    QSet<DeliveryStatus> statuses;
    for (const DeliveryRow &row : rows) {
        const Delivery d = required(deliveries.get(row.id));
        INFO(d.code.toStdString());
        CHECK(validateDelivery(d).isEmpty());
        CHECK(portfolio->projects().get(d.projectId).value().line == BusinessLine::GoodsSupply);
        CHECK(d.consigneeId > 0);
        CHECK_FALSE(d.items.isEmpty());
        // The stored totals are the packing list's.
        const DeliveryTotals totals = totalsOf(d).value();
        CHECK(row.totalValue == totals.value);
        CHECK(row.grossWeightGrams == totals.grossWeightGrams);
        CHECK(row.itemCount == totals.items);
        // Each step follows the one before, from planned, and none is after the reference day.
        DeliveryStatus at = DeliveryStatus::Planned;
        QDate previous;
        for (const DeliveryEvent &e : d.history) {
            CHECK(e.from == at);
            CHECK(legalTransitions(e.from).contains(e.to));
            CHECK(e.date <= today);
            if (previous.isValid())
                CHECK(e.date >= previous);
            previous = e.date;
            at = e.to;
        }
        CHECK(at == d.status);
        if (d.status == DeliveryStatus::HandedOver)
            CHECK_FALSE(d.certificateNumber.isEmpty());
        statuses.insert(d.status);
    }
    // Old shipments handed over, recent ones still on their way, a few cancelled.
    CHECK(statuses.contains(DeliveryStatus::HandedOver));
    CHECK(statuses.contains(DeliveryStatus::Cancelled));
    CHECK(statuses.size() >= 3);
}

TEST_CASE("the standard demo tells the seeds' story: themes within their years, names as in a sentence, every amount converted", "[demo]")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir, "standard.db");
    DemoOptions options;
    options.scale = DemoGenerator::kStandardScale;
    const DemoSummary summary = required(DemoGenerator(portfolio->database(), options).run());
    // 100 a unit, and the COVID-19 response: 307 projects by March 2021 and 30 vaccine shipments after.
    CHECK(summary.projects == DemoGenerator::kStandardScale * DemoGenerator::kProjectsPerUnit + 307 + 30);
    int covid = 0, ebola = 0;
    for (const ProjectSummary &p : required(portfolio->projects().list(ProjectQuery{}))) {
        INFO(p.code.toStdString() << " " << p.titleEn.toStdString());
        const int year = p.plannedStart.year();
        if (p.titleEn.contains(QLatin1String("COVID-19"))) {
            ++covid;
            CHECK(year >= 2020);
            CHECK(year <= 2023);
        }
        if (p.titleEn.contains(QLatin1String("Ebola"))) {
            ++ebola;
            CHECK(year >= 2014);
            CHECK(year <= 2016);
        }
        // ISO's list order stays out of titles: "State of Palestine", not "Palestine, State of".
        CHECK_FALSE(p.titleEn.contains(QLatin1String(", State of")));
        CHECK_FALSE(p.titleEn.contains(QLatin1String(", The ")));
    }
    CHECK(covid > 0);
    CHECK(ebola > 0);
    // Every amount the demo holds has a rate into its reporting currency: no "Some amounts have no
    // exchange rate" on its dashboard.
    const Dashboard all = required(computeDashboard(portfolio->database(), {}, options.today));
    CHECK(all.complete);
    CHECK(all.kpis.finance.complete);
}
