// projectdesk-cli --server URL server ...: setting up a team portfolio on PostgreSQL, its users,
// publishing a file to it and copying it back to a file.
#include "command.h"
#include "output.h"

#include "storage/database.h"
#include "storage/portfolio_copy.h"
#include "storage/server_address.h"
#include "storage/team_access.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace pd::cli {

namespace {

const QStringList kRoles{QStringLiteral("admin"), QStringLiteral("officer"), QStringLiteral("viewer")};

// The server of --server, or a usage error (exitCode) for a file or nothing.
bool requireServer(const Context &c, int &exitCode)
{
    if (!ServerAddress::isServerUrl(c.dbPath)) {
        exitCode = c.usage(QStringLiteral("this command works on a team server: give --server postgresql://USER@HOST:PORT/DATABASE"));
        return false;
    }
    return true;
}

std::unique_ptr<Database> openServer(const Context &c, Database::Options options)
{
    auto db = Database::open(c.dbPath, options);
    if (!db) {
        c.fail(db.error());
        return nullptr;
    }
    return std::move(db).value();
}

void printCounts(const Context &c, const QString &what, const QList<TableCount> &counts)
{
    QJsonObject tables;
    qint64 total = 0;
    for (const TableCount &t : counts) {
        tables.insert(t.table, t.rows);
        total += t.rows;
    }
    printJson(c.out, QJsonObject{{QStringLiteral("copied"), what}, {QStringLiteral("records"), total}, {QStringLiteral("tables"), tables}});
}

int init(Context &c)
{
    QCommandLineParser parser;
    int code = Ok;
    if (!c.parse(parser,
            QStringLiteral("Sets up a team portfolio in an empty PostgreSQL database: the schema, and the roles <database>_admin, "
                           "<database>_officer and <database>_viewer with their rights. Run by a superuser or a role with CREATEROLE; "
                           "that login owns the portfolio."),
            code)
        || !requireServer(c, code))
        return code;
    Database::Options inspect;
    inspect.mode = Database::OpenMode::Inspect;
    {
        auto existing = openServer(c, inspect);
        if (!existing)
            return Failure;
        if (existing->schemaVersion() > 0) {
            auto setUp = TeamServer::isSetUp(*existing);
            if (!setUp)
                return c.fail(setUp.error());
            if (setUp.value())
                return c.fail(Error::make(Error::Kind::InvalidArgument,
                    QStringLiteral("%1 holds a team portfolio already (schema version %2); server migrate upgrades it.").arg(existing->path()).arg(existing->schemaVersion())));
        }
    }
    Database::Options create;
    create.mode = Database::OpenMode::CreateIfMissing;
    auto db = openServer(c, create);
    if (!db)
        return Failure;
    if (Status s = TeamServer::setUp(*db); !s)
        return c.fail(s.error());
    const QString name = db->spec().server.database;
    c.out << "team portfolio set up on " << db->path() << " (schema version " << db->schemaVersion() << ")\nroles: ";
    QStringList groups;
    for (const QString &role : kRoles)
        groups << TeamServer::groupRole(name, role);
    c.out << groups.join(QStringLiteral(", ")) << "\nadd users with: projectdesk-cli --server URL server add-user NAME --role admin|officer|viewer\n";
    return Ok;
}

int migrate(Context &c)
{
    QCommandLineParser parser;
    int code = Ok;
    if (!c.parse(parser, QStringLiteral("Upgrades a team portfolio to this version's schema, in one transaction (its owner or an admin)."), code)
        || !requireServer(c, code))
        return code;
    Database::Options options;
    options.upgradeServer = true;
    auto db = openServer(c, options);
    if (!db)
        return Failure;
    c.out << "schema version " << db->schemaVersion() << '\n';
    return Ok;
}

int addUser(Context &c)
{
    QCommandLineParser parser;
    const QCommandLineOption role(QStringLiteral("role"), QStringLiteral("admin, officer or viewer."), QStringLiteral("ROLE"));
    const QCommandLineOption lines(QStringLiteral("lines"), QStringLiteral("An officer's business lines, e.g. goods,sscaf."), QStringLiteral("KEYS"));
    const QCommandLineOption passwordEnv(
        QStringLiteral("password-env"), QStringLiteral("The environment variable holding the new login's password."), QStringLiteral("VAR"));
    parser.addOptions({role, lines, passwordEnv});
    parser.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The login to add (made when it does not exist)."));
    int code = Ok;
    if (!c.parse(parser, QStringLiteral("Adds a user to the team portfolio with a role (or changes the role of one)."), code) || !requireServer(c, code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return c.usage(QStringLiteral("server add-user takes one NAME"));
    if (const int missing = c.requireOptions(parser, {&role}); missing != Ok)
        return missing;
    if (!kRoles.contains(parser.value(role)))
        return c.usage(QStringLiteral("--role is admin, officer or viewer"));
    QStringList keys;
    if (parser.isSet(lines)) {
        if (parser.value(role) != QLatin1String("officer"))
            return c.usage(QStringLiteral("--lines is for officers: admins change every line, viewers none"));
        for (const QString &key : parser.value(lines).split(u',', Qt::SkipEmptyParts)) {
            if (!businessLineFromKey(key.trimmed()))
                return c.usage(QStringLiteral("unknown business line \"%1\"").arg(key));
            keys << key.trimmed();
        }
    }
    QString password;
    if (parser.isSet(passwordEnv)) {
        password = qEnvironmentVariable(parser.value(passwordEnv).toLocal8Bit().constData());
        if (password.isEmpty())
            return c.usage(QStringLiteral("the environment variable %1 is empty or not set").arg(parser.value(passwordEnv)));
    }
    auto db = c.open();
    if (!db)
        return Failure;
    const QString name = parser.positionalArguments().first();
    if (Status s = TeamServer::addUser(*db, name, parser.value(role), keys, password); !s)
        return c.fail(s.error());
    c.out << name << ": " << parser.value(role) << (keys.isEmpty() ? QString() : QStringLiteral(" of ") + keys.join(u',')) << '\n';
    return Ok;
}

int users(Context &c)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("table, csv or json."), QStringLiteral("F"), QStringLiteral("table"));
    parser.addOption(format);
    int code = Ok;
    if (!c.parse(parser, QStringLiteral("Lists the users of the team portfolio with their roles and lines."), code) || !requireServer(c, code))
        return code;
    Format f;
    if (!parseFormat(parser.value(format), f))
        return c.usage(QStringLiteral("--format is table, csv or json"));
    auto db = c.open();
    if (!db)
        return Failure;
    auto members = TeamServer::users(*db);
    if (!members)
        return c.fail(members.error());
    if (f == Format::Json) {
        QJsonArray array;
        for (const TeamMember &m : members.value())
            array.append(QJsonObject{{QStringLiteral("name"), m.login}, {QStringLiteral("role"), m.role},
                {QStringLiteral("lines"), QJsonArray::fromStringList(m.lines)}});
        printJson(c.out, array);
        return Ok;
    }
    QList<QStringList> rows;
    for (const TeamMember &m : members.value())
        rows << QStringList{m.login, m.role, m.lines.join(u',')};
    const QStringList headers{QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("lines")};
    f == Format::Csv ? printCsv(c.out, headers, rows) : printTable(c.out, headers, rows);
    return Ok;
}

int removeUser(Context &c)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("NAME"), QStringLiteral("The login to remove from the portfolio."));
    int code = Ok;
    if (!c.parse(parser, QStringLiteral("Removes a user from the team portfolio (the login goes too when no other portfolio has it)."), code)
        || !requireServer(c, code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return c.usage(QStringLiteral("server remove-user takes one NAME"));
    auto db = c.open();
    if (!db)
        return Failure;
    const QString name = parser.positionalArguments().first();
    auto removed = TeamServer::removeUser(*db, name);
    if (!removed)
        return c.fail(removed.error());
    if (!removed.value())
        return c.fail(Error::make(Error::Kind::NotFound, QStringLiteral("%1 is not a user of this portfolio").arg(name)));
    c.out << name << " removed\n";
    return Ok;
}

int publish(Context &c)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE.db"), QStringLiteral("The portfolio file to publish."));
    int code = Ok;
    if (!c.parse(parser,
            QStringLiteral("Copies a portfolio file into the team portfolio, which must hold no records yet: every record, id, revision "
                           "and audit entry, in one transaction; then prints the counts."),
            code)
        || !requireServer(c, code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return c.usage(QStringLiteral("server publish takes one FILE.db"));
    auto source = Database::openFile(parser.positionalArguments().first(), Database::OpenMode::ExistingOnly);
    if (!source)
        return c.fail(source.error());
    auto target = c.open();
    if (!target)
        return Failure;
    auto counts = PortfolioCopy(*source.value(), *target).run();
    if (!counts)
        return c.fail(counts.error());
    printCounts(c, source.value()->path(), counts.value());
    return Ok;
}

int copyTo(Context &c)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE.db"), QStringLiteral("The new portfolio file (must not exist)."));
    int code = Ok;
    if (!c.parse(parser, QStringLiteral("Copies the team portfolio into a new portfolio file, from one snapshot of the server."), code)
        || !requireServer(c, code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return c.usage(QStringLiteral("server copy-to takes one FILE.db"));
    auto db = c.open();
    if (!db)
        return Failure;
    auto counts = db->copyServerTo(parser.positionalArguments().first());
    if (!counts)
        return c.fail(counts.error());
    printCounts(c, db->path(), counts.value());
    return Ok;
}

} // namespace

QList<Command> serverCommands()
{
    return {
        {QStringLiteral("server init"), QStringLiteral("set up a team portfolio in an empty database (--server URL)"), init},
        {QStringLiteral("server migrate"), QStringLiteral("upgrade a team portfolio's schema (owner or admin)"), migrate},
        {QStringLiteral("server add-user"), QStringLiteral("add a user: NAME --role admin|officer|viewer [--lines un,goods] [--password-env VAR]"), addUser},
        {QStringLiteral("server users"), QStringLiteral("list the users with their roles and lines"), users},
        {QStringLiteral("server remove-user"), QStringLiteral("remove a user: NAME"), removeUser},
        {QStringLiteral("server publish"), QStringLiteral("copy a portfolio FILE.db into an empty team portfolio"), publish},
        {QStringLiteral("server copy-to"), QStringLiteral("copy the team portfolio into a new FILE.db"), copyTo},
    };
}

} // namespace pd::cli
