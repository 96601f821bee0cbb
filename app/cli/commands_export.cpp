#include "command.h"
#include "filter_options.h"

#include "interchange/register_export.h"
#include "reference/reference_data.h"
#include "services/project_service.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QTranslator>

namespace pd::cli {

namespace {

// The options every export takes, and what they say once parsed.
struct CommonOptions
{
    QCommandLineOption csv{QStringLiteral("csv"), QStringLiteral("Write CSV (UTF-8 with BOM) to FILE."), QStringLiteral("FILE")};
    QCommandLineOption xlsx{QStringLiteral("xlsx"), QStringLiteral("Write an Excel workbook to FILE."), QStringLiteral("FILE")};
    QCommandLineOption search{
        QStringLiteral("search"), QStringLiteral("Only rows matching these words, as the register's search."), QStringLiteral("TEXT")};
    QCommandLineOption separator{QStringLiteral("separator"), QStringLiteral("CSV separator: , or ; or tab (default ,)."),
        QStringLiteral("SEP"), QStringLiteral(",")};
    QCommandLineOption lang{
        QStringLiteral("lang"), QStringLiteral("Language of titles and names: en or zh."), QStringLiteral("L"), QStringLiteral("en")};
    QCommandLineOption columns;

    explicit CommonOptions(ExportRegister which)
        : columns(QStringLiteral("columns"), columnsHelp(which), QStringLiteral("KEYS"))
    { }

    static QString columnsHelp(ExportRegister which)
    {
        QStringList keys;
        for (const ExportColumn &c : exportableColumns(which))
            keys << c.key;
        return QStringLiteral("Comma-separated columns in order (default: %1). Columns: %2.")
            .arg(defaultExportColumns(which).join(u','), keys.join(QStringLiteral(", ")));
    }

    void addTo(QCommandLineParser &parser) const { parser.addOptions({csv, xlsx, search, separator, lang, columns}); }
};

// The file, separator, language and columns; false (and a usage error in exitCode) when they are wrong.
bool readCommon(Context &c, const QCommandLineParser &parser, const CommonOptions &o, ExportRegister which, ExportFile &file,
    ExportOptions &options, int &exitCode)
{
    if (parser.isSet(o.csv) == parser.isSet(o.xlsx)) {
        exitCode = c.usage(QStringLiteral("give either --csv FILE or --xlsx FILE"));
        return false;
    }
    file.format = parser.isSet(o.xlsx) ? ExportFormat::Xlsx : ExportFormat::Csv;
    file.path = parser.value(file.format == ExportFormat::Xlsx ? o.xlsx : o.csv);
    file.sheetName = registerTitle(which);
    const QString separator = parser.value(o.separator);
    if (separator == QLatin1String(",") || separator == QLatin1String(";")) {
        file.separator = separator.front();
    } else if (separator == QLatin1String("tab") || separator == QLatin1String("\t")) {
        file.separator = u'\t';
    } else {
        exitCode = c.usage(QStringLiteral("--separator is , or ; or tab"));
        return false;
    }
    if (parser.isSet(o.separator) && file.format != ExportFormat::Csv) {
        exitCode = c.usage(QStringLiteral("--separator goes with --csv"));
        return false;
    }
    const QString lang = parser.value(o.lang);
    if (lang != QLatin1String("en") && lang != QLatin1String("zh")) {
        exitCode = c.usage(QStringLiteral("--lang is en or zh"));
        return false;
    }
    options.language = lang == QLatin1String("zh") ? Language::Chinese : Language::English;
    if (options.language == Language::Chinese) {
        // Headers and the words in cells ("Yes") in Chinese too: the application's catalogue.
        static QTranslator chinese;
        if (chinese.isEmpty() && chinese.load(QStringLiteral(":/i18n/projectdesk_zh_CN.qm")))
            QCoreApplication::installTranslator(&chinese);
    }
    if (parser.isSet(o.columns)) {
        QStringList known;
        for (const ExportColumn &column : exportableColumns(which))
            known << column.key;
        for (const QString &key : parser.value(o.columns).split(u',', Qt::SkipEmptyParts)) {
            if (!known.contains(key.trimmed())) {
                exitCode = c.usage(
                    QStringLiteral("unknown column \"%1\"; the columns are: %2").arg(key.trimmed(), known.join(QStringLiteral(", "))));
                return false;
            }
            options.columns << key.trimmed();
        }
    }
    return true;
}

// Writes the file with the exporter and reports it.
int write(Context &c, const ExportFile &file, const QString &what, const std::function<Result<qint64>(Database &, TableSink &)> &exporter)
{
    auto db = c.open();
    if (!db)
        return Failure;
    const std::unique_ptr<TableSink> sink = makeTableSink(file);
    auto written = exporter(*db, *sink);
    if (!written)
        return c.fail(written.error());
    c.out << "exported " << written.value() << ' ' << what << " to " << file.path << '\n';
    return Ok;
}

int exportProjectsCommand(Context &c)
{
    QCommandLineParser parser;
    const CommonOptions common(ExportRegister::Projects);
    common.addTo(parser);
    const ProjectFilterOptions filters;
    filters.addTo(parser);
    int code = Ok;
    if (!c.parse(parser, QStringLiteral("Exports the projects that match, ordered by code, to CSV or Excel."), code))
        return code;
    ExportFile file;
    ExportOptions options;
    if (!readCommon(c, parser, common, ExportRegister::Projects, file, options, code))
        return code;
    ProjectQuery query;
    query.filter.search = parser.value(common.search);
    if (!filters.read(c, parser, query.filter, code))
        return code;
    return write(
        c, file, QStringLiteral("projects"), [&](Database &db, TableSink &sink) { return exportProjects(db, query, options, sink); });
}

int exportPartnersCommand(Context &c)
{
    QCommandLineParser parser;
    const CommonOptions common(ExportRegister::Partners);
    common.addTo(parser);
    const QCommandLineOption network(QStringLiteral("network"), QStringLiteral("Only SSC Network members."));
    parser.addOption(network);
    int code = Ok;
    if (!c.parse(parser, QStringLiteral("Exports the partners that match, ordered by name, to CSV or Excel."), code))
        return code;
    ExportFile file;
    ExportOptions options;
    if (!readCommon(c, parser, common, ExportRegister::Partners, file, options, code))
        return code;
    PartnerQuery query;
    query.search = parser.value(common.search);
    query.networkOnly = parser.isSet(network);
    query.orderByChineseName = options.language == Language::Chinese;
    return write(
        c, file, QStringLiteral("partners"), [&](Database &db, TableSink &sink) { return exportPartners(db, query, options, sink); });
}

int exportTransactionsCommand(Context &c)
{
    QCommandLineParser parser;
    const CommonOptions common(ExportRegister::Transactions);
    common.addTo(parser);
    const QCommandLineOption project(
        QStringLiteral("project"), QStringLiteral("Only this project's transactions."), QStringLiteral("CODE"));
    const QCommandLineOption type(
        QStringLiteral("type"), QStringLiteral("Only this IATI transaction type (repeatable)."), QStringLiteral("N"));
    const QCommandLineOption currency(
        QStringLiteral("currency"), QStringLiteral("Only this currency (repeatable)."), QStringLiteral("CODE"));
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("Only dated on or after DATE."), QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("Only dated on or before DATE."), QStringLiteral("DATE"));
    parser.addOptions({project, type, currency, from, to});
    int code = Ok;
    if (!c.parse(parser, QStringLiteral("Exports the transactions that match, ordered by date, to CSV or Excel."), code))
        return code;
    ExportFile file;
    ExportOptions options;
    if (!readCommon(c, parser, common, ExportRegister::Transactions, file, options, code))
        return code;
    TransactionQuery query;
    query.filter.search = parser.value(common.search);
    for (const QString &t : parser.values(type)) {
        bool ok = false;
        query.filter.types << t.toInt(&ok);
        if (!ok || !ReferenceData::instance().code(QStringLiteral("TransactionType"), t))
            return c.usage(QStringLiteral("--type is an IATI transaction type code (1 to 13)"));
    }
    for (const QString &cur : parser.values(currency)) {
        if (!isKnownCurrency(cur.toUpper()))
            return c.usage(QStringLiteral("unknown currency \"%1\"").arg(cur));
        query.filter.currencies << cur.toUpper();
    }
    if (!c.date(parser, from, query.filter.from, code) || !c.date(parser, to, query.filter.to, code))
        return code;
    return write(c, file, QStringLiteral("transactions"), [&](Database &db, TableSink &sink) -> Result<qint64> {
        if (parser.isSet(project)) {
            auto p = ProjectService(db).findByCode(parser.value(project));
            if (!p)
                return p.error();
            query.filter.projects.projectId = p->id;
        }
        return exportTransactions(db, query, options, sink);
    });
}

int exportDeliveriesCommand(Context &c)
{
    QCommandLineParser parser;
    const CommonOptions common(ExportRegister::Deliveries);
    common.addTo(parser);
    const DeliveryFilterOptions filters;
    filters.addTo(parser);
    int code = Ok;
    if (!c.parse(parser, QStringLiteral("Exports the deliveries that match, ordered by code, to CSV or Excel."), code))
        return code;
    ExportFile file;
    ExportOptions options;
    if (!readCommon(c, parser, common, ExportRegister::Deliveries, file, options, code))
        return code;
    DeliveryQuery query;
    query.filter.search = parser.value(common.search);
    if (!filters.read(c, parser, query.filter, code))
        return code;
    return write(
        c, file, QStringLiteral("deliveries"), [&](Database &db, TableSink &sink) { return exportDeliveries(db, query, options, sink); });
}

} // namespace

QList<Command> exportCommands()
{
    const QString formats = QStringLiteral("--csv FILE | --xlsx FILE [--search TEXT] [--separator ,|;|tab]");
    return {
        {QStringLiteral("export projects"), QStringLiteral("projects to CSV or Excel ") + formats, exportProjectsCommand},
        {QStringLiteral("export partners"), QStringLiteral("partners to CSV or Excel ") + formats, exportPartnersCommand},
        {QStringLiteral("export transactions"), QStringLiteral("transactions to CSV or Excel ") + formats, exportTransactionsCommand},
        {QStringLiteral("export deliveries"), QStringLiteral("deliveries to CSV or Excel ") + formats, exportDeliveriesCommand},
    };
}

} // namespace pd::cli
