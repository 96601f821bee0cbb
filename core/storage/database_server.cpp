// Opening a portfolio on a team server (PostgreSQL): what is refused, and when the schema is made or
// upgraded. A server is never upgraded by merely opening it: its admin runs server migrate.
#include "database.h"

#include "migrator.h"
#include "postgres_dialect.h"
#include "team_access.h"

#include <QCoreApplication>

namespace pd {

namespace {

ConnectionSpec serverSpec(const ServerAddress &address, const Database::Options &options)
{
    ConnectionSpec spec;
    spec.engine = ConnectionSpec::Engine::PostgreSQL;
    spec.server = address;
    spec.path = address.displayUrl();
    if (options.readOnly || options.mode == Database::OpenMode::Inspect) {
        spec.access = ConnectionSpec::Access::ReadOnly;
        spec.cause = options.mode == Database::OpenMode::Inspect ? ReadOnlyCause::Requested : options.cause;
        spec.readOnlyReason = QCoreApplication::translate("Storage", "The portfolio on %1 is open read-only, as you asked.").arg(spec.path);
    }
    return spec;
}

} // namespace

Result<std::unique_ptr<Database>> Database::open(const QString &location, const Options &options)
{
    if (!ServerAddress::isServerUrl(location))
        return openFile(location, options);
    auto address = ServerAddress::parse(location);
    if (!address)
        return address.error();
    return openServer(address.value(), options);
}

Result<std::unique_ptr<Database>> Database::openServer(const ServerAddress &address, const Options &options)
{
    const ConnectionSpec spec = serverSpec(address, options);
    auto connected = connectServer(spec);
    if (!connected) {
        Error e = connected.error();
        if (e.kind == Error::Kind::Unreachable)
            e.message = QCoreApplication::translate("Storage", "The team server %1 could not be reached, or it refused the login of %2. Check the address, "
                                                               "the user and the password; the details are in the log.")
                            .arg(spec.path, address.login());
        return e;
    }
    std::unique_ptr<Database> database = std::move(connected).value();
    QSqlDatabase db = database->connection();
    const int schemaVersion = database->m_schemaVersion;
    auto tables = PostgresDialect::tableCount(db, database->dialect());
    if (!tables)
        return tables.error();
    const int latest = Migrator::latestVersion();
    const QString where = spec.path;
    if (schemaVersion == 0 && tables.value() > 0)
        return Error::make(Error::Kind::NotADatabase,
            QCoreApplication::translate("Storage", "The database %1 holds tables of another application, not a ProjectDesk portfolio. It was left as it is.").arg(where));
    if (schemaVersion > latest)
        return Error::make(Error::Kind::TooNew,
            QCoreApplication::translate("Storage", "The portfolio on %1 was set up by a newer ProjectDesk (schema version %2; this version reads up to %3). "
                                                   "Update ProjectDesk to open it.")
                .arg(where)
                .arg(schemaVersion)
                .arg(latest));
    if (options.mode == OpenMode::Inspect)
        return database;
    if (schemaVersion == 0) {
        if (options.mode != OpenMode::CreateIfMissing)
            return Error::make(Error::Kind::NotADatabase,
                QCoreApplication::translate("Storage", "The database %1 holds no portfolio yet. An administrator sets it up with projectdesk-cli --server URL server init.")
                    .arg(where));
    } else if (schemaVersion < latest && !options.upgradeServer) {
        return Error::make(Error::Kind::TooNew,
            QCoreApplication::translate("Storage", "The portfolio on %1 has schema version %2, older than this ProjectDesk's %3. An administrator upgrades it with "
                                                   "projectdesk-cli --server URL server migrate.")
                .arg(where)
                .arg(schemaVersion)
                .arg(latest));
    }
    if (database->m_schemaVersion < latest) {
        if (Status migrated = Migrator(*database).migrate(); !migrated)
            return migrated.error();
    }
    auto team = TeamServer::accessOf(*database);
    if (!team)
        return team.error();
    database->m_spec.team = team.value();
    if (team->role == TeamAccess::Role::Viewer && database->m_spec.writable()) {
        // A viewer's window and commands are read-only views: what may not be done shows as disabled.
        database->m_spec.access = ConnectionSpec::Access::ReadOnly;
        database->m_spec.cause = ReadOnlyCause::Requested;
        database->m_spec.readOnlyReason = QCoreApplication::translate("Storage", "You have view rights on this portfolio on %1.").arg(spec.path);
        QSqlDatabase connection = database->connection();
        if (Status configured = database->dialect().configure(connection, database->m_spec); !configured)
            return configured.error();
    }
    return database;
}

Result<std::unique_ptr<Database>> Database::connectServer(const ConnectionSpec &spec)
{
    std::unique_ptr<Database> database(new Database(spec, QString(), nextConnectionName(), std::make_unique<PostgresDialect>()));
    if (Status opened = database->openConnection(); !opened)
        return opened.error();
    QSqlDatabase db = database->connection();
    if (Status configured = database->dialect().configure(db, spec); !configured)
        return configured.error();
    auto version = database->dialect().schemaVersion(db);
    if (!version)
        return version.error();
    database->m_schemaVersion = version.value();
    return database;
}

} // namespace pd
