#include "salvage_source.h"

#include "dialect.h"
#include "live_files.h"
#include "migrator.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <optional>

namespace pd {

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("projectdesk-salvage-%1").arg(counter.fetchAndAddRelaxed(1));
}

bool hasPagesInLog(const QString &path)
{
    const QFileInfo log(path + QStringLiteral("-wal"));
    return log.exists() && log.size() > 0;
}

// Read before SQLite sees the file: a destroyed first page is reported as such, not as whatever
// SQLite makes of it.
bool hasSqliteHeader(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3\0", 16);
}

std::optional<int> pragmaValue(QSqlDatabase &db, const QString &pragma)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA ") + pragma) || !q.next())
        return std::nullopt;
    return q.value(0).toInt();
}

} // namespace

Result<QSqlDatabase> openReadOnly(const QString &path, const QString &connectionName)
{
    QString uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded);
    uri += hasPagesInLog(path) ? QStringLiteral("?mode=ro") : QStringLiteral("?immutable=1");
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(uri);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    if (!db.open())
        return SqliteDialect().translate(db.lastError(), QStringLiteral("opening %1").arg(path));
    return db;
}

Error tooDamaged(const QString &path)
{
    return Error::make(Error::Kind::NotADatabase,
        QCoreApplication::translate("Salvage", "%1 is too damaged to recover: its table of contents cannot be read").arg(path));
}

SalvageSource::SalvageSource(QString path, QString connectionName, bool removeShm)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_removeShm(removeShm)
{ }

SalvageSource::~SalvageSource()
{
    {
        QSqlDatabase db = connection();
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    if (!m_liveKey.isEmpty())
        LiveFiles::leave(m_liveKey);
    // The index SQLite made for reading the log, unless another connection of this process uses it.
    if (m_removeShm && !LiveFiles::isLive(m_path))
        QFile::remove(m_path + QStringLiteral("-shm"));
}

Result<std::unique_ptr<SalvageSource>> SalvageSource::open(const QString &path)
{
    if (!QFileInfo(path).isFile()) {
        return Error::make(Error::Kind::Io, QCoreApplication::translate("Salvage", "%1 does not exist").arg(path));
    }
    // The header is read only when no connection of this process has the file open (the window may
    // show this very portfolio, damaged): reading it then would drop SQLite's locks on it.
    auto key = LiveFiles::enter(path, [&path]() -> Status { return hasSqliteHeader(path) ? Status() : Status(tooDamaged(path)); });
    if (!key)
        return key.error();
    // Only a connection that reads the log makes its index (-shm); an immutable one makes nothing.
    const bool makesShm = hasPagesInLog(path) && !QFileInfo::exists(path + QStringLiteral("-shm"));
    std::unique_ptr<SalvageSource> source(new SalvageSource(path, nextConnectionName(), makesShm));
    source->m_liveKey = key.value();
    auto opened = openReadOnly(path, source->m_connectionName);
    if (!opened)
        return tooDamaged(path);
    QSqlDatabase db = opened.value();

    const auto applicationId = pragmaValue(db, QStringLiteral("application_id"));
    const auto version = pragmaValue(db, QStringLiteral("user_version"));
    if (!applicationId || !version)
        return tooDamaged(path);
    if (*applicationId != SqliteDialect::kApplicationId) {
        return Error::make(
            Error::Kind::NotADatabase, QCoreApplication::translate("Salvage", "%1 is not a ProjectDesk portfolio").arg(path));
    }
    if (*version > Migrator::latestVersion()) {
        return Error::make(Error::Kind::TooNew,
            QCoreApplication::translate("Salvage",
                "%1 was written by a newer ProjectDesk (schema version %2; this version reads up to %3). Recover it with that version.")
                .arg(path)
                .arg(*version)
                .arg(Migrator::latestVersion()));
    }
    source->m_schemaVersion = *version;
    // With writable_schema SQLite keeps the part of the schema it read before a damaged page
    // instead of refusing every statement; the connection is read-only, so nothing is written.
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA writable_schema = ON")))
        return tooDamaged(path);
    // The first statement loads the schema and reports its damage; later ones use what was read.
    (void)q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    return source;
}

QStringList SalvageSource::columns(const QString &table) const
{
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    QStringList names;
    if (!q.prepare(QStringLiteral("SELECT name FROM pragma_table_info(?)")))
        return names;
    q.addBindValue(table);
    if (!q.exec())
        return names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}

} // namespace pd
