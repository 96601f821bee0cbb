#include "iati_test_support.h"

#include "demo/demo_generator.h"
#include "interchange/iati_export.h"
#include "interchange/iati_import.h"
#include "services/portfolio_settings.h"

#include <QDomDocument>
#include <QFile>

using namespace pd;

namespace {

const QDate kGenerated(2026, 11, 22);

QDomDocument parsed(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QDomDocument doc;
    REQUIRE(doc.setContent(&file));
    return doc;
}

void requireValid(const QString &path)
{
    const test::SchemaCheck check = test::validateIati(path);
    INFO(check.messages.toStdString());
    REQUIRE(check.valid);
}

IatiExportOptions options()
{
    IatiExportOptions o;
    o.generated = kGenerated;
    return o;
}

} // namespace

TEST_CASE("IATI export: a demo portfolio is written as one valid 2.03 activity per project, CICETE reporting", "[iati]")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    Database &db = portfolio->database();
    auto demo = DemoGenerator(db, {}).run();
    REQUIRE(demo.ok());
    const QString path = dir.path(QStringLiteral("demo.xml"));
    auto written = exportIati(db, {}, path, options());
    REQUIRE(written.ok());
    CHECK(written.value() == demo->projects);
    CHECK(!QFile::exists(path + QStringLiteral(".part")));
    requireValid(path);

    const QDomDocument doc = parsed(path);
    const QDomElement root = doc.documentElement();
    CHECK(root.attribute(QStringLiteral("version")) == QLatin1String("2.03"));
    CHECK(root.attribute(QStringLiteral("generated-datetime")) == QLatin1String("2026-11-22T00:00:00Z"));
    CHECK(root.elementsByTagName(QStringLiteral("iati-activity")).size() == demo->projects);
    const QDomElement first = root.firstChildElement(QStringLiteral("iati-activity"));
    CHECK(first.firstChildElement(QStringLiteral("reporting-org")).attribute(QStringLiteral("ref")) == QLatin1String("CN-CICETE"));
    // Every transaction and budget of the portfolio is in the file.
    CHECK(root.elementsByTagName(QStringLiteral("transaction")).size() == test::countRows(db, "transactions"));
    CHECK(root.elementsByTagName(QStringLiteral("budget")).size() == test::countRows(db, "budget_lines"));
    CHECK(root.elementsByTagName(QStringLiteral("participating-org")).size() >= demo->projects);
    // Chinese titles are written with xml:lang="zh".
    bool chinese = false;
    const QDomNodeList narratives = first.firstChildElement(QStringLiteral("title")).elementsByTagName(QStringLiteral("narrative"));
    for (int i = 0; i < narratives.size(); ++i)
        chinese = chinese || narratives.at(i).toElement().attribute(QStringLiteral("xml:lang")) == QLatin1String("zh");
    CHECK(chinese);
}

TEST_CASE(
    "IATI export: the reporting organisation comes from the option, else the portfolio's setting; a filter limits the projects", "[iati]")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    Database &db = portfolio->database();
    REQUIRE(importIati(db, {iatiData(QStringLiteral("real/undp-china-cicete-mofcom.dev.xml"))}).ok());
    REQUIRE(PortfolioSettings(db).setValue(QStringLiteral("iati_reporting_org"), QStringLiteral("CN-MOFCOM-CICETE")).ok());

    const QString all = dir.path(QStringLiteral("all.xml"));
    auto written = exportIati(db, {}, all, options());
    REQUIRE(written.ok());
    CHECK(written.value() == 15);
    requireValid(all);
    const QDomElement activity = parsed(all).documentElement().firstChildElement(QStringLiteral("iati-activity"));
    CHECK(
        activity.firstChildElement(QStringLiteral("reporting-org")).attribute(QStringLiteral("ref")) == QLatin1String("CN-MOFCOM-CICETE"));
    // Imported projects keep the identifier they were published under.
    CHECK(activity.firstChildElement(QStringLiteral("iati-identifier")).text().startsWith(QLatin1String("XM-DAC-41114-")));

    IatiExportOptions given = options();
    given.reportingOrgRef = QStringLiteral("CN-TEST");
    ProjectFilter filter;
    filter.search = QStringLiteral("00101359");
    const QString one = dir.path(QStringLiteral("one.xml"));
    written = exportIati(db, filter, one, given);
    REQUIRE(written.ok());
    CHECK(written.value() == 1);
    requireValid(one);
    CHECK(parsed(one)
              .documentElement()
              .firstChildElement(QStringLiteral("iati-activity"))
              .firstChildElement(QStringLiteral("reporting-org"))
              .attribute(QStringLiteral("ref"))
        == QLatin1String("CN-TEST"));
}

TEST_CASE("IATI export: export, import into a new portfolio and export again gives the same file, valid both times", "[iati]")
{
    test::TempDir dir;
    QByteArray exports[2];
    for (int round = 0; round < 2; ++round) {
        INFO("round " << round);
        auto portfolio = test::newPortfolio(dir, QStringLiteral("round%1.db").arg(round));
        Database &db = portfolio->database();
        qint64 transactions = 0;
        if (round == 0) {
            // The demo portfolio and the real UNDP file: CICETE's own projects and published ones.
            REQUIRE(DemoGenerator(db, {}).run().ok());
            REQUIRE(importIati(db, {iatiData(QStringLiteral("real/undp-china-cicete-mofcom.dev.xml"))}).ok());
        } else {
            auto imported = importIati(db, {dir.path(QStringLiteral("round0.xml"))});
            REQUIRE(imported.ok());
            CHECK(imported->activitiesSkipped == 0);
            CHECK(imported->transactionsSkipped == 0);
            CHECK(imported->budgetsSkipped == 0);
            transactions = imported->transactionsImported;
        }
        const QString path = dir.path(QStringLiteral("round%1.xml").arg(round));
        REQUIRE(exportIati(db, {}, path, options()).ok());
        requireValid(path);
        exports[round] = test::readFile(path);
        if (round == 1)
            CHECK(transactions == test::countRows(db, "transactions"));
    }
    // The same generated date is given to both, so the files must be equal byte for byte.
    CHECK(exports[0].size() == exports[1].size());
    CHECK((exports[0] == exports[1]));
}

TEST_CASE("IATI export: a project without any date is refused with its code, and no file is left", "[iati]")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    Project p;
    p.code = QStringLiteral("NODATE-1");
    p.titleEn = QStringLiteral("No date");
    REQUIRE(portfolio->projects().create(p).ok());
    const QString path = dir.path(QStringLiteral("x.xml"));
    auto written = exportIati(portfolio->database(), {}, path, options());
    REQUIRE(!written.ok());
    CHECK(written.error().message.contains(QLatin1String("NODATE-1")));
    CHECK(!QFile::exists(path));
    CHECK(!QFile::exists(path + QStringLiteral(".part")));
}
