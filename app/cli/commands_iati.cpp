#include "command.h"

#include "interchange/iati_export.h"
#include "interchange/iati_import.h"
#include "storage/database.h"

namespace pd::cli {

namespace {

int importIatiFiles(Context &c)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("IATI 2.01-2.03 activity files."), QStringLiteral("FILE..."));
    int code = Ok;
    if (!c.parse(parser,
            QStringLiteral("Imports IATI activity files, each in one transaction: projects matched by iati-identifier are updated, "
                           "with their budgets and transactions replaced. What is unsound is skipped and listed."),
            code))
        return code;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return c.usage(QStringLiteral("give one or more IATI files"));
    auto db = c.open(false);
    if (!db)
        return Failure;
    int exit = Ok;
    for (const QString &file : files) {
        auto summary = importIati(*db, {file});
        if (!summary) {
            c.err << summary.error().describe() << Qt::endl;
            exit = Failure;
            continue;
        }
        const IatiImportSummary &s = summary.value();
        for (const IatiSkip &skip : s.skips)
            c.out << QStringLiteral("%1:%2: %3: %4: %5")
                         .arg(skip.file)
                         .arg(skip.line)
                         .arg(skip.activity.isEmpty() ? QStringLiteral("-") : skip.activity, skip.what, skip.reason)
                  << Qt::endl;
        c.out << file
              << QStringLiteral(" (IATI %1): activities %2 created, %3 updated, %4 skipped; transactions %5 imported, %6 skipped; "
                                "budgets %7 imported, %8 skipped; partners %9 created")
                     .arg(s.version)
                     .arg(s.activitiesCreated)
                     .arg(s.activitiesUpdated)
                     .arg(s.activitiesSkipped)
                     .arg(s.transactionsImported)
                     .arg(s.transactionsSkipped)
                     .arg(s.budgetsImported)
                     .arg(s.budgetsSkipped)
                     .arg(s.partnersCreated)
              << Qt::endl;
    }
    return exit;
}

int exportIatiFile(Context &c)
{
    QCommandLineParser parser;
    const QCommandLineOption out(
        QStringLiteral("out"), QStringLiteral("Write the IATI 2.03 activities file to FILE."), QStringLiteral("FILE"));
    const QCommandLineOption search(
        QStringLiteral("search"), QStringLiteral("Only projects matching these words."), QStringLiteral("TEXT"));
    const QCommandLineOption line(QStringLiteral("line"),
        QStringLiteral("Only this business line (un, goods, sscaf, hrd, conference, network)."), QStringLiteral("LINE"));
    const QCommandLineOption reportingOrg(QStringLiteral("reporting-org"),
        QStringLiteral("The reporting organisation's IATI identifier (default: the portfolio's iati_reporting_org, else CN-CICETE)."),
        QStringLiteral("REF"));
    parser.addOptions({out, search, line, reportingOrg});
    int code = Ok;
    if (!c.parse(parser, QStringLiteral("Exports the projects that match as an IATI 2.03 activities file, CICETE reporting."), code))
        return code;
    if (const int missing = c.requireOptions(parser, {&out}); missing != Ok)
        return missing;
    ProjectFilter filter;
    filter.search = parser.value(search);
    if (!c.lines(parser, line, filter.lines, code))
        return code;
    IatiExportOptions options;
    options.reportingOrgRef = parser.value(reportingOrg);
    auto db = c.open();
    if (!db)
        return Failure;
    auto written = exportIati(*db, filter, parser.value(out), options);
    if (!written)
        return c.fail(written.error());
    c.out << QStringLiteral("%1 activities written to %2").arg(written.value()).arg(parser.value(out)) << Qt::endl;
    return Ok;
}

} // namespace

QList<Command> iatiCommands()
{
    return {
        {QStringLiteral("import iati"), QStringLiteral("import IATI 2.01-2.03 activity files FILE..."), importIatiFiles},
        {QStringLiteral("export iati"),
            QStringLiteral("export projects as IATI 2.03 --out FILE [--search TEXT] [--line LINE] [--reporting-org REF]"), exportIatiFile},
    };
}

} // namespace pd::cli
