#include "command.h"

#include "interchange/csv_import.h"
#include "storage/database.h"

#include <QFile>

namespace pd::cli {

namespace {

std::optional<QChar> separatorFrom(const QString &text)
{
    const QString t = text.toLower();
    if (t == QLatin1String(",") || t == QLatin1String("comma"))
        return QLatin1Char(',');
    if (t == QLatin1String(";") || t == QLatin1String("semicolon"))
        return QLatin1Char(';');
    if (t == QLatin1String("\t") || t == QLatin1String("\\t") || t == QLatin1String("tab"))
        return QLatin1Char('\t');
    return std::nullopt;
}

// "3, 7, 12 …": the first lines of a group of problems.
QString linesText(const ProblemGroup &group)
{
    QStringList lines;
    for (qint64 line : group.firstLines)
        lines.append(QString::number(line));
    return lines.join(QStringLiteral(", ")) + (group.count > group.firstLines.size() ? QStringLiteral(", …") : QString());
}

void printGroups(QTextStream &out, const QString &path, const QString &what, qint64 count, const QList<ProblemGroup> &groups)
{
    out << count << ' ' << what << " in " << groups.size() << (groups.size() == 1 ? " kind" : " kinds") << ":\n";
    for (const ProblemGroup &g : groups) {
        out << "  " << g.count << " × ";
        if (!g.column.isEmpty())
            out << g.column << ": ";
        out << g.reason << " (" << path << (g.firstLines.value(0) > 0 ? QStringLiteral(" line %1").arg(linesText(g)) : QString()) << ")\n";
    }
}

int importTable(Context &c, bool workbook)
{
    QCommandLineParser parser;
    QStringList entities;
    for (ImportEntity e : allImportEntities())
        entities.append(keyOf(e));
    const QCommandLineOption entity(QStringLiteral("entity"), QStringLiteral("What the file holds: %1.").arg(entities.join(QStringLiteral(", "))),
        QStringLiteral("E"));
    const QCommandLineOption mappingFile(
        QStringLiteral("mapping"), QStringLiteral("A saved column mapping (JSON); else columns are matched by their headers."), QStringLiteral("FILE"));
    const QCommandLineOption saveMapping(
        QStringLiteral("save-mapping"), QStringLiteral("Write the mapping used to this JSON file and import nothing."), QStringLiteral("OUT"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), QStringLiteral("Validate only; nothing is written."));
    const QCommandLineOption encoding(
        QStringLiteral("encoding"), QStringLiteral("UTF-8, UTF-16LE, UTF-16BE or GB18030 (detected when not given)."), QStringLiteral("ENC"));
    const QCommandLineOption separator(
        QStringLiteral("separator"), QStringLiteral("comma, semicolon or tab (detected when not given)."), QStringLiteral("S"));
    const QCommandLineOption onInvalid(QStringLiteral("on-invalid"),
        QStringLiteral("stop: import nothing when a record has a problem (the default); skip: import the valid records and write "
                       "the rejected rows to NAME.rejected.csv beside the file."),
        QStringLiteral("stop|skip"));
    const QCommandLineOption rejects(QStringLiteral("rejects"), QStringLiteral("Where the rejected rows go with --on-invalid skip."), QStringLiteral("FILE"));
    const QCommandLineOption sheet(QStringLiteral("sheet"), QStringLiteral("A workbook's sheet, by name or number from 1 (default: the first)."), QStringLiteral("S"));
    const QCommandLineOption headerRow(
        QStringLiteral("header-row"), QStringLiteral("The line (sheet row) of the header, from 1 (default: the first with content)."), QStringLiteral("N"));
    parser.addOptions({entity, mappingFile, saveMapping, dryRun, encoding, separator, onInvalid, rejects, sheet, headerRow});
    parser.addPositionalArgument(QStringLiteral("FILE"), workbook ? QStringLiteral("The Excel workbook (.xlsx).") : QStringLiteral("The CSV file (or .xlsx workbook)."));
    int code = Ok;
    if (!c.parse(parser,
            workbook ? QStringLiteral("Imports a sheet of an Excel workbook into the portfolio: every record or none, unless --on-invalid skip.")
                     : QStringLiteral("Imports a CSV file (or a .xlsx workbook) into the portfolio: every record or none, unless --on-invalid skip."),
            code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return c.usage(QStringLiteral("%1 wants one FILE").arg(workbook ? QStringLiteral("import xlsx") : QStringLiteral("import csv")));
    if (!parser.isSet(entity) && !parser.isSet(mappingFile))
        return c.usage(QStringLiteral("--entity is required (%1)").arg(entities.join(QStringLiteral(", "))));
    const QString path = parser.positionalArguments().first();
    if (workbook && !isWorkbook(path))
        return c.usage(QStringLiteral("import xlsx reads a workbook whose name ends in .xlsx"));

    CsvMapping mapping;
    if (parser.isSet(mappingFile)) {
        QFile file(parser.value(mappingFile));
        if (!file.open(QIODevice::ReadOnly))
            return c.fail(Error::make(Error::Kind::Io, QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString())));
        auto read = mappingFromJson(file.readAll());
        if (!read)
            return c.fail(read.error());
        mapping = read.value();
    }
    if (parser.isSet(entity)) {
        const auto e = importEntityFromKey(parser.value(entity));
        if (!e)
            return c.usage(QStringLiteral("--entity is one of %1").arg(entities.join(QStringLiteral(", "))));
        if (parser.isSet(mappingFile) && *e != mapping.entity)
            return c.usage(QStringLiteral("the mapping is for %1, not %2").arg(keyOf(mapping.entity), keyOf(*e)));
        mapping.entity = *e;
    }
    if (parser.isSet(encoding))
        mapping.dialect.encoding = parser.value(encoding);
    if (parser.isSet(separator)) {
        const auto s = separatorFrom(parser.value(separator));
        if (!s)
            return c.usage(QStringLiteral("--separator is comma, semicolon or tab"));
        mapping.dialect.separator = *s;
    }
    if (parser.isSet(onInvalid)) {
        const auto read = onInvalidFromKey(parser.value(onInvalid));
        if (!read)
            return c.usage(QStringLiteral("--on-invalid is stop or skip"));
        mapping.onInvalid = *read;
    }
    if (parser.isSet(sheet))
        mapping.sheet = parser.value(sheet);
    if (parser.isSet(headerRow)) {
        bool isNumber = false;
        const int row = parser.value(headerRow).toInt(&isNumber);
        if (!isNumber || row < 1)
            return c.usage(QStringLiteral("--header-row is a line number from 1"));
        mapping.headerRow = row;
    }
    if (!parser.isSet(mappingFile)) {
        auto preview = previewTable(path, mapping, 0);
        if (!preview)
            return c.fail(preview.error());
        CsvMapping guessed = autoMapping(mapping.entity, preview->header);
        mapping.columns = guessed.columns;
    }
    if (parser.isSet(saveMapping)) {
        QFile out(parser.value(saveMapping));
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(mappingToJson(mapping)) < 0)
            return c.fail(Error::make(Error::Kind::Io, QStringLiteral("cannot write %1: %2").arg(out.fileName(), out.errorString())));
        QStringList fields = mapping.columns.keys() + mapping.rules.keys();
        fields.removeDuplicates();
        c.out << "wrote the mapping of " << fields.size() << " fields to " << out.fileName() << '\n';
        return Ok;
    }

    auto db = c.open();
    if (!db)
        return Failure;
    CsvImportOptions options;
    options.dryRun = parser.isSet(dryRun);
    options.rejectsPath = parser.value(rejects);
    auto report = importCsv(*db, path, mapping, options);
    if (!report)
        return c.fail(report.error());
    for (const ImportProblem &p : report->problems) {
        c.err << path << ':' << p.line << ": ";
        if (!p.column.isEmpty())
            c.err << p.column << ": ";
        c.err << p.reason;
        if (!p.value.isEmpty())
            c.err << " (\"" << p.value << "\")";
        c.err << '\n';
    }
    if (report->problemCount > 0)
        printGroups(c.err, path, QStringLiteral("problems"), report->problemCount, report->problemGroups);
    if (report->warningCount > 0)
        printGroups(c.err, path, QStringLiteral("warnings (kept as the file says)"), report->warningCount, report->warningGroups);
    c.err.flush();
    const QString records = report->records == report->rows ? QStringLiteral("%1 rows").arg(report->rows)
                                                            : QStringLiteral("%1 rows (%2 records)").arg(report->rows).arg(report->records);
    if (!report->ok() && mapping.onInvalid == OnInvalid::Stop) {
        c.out << records << " read, " << report->problemCount << " problems; nothing was imported\n";
        return Failure;
    }
    if (options.dryRun) {
        c.out << records << " read, " << report->problemCount << " problems (dry run: nothing was imported)\n";
        return report->ok() ? Ok : Failure;
    }
    c.out << "imported " << report->imported << ' ' << keyOf(mapping.entity) << " from " << path;
    if (report->rejected > 0) {
        c.out << "; " << report->rejected << " rejected";
        if (!report->rejectsFile.isEmpty())
            c.out << ", their rows written to " << report->rejectsFile;
    }
    c.out << '\n';
    if (report->updated > 0 || report->unchanged > 0)
        c.out << "updated " << report->updated << ", unchanged (skipped) " << report->unchanged << '\n';
    if (report->batchId > 0)
        c.out << "import id " << report->batchId << " (undo with: imports undo " << report->batchId << ")\n";
    return Ok;
}

int importCsvFile(Context &c)
{
    return importTable(c, false);
}

int importXlsxFile(Context &c)
{
    return importTable(c, true);
}

} // namespace

QList<Command> csvImportCommands()
{
    const QString options = QStringLiteral("--entity E FILE [--mapping FILE] [--dry-run] [--on-invalid stop|skip] [--rejects FILE] [--sheet S] [--header-row N]");
    return {{QStringLiteral("import csv"), QStringLiteral("import a CSV file (or .xlsx) %1 [--encoding ENC] [--separator S]").arg(options), importCsvFile},
        {QStringLiteral("import xlsx"), QStringLiteral("import a sheet of an Excel workbook %1").arg(options), importXlsxFile}};
}

} // namespace pd::cli
