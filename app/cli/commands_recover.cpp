#include "command.h"
#include "output.h"

#include "storage/salvage.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace pd::cli {

namespace {

QJsonObject tableJson(const TableSalvage &table)
{
    QJsonArray unreadable, reasons;
    for (const RowidRange &r : table.unreadable)
        unreadable.append(QJsonArray{r.first, r.last ? QJsonValue(*r.last) : QJsonValue(QJsonValue::Null)});
    for (const RefusedRows &r : table.refused)
        reasons.append(refusalSentence(r));
    return QJsonObject{{QStringLiteral("table"), table.table}, {QStringLiteral("recovered"), table.recovered},
        {QStringLiteral("unreadable"), unreadable}, {QStringLiteral("refused"), table.refusedCount()},
        {QStringLiteral("refused_reasons"), reasons}, {QStringLiteral("lost_entirely"), table.lostEntirely},
        {QStringLiteral("links_cleared"), table.linksCleared}};
}

// Opens the damaged file only through the salvage, which never writes to it: Context::open would
// upgrade or configure it.
int recover(Context &c)
{
    QCommandLineParser parser;
    const QCommandLineOption to(
        QStringLiteral("to"), QStringLiteral("The new portfolio to write (must not exist)."), QStringLiteral("FILE"));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("text or json."), QStringLiteral("F"), QStringLiteral("text"));
    parser.addOptions({to, format});
    int code = Ok;
    if (!c.parse(parser,
            QStringLiteral("Recovers what can be read of a damaged portfolio (--db) into a new one, and reports what was lost. "
                           "The damaged file is never changed."),
            code))
        return code;
    if (c.dbPath.isEmpty())
        return c.usage(QStringLiteral("no portfolio given; use --db FILE"));
    if (const int missing = c.requireOptions(parser, {&to}); missing != Ok)
        return missing;
    const QString f = parser.value(format);
    if (f != QLatin1String("text") && f != QLatin1String("json"))
        return c.usage(QStringLiteral("--format is text or json"));
    if (QFileInfo::exists(parser.value(to)))
        return c.usage(QStringLiteral("%1 already exists; choose a new file for the recovered portfolio").arg(parser.value(to)));

    auto report = Salvage(c.dbPath, parser.value(to)).run();
    if (!report)
        return c.fail(report.error());
    if (f == QLatin1String("json")) {
        QJsonArray tables;
        for (const TableSalvage &t : report->tables)
            tables.append(tableJson(t));
        printJson(c.out,
            QJsonObject{{QStringLiteral("source"), report->source}, {QStringLiteral("target"), report->target},
                {QStringLiteral("schema_version"), report->schemaVersion}, {QStringLiteral("recovered"), report->recovered()},
                {QStringLiteral("unreadable_ranges"), report->unreadableRanges()}, {QStringLiteral("refused"), report->refused()},
                {QStringLiteral("tables"), tables}});
        return Ok;
    }
    for (const TableSalvage &t : report->tables)
        c.out << tableLine(t) << '\n';
    c.out << salvageSummary(report.value()) << '\n';
    return Ok;
}

} // namespace

QList<Command> recoverCommands()
{
    return {
        {QStringLiteral("recover"), QStringLiteral("salvage a damaged portfolio --to NEW.db [--format text|json]"), recover},
    };
}

} // namespace pd::cli
