#include "database.h"

#include "migrator.h"

#include <QAtomicInt>
#include <QFile>
#include <QFileInfo>

namespace pd {

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("projectdesk-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Reads the file's first bytes without opening it as a database, so that a foreign file is
// never touched (SQLite would otherwise create journals or change the header).
Status checkSqliteHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::Io, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() == 0)
        return {};
    const QByteArray header = file.read(16);
    if (header != QByteArray("SQLite format 3\0", 16)) {
        return Error::make(
            Error::Kind::NotADatabase, QStringLiteral("%1 is not a ProjectDesk portfolio (not an SQLite database file)").arg(path));
    }
    return {};
}

struct Identity
{
    int applicationId = 0;
    int userVersion = 0;
    int objects = 0;
};

Result<Identity> readIdentity(QSqlDatabase &db, const Dialect &dialect)
{
    Identity id;
    QSqlQuery q(db);
    for (auto [sql, target] : {std::pair{"PRAGMA application_id", &id.applicationId}, std::pair{"PRAGMA user_version", &id.userVersion},
             std::pair{"SELECT count(*) FROM sqlite_master", &id.objects}}) {
        if (!q.exec(QLatin1String(sql)))
            return dialect.translate(q.lastError(), QString());
        *target = q.next() ? q.value(0).toInt() : 0;
    }
    return id;
}

// A null QString would be bound as SQL NULL; text columns hold '' instead. NULL is bound by an
// invalid QVariant (see dateValue()).
QVariant bindable(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QStringLiteral("");
    return value;
}

} // namespace

Database::Database(QString path, QString connectionName, std::unique_ptr<Dialect> dialect)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_dialect(std::move(dialect))
{ }

Database::~Database()
{
    {
        QSqlDatabase db = connection();
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::openFile(const QString &path, OpenMode mode)
{
    const QFileInfo info(path);
    if (info.exists()) {
        if (!info.isFile())
            return Error::make(Error::Kind::Io, QStringLiteral("%1 is not a file").arg(path));
        if (Status header = checkSqliteHeader(path); !header)
            return header.error();
    } else if (mode != OpenMode::CreateIfMissing) {
        return Error::make(Error::Kind::Io, QStringLiteral("%1 does not exist").arg(path));
    }

    auto dialect = std::make_unique<SqliteDialect>();
    const QString name = nextConnectionName();
    std::unique_ptr<Database> database(new Database(path, name, std::move(dialect)));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(database->m_dialect->driver(), name);
        db.setDatabaseName(path);
        // Read-write even to look: a read-only connection to a WAL file would leave its -wal and -shm
        // files behind. The header check above keeps SQLite away from files that are not SQLite.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            return database->m_dialect->translate(db.lastError(), QStringLiteral("opening %1").arg(path));

        auto identity = readIdentity(db, *database->m_dialect);
        if (!identity) {
            Error e = identity.error();
            if (e.kind == Error::Kind::NotADatabase)
                e.message = QStringLiteral("%1 is not a ProjectDesk portfolio (%2)").arg(path, e.message);
            return e;
        }
        // An empty file may become a portfolio, unless another application has already stamped it as its own.
        const bool empty = identity->objects == 0 && identity->userVersion == 0 && identity->applicationId == 0;
        if (!empty && identity->applicationId != SqliteDialect::kApplicationId) {
            return Error::make(Error::Kind::NotADatabase,
                QStringLiteral("%1 is an SQLite database of another application, not a ProjectDesk portfolio").arg(path));
        }
        // No ProjectDesk writes a negative version, and the migrator cannot step up from one: refused
        // before anything writes, like a newer file (it used to crash in Migrator on files.at(-1)).
        if (identity->userVersion < 0) {
            return Error::make(Error::Kind::NotADatabase,
                QStringLiteral("%1 is not a ProjectDesk portfolio (schema version %2)").arg(path).arg(identity->userVersion));
        }
        if (identity->userVersion > Migrator::latestVersion()) {
            return Error::make(Error::Kind::TooNew,
                QStringLiteral("%1 was written by a newer ProjectDesk (schema version %2; this version reads up to %3). "
                               "Update ProjectDesk to open it.")
                    .arg(path)
                    .arg(identity->userVersion)
                    .arg(Migrator::latestVersion()));
        }
        // Inspect only reads: configure() would switch the journal to WAL, rewriting the file's header.
        if (mode != OpenMode::Inspect) {
            if (Status configured = database->m_dialect->configure(db); !configured)
                return configured.error();
        }
        database->m_schemaVersion = identity->userVersion;
    }

    if (mode == OpenMode::Inspect)
        return database;
    if (Status migrated = Migrator(*database).migrate(); !migrated)
        return migrated.error();
    return database;
}

Result<QSqlQuery> Database::execute(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query(connection());
    // Results are read once, front to back: without this Qt caches every row for scrolling back.
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return m_dialect->translate(query.lastError(), sql);
    for (const QVariant &v : values)
        query.addBindValue(bindable(v));
    if (!query.exec())
        return m_dialect->translate(query.lastError(), sql);
    return query;
}

Result<QSqlQuery> Database::prepare(const QString &sql) const
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return m_dialect->translate(query.lastError(), sql);
    return query;
}

Status Database::run(QSqlQuery &prepared, const QVariantList &values) const
{
    for (int i = 0; i < values.size(); ++i)
        prepared.bindValue(i, bindable(values.at(i)));
    if (!prepared.exec())
        return m_dialect->translate(prepared.lastError(), prepared.lastQuery());
    return {};
}

Status Database::backupTo(const QString &path) const
{
    QSqlDatabase db = connection();
    return m_dialect->backupTo(db, path);
}

Result<CheckReport> Database::check() const
{
    QSqlDatabase db = connection();
    CheckReport report;
    report.latestVersion = Migrator::latestVersion();
    auto version = m_dialect->schemaVersion(db);
    if (!version)
        return version.error();
    report.schemaVersion = version.value();
    auto problems = m_dialect->integrityProblems(db);
    if (!problems)
        return problems.error();
    report.problems = problems.value();
    if (report.schemaVersion != report.latestVersion) {
        report.problems << QStringLiteral("schema version %1, expected %2").arg(report.schemaVersion).arg(report.latestVersion);
    }
    return report;
}

} // namespace pd
