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

int importCsvFile(Context &c)
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
    parser.addOptions({entity, mappingFile, saveMapping, dryRun, encoding, separator});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The CSV file."));
    int code = Ok;
    if (!c.parse(parser, QStringLiteral("Imports a CSV file into the portfolio: every row or none."), code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return c.usage(QStringLiteral("import csv wants one FILE"));
    if (!parser.isSet(entity) && !parser.isSet(mappingFile))
        return c.usage(QStringLiteral("--entity is required (%1)").arg(entities.join(QStringLiteral(", "))));
    const QString path = parser.positionalArguments().first();

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
    if (!parser.isSet(mappingFile)) {
        auto preview = previewCsv(path, mapping.dialect, 0);
        if (!preview)
            return c.fail(preview.error());
        const CsvDialect dialect = mapping.dialect;
        mapping = autoMapping(mapping.entity, preview->header);
        mapping.dialect = dialect;
    }
    if (parser.isSet(saveMapping)) {
        QFile out(parser.value(saveMapping));
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(mappingToJson(mapping)) < 0)
            return c.fail(Error::make(Error::Kind::Io, QStringLiteral("cannot write %1: %2").arg(out.fileName(), out.errorString())));
        c.out << "wrote the mapping of " << mapping.columns.size() << " fields to " << out.fileName() << '\n';
        return Ok;
    }

    auto db = c.open();
    if (!db)
        return Failure;
    CsvImportOptions options;
    options.dryRun = parser.isSet(dryRun);
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
    c.err.flush();
    if (!report->ok()) {
        c.out << report->rows << " rows read, " << report->problemCount << " problems; nothing was imported\n";
        return Failure;
    }
    if (options.dryRun)
        c.out << report->rows << " rows read, no problems (dry run: nothing was imported)\n";
    else
    {
        c.out << "imported " << report->imported << ' ' << keyOf(mapping.entity) << " rows from " << path << '\n';
        if (report->updated > 0 || report->unchanged > 0)
            c.out << "updated " << report->updated << ", unchanged (skipped) " << report->unchanged << '\n';
        c.out << "import id " << report->batchId << " (undo with: imports undo " << report->batchId << ")\n";
    }
    return Ok;
}

} // namespace

QList<Command> csvImportCommands()
{
    return {{QStringLiteral("import csv"),
        QStringLiteral("import a CSV file --entity E FILE [--mapping FILE] [--dry-run] [--encoding ENC] [--separator S]"), importCsvFile}};
}

} // namespace pd::cli
