#include "command.h"

#include "common/log.h"
#include "reference/reference_data.h"

#include "storage/database.h"
#include "storage/server_address.h"

namespace pd::cli {

bool Context::parse(QCommandLineParser &parser, const QString &description, int &exitCode) const
{
    parser.setApplicationDescription(description);
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(args)) {
        exitCode = usage(parser.errorText());
        return false;
    }
    if (parser.isSet(help)) {
        out << parser.helpText();
        exitCode = Ok;
        return false;
    }
    return true;
}

std::unique_ptr<Database> Context::open(bool mustExist) const
{
    if (dbPath.isEmpty()) {
        err << "projectdesk-cli: no portfolio given; use --db FILE or --server URL\n";
        return nullptr;
    }
    Database::Options options;
    // A server portfolio is made by server init, never by a command that merely opens it.
    options.mode = mustExist || ServerAddress::isServerUrl(dbPath) ? Database::OpenMode::ExistingOnly : Database::OpenMode::CreateIfMissing;
    auto db = Database::open(dbPath, options);
    if (!db) {
        fail(db.error());
        return nullptr;
    }
    return std::move(db).value();
}

int Context::fail(const Error &error) const
{
    if (error.kind == Error::Kind::Cancelled)
        return Failure;
    // The sentence for the user; the technical side (SQL, the driver's text) only in the log.
    if (!error.detail.isEmpty())
        log::error(error, args.value(0));
    err << "projectdesk-cli: " << error.describe() << '\n';
    err.flush();
    return Failure;
}

int Context::requireOptions(const QCommandLineParser &parser, std::initializer_list<const QCommandLineOption *> options) const
{
    for (const QCommandLineOption *option : options) {
        if (!parser.isSet(*option))
            return usage(QStringLiteral("--%1 is required").arg(option->names().first()));
    }
    return Ok;
}

int Context::usage(const QString &message) const
{
    err << "projectdesk-cli: " << message << "\n(see --help)\n";
    err.flush();
    return Usage;
}

bool Context::date(const QCommandLineParser &parser, const QCommandLineOption &option, QDate &date, int &exitCode) const
{
    if (!parser.isSet(option))
        return true;
    const QDate parsed = QDate::fromString(parser.value(option), Qt::ISODate);
    if (!parsed.isValid()) {
        exitCode = usage(QStringLiteral("--%1 wants a date as YYYY-MM-DD").arg(option.names().first()));
        return false;
    }
    date = parsed;
    return true;
}

bool Context::limit(const QCommandLineParser &parser, const QCommandLineOption &option, int &limit, int &exitCode) const
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value < 0) {
        exitCode = usage(QStringLiteral("--%1 wants a whole number of 0 or more").arg(option.names().first()));
        return false;
    }
    limit = value;
    return true;
}

bool Context::lines(const QCommandLineParser &parser, const QCommandLineOption &option, QList<BusinessLine> &lines, int &exitCode) const
{
    if (!parser.isSet(option))
        return true;
    const auto line = businessLineFromKey(parser.value(option));
    if (!line) {
        exitCode = usage(QStringLiteral("unknown business line \"%1\"").arg(parser.value(option)));
        return false;
    }
    lines = {*line};
    return true;
}

bool Context::countries(const QCommandLineParser &parser, const QCommandLineOption &option, QStringList &codes, int &exitCode) const
{
    for (const QString &cc : parser.values(option)) {
        if (!ReferenceData::instance().country(cc)) {
            exitCode = usage(QStringLiteral("unknown country code \"%1\"").arg(cc));
            return false;
        }
        codes << cc.toUpper();
    }
    return true;
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace pd::cli
