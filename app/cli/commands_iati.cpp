#include "command.h"
#include "output.h"

#include "interchange/iati_export.h"
#include "interchange/iati_import.h"
#include "storage/database.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>
#if defined(Q_OS_WIN)
#include <io.h>
#else
#include <unistd.h>
#endif

namespace pd::cli {

namespace {

// Progress on a terminal only: a log or a pipe gets the outcome lines, not carriage returns.
bool stderrIsTerminal()
{
#if defined(Q_OS_WIN)
    return _isatty(_fileno(stderr)) != 0;
#else
    return isatty(STDERR_FILENO) != 0;
#endif
}

void printNotes(QTextStream &out, const QString &kind, const QList<IatiSkip> &notes)
{
    // FILE:LINE: ACTIVITY: [kind: ]what: reason — a skip has no kind word, as before.
    for (const IatiSkip &n : notes)
        out << QStringLiteral("%1:%2: %3: %4%5: %6")
                   .arg(n.file)
                   .arg(n.line)
                   .arg(n.activity.isEmpty() ? QStringLiteral("-") : n.activity, kind.isEmpty() ? QString() : kind + QStringLiteral(": "), n.what,
                       n.reason)
            << Qt::endl;
}

QString outcomeLine(const QString &file, const IatiImportSummary &s)
{
    return file
        + QStringLiteral(": imported (IATI %1): activities %2 created, %3 updated, %4 skipped; transactions %5 imported, %6 skipped; "
                         "budgets %7 imported, %8 skipped; partners %9 created; ")
              .arg(s.version)
              .arg(s.activitiesCreated)
              .arg(s.activitiesUpdated)
              .arg(s.activitiesSkipped)
              .arg(s.transactionsImported)
              .arg(s.transactionsSkipped)
              .arg(s.budgetsImported)
              .arg(s.budgetsSkipped)
              .arg(s.partnersCreated)
        + QStringLiteral("%1 warnings, %2 codes mapped").arg(s.warnings.size()).arg(s.mapped.size());
}

QJsonObject outcomeJson(const IatiFileOutcome &o)
{
    auto notes = [](const QList<IatiSkip> &list) {
        QJsonArray rows;
        for (const IatiSkip &n : list)
            rows.append(QJsonObject{{QStringLiteral("line"), n.line}, {QStringLiteral("activity"), n.activity}, {QStringLiteral("what"), n.what},
                {QStringLiteral("reason"), n.reason}});
        return rows;
    };
    const IatiImportSummary &s = o.summary;
    QJsonObject row{{QStringLiteral("file"), o.path}, {QStringLiteral("ok"), o.ok}};
    if (!o.ok) {
        row.insert(QStringLiteral("error"), o.error.describe());
        return row;
    }
    row.insert(QStringLiteral("version"), s.version);
    row.insert(QStringLiteral("activities_created"), s.activitiesCreated);
    row.insert(QStringLiteral("activities_updated"), s.activitiesUpdated);
    row.insert(QStringLiteral("activities_skipped"), s.activitiesSkipped);
    row.insert(QStringLiteral("transactions_imported"), s.transactionsImported);
    row.insert(QStringLiteral("transactions_skipped"), s.transactionsSkipped);
    row.insert(QStringLiteral("budgets_imported"), s.budgetsImported);
    row.insert(QStringLiteral("budgets_skipped"), s.budgetsSkipped);
    row.insert(QStringLiteral("partners_created"), s.partnersCreated);
    row.insert(QStringLiteral("skips"), notes(s.skips));
    row.insert(QStringLiteral("warnings"), notes(s.warnings));
    row.insert(QStringLiteral("mapped"), notes(s.mapped));
    return row;
}

int importIatiFiles(Context &c)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("text or json."), QStringLiteral("F"), QStringLiteral("text"));
    parser.addOption(format);
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("IATI 2.01-2.03 activity files."), QStringLiteral("FILE..."));
    int code = Ok;
    if (!c.parse(parser,
            QStringLiteral("Imports IATI activity files, each whole or not at all: projects matched by iati-identifier are updated, "
                           "with their budgets and transactions replaced. What is unsound is skipped and listed; dates that contradict "
                           "each other are kept and listed as warnings; IATI 1.x codes are mapped and listed. A refused file does not "
                           "stop the next; one line per file tells its outcome, and the exit status is 1 if any was refused."),
            code))
        return code;
    const bool json = parser.value(format) == QLatin1String("json");
    if (!json && parser.value(format) != QLatin1String("text"))
        return c.usage(QStringLiteral("--format is text or json"));
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return c.usage(QStringLiteral("give one or more IATI files"));
    auto db = c.open(false);
    if (!db)
        return Failure;
    const bool showProgress = stderrIsTerminal();
    int exit = Ok;
    QJsonArray rows;
    for (const QString &file : files) {
        const QString name = QFileInfo(file).fileName();
        int shown = -1;
        ImportProgress progress;
        if (showProgress) {
            progress = [&](qint64 done, qint64 total) {
                const int percent = total > 0 ? int(done * 100 / total) : 0;
                if (percent != shown) {
                    shown = percent;
                    c.err << QStringLiteral("\r%1: %2%").arg(name).arg(percent) << Qt::flush;
                }
                return true;
            };
        }
        const IatiFileOutcome outcome = pd::importIatiFiles(*db, {file}, progress).value(0);
        if (shown >= 0)
            c.err << QStringLiteral("\r%1\r").arg(QString(name.size() + 6, u' ')) << Qt::flush;
        if (json) {
            rows.append(outcomeJson(outcome));
        } else if (outcome.ok) {
            printNotes(c.out, {}, outcome.summary.skips);
            printNotes(c.out, QStringLiteral("warning"), outcome.summary.warnings);
            printNotes(c.out, QStringLiteral("mapped"), outcome.summary.mapped);
            c.out << outcomeLine(file, outcome.summary) << Qt::endl;
        } else {
            c.out << file << QStringLiteral(": refused, nothing imported: ") << outcome.error.describe() << Qt::endl;
        }
        if (!outcome.ok) {
            c.err << outcome.error.describe() << Qt::endl;
            exit = Failure;
        }
    }
    if (json)
        printJson(c.out, QJsonObject{{QStringLiteral("files"), rows}});
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
        {QStringLiteral("import iati"), QStringLiteral("import IATI 2.01-2.03 activity files FILE..., each whole or not at all [--format json]"), importIatiFiles},
        {QStringLiteral("export iati"),
            QStringLiteral("export projects as IATI 2.03 --out FILE [--search TEXT] [--line LINE] [--reporting-org REF]"), exportIatiFile},
    };
}

} // namespace pd::cli
