#include "command.h"
#include "output.h"

#include "analytics/portfolio_stats.h"
#include "demo/demo_generator.h"
#include "domain/enums.h"
#include "storage/database.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace pd::cli {

namespace {

int init(Context &c)
{
    QCommandLineParser parser;
    int code = Ok;
    if (!c.parse(parser, QStringLiteral("Creates an empty portfolio, or upgrades an existing one to the current schema."), code))
        return code;
    auto db = c.open(false);
    if (!db)
        return Failure;
    c.out << "portfolio " << db->path() << " ready (schema version " << db->schemaVersion() << ")\n";
    return Ok;
}

int demo(Context &c)
{
    QCommandLineParser parser;
    const QCommandLineOption scale(QStringLiteral("scale"),
        QStringLiteral("About 100 projects per unit (1000 gives about 100,000); without it, the app's demo (%1).").arg(DemoGenerator::kStandardScale),
        QStringLiteral("N"), QString::number(DemoGenerator::kStandardScale));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed; the same seed gives the same portfolio."),
        QStringLiteral("S"), QStringLiteral("1983"));
    parser.addOptions({scale, seed});
    int code = Ok;
    if (!c.parse(parser, QStringLiteral("Fills an empty portfolio with the realistic demo portfolio."), code))
        return code;
    bool okScale = false, okSeed = false;
    DemoOptions options;
    options.scale = parser.value(scale).toInt(&okScale);
    options.seed = parser.value(seed).toUInt(&okSeed);
    if (!okScale || options.scale < 1)
        return c.usage(QStringLiteral("--scale wants a whole number of 1 or more"));
    if (!okSeed)
        return c.usage(QStringLiteral("--seed wants a whole number"));
    auto db = c.open(false);
    if (!db)
        return Failure;
    QElapsedTimer timer;
    timer.start();
    auto summary = DemoGenerator(*db, options).run();
    if (!summary)
        return c.fail(summary.error());
    c.out << "demo portfolio: " << summary->projects << " projects, " << summary->partners << " partners, " << summary->roles
          << " partner roles, " << summary->transactions
          << " transactions, " << summary->deliveries << " deliveries in " << timer.elapsed() << " ms\n";
    return Ok;
}

int check(Context &c)
{
    QCommandLineParser parser;
    int code = Ok;
    if (!c.parse(parser,
            QStringLiteral("Checks a portfolio: SQLite integrity, foreign keys and schema version. "
                           "Exits 0 only when the portfolio is sound; never changes the file."),
            code))
        return code;
    if (c.dbPath.isEmpty())
        return c.usage(QStringLiteral("no portfolio given; use --db FILE or --server URL"));
    Database::Options inspect;
    inspect.mode = Database::OpenMode::Inspect;
    auto db = Database::open(c.dbPath, inspect);
    if (!db)
        return c.fail(db.error());
    auto report = db.value()->check();
    if (!report)
        return c.fail(report.error());
    c.out << "schema version: " << report->schemaVersion << " (current " << report->latestVersion << ")\n";
    for (const QString &problem : report->problems)
        c.out << "problem: " << problem << '\n';
    c.out << (report->sound() ? "sound\n" : "NOT sound\n");
    return report->sound() ? Ok : Failure;
}

int backup(Context &c)
{
    QCommandLineParser parser;
    const QCommandLineOption to(
        QStringLiteral("to"), QStringLiteral("The backup file to create (must not exist)."), QStringLiteral("FILE"));
    parser.addOption(to);
    int code = Ok;
    if (!c.parse(parser, QStringLiteral("Writes a consistent copy of the portfolio, safe while others use it."), code))
        return code;
    if (!parser.isSet(to))
        return c.usage(QStringLiteral("backup needs --to FILE"));
    auto db = c.open();
    if (!db)
        return Failure;
    if (Status saved = db->backupTo(parser.value(to)); !saved)
        return c.fail(saved.error());
    c.out << "backup written to " << parser.value(to) << " (" << QFileInfo(parser.value(to)).size() << " bytes)\n";
    return Ok;
}

int stats(Context &c)
{
    QCommandLineParser parser;
    const QCommandLineOption format(
        QStringLiteral("format"), QStringLiteral("table or json."), QStringLiteral("F"), QStringLiteral("table"));
    parser.addOption(format);
    int code = Ok;
    if (!c.parse(parser, QStringLiteral("Headline counts of the portfolio."), code))
        return code;
    Format f = Format::Table;
    if (!parseFormat(parser.value(format), f) || f == Format::Csv)
        return c.usage(QStringLiteral("--format is table or json"));
    auto db = c.open();
    if (!db)
        return Failure;
    auto s = computePortfolioStats(*db);
    if (!s)
        return c.fail(s.error());
    if (f == Format::Json) {
        QJsonObject byLine, byStatus;
        for (auto it = s->projectsByLine.cbegin(); it != s->projectsByLine.cend(); ++it)
            byLine.insert(it.key(), it.value());
        for (auto it = s->projectsByStatus.cbegin(); it != s->projectsByStatus.cend(); ++it)
            byStatus.insert(QString::number(it.key()), it.value());
        printJson(c.out,
            QJsonObject{{QStringLiteral("projects"), s->projects}, {QStringLiteral("projects_by_line"), byLine},
                {QStringLiteral("projects_by_status"), byStatus}, {QStringLiteral("countries"), s->countries},
                {QStringLiteral("partners"), s->partners}, {QStringLiteral("network_members"), s->networkMembers}});
        return Ok;
    }
    QList<QStringList> rows{{QStringLiteral("projects"), QString::number(s->projects)}};
    for (BusinessLine line : allBusinessLines())
        rows.append({QStringLiteral("  ") + nameOf(line, Language::English), QString::number(s->projectsByLine.value(keyOf(line)))});
    for (ActivityStatus status : allActivityStatuses())
        rows.append({QStringLiteral("  ") + nameOf(status, Language::English), QString::number(s->projectsByStatus.value(int(status)))});
    rows.append({QStringLiteral("countries"), QString::number(s->countries)});
    rows.append({QStringLiteral("partners"), QString::number(s->partners)});
    rows.append({QStringLiteral("network members"), QString::number(s->networkMembers)});
    printTable(c.out, {QStringLiteral("figure"), QStringLiteral("value")}, rows);
    return Ok;
}

} // namespace

QList<Command> portfolioCommands()
{
    return {
        {QStringLiteral("init"), QStringLiteral("create an empty portfolio (or upgrade one)"), init},
        {QStringLiteral("demo"), QStringLiteral("fill an empty portfolio with the demo [--scale N] [--seed S]"), demo},
        {QStringLiteral("check"), QStringLiteral("integrity, foreign keys, schema version; exit 0 only when sound"), check},
        {QStringLiteral("backup"), QStringLiteral("consistent copy of the portfolio --to FILE"), backup},
        {QStringLiteral("stats"), QStringLiteral("headline counts [--format table|json]"), stats},
    };
}

} // namespace pd::cli
