#include "iati_test_support.h"

#include "analytics/finance_rollup.h"
#include "interchange/iati_export.h"
#include "interchange/iati_import.h"
#include "interchange/iati_values.h"
#include "services/finance_service.h"

#include <QDir>
#include <QDirIterator>
#include <QDomDocument>
#include <QFile>
#include <QFileInfo>
#include <QMap>

#include <limits>

using namespace pd;

namespace {

// What the file holds, counted with QDomDocument (not the importer's reader) under the rules the
// user guide states: a transaction is importable with a type code 1-13, a non-empty decimal
// value, a currency (its own or the activity's default) and a date (transaction-date, else the
// value-date); a budget with type and status 1 or 2 (or none), both period dates in order and a value.
struct Expected
{
    int activities = 0;
    int activitiesWithId = 0;
    qint64 transactionElements = 0;
    qint64 budgetElements = 0;
    QMap<QPair<int, QString>, QPair<qint64, qint64>> transactions; // (type, currency) -> (count, sum)
    QMap<QString, QPair<qint64, qint64>> budgets; // currency -> (count, sum)
    qint64 transactionCount() const
    {
        qint64 n = 0;
        for (const auto &v : transactions)
            n += v.first;
        return n;
    }
    qint64 budgetCount() const
    {
        qint64 n = 0;
        for (const auto &v : budgets)
            n += v.first;
        return n;
    }
};

QDomElement child(const QDomElement &e, const QString &name)
{
    return e.firstChildElement(name);
}

std::optional<qint64> minorUnits(const QString &text, const QString &currency)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    // Independent of iatiAmount: digits through long arithmetic on the string, half away from zero.
    const bool negative = t.startsWith(u'-');
    const QString digits = negative || t.startsWith(u'+') ? t.mid(1) : t;
    const QStringList parts = digits.split(u'.');
    if (parts.size() > 2)
        return std::nullopt;
    const int exponent = minorUnitsOf(currency);
    QString fraction = parts.size() == 2 ? parts.at(1) : QString();
    bool ok = true;
    qint64 whole = parts.at(0).isEmpty() ? 0 : parts.at(0).toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    const bool up = fraction.size() > exponent && fraction.at(exponent).digitValue() >= 5;
    fraction = fraction.left(exponent).leftJustified(exponent, u'0');
    qint64 value = whole;
    for (QChar c : fraction) {
        if (!c.isDigit())
            return std::nullopt;
        value = value * 10 + c.digitValue();
    }
    if (up)
        ++value;
    return negative ? -value : value;
}

Expected expectedOf(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QDomDocument doc;
    REQUIRE(doc.setContent(&file));
    Expected e;
    for (QDomElement a = doc.documentElement().firstChildElement(QStringLiteral("iati-activity")); !a.isNull();
         a = a.nextSiblingElement(QStringLiteral("iati-activity"))) {
        ++e.activities;
        const bool hasId = !child(a, QStringLiteral("iati-identifier")).text().trimmed().isEmpty();
        e.activitiesWithId += hasId ? 1 : 0;
        const QString defaultCurrency = a.attribute(QStringLiteral("default-currency")).trimmed().toUpper();
        for (QDomElement t = a.firstChildElement(QStringLiteral("transaction")); !t.isNull();
             t = t.nextSiblingElement(QStringLiteral("transaction"))) {
            ++e.transactionElements;
            const int type = child(t, QStringLiteral("transaction-type")).attribute(QStringLiteral("code")).toInt();
            const QDomElement value = child(t, QStringLiteral("value"));
            QString currency = value.attribute(QStringLiteral("currency")).trimmed().toUpper();
            if (currency.isEmpty())
                currency = defaultCurrency;
            const QDate date = QDate::fromString(
                child(t, QStringLiteral("transaction-date")).attribute(QStringLiteral("iso-date")).left(10), Qt::ISODate);
            const QDate valueDate = QDate::fromString(value.attribute(QStringLiteral("value-date")).left(10), Qt::ISODate);
            const auto amount = minorUnits(value.text(), currency);
            if (!hasId || type < 1 || type > 13 || currency.isEmpty() || !isKnownCurrency(currency) || !amount
                || (!date.isValid() && !valueDate.isValid()))
                continue;
            auto &slot = e.transactions[{type, currency}];
            ++slot.first;
            slot.second += *amount;
        }
        for (QDomElement b = a.firstChildElement(QStringLiteral("budget")); !b.isNull();
             b = b.nextSiblingElement(QStringLiteral("budget"))) {
            ++e.budgetElements;
            const QString type = b.attribute(QStringLiteral("type"), QStringLiteral("1"));
            const QString status = b.attribute(QStringLiteral("status"), QStringLiteral("1"));
            const QDomElement value = child(b, QStringLiteral("value"));
            QString currency = value.attribute(QStringLiteral("currency")).trimmed().toUpper();
            if (currency.isEmpty())
                currency = defaultCurrency;
            const QDate start
                = QDate::fromString(child(b, QStringLiteral("period-start")).attribute(QStringLiteral("iso-date")).left(10), Qt::ISODate);
            const QDate end
                = QDate::fromString(child(b, QStringLiteral("period-end")).attribute(QStringLiteral("iso-date")).left(10), Qt::ISODate);
            const auto amount = minorUnits(value.text(), currency);
            if (!hasId || (type != QLatin1String("1") && type != QLatin1String("2"))
                || (status != QLatin1String("1") && status != QLatin1String("2")) || !start.isValid() || !end.isValid() || end < start
                || currency.isEmpty() || !isKnownCurrency(currency) || !amount)
                continue;
            auto &slot = e.budgets[currency];
            ++slot.first;
            slot.second += *amount;
        }
    }
    return e;
}

// What the portfolio holds, per (type, currency) from the finance roll-up, budgets from their table.
Expected heldIn(Database &db)
{
    Expected held;
    auto rollup = computeFinanceRollup(db);
    REQUIRE(rollup.ok());
    for (const NativeTotal &n : rollup->total.native) {
        if (n.measure != kBudgetMeasure)
            held.transactions[{n.measure, n.currency}] = {n.count, n.sum};
    }
    auto budgets = db.execute(QStringLiteral("SELECT currency, count(*), sum(amount) FROM budget_lines GROUP BY currency"));
    REQUIRE(budgets.ok());
    while (budgets->next())
        held.budgets[budgets->value(0).toString()] = {budgets->value(1).toLongLong(), budgets->value(2).toLongLong()};
    return held;
}

bool hasSkip(const IatiImportSummary &s, qint64 line, const QString &activity, const QString &what, const QString &reasonPart)
{
    return std::any_of(s.skips.cbegin(), s.skips.cend(), [&](const IatiSkip &k) {
        return (line == 0 || k.line == line) && k.activity == activity && k.what == what && k.reason.contains(reasonPart);
    });
}

} // namespace

TEST_CASE("IATI import: each real file's activities, transactions and budgets, counted and summed against the file", "[iati]")
{
    for (const QString name : {"undp-china-cicete-mofcom.dev.xml", "covid_dportal.xml", "foodsecurity_dportal.xml", "example_203_file.xml",
             "MAEC_IATI_INDONESIA.xml", "dportal_100.xml", "dportal_110.xml"}) {
        INFO(name.toStdString());
        test::TempDir dir;
        auto portfolio = test::newPortfolio(dir);
        Database &db = portfolio->database();
        const QString path = iatiData(QStringLiteral("real/") + name);
        const Expected expected = expectedOf(path);
        REQUIRE(expected.activities > 0);

        auto summary = importIati(db, {path});
        REQUIRE(summary.ok());
        CHECK(summary->activitiesCreated + summary->activitiesSkipped == expected.activities);
        CHECK(summary->activitiesCreated == expected.activitiesWithId); // every activity with an identifier is kept
        CHECK(test::countRows(db, "projects") == summary->activitiesCreated);
        CHECK(test::countRows(db, "projects WHERE iati_identifier <> ''") == summary->activitiesCreated);

        const Expected held = heldIn(db);
        CHECK(held.transactions == expected.transactions);
        CHECK(held.budgets == expected.budgets);
        CHECK(summary->transactionsImported == expected.transactionCount());
        CHECK(summary->transactionsImported + summary->transactionsSkipped == expected.transactionElements);
        CHECK(summary->budgetsImported == expected.budgetCount());
        CHECK(summary->budgetsImported + summary->budgetsSkipped == expected.budgetElements);
        // Every skip names its file and line, and its activity unless it has none.
        for (const IatiSkip &s : summary->skips) {
            CHECK(s.file == name);
            CHECK(s.line > 0);
            CHECK(!s.reason.isEmpty());
        }
    }
}

TEST_CASE("IATI import: the dirty cases of the real files are skipped and reported, the rest imported", "[iati]")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    Database &db = portfolio->database();

    auto covid = importIati(db, {iatiData(QStringLiteral("real/covid_dportal.xml"))});
    REQUIRE(covid.ok());
    CHECK(covid->version == QLatin1String("2.03"));
    // A transaction whose type is written as the element's text, with no code: the type is read (and
    // said), and the transaction skipped for its empty value.
    CHECK(hasSkip(covid.value(), 20986, QStringLiteral("CZ-ICO-25755277-ZMBZ000033"), QStringLiteral("transaction"),
        QStringLiteral("empty value")));
    CHECK(std::any_of(covid->mapped.cbegin(), covid->mapped.cend(), [](const IatiSkip &m) {
        return m.line == 20986 && m.activity == QLatin1String("CZ-ICO-25755277-ZMBZ000033") && m.reason.contains(QLatin1String("element's text"));
    }));
    // Its dates that contradict each other are kept, each with a warning; an activity-date is skipped
    // only when it holds no date (two of KR-GOV's carry a narrative instead of an iso-date).
    CHECK(covid->warnings.size() == 5);
    for (const IatiSkip &w : covid->warnings)
        CHECK(w.what == QLatin1String("activity-date"));
    for (const IatiSkip &k : covid->skips) {
        if (k.what == QLatin1String("activity-date"))
            CHECK(k.reason == QLatin1String("\"\" is not a date"));
    }

    // example_203: no value carries a currency; the activity's default-currency (EUR) is taken.
    const qint64 eurBefore = test::countRows(db, "transactions WHERE currency = 'EUR'");
    auto example = importIati(db, {iatiData(QStringLiteral("real/example_203_file.xml"))});
    REQUIRE(example.ok());
    CHECK(example->transactionsImported > 0);
    CHECK(test::countRows(db, "transactions WHERE currency = 'EUR'") - eurBefore == example->transactionsImported);
}

TEST_CASE("IATI import: the UNDP China file maps projects, partners with roles, countries, sectors and money", "[iati]")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    Database &db = portfolio->database();
    auto summary = importIati(db, {iatiData(QStringLiteral("real/undp-china-cicete-mofcom.dev.xml"))});
    REQUIRE(summary.ok());
    CHECK(summary->activitiesCreated == 15);
    CHECK(summary->activitiesSkipped == 0);

    auto project = db.execute(QStringLiteral("SELECT id FROM projects WHERE iati_identifier = 'XM-DAC-41114-OUTPUT-00101359'"));
    REQUIRE(project.ok());
    REQUIRE(project->next());
    auto p = portfolio->projects().get(project->value(0).toLongLong());
    REQUIRE(p.ok());
    CHECK(p->titleEn == QLatin1String("Towards decent work for people"));
    CHECK(p->code == QLatin1String("XM-DAC-41114-OUTPUT-00101359"));
    CHECK(p->line == BusinessLine::UnProgramme);
    CHECK(p->funding == FundingSource::Undp);
    int total = 0;
    for (const CountryShare &c : p->countries)
        total += c.percent;
    CHECK((p->countries.isEmpty() || total == kWholePercent));

    // UNDP is one partner however many activities name it, found by its identifier.
    auto undp = portfolio->partners().findByIatiId(QStringLiteral("XM-DAC-41114"));
    REQUIRE(undp.ok());
    CHECK(test::countRows(db, "partners WHERE iati_id = 'XM-DAC-41114'") == 1);
    auto roles = portfolio->roles().rolesOfProject(p->id);
    REQUIRE(roles.ok());
    CHECK(!roles->isEmpty());
    CHECK(summary->partnersCreated == test::countRows(db, "partners"));
}

TEST_CASE("IATI import: importing a file again updates the same projects and replaces their money, never duplicates", "[iati]")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    Database &db = portfolio->database();
    const QString path = iatiData(QStringLiteral("real/covid_dportal.xml"));
    auto first = importIati(db, {path});
    REQUIRE(first.ok());
    const Expected once = heldIn(db);
    const qint64 partners = test::countRows(db, "partners");
    const qint64 roles = test::countRows(db, "project_partners");

    auto second = importIati(db, {path});
    REQUIRE(second.ok());
    CHECK(second->activitiesCreated == 0);
    CHECK(second->activitiesUpdated == first->activitiesCreated);
    CHECK(second->transactionsImported == first->transactionsImported);
    CHECK(second->budgetsImported == first->budgetsImported);
    CHECK(second->partnersCreated == 0);
    CHECK(test::countRows(db, "projects") == first->activitiesCreated);
    CHECK(test::countRows(db, "partners") == partners);
    CHECK(test::countRows(db, "project_partners") == roles);
    const Expected twice = heldIn(db);
    CHECK(twice.transactions == once.transactions);
    CHECK(twice.budgets == once.budgets);
}

TEST_CASE("IATI import: an organisation file, an IATI 1 file and a malformed file are refused whole, with the reason", "[iati]")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    Database &db = portfolio->database();

    auto organisation = importIati(db, {iatiData(QStringLiteral("real/example_organisation_203.xml"))});
    REQUIRE(!organisation.ok());
    CHECK(organisation.error().message.contains(QLatin1String("example_organisation_203.xml")));
    CHECK(organisation.error().message.contains(QLatin1String("organisation file")));

    const QString old = dir.path(QStringLiteral("v1.xml"));
    test::writeFile(old,
        "<iati-activities version=\"1.03\"><iati-activity><iati-identifier>X-1</iati-identifier>"
        "<title>T</title></iati-activity></iati-activities>");
    auto v1 = importIati(db, {old});
    REQUIRE(!v1.ok());
    CHECK(v1.error().message.contains(QLatin1String("IATI 1.03")));

    const QString broken = dir.path(QStringLiteral("broken.xml"));
    test::writeFile(broken,
        "<iati-activities version=\"2.03\"><iati-activity><iati-identifier>X-1</iati-identifier>"
        "<title><narrative>T</narrative></title></iati-activity>");
    auto truncated = importIati(db, {broken});
    REQUIRE(!truncated.ok());
    CHECK(truncated.error().message.startsWith(QLatin1String("broken.xml:")));
    CHECK(test::countRows(db, "projects") == 0); // the activity read before the end is rolled back
}

TEST_CASE("IATI import: hostile files are refused without exhausting memory and leave the portfolio unchanged", "[iati]")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    Database &db = portfolio->database();
    REQUIRE(importIati(db, {iatiData(QStringLiteral("real/foodsecurity_dportal.xml"))}).ok());
    const qint64 projects = test::countRows(db, "projects");
    const qint64 transactions = test::countRows(db, "transactions");
    const qint64 audit = test::countRows(db, "audit_log");

    SECTION("billion laughs")
    {
        QByteArray xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE iati-activities [\n<!ENTITY lol \"lol\">\n";
        for (int i = 1; i <= 9; ++i)
            xml += QStringLiteral("<!ENTITY lol%1 \"%2\">\n")
                       .arg(i)
                       .arg(QStringLiteral("&lol%1;").arg(i == 1 ? QString() : QString::number(i - 1)).repeated(10))
                       .toUtf8();
        xml += "]>\n<iati-activities "
               "version=\"2.03\"><iati-activity><iati-identifier>&lol9;</iati-identifier></iati-activity></iati-activities>\n";
        const QString path = dir.path(QStringLiteral("laughs.xml"));
        test::writeFile(path, xml);
        auto r = importIati(db, {path});
        REQUIRE(!r.ok());
        CHECK(r.error().message.contains(QLatin1String("entities")));
    }
    SECTION("10,000 nested elements")
    {
        QByteArray xml = "<iati-activities version=\"2.03\"><iati-activity><iati-identifier>X-1</iati-identifier>";
        xml += QByteArray("<a>").repeated(10000) + QByteArray("</a>").repeated(10000);
        xml += "</iati-activity></iati-activities>";
        const QString path = dir.path(QStringLiteral("deep.xml"));
        test::writeFile(path, xml);
        auto r = importIati(db, {path});
        REQUIRE(!r.ok());
        CHECK(r.error().message.contains(QLatin1String("nested deeper than 64")));
    }
    SECTION("a 50 MB text")
    {
        const QString path = dir.path(QStringLiteral("huge.xml"));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("<iati-activities version=\"2.03\"><iati-activity><iati-identifier>X-1</iati-identifier><title><narrative>");
        const QByteArray block(1024 * 1024, 'x');
        for (int i = 0; i < 50; ++i)
            file.write(block);
        file.write("</narrative></title></iati-activity></iati-activities>");
        file.close();
        auto r = importIati(db, {path});
        REQUIRE(!r.ok());
        CHECK(r.error().message.contains(QLatin1String("longer than 1 MiB")));
    }
    CHECK(test::countRows(db, "projects") == projects);
    CHECK(test::countRows(db, "transactions") == transactions);
    CHECK(test::countRows(db, "audit_log") == audit);
}

TEST_CASE("IATI import: every should-fail schema test is refused or imported in part, never a crash, should-pass ones import", "[iati]")
{
    int failRefused = 0, failImported = 0, passed = 0;
    test::TempDir scratch;
    for (const QString kind : {"should-fail", "should-pass"}) {
        QDirIterator it(iatiData(QStringLiteral("schema-2.03/tests/activity-tests/") + kind), {QStringLiteral("*.xml")}, QDir::Files,
            QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            INFO(path.toStdString());
            test::TempDir dir;
            auto portfolio = test::newPortfolio(dir);
            auto r = importIati(portfolio->database(), {path});
            if (kind == QLatin1String("should-fail")) {
                if (r.ok()) {
                    ++failImported;
                } else {
                    CHECK(!r.error().message.isEmpty());
                    ++failRefused;
                }
                continue;
            }
            ++passed;
            // The schema's tests write version="xx", which the import refuses (2.01-2.03 only) and says so;
            // with the version made 2.03 each imports.
            QByteArray xml = test::readFile(path);
            if (!r.ok()) {
                INFO(r.error().describe().toStdString());
                CHECK(r.error().message.contains(QLatin1String("IATI version xx is not read")));
                REQUIRE(xml.contains("version=\"xx\""));
                xml.replace("version=\"xx\"", "version=\"2.03\"");
                const QString versioned = scratch.path(QStringLiteral("v203-%1.xml").arg(passed));
                test::writeFile(versioned, xml);
                r = importIati(portfolio->database(), {versioned});
            }
            INFO((r.ok() ? QString() : r.error().describe()).toStdString());
            CHECK(r.ok());
        }
    }
    CHECK(failRefused + failImported == 225);
    CHECK(failRefused > 0);
    CHECK(passed == 58);
}

TEST_CASE("IATI import: narratives by language, partners deduplicated, percentages fitted, unknown codes reported", "[iati]")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    Database &db = portfolio->database();
    const QString path = dir.path(QStringLiteral("made.xml"));
    test::writeFile(path, R"(<?xml version="1.0" encoding="UTF-8"?>
<iati-activities version="2.02">
 <iati-activity default-currency="USD" xml:lang="fr">
  <iati-identifier>CN-CICETE-T1</iati-identifier>
  <reporting-org ref="CN-CICETE" type="10"><narrative>CICETE</narrative></reporting-org>
  <title><narrative xml:lang="en">Clean water</narrative><narrative xml:lang="zh">清洁水</narrative><narrative>Eau propre</narrative></title>
  <description><narrative xml:lang="EN">About water.</narrative><narrative xml:lang="zh">关于水。</narrative></description>
  <participating-org ref="XM-DAC-41114" type="40" role="1"><narrative xml:lang="en">UNDP</narrative></participating-org>
  <participating-org type="10" role="4"><narrative xml:lang="en">Ministry of Water</narrative></participating-org>
  <participating-org role="9"><narrative xml:lang="en">Someone</narrative></participating-org>
  <activity-status code="2"/>
  <activity-date type="1" iso-date="2020-01-01"/>
  <recipient-country code="KE" percentage="50"/>
  <recipient-country code="GH" percentage="30"/>
  <recipient-country code="QQ" percentage="20"/>
  <sector vocabulary="1" code="14030"/>
  <sector vocabulary="2" code="140"/>
  <sector vocabulary="7" code="6"/>
  <tag vocabulary="2" code="3"/>
  <budget type="1" status="1"><period-start iso-date="2020-01-01"/><period-end iso-date="2020-12-31"/><value value-date="2020-01-01">1000.5</value></budget>
  <transaction><transaction-type code="3"/><transaction-date iso-date="2020-02-01"/><value value-date="2020-02-01">10.005</value>
   <provider-org ref="XM-DAC-41114"><narrative>UNDP</narrative></provider-org></transaction>
  <transaction><transaction-type code="99"/><transaction-date iso-date="2020-02-01"/><value>5</value></transaction>
  <transaction><transaction-type code="3"/><transaction-date iso-date="2020-02-01"/><value currency="XYZ">5</value></transaction>
  <transaction><transaction-type code="4"/><transaction-date iso-date="2020-02-01"/><value currency="USD" value-date="2020-02-01"/></transaction>
 </iati-activity>
 <iati-activity>
  <iati-identifier>CN-CICETE-T2</iati-identifier>
  <reporting-org ref="CN-CICETE" type="10"><narrative>CICETE</narrative></reporting-org>
  <title><narrative xml:lang="en">Second</narrative></title>
  <participating-org ref="XM-DAC-41114" role="2"><narrative xml:lang="en">United Nations Development Programme</narrative></participating-org>
  <participating-org role="4"><narrative xml:lang="en">ministry of water</narrative></participating-org>
  <activity-status code="8"/>
  <activity-date type="1" iso-date="2021-01-01"/>
  <transaction><transaction-type code="2"/><transaction-date iso-date="2021-02-01"/><value>7</value></transaction>
 </iati-activity>
 <iati-activity><title><narrative>No identifier</narrative></title></iati-activity>
</iati-activities>
)");
    auto s = importIati(db, {path});
    REQUIRE(s.ok());
    CHECK(s->version == QLatin1String("2.02"));
    CHECK(s->activitiesCreated == 2);
    CHECK(s->activitiesSkipped == 1);
    CHECK(hasSkip(s.value(), 0, QString(), QStringLiteral("activity"), QStringLiteral("no iati-identifier")));
    CHECK(s->partnersCreated == 2); // UNDP by its identifier, the ministry by its name (case aside)
    CHECK(hasSkip(s.value(), 0, QStringLiteral("CN-CICETE-T1"), QStringLiteral("participating-org"),
        QStringLiteral("unknown organisation role \"9\"")));
    CHECK(hasSkip(
        s.value(), 0, QStringLiteral("CN-CICETE-T1"), QStringLiteral("recipient-country"), QStringLiteral("unknown country code \"QQ\"")));
    CHECK(hasSkip(s.value(), 0, QStringLiteral("CN-CICETE-T1"), QStringLiteral("recipient-country"), QStringLiteral("sum to 80.00%")));
    CHECK(hasSkip(s.value(), 0, QStringLiteral("CN-CICETE-T1"), QStringLiteral("sector"), QStringLiteral("vocabulary 2")));
    CHECK(hasSkip(
        s.value(), 0, QStringLiteral("CN-CICETE-T1"), QStringLiteral("transaction"), QStringLiteral("unknown transaction type \"99\"")));
    CHECK(hasSkip(s.value(), 0, QStringLiteral("CN-CICETE-T1"), QStringLiteral("transaction"), QStringLiteral("unknown currency \"XYZ\"")));
    CHECK(hasSkip(
        s.value(), 0, QStringLiteral("CN-CICETE-T1"), QStringLiteral("transaction value"), QStringLiteral("10.005 rounded to 10.01")));
    CHECK(hasSkip(s.value(), 0, QStringLiteral("CN-CICETE-T2"), QStringLiteral("activity-status"), QStringLiteral("\"8\"")));
    CHECK(s->transactionsImported == 1);
    CHECK(s->transactionsSkipped == 4);
    CHECK(hasSkip(s.value(), 0, QStringLiteral("CN-CICETE-T1"), QStringLiteral("transaction"), QStringLiteral("empty value")));
    CHECK(s->budgetsImported == 1);

    auto t1 = portfolio->projects().findByCode(QStringLiteral("CN-CICETE-T1"));
    REQUIRE(t1.ok());
    CHECK(t1->titleEn == QLatin1String("Clean water"));
    CHECK(t1->titleZh == QStringLiteral("清洁水"));
    CHECK(t1->descriptionEn.contains(QLatin1String("About water.")));
    CHECK(t1->descriptionEn.contains(QLatin1String("[fr] Eau propre"))); // the activity's default language is fr
    CHECK(t1->descriptionZh == QStringLiteral("关于水。"));
    CHECK(t1->status == ActivityStatus::Implementation);
    CHECK(t1->plannedStart == QDate(2020, 1, 1));
    CHECK(t1->countries == QList<CountryShare>{{QStringLiteral("KE"), 6250}, {QStringLiteral("GH"), 3750}});
    CHECK(t1->sectors == QList<SectorShare>{{QStringLiteral("14030"), kWholePercent}});
    CHECK(t1->sdgGoals == QList<int>{3, 6});
    CHECK(t1->funding == FundingSource::Other);

    auto transactions = FinanceService(db).transactions(t1->id);
    REQUIRE(transactions.ok());
    REQUIRE(transactions->size() == 1);
    CHECK(transactions->first().amount == Money(1001, QStringLiteral("USD")));
    auto undp = portfolio->partners().findByIatiId(QStringLiteral("XM-DAC-41114"));
    REQUIRE(undp.ok());
    CHECK(transactions->first().providerId == undp->id);
    CHECK(transactions->first().providerName.isEmpty()); // the partner's own name: not repeated
    auto budgets = FinanceService(db).budgetLines(t1->id);
    REQUIRE(budgets.ok());
    REQUIRE(budgets->size() == 1);
    CHECK(budgets->first().amount == Money(100050, QStringLiteral("USD")));

    // The second activity has no default currency: its transaction is skipped with the reason.
    CHECK(hasSkip(s.value(), 0, QStringLiteral("CN-CICETE-T2"), QStringLiteral("transaction"), QStringLiteral("no currency")));
}

TEST_CASE("IATI values: amounts rounded to the currency, percentages, shares fitted to 100%", "[iati]")
{
    bool rounded = true;
    CHECK(iatiAmount(QStringLiteral("1234.56"), QStringLiteral("USD"), &rounded).value() == Money(123456, QStringLiteral("USD")));
    CHECK(!rounded);
    CHECK(
        iatiAmount(QStringLiteral("1112742.39948867"), QStringLiteral("USD"), &rounded).value() == Money(111274240, QStringLiteral("USD")));
    CHECK(rounded);
    CHECK(iatiAmount(QStringLiteral("-0.005"), QStringLiteral("USD")).value() == Money(-1, QStringLiteral("USD")));
    CHECK(iatiAmount(QStringLiteral("1500"), QStringLiteral("JPY")).value() == Money(1500, QStringLiteral("JPY")));
    CHECK(iatiAmount(QStringLiteral("2.5"), QStringLiteral("JPY")).value() == Money(3, QStringLiteral("JPY")));
    CHECK(!iatiAmount(QStringLiteral("1E6"), QStringLiteral("USD")).ok());
    CHECK(!iatiAmount(QStringLiteral("1,000"), QStringLiteral("USD")).ok());
    CHECK(!iatiAmount(QStringLiteral(""), QStringLiteral("USD")).ok());
    CHECK(iatiPercent(QStringLiteral("33.33")) == 3333);
    CHECK(iatiPercent(QStringLiteral("100")) == 10000);
    CHECK(iatiPercent(QStringLiteral("100.5")) == -1);
    CHECK(iatiPercent(QStringLiteral("abc")) == -1);
    CHECK(fitToWhole({3333, 3333, 3333}) == QList<int>{3334, 3333, 3333});
    CHECK(fitToWhole({-1, -1, -1}) == QList<int>{3334, 3333, 3333});
    CHECK(fitToWhole({6000, -1}) == QList<int>{6000, 4000});
    CHECK(fitToWhole({5000, 3000}) == QList<int>{6250, 3750});
    CHECK(fitToWhole({10000}) == QList<int>{10000});
}

TEST_CASE("IATI values: an amount too large for its currency's minor unit is refused, not wrapped", "[iati]")
{
    // 15 whole digits in a currency of 4 decimals (CLF, UYW) overflowed 64 bits; tests/fuzz keeps such a file.
    CHECK(!iatiAmount(QStringLiteral("999999999999999"), QStringLiteral("CLF")).ok());
    CHECK(!iatiAmount(QStringLiteral("-999999999999999.9999"), QStringLiteral("UYW")).ok());
    // The largest amount that fits is read exactly; one more, or rounding up past it, is refused.
    const qint64 largest = std::numeric_limits<qint64>::max();
    CHECK(iatiAmount(QStringLiteral("922337203685477.5807"), QStringLiteral("CLF")).value() == Money(largest, QStringLiteral("CLF")));
    CHECK(iatiAmount(QStringLiteral("-922337203685477.5807"), QStringLiteral("CLF")).value() == Money(-largest, QStringLiteral("CLF")));
    CHECK(!iatiAmount(QStringLiteral("922337203685477.5808"), QStringLiteral("CLF")).ok());
    CHECK(!iatiAmount(QStringLiteral("922337203685477.58075"), QStringLiteral("CLF")).ok());
    // The same digits fit in a currency of 2 decimals.
    CHECK(iatiAmount(QStringLiteral("999999999999999"), QStringLiteral("USD")).value() == Money(99999999999999900, QStringLiteral("USD")));
}

TEST_CASE("IATI import: a cancel from the progress callback rolls the file back", "[iati]")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    Database &db = portfolio->database();
    const QString path = iatiData(QStringLiteral("real/undp-china-cicete-mofcom.dev.xml"));
    qint64 calls = 0, lastDone = 0, total = 0;
    auto r = importIati(db, {path}, [&](qint64 done, qint64 of) {
        ++calls;
        lastDone = done;
        total = of;
        return calls < 5;
    });
    REQUIRE(!r.ok());
    CHECK(r.error().kind == Error::Kind::Cancelled);
    CHECK(calls == 5);
    CHECK(total == QFileInfo(path).size());
    CHECK((lastDone > 0 && lastDone <= total));
    CHECK(test::countRows(db, "projects") == 0);
    CHECK(test::countRows(db, "partners") == 0);
    CHECK(test::countRows(db, "transactions") == 0);
}

namespace {

// What a portfolio holds, by iati-identifier, to compare two portfolios: each project's status and
// dates, its transactions (count and sum) per type and currency, its budgets per currency.
struct Figures
{
    QMap<QString, QStringList> projects;
    QMap<QString, QPair<qint64, qint64>> transactions;
    QMap<QString, QPair<qint64, qint64>> budgets;
    bool operator==(const Figures &) const = default;
};

Figures figuresOf(Database &db)
{
    Figures f;
    auto projects = db.execute(QStringLiteral("SELECT iati_identifier, status, planned_start, actual_start, planned_end, actual_end FROM projects"));
    REQUIRE(projects.ok());
    while (projects->next()) {
        QStringList row;
        for (int i = 1; i < 6; ++i)
            row << projects->value(i).toString();
        f.projects.insert(projects->value(0).toString(), row);
    }
    auto transactions = db.execute(QStringLiteral("SELECT p.iati_identifier, t.type, t.currency, count(*), sum(t.amount) FROM transactions t "
                                                  "JOIN projects p ON p.id = t.project_id GROUP BY p.iati_identifier, t.type, t.currency"));
    REQUIRE(transactions.ok());
    while (transactions->next())
        f.transactions.insert(QStringList{transactions->value(0).toString(), transactions->value(1).toString(), transactions->value(2).toString()}.join(u' '),
            {transactions->value(3).toLongLong(), transactions->value(4).toLongLong()});
    auto budgets = db.execute(QStringLiteral("SELECT p.iati_identifier, b.currency, count(*), sum(b.amount) FROM budget_lines b "
                                             "JOIN projects p ON p.id = b.project_id GROUP BY p.iati_identifier, b.currency"));
    REQUIRE(budgets.ok());
    while (budgets->next())
        f.budgets.insert(budgets->value(0).toString() + u' ' + budgets->value(1).toString(), {budgets->value(2).toLongLong(), budgets->value(3).toLongLong()});
    return f;
}

} // namespace

TEST_CASE("IATI import: every real file that imports exports valid against 2.03 and imports again to the same figures", "[iati]")
{
    QDirIterator it(iatiData(QStringLiteral("real")), {QStringLiteral("*.xml")}, QDir::Files);
    int files = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        const QString name = QFileInfo(path).fileName();
        INFO(name.toStdString());
        test::TempDir dir;
        auto first = test::newPortfolio(dir, QStringLiteral("first.db"));
        auto imported = importIati(first->database(), {path});
        if (name == QLatin1String("example_organisation_203.xml")) {
            REQUIRE(!imported.ok()); // an organisation file is refused, as before
            CHECK(imported.error().message.contains(QLatin1String("organisation file")));
            continue;
        }
        INFO((imported.ok() ? QString() : imported.error().describe()).toStdString());
        REQUIRE(imported.ok());
        ++files;
        const QString exported = dir.path(QStringLiteral("export.xml"));
        auto written = exportIati(first->database(), {}, exported);
        INFO((written.ok() ? QString() : written.error().describe()).toStdString());
        REQUIRE(written.ok());
        CHECK(written.value() == imported->activitiesCreated);
        const test::SchemaCheck check = test::validateIati(exported);
        INFO(check.messages.toStdString());
        CHECK(check.valid);

        auto second = test::newPortfolio(dir, QStringLiteral("second.db"));
        auto again = importIati(second->database(), {exported});
        REQUIRE(again.ok());
        CHECK(again->activitiesSkipped == 0);
        CHECK(again->transactionsSkipped == 0);
        CHECK(again->budgetsSkipped == 0);
        CHECK(again->warnings.size() == imported->warnings.size()); // the same contradictions, kept both times
        const Figures before = figuresOf(first->database());
        const Figures after = figuresOf(second->database());
        CHECK(before.projects.size() == imported->activitiesCreated);
        CHECK(after.projects == before.projects);
        CHECK(after.transactions == before.transactions);
        CHECK(after.budgets == before.budgets);
    }
    CHECK(files >= 7);
}

TEST_CASE("IATI import: dates that contradict each other are kept and warned of, IATI 1.x codes and names are mapped and counted", "[iati]")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    Database &db = portfolio->database();
    const QString path = dir.path(QStringLiteral("old-codes.xml"));
    test::writeFile(path, R"(<?xml version="1.0" encoding="UTF-8"?>
<iati-activities version="2.01">
 <iati-activity default-currency="USD">
  <iati-identifier>XX-OLD-1</iati-identifier>
  <title><narrative>Closed, started, never ended</narrative></title>
  <activity-status code="4"/>
  <activity-date type="start-planned" iso-date="2015-01-01"/>
  <activity-date type="START-ACTUAL" iso-date="2015-03-01"/>
  <activity-date type="end-planned" iso-date="2014-12-31"/>
  <budget type="Original" status="Committed"><period-start iso-date="2015-01-01"/><period-end iso-date="2015-12-31"/><value>100</value></budget>
  <transaction><transaction-type code="IF"/><transaction-date iso-date="2015-01-02"/><value>10</value></transaction>
  <transaction><transaction-type code="c"/><transaction-date iso-date="2015-01-03"/><value>20</value></transaction>
  <transaction><transaction-type code="D"/><transaction-date iso-date="2015-01-04"/><value>30</value></transaction>
  <transaction><transaction-type code="E"/><transaction-date iso-date="2015-01-05"/><value>40</value></transaction>
  <transaction><transaction-type code="QS"/><transaction-date iso-date="2015-01-06"/><value>50</value></transaction>
  <transaction><transaction-type>Disbursement</transaction-type><transaction-date iso-date="2015-01-07"/><value>60</value></transaction>
  <transaction><transaction-type code="3"/><transaction-date iso-date="2015-01-08"/><value>70</value></transaction>
  <transaction><transaction-type code="ZZ"/><transaction-date iso-date="2015-01-09"/><value>80</value></transaction>
 </iati-activity>
 <iati-activity default-currency="USD">
  <iati-identifier>XX-OLD-2</iati-identifier>
  <title><narrative>Ended before it started</narrative></title>
  <activity-status code="Implementation"/>
  <activity-date type="end-actual" iso-date="2016-01-01"/>
  <activity-date type="2" iso-date="2016-06-01"/>
 </iati-activity>
 <iati-activity default-currency="USD">
  <iati-identifier>XX-OLD-3</iati-identifier>
  <title><narrative>An actual end only</narrative></title>
  <activity-date type="4" iso-date="2017-01-01"/>
 </iati-activity>
</iati-activities>
)");
    auto s = importIati(db, {path});
    REQUIRE(s.ok());
    CHECK(s->activitiesCreated == 3);
    CHECK(s->activitiesSkipped == 0);
    CHECK(s->transactionsImported == 7);
    CHECK(s->transactionsSkipped == 1);
    CHECK(hasSkip(s.value(), 0, QStringLiteral("XX-OLD-1"), QStringLiteral("transaction"), QStringLiteral("unknown transaction type \"ZZ\"")));
    CHECK(s->budgetsImported == 1);

    // Kept as the file says, each contradiction a warning.
    auto one = portfolio->projects().findByCode(QStringLiteral("XX-OLD-1"));
    REQUIRE(one.ok());
    CHECK(one->status == ActivityStatus::Closed);
    CHECK(one->plannedStart == QDate(2015, 1, 1));
    CHECK(one->actualStart == QDate(2015, 3, 1));
    CHECK(one->plannedEnd == QDate(2014, 12, 31));
    CHECK(!one->actualEnd.isValid());
    auto two = portfolio->projects().findByCode(QStringLiteral("XX-OLD-2"));
    REQUIRE(two.ok());
    CHECK(two->status == ActivityStatus::Implementation);
    CHECK(two->actualStart == QDate(2016, 6, 1));
    CHECK(two->actualEnd == QDate(2016, 1, 1));
    auto three = portfolio->projects().findByCode(QStringLiteral("XX-OLD-3"));
    REQUIRE(three.ok());
    CHECK(three->actualEnd == QDate(2017, 1, 1));
    QStringList warned;
    for (const IatiSkip &w : s->warnings) {
        CHECK(w.what == QLatin1String("activity-date"));
        CHECK(w.line > 0);
        warned << w.activity + QStringLiteral(": ") + w.reason;
    }
    INFO(warned.join(u'\n').toStdString());
    CHECK(warned.size() == 4);
    CHECK(warned.contains(QStringLiteral("XX-OLD-1: planned end 2014-12-31 is before planned start 2015-01-01")));
    CHECK(warned.contains(QStringLiteral("XX-OLD-1: a closed project needs its actual end date")));
    CHECK(warned.contains(QStringLiteral("XX-OLD-2: actual end 2016-01-01 is before actual start 2016-06-01")));
    CHECK(warned.contains(QStringLiteral("XX-OLD-3: an actual end needs an actual start")));
    CHECK(s->skips.size() == 1); // the unknown type only: a warning or a mapping is no skip

    // Mapped: 3 date types and 4 letters and a name in XX-OLD-1, budget type and status names, status name
    // and a date type in XX-OLD-2.
    CHECK(s->mapped.size() == 3 + 5 + 1 + 2 + 1 + 1);
    CHECK(std::any_of(s->mapped.cbegin(), s->mapped.cend(), [](const IatiSkip &m) {
        return m.activity == QLatin1String("XX-OLD-1") && m.what == QLatin1String("activity-date") && m.reason.contains(QLatin1String("START-ACTUAL"));
    }));
    auto transactions = FinanceService(db).transactions(one->id);
    REQUIRE(transactions.ok());
    QMap<int, qint64> byType;
    for (const FinancialTransaction &t : transactions.value())
        byType[t.type] += t.amount.minorUnits();
    CHECK(byType == QMap<int, qint64>{{1, 1000}, {2, 2000}, {3, 3000 + 6000 + 7000}, {4, 4000}, {9, 5000}});
    auto budgets = FinanceService(db).budgetLines(one->id);
    REQUIRE(budgets.ok());
    REQUIRE(budgets->size() == 1);
    CHECK(budgets->first().type == 1);
    CHECK(budgets->first().status == 2);

    // The editor's rules still hold on entry: a change to such a project there names the dates.
    Project edited = one.value();
    edited.titleEn = QStringLiteral("Renamed");
    auto refused = portfolio->projects().update(edited);
    REQUIRE(!refused.ok());
    CHECK(refused.error().kind == Error::Kind::Validation);
    CHECK(portfolio->projects().update(edited, ValidationRules::Import).ok());
}

TEST_CASE("IATI values: 1.x codes and names map to 2.x codes, 2.x codes stay, unknown ones are empty", "[iati]")
{
    bool mapped = true;
    CHECK(iatiCode(QStringLiteral("TransactionType"), QStringLiteral("3"), &mapped) == QLatin1String("3"));
    CHECK(!mapped);
    const QList<std::pair<const char *, const char *>> letters{{"IF", "1"}, {"C", "2"}, {"D", "3"}, {"E", "4"}, {"IR", "5"}, {"LR", "6"},
        {"R", "7"}, {"QP", "8"}, {"QS", "9"}, {"CG", "10"}, {"Disbursement", "3"}, {"outgoing commitment", "2"}, {"Commitment", "2"},
        {"Incoming Funds", "1"}};
    for (const auto &[given, code] : letters) {
        INFO(given);
        CHECK(iatiCode(QStringLiteral("TransactionType"), QLatin1String(given), &mapped) == QLatin1String(code));
        CHECK(mapped);
    }
    CHECK(iatiCode(QStringLiteral("ActivityDateType"), QStringLiteral("start-planned")) == QLatin1String("1"));
    CHECK(iatiCode(QStringLiteral("ActivityDateType"), QStringLiteral("START-ACTUAL")) == QLatin1String("2"));
    CHECK(iatiCode(QStringLiteral("ActivityDateType"), QStringLiteral("End-Planned")) == QLatin1String("3"));
    CHECK(iatiCode(QStringLiteral("ActivityDateType"), QStringLiteral("end-actual")) == QLatin1String("4"));
    CHECK(iatiCode(QStringLiteral("ActivityStatus"), QStringLiteral("closed")) == QLatin1String("4"));
    CHECK(iatiCode(QStringLiteral("BudgetType"), QStringLiteral("Revised")) == QLatin1String("2"));
    CHECK(iatiCode(QStringLiteral("TransactionType"), QStringLiteral("14"), &mapped).isEmpty());
    CHECK(!mapped);
    CHECK(iatiCode(QStringLiteral("TransactionType"), QStringLiteral("X")).isEmpty());
    CHECK(iatiCode(QStringLiteral("ActivityDateType"), QStringLiteral("D")).isEmpty()); // a transaction letter is no date type
}

TEST_CASE("IATI import: of several files each is imported whole or refused whole, and every file's outcome is told", "[iati]")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    Database &db = portfolio->database();
    const QString broken = dir.path(QStringLiteral("broken.xml"));
    test::writeFile(broken,
        "<iati-activities version=\"2.03\"><iati-activity><iati-identifier>X-1</iati-identifier>"
        "<title><narrative>T</narrative></title></iati-activity><iati-activity><iati-identifier>X-2</iati-identifier>");
    const QStringList paths{iatiData(QStringLiteral("real/foodsecurity_dportal.xml")), iatiData(QStringLiteral("real/example_organisation_203.xml")),
        broken, iatiData(QStringLiteral("real/undp-china-cicete-mofcom.dev.xml"))};
    const QList<IatiFileOutcome> outcomes = importIatiFiles(db, paths);
    REQUIRE(outcomes.size() == 4);
    for (qsizetype i = 0; i < outcomes.size(); ++i)
        CHECK(outcomes.at(i).path == paths.at(i));
    CHECK(outcomes.at(0).ok);
    CHECK(outcomes.at(0).summary.activitiesCreated == 7);
    CHECK(!outcomes.at(1).ok);
    CHECK(outcomes.at(1).error.message.contains(QLatin1String("organisation file")));
    CHECK(!outcomes.at(2).ok);
    CHECK(outcomes.at(2).error.message.startsWith(QLatin1String("broken.xml:")));
    CHECK(outcomes.at(2).summary.activitiesCreated == 0);
    CHECK(outcomes.at(3).ok);
    CHECK(outcomes.at(3).summary.activitiesCreated == 15);
    // Nothing of the broken file, all of the others.
    CHECK(test::countRows(db, "projects") == 7 + 15);
    CHECK(test::countRows(db, "projects WHERE iati_identifier IN ('X-1', 'X-2')") == 0);

    // importIati sums them up and gives the first refusal; the files that import stay imported.
    test::TempDir other;
    auto second = test::newPortfolio(other);
    auto summed = importIati(second->database(), paths);
    REQUIRE(!summed.ok());
    CHECK(summed.error().message.contains(QLatin1String("organisation file")));
    CHECK(test::countRows(second->database(), "projects") == 7 + 15);
}
