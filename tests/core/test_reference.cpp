// Reference data (ISO 3166-1, ISO 4217, IATI codelists) and the domain enums built on it.
#include "test_support.h"

#include "domain/enums.h"
#include "reference/reference_data.h"

#include <QRegularExpression>
#include <QSet>

using namespace pd;

namespace {

const ReferenceData &ref()
{
    return ReferenceData::instance();
}

} // namespace

TEST_CASE("countries carry their ISO codes and English and Chinese names", "[reference][local]")
{
    const Country *china = ref().country("CN");
    REQUIRE(china != nullptr);
    CHECK(china->alpha3 == "CHN");
    CHECK(china->numeric == "156");
    CHECK(china->nameEn == "China");
    CHECK(china->nameZh == QStringLiteral("中国"));
    CHECK(china->name(Language::Chinese) == QStringLiteral("中国"));
    CHECK(china->name(Language::English) == "China");
    CHECK(ref().country("cn") == china); // looked up case-insensitively
    CHECK(ref().country("XX") == nullptr);

    const Country *kenya = ref().country("KE");
    REQUIRE(kenya != nullptr);
    CHECK(kenya->alpha3 == "KEN");
    CHECK(kenya->nameZh == QStringLiteral("肯尼亚"));

    // ISO 3166-1 has 249 officially assigned codes.
    CHECK(ref().countries().size() >= 245);
    CHECK(ref().countries().size() <= 255);

    QSet<QString> alpha2, alpha3;
    const QRegularExpression twoLetters(QStringLiteral("^[A-Z]{2}$"));
    const QRegularExpression threeLetters(QStringLiteral("^[A-Z]{3}$"));
    for (const Country &c : ref().countries()) {
        INFO(c.alpha2.toStdString());
        CHECK(twoLetters.match(c.alpha2).hasMatch());
        CHECK(threeLetters.match(c.alpha3).hasMatch());
        CHECK_FALSE(c.nameEn.isEmpty());
        CHECK_FALSE(c.nameZh.isEmpty());
        alpha2.insert(c.alpha2);
        alpha3.insert(c.alpha3);
    }
    CHECK(alpha2.size() == ref().countries().size());
    CHECK(alpha3.size() == ref().countries().size());
}

TEST_CASE("countriesMatching finds countries by English or Chinese name and by code", "[reference][local]")
{
    CHECK(ref().countriesMatching("Kenya") == QStringList{"KE"});
    CHECK(ref().countriesMatching("kenya") == QStringList{"KE"});
    CHECK(ref().countriesMatching(QStringLiteral("肯尼亚")) == QStringList{"KE"});
    CHECK(ref().countriesMatching("ke").contains("KE"));
    CHECK(ref().countriesMatching("KEN").contains("KE"));
    CHECK(ref().countriesMatching("  ETH ").contains("ET"));

    const QStringList china = ref().countriesMatching("China");
    CHECK(china.contains("CN"));
    CHECK(china.contains("TW")); // "Taiwan, Province of China"
    CHECK(ref().countriesMatching(QStringLiteral("中国")).contains("CN"));
    CHECK(ref().countriesMatching("chn") == QStringList{"CN"});

    CHECK(ref().countriesMatching("").isEmpty());
    CHECK(ref().countriesMatching("   ").isEmpty());
    CHECK(ref().countriesMatching("Atlantis").isEmpty());
}

TEST_CASE("currencies carry ISO 4217 minor units and Chinese names", "[reference][local]")
{
    const CurrencyInfo *cny = ref().currency("CNY");
    REQUIRE(cny != nullptr);
    CHECK(cny->nameZh == QStringLiteral("人民币"));
    CHECK(cny->numeric == "156");
    CHECK(cny->minorUnits == 2);

    const CurrencyInfo *jpy = ref().currency("JPY");
    REQUIRE(jpy != nullptr);
    CHECK(jpy->minorUnits == 0);
    CHECK(jpy->minorUnitsDefined);

    const CurrencyInfo *kwd = ref().currency("KWD");
    REQUIRE(kwd != nullptr);
    CHECK(kwd->minorUnits == 3);

    const CurrencyInfo *xdr = ref().currency("XDR");
    REQUIRE(xdr != nullptr);
    CHECK_FALSE(xdr->minorUnitsDefined);
    CHECK(xdr->minorUnits == 2);

    CHECK(ref().currency("usd") == ref().currency("USD"));
    CHECK(ref().currency("XYZ") == nullptr);

    CHECK(ref().currencyByCodeOrName(QStringLiteral("美元")) == ref().currency("USD"));
    CHECK(ref().currencyByCodeOrName(QStringLiteral("人民币")) == cny);
    CHECK(ref().currencyByCodeOrName("yen") == jpy);
    CHECK(ref().currencyByCodeOrName("jpy") == jpy);
    CHECK(ref().currencyByCodeOrName("Dollar") == nullptr);

    for (const CurrencyInfo &c : ref().currencies()) {
        INFO(c.code.toStdString());
        CHECK(c.code.size() == 3);
        CHECK_FALSE(c.nameEn.isEmpty());
        CHECK_FALSE(c.nameZh.isEmpty());
        CHECK(c.minorUnits >= 0);
        CHECK(c.minorUnits <= 4);
    }
}

TEST_CASE("every codelist the model uses is present, complete and named in Chinese", "[reference][local]")
{
    struct Expected
    {
        const char *name;
        int size; // 0: only non-empty
    };
    const Expected lists[] = {
        {"ActivityStatus", 6},
        {"OrganisationRole", 4},
        {"OrganisationType", 0},
        {"TransactionType", 13},
        {"BudgetType", 2},
        {"Sector", 0},
        {"SectorCategory", 0},
        {"UNSDG-Goals", 17},
    };
    for (const Expected &e : lists) {
        const QString name = QString::fromLatin1(e.name);
        INFO(e.name);
        CHECK(ref().codelistNames().contains(name));
        const QList<CodeItem> &items = ref().codelist(name);
        CHECK_FALSE(items.isEmpty());
        if (e.size > 0)
            CHECK(items.size() == e.size);
    }
    CHECK(ref().codelist("NoSuchList").isEmpty());
    CHECK(ref().code("NoSuchList", "1") == nullptr);

    for (const QString &name : ref().codelistNames()) {
        QSet<QString> codes;
        for (const CodeItem &item : ref().codelist(name)) {
            INFO(name.toStdString() << " " << item.code.toStdString());
            CHECK_FALSE(item.code.isEmpty());
            CHECK_FALSE(item.nameEn.isEmpty());
            if (!item.withdrawn)
                CHECK_FALSE(item.nameZh.isEmpty());
            CHECK_FALSE(codes.contains(item.code));
            codes.insert(item.code);
            CHECK(ref().code(name, item.code) == &item);
        }
    }
}

TEST_CASE("codelist entries hold the values the model relies on", "[reference][local]")
{
    const CodeItem *multilateral = ref().code("OrganisationType", "40");
    REQUIRE(multilateral != nullptr);
    CHECK(multilateral->nameEn == "Multilateral");

    const CodeItem *rural = ref().code("Sector", "43040");
    REQUIRE(rural != nullptr);
    CHECK(rural->nameEn == "Rural development");
    CHECK(rural->category == "430");
    CHECK(ref().code("Sector", "99999") == nullptr);

    // Every sector belongs to a known category.
    for (const CodeItem &sector : ref().codelist("Sector")) {
        INFO(sector.code.toStdString());
        CHECK(sector.code.size() == 5);
        CHECK(ref().code("SectorCategory", sector.category) != nullptr);
    }

    // The 17 goals in order, each with its official colour.
    const QList<CodeItem> &goals = ref().codelist("UNSDG-Goals");
    REQUIRE(goals.size() == 17);
    const QRegularExpression colour(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    for (int i = 0; i < 17; ++i) {
        INFO("goal " << i + 1);
        CHECK(goals.at(i).code == QString::number(i + 1));
        CHECK(colour.match(goals.at(i).color).hasMatch());
    }
    CHECK(goals.first().color.toUpper() == "#E5243B");
    CHECK(goals.at(1).nameZh == QStringLiteral("零饥饿"));
}

TEST_CASE("business lines round-trip through their keys and are named in both languages", "[enums][local]")
{
    const QList<BusinessLine> lines = allBusinessLines();
    CHECK(lines.size() == 6);
    QSet<QString> keys;
    for (BusinessLine line : lines) {
        const QString key = keyOf(line);
        INFO(key.toStdString());
        CHECK(businessLineFromKey(key) == line);
        CHECK_FALSE(nameOf(line, Language::English).isEmpty());
        CHECK_FALSE(nameOf(line, Language::Chinese).isEmpty());
        CHECK(nameOf(line, Language::English) != nameOf(line, Language::Chinese));
        keys.insert(key);
    }
    CHECK(keys.size() == lines.size());
    CHECK(keyOf(BusinessLine::Sscaf) == "sscaf");
    CHECK(nameOf(BusinessLine::Sscaf, Language::Chinese) == QStringLiteral("南南合作援助基金"));
    CHECK_FALSE(businessLineFromKey("SSCAF").has_value());
    CHECK_FALSE(businessLineFromKey("").has_value());
}

TEST_CASE("funding sources round-trip through their keys and are named in both languages", "[enums][local]")
{
    const QList<FundingSource> sources = allFundingSources();
    CHECK(sources.size() == 9);
    QSet<QString> keys;
    for (FundingSource source : sources) {
        const QString key = keyOf(source);
        INFO(key.toStdString());
        CHECK(fundingSourceFromKey(key) == source);
        CHECK_FALSE(nameOf(source, Language::English).isEmpty());
        CHECK_FALSE(nameOf(source, Language::Chinese).isEmpty());
        keys.insert(key);
    }
    CHECK(keys.size() == sources.size());
    CHECK_FALSE(fundingSourceFromKey("nope").has_value());
}

TEST_CASE("activity statuses are the IATI codes 1-6 named from the codelist", "[enums][local]")
{
    const QList<ActivityStatus> statuses = allActivityStatuses();
    REQUIRE(statuses.size() == 6);
    for (int i = 0; i < statuses.size(); ++i) {
        const ActivityStatus status = statuses.at(i);
        INFO("status " << int(status));
        CHECK(int(status) == i + 1);
        CHECK(activityStatusFromCode(int(status)) == status);
        CHECK_FALSE(nameOf(status, Language::English).isEmpty());
        CHECK_FALSE(nameOf(status, Language::Chinese).isEmpty());
        CHECK(nameOf(status, Language::Chinese) == ref().code("ActivityStatus", QString::number(i + 1))->nameZh);
    }
    CHECK_FALSE(activityStatusFromCode(0).has_value());
    CHECK_FALSE(activityStatusFromCode(7).has_value());
}

TEST_CASE("organisation roles round-trip through keys and codes", "[enums][local]")
{
    const QList<OrganisationRole> roles = allOrganisationRoles();
    CHECK(roles.size() == 6);
    for (OrganisationRole role : roles) {
        const QString key = keyOf(role);
        INFO(key.toStdString());
        CHECK(organisationRoleFromKey(key) == role);
        CHECK(organisationRoleFromCode(int(role)) == role);
        CHECK_FALSE(nameOf(role, Language::English).isEmpty());
        CHECK_FALSE(nameOf(role, Language::Chinese).isEmpty());
    }
    // The IATI roles 1-4 are in the IATI codelist; the two goods-supply roles are ProjectDesk's own.
    for (int code = 1; code <= 4; ++code)
        CHECK(ref().code("OrganisationRole", QString::number(code)) != nullptr);
    CHECK(organisationRoleFromCode(101) == OrganisationRole::Consignee);
    CHECK_FALSE(organisationRoleFromCode(0).has_value());
    CHECK_FALSE(organisationRoleFromCode(5).has_value());
    CHECK_FALSE(organisationRoleFromKey("owner").has_value());
}
