// Money: exact decimal conversion, parsing what officers type in en/zh/fr, formatting, and the
// arithmetic guards (currency mismatch, overflow).
#include "test_support.h"

#include "money/money.h"

#include <limits>

using namespace pd;

namespace {

constexpr qint64 kMax = std::numeric_limits<qint64>::max();
constexpr qint64 kMin = std::numeric_limits<qint64>::min();

const QLocale kEnglish(QLocale::English, QLocale::UnitedStates);
const QLocale kChinese(QLocale::Chinese, QLocale::China);
const QLocale kFrench(QLocale::French, QLocale::France);

// The parsed money, failing the test with the error's message when parsing failed.
Money parsed(const QString &text, const QLocale &locale)
{
    auto r = Money::parse(text, locale);
    INFO("parsing " << text.toStdString() << ": " << (r ? std::string() : r.error().message.toStdString()));
    REQUIRE(r.ok());
    return r.value();
}

Money decimal(const QString &text, const QString &currency)
{
    auto r = Money::fromDecimal(text, currency);
    INFO(text.toStdString() << " " << currency.toStdString() << ": " << (r ? std::string() : r.error().message.toStdString()));
    REQUIRE(r.ok());
    return r.value();
}

} // namespace

namespace Catch {
template <> struct StringMaker<Money>
{
    static std::string convert(const Money &m) { return QString(m.toDecimalString() + u' ' + m.currency()).toStdString(); }
};
} // namespace Catch

TEST_CASE("fromDecimal converts exactly into minor units of the currency", "[money][local]")
{
    CHECK(decimal("1234.56", "USD") == Money(123456, "USD"));
    CHECK(decimal("0.01", "USD").minorUnits() == 1);
    CHECK(decimal("-0.05", "USD").minorUnits() == -5);
    CHECK(decimal("+7", "USD").minorUnits() == 700);
    CHECK(decimal("1.2", "USD").minorUnits() == 120);
    CHECK(decimal("1.", "USD").minorUnits() == 100);
    // Trailing zeros beyond the currency's decimals are not extra precision.
    CHECK(decimal("1.2300", "USD").minorUnits() == 123);
    // The code is normalised to upper case.
    CHECK(decimal("5", "usd") == Money(500, "USD"));

    SECTION("JPY has no decimals")
    {
        CHECK(decimal("150000", "JPY") == Money(150000, "JPY"));
        CHECK(decimal("1.00", "JPY") == Money(1, "JPY"));
        const auto half = Money::fromDecimal(u"1.5", "JPY");
        REQUIRE_FALSE(half.ok());
        CHECK(half.error().kind == Error::Kind::InvalidArgument);
    }
    SECTION("KWD has three")
    {
        CHECK(decimal("1.250", "KWD") == Money(1250, "KWD"));
        CHECK(decimal("1.25", "KWD").minorUnits() == 1250);
        CHECK_FALSE(Money::fromDecimal(u"1.2501", "KWD").ok());
    }
    SECTION("too many decimals, no digits, grouping and unknown currencies are refused")
    {
        CHECK_FALSE(Money::fromDecimal(u"12.345", "USD").ok());
        CHECK_FALSE(Money::fromDecimal(u"", "USD").ok());
        CHECK_FALSE(Money::fromDecimal(u"abc", "USD").ok());
        CHECK_FALSE(Money::fromDecimal(u"1,234.56", "USD").ok());
        CHECK_FALSE(Money::fromDecimal(u"--1", "USD").ok());
        const auto unknown = Money::fromDecimal(u"1", "XYZ");
        REQUIRE_FALSE(unknown.ok());
        CHECK(unknown.error().message.contains("XYZ"));
    }
    SECTION("the largest amount fits, one more minor unit does not")
    {
        CHECK(decimal("92233720368547758.07", "USD").minorUnits() == kMax);
        const auto tooLarge = Money::fromDecimal(u"92233720368547758.08", "USD");
        REQUIRE_FALSE(tooLarge.ok());
        CHECK(tooLarge.error().message.contains("too large"));
    }
}

TEST_CASE("parse reads amounts in the English and C forms", "[money][local]")
{
    CHECK(parsed("1,234.56 USD", kEnglish) == Money(123456, "USD"));
    CHECK(parsed("USD 1234.56", kEnglish) == Money(123456, "USD"));
    CHECK(parsed("  USD1234.56  ", kEnglish) == Money(123456, "USD"));
    CHECK(parsed("-5 JPY", kEnglish) == Money(-5, "JPY"));
    CHECK(parsed("-150000 JPY", kEnglish) == Money(-150000, "JPY"));
    CHECK(parsed("(1,000.00) USD", kEnglish) == Money(-100000, "USD"));
    CHECK(parsed("1.250 KWD", kEnglish) == Money(1250, "KWD"));
    // A currency's English name works as well as its code, in any case.
    CHECK(parsed("100 Euro", kEnglish) == Money(10000, "EUR"));
    CHECK(parsed("100 euro", kEnglish) == Money(10000, "EUR"));
    // The default locale is C.
    auto c = Money::parse("2,500.75 USD");
    REQUIRE(c.ok());
    CHECK(c.value() == Money(250075, "USD"));
}

TEST_CASE("parse reads Chinese currency names", "[money][local]")
{
    CHECK(parsed(QStringLiteral("12,345.60 美元"), kChinese) == Money(1234560, "USD"));
    CHECK(parsed(QStringLiteral("人民币 100"), kChinese) == Money(10000, "CNY"));
    CHECK(parsed(QStringLiteral("日元 3000"), kChinese) == Money(3000, "JPY"));
    CHECK(parsed(QStringLiteral("(50.5) 欧元"), kChinese) == Money(-5050, "EUR"));
}

TEST_CASE("parse follows the French separators, with any kind of space as the group separator", "[money][local]")
{
    const Money expected(123456, "EUR");
    CHECK(parsed(QStringLiteral("1 234,56 EUR"), kFrench) == expected); // a normal space
    CHECK(parsed(QStringLiteral("1\u00A0234,56 EUR"), kFrench) == expected); // no-break space
    CHECK(parsed(QStringLiteral("1\u202F234,56 EUR"), kFrench) == expected); // narrow no-break space
    CHECK(parsed(QString(QStringLiteral("1") + kFrench.groupSeparator() + QStringLiteral("234,56 EUR")), kFrench) == expected);
    CHECK(parsed(QStringLiteral("EUR -0,05"), kFrench) == Money(-5, "EUR"));
    // The plain C form is accepted in French too.
    CHECK(parsed(QStringLiteral("1234.56 EUR"), kFrench) == expected);
}

TEST_CASE("parse refuses text without a currency, with an unknown one or with too many decimals", "[money][local]")
{
    const auto none = Money::parse("1234.56", kEnglish);
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().kind == Error::Kind::InvalidArgument);
    CHECK(none.error().message.contains("names no currency"));

    const auto unknown = Money::parse("1234.56 ABC", kEnglish);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().message.contains("unknown currency \"ABC\""));

    const auto unknownName = Money::parse(QStringLiteral("100 火星币"), kChinese);
    REQUIRE_FALSE(unknownName.ok());
    CHECK(unknownName.error().message.contains(QStringLiteral("火星币")));

    CHECK_FALSE(Money::parse("1.5 JPY", kEnglish).ok());
    CHECK_FALSE(Money::parse("12.345 USD", kEnglish).ok());
    CHECK_FALSE(Money::parse("USD", kEnglish).ok());
    CHECK_FALSE(Money::parse("", kEnglish).ok());
}

TEST_CASE("toDecimalString writes the exact amount without grouping", "[money][local]")
{
    CHECK(Money(123456, "USD").toDecimalString() == "1234.56");
    CHECK(Money(-123456, "USD").toDecimalString() == "-1234.56");
    CHECK(Money(-5, "USD").toDecimalString() == "-0.05");
    CHECK(Money(0, "USD").toDecimalString() == "0.00");
    CHECK(Money::zero("JPY").toDecimalString() == "0");
    CHECK(Money(150000, "JPY").toDecimalString() == "150000");
    CHECK(Money(-1, "JPY").toDecimalString() == "-1");
    CHECK(Money(1250, "KWD").toDecimalString() == "1.250");
    CHECK(Money(12345, "CLF").toDecimalString() == "1.2345");
    // The extremes do not overflow.
    CHECK(Money(kMax, "USD").toDecimalString() == "92233720368547758.07");
    CHECK(Money(kMin, "USD").toDecimalString() == "-92233720368547758.08");
    // Round trip through fromDecimal.
    for (const qint64 minor : {qint64(0), qint64(7), qint64(-7), qint64(100), qint64(-99999), qint64(123456789)})
        CHECK(decimal(Money(minor, "KWD").toDecimalString(), "KWD").minorUnits() == minor);
}

TEST_CASE("format groups the amount in the locale's way with the code in front", "[money][local]")
{
    CHECK(Money(123456, "USD").format(kEnglish) == "USD 1,234.56");
    CHECK(Money(123456789, "USD").format(kEnglish) == "USD 1,234,567.89");
    CHECK(Money(-123456, "USD").format(kEnglish) == "USD -1,234.56");
    CHECK(Money(150000, "JPY").format(kEnglish) == "JPY 150,000");
    CHECK(Money(1234560, "CNY").format(kChinese) == "CNY 12,345.60");
    CHECK(Money(1234560, "USD").formatAmount(kChinese) == "12,345.60");
    CHECK(Money(5, "USD").formatAmount(kEnglish) == "0.05");
    const QString frenchAmount = QStringLiteral("1") + kFrench.groupSeparator() + QStringLiteral("234,56");
    CHECK(Money(123456, "EUR").formatAmount(kFrench) == frenchAmount);
}

TEST_CASE("amounts of different currencies do not mix", "[money][local]")
{
    const Money usd(100, "USD");
    const Money eur(100, "EUR");

    const auto sum = usd.plus(eur);
    REQUIRE_FALSE(sum.ok());
    CHECK(sum.error().kind == Error::Kind::InvalidArgument);
    CHECK(sum.error().message.contains("USD"));
    CHECK(sum.error().message.contains("EUR"));
    CHECK_FALSE(usd.minus(eur).ok());

    CHECK_THROWS_AS(usd + eur, CurrencyMismatch);
    CHECK_THROWS_AS(usd - eur, CurrencyMismatch);
    Money total = usd;
    CHECK_THROWS_AS(total += eur, CurrencyMismatch);
    CHECK(total == usd);

    // The same currency adds up exactly.
    CHECK(usd.plus(Money(250, "USD")).value() == Money(350, "USD"));
    CHECK(usd.minus(Money(250, "USD")).value() == Money(-150, "USD"));
    CHECK(usd + Money(1, "USD") == Money(101, "USD"));
    CHECK(usd - Money(1, "USD") == Money(99, "USD"));
    CHECK(-usd == Money(-100, "USD"));
}

TEST_CASE("arithmetic beyond the range of 64-bit minor units is an error", "[money][local]")
{
    const Money max(kMax, "USD");
    const Money min(kMin, "USD");
    const Money one(1, "USD");

    CHECK_FALSE(max.plus(one).ok());
    CHECK_FALSE(min.minus(one).ok());
    CHECK_FALSE(one.minus(min).ok()); // -min does not exist
    CHECK_FALSE(Money(0, "USD").minus(min).ok());
    CHECK(max.minus(one).value().minorUnits() == kMax - 1);
    CHECK(min.plus(one).value().minorUnits() == kMin + 1);

    CHECK_THROWS_AS(max + one, std::overflow_error);
    CHECK_THROWS_AS(min - one, std::overflow_error);
    CHECK_THROWS_AS(min.negated(), std::overflow_error);
    CHECK_THROWS_AS(-min, std::overflow_error);
    CHECK(max.negated().minorUnits() == -kMax);
}

TEST_CASE("the minor unit of a currency comes from ISO 4217", "[money][local]")
{
    CHECK(minorUnitsOf("USD") == 2);
    CHECK(minorUnitsOf("CNY") == 2);
    CHECK(minorUnitsOf("JPY") == 0);
    CHECK(minorUnitsOf("KWD") == 3);
    CHECK(minorUnitsOf("CLF") == 4);
    // A fund code without an ISO minor unit is held with 2 decimals.
    CHECK(minorUnitsOf("XDR") == 2);
    CHECK(minorUnitsOf("jpy") == 0);
    CHECK(isKnownCurrency("XDR"));
    CHECK(isKnownCurrency("cny"));
    CHECK_FALSE(isKnownCurrency("XYZ"));
    CHECK(decimal("1.25", "XDR").minorUnits() == 125);

    CHECK(Money(1, "KWD").exponent() == 3);
    CHECK_FALSE(Money().isValid());
    CHECK(Money::zero("EUR").isValid());
    CHECK(Money::zero("EUR").isZero());
    CHECK(Money(-1, "EUR").isNegative());
}
