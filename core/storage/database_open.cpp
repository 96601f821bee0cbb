// Opening a portfolio file: what is checked before SQLite touches it, how the connection is made,
// and what is refused (each refusal leaves the file exactly as it was).
#include "database.h"

#include "live_files.h"
#include "lock_record.h"
#include "migrator.h"
#include "platform/file_system.h"
#include "storage_errors.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace pd {

namespace {

QString nativeName(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

QString Database::nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("projectdesk-%1").arg(counter.fetchAndAddRelaxed(1));
}

namespace {

// Reads the file's first bytes without SQLite, so that a foreign file is never touched (SQLite would
// otherwise create journals or change the header). Only ever called through LiveFiles::enter, before
// this process has a connection to the file: closing this descriptor drops the process's locks.
Status checkSqliteHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Error e = Error::make(Error::Kind::Io, QCoreApplication::translate("Storage", "%1 cannot be read: you may not have permission to open it.").arg(nativeName(path)));
        e.detail = file.errorString();
        return e;
    }
    const QByteArray header = file.read(16);
    if (header.isEmpty())
        return {};
    if (header != QByteArray("SQLite format 3\0", 16))
        return Error::make(Error::Kind::NotADatabase, QCoreApplication::translate("Storage", "%1 is not a ProjectDesk portfolio (it is not an SQLite database file).").arg(nativeName(path)));
    return {};
}

bool hasWriteAheadLog(const QString &path)
{
    const QFileInfo wal(path + QLatin1String("-wal"));
    return wal.exists() && wal.size() > 0;
}

// Whether SQLite may take the file for unchanging (immutable=1: no locks, no -shm made beside it).
// Only when no write-ahead log holds pages and no writer can be at work: a rollback-journal writer
// on a network share leaves no -wal to tell, so there a writable file is read with locks (mode=ro).
bool immutableIsSafe(const QString &path, bool networkShare, bool writable)
{
    if (hasWriteAheadLog(path))
        return false;
    return !(networkShare && writable);
}

QString readOnlyReason(ReadOnlyCause cause, const QString &path)
{
    const QString file = nativeName(path);
    switch (cause) {
    case ReadOnlyCause::None:
        return {};
    case ReadOnlyCause::Requested:
        if (const auto holder = LockRecord::holder(path, LockRecord::Kind::Editing); holder && !holder->isThisProcess())
            return QCoreApplication::translate("Storage", "%1 is open for editing in another ProjectDesk window (%2), so this one shows it read-only.").arg(file, holder->describe());
        return QCoreApplication::translate("Storage", "%1 is open read-only, as you asked.").arg(file);
    case ReadOnlyCause::FileReadOnly:
        return QCoreApplication::translate("Storage", "You may not write to %1, so it is open read-only.").arg(file);
    case ReadOnlyCause::FolderReadOnly:
        return QCoreApplication::translate("Storage", "The folder holding %1 cannot be written, so it is open read-only.").arg(file);
    case ReadOnlyCause::Damaged:
        return QCoreApplication::translate("Storage", "%1 is damaged, so it is open read-only and never written to. Use File > Recover to salvage it.").arg(file);
    case ReadOnlyCause::HeldElsewhere:
        return QCoreApplication::translate("Storage", "%1 is on a network share, where one program at a time may write, and another has it open for writing.").arg(file);
    }
    return {};
}

// How this process connects to the file: read-write unless asked otherwise or unable to write.
ConnectionSpec specFor(const QString &path, bool exists, const Database::Options &options)
{
    ConnectionSpec spec;
    spec.path = path;
    spec.networkShare = platform::fileSystemKind(path) == platform::FileSystemKind::Network;
    if (options.mode == Database::OpenMode::Inspect) {
        // A check only looks: SQLite's read-only mode, so that not even a checkpoint writes the file.
        spec.access = ConnectionSpec::Access::ReadOnly;
        spec.immutable = immutableIsSafe(path, spec.networkShare, QFileInfo(path).isWritable());
        spec.cause = ReadOnlyCause::Requested;
        spec.readOnlyReason = readOnlyReason(ReadOnlyCause::Requested, path);
        return spec;
    }
    const QFileInfo info(path);
    const bool folderWritable = QFileInfo(info.absolutePath()).isWritable();
    const bool fileWritable = !exists || info.isWritable();
    ReadOnlyCause cause = ReadOnlyCause::None;
    if (options.readOnly)
        cause = options.cause;
    else if (!fileWritable)
        cause = ReadOnlyCause::FileReadOnly;
    else if (!folderWritable)
        cause = ReadOnlyCause::FolderReadOnly;
    if (cause == ReadOnlyCause::None)
        return spec;
    spec.cause = cause;
    spec.readOnlyReason = readOnlyReason(cause, path);
    // A second window's view stays a normal connection that refuses writes: SQLite keeps managing the
    // write-ahead log for everyone. A damaged or unwritable file gets SQLite's read-only mode.
    const bool canShare = (cause == ReadOnlyCause::Requested || cause == ReadOnlyCause::HeldElsewhere) && fileWritable && folderWritable;
    spec.access = canShare ? ConnectionSpec::Access::QueryOnly : ConnectionSpec::Access::ReadOnly;
    spec.immutable = spec.access == ConnectionSpec::Access::ReadOnly && immutableIsSafe(path, spec.networkShare, fileWritable && folderWritable);
    return spec;
}

struct Identity
{
    int applicationId = 0;
    int userVersion = 0;
    int objects = 0;
};

Result<Identity> readIdentity(const Database &db)
{
    Identity id;
    for (auto [sql, target] : {std::pair{"PRAGMA application_id", &id.applicationId}, std::pair{"PRAGMA user_version", &id.userVersion},
             std::pair{"SELECT count(*) FROM sqlite_master", &id.objects}}) {
        auto q = db.execute(QLatin1String(sql));
        if (!q)
            return q.error();
        *target = q->next() ? q->value(0).toInt() : 0;
    }
    return id;
}

// Whether the file is a portfolio this version can open: refusals name the file and say why.
Status checkIdentity(const Identity &id, const QString &path)
{
    const QString file = nativeName(path);
    if (id.objects > 0 && id.applicationId != SqliteDialect::kApplicationId)
        return Error::make(Error::Kind::NotADatabase, QCoreApplication::translate("Storage", "%1 is an SQLite database of another application, not a ProjectDesk portfolio.").arg(file));
    if (id.objects == 0 && id.applicationId != 0 && id.applicationId != SqliteDialect::kApplicationId)
        return Error::make(Error::Kind::NotADatabase, QCoreApplication::translate("Storage", "%1 is an SQLite database of another application, not a ProjectDesk portfolio.").arg(file));
    if (id.userVersion < 0)
        return Error::make(Error::Kind::Damaged,
            QCoreApplication::translate("Storage", "%1 is damaged: its schema version (%2) is not one ProjectDesk ever wrote. It was left as it is.").arg(file).arg(id.userVersion));
    if (id.userVersion == 0 && id.objects > 0)
        return Error::make(Error::Kind::Damaged,
            QCoreApplication::translate("Storage", "%1 is damaged: it holds tables but no schema version. It was left as it is; projectdesk-cli recover can salvage it.").arg(file));
    if (id.userVersion > Migrator::latestVersion())
        return Error::make(Error::Kind::TooNew,
            QCoreApplication::translate("Storage", "%1 was written by a newer ProjectDesk (schema version %2; this version reads up to %3). Update ProjectDesk to open it.")
                .arg(file)
                .arg(id.userVersion)
                .arg(Migrator::latestVersion()));
    return {};
}

} // namespace

Result<std::unique_ptr<Database>> Database::openFile(const QString &path, OpenMode mode)
{
    Options options;
    options.mode = mode;
    return openFile(path, options);
}

Result<std::unique_ptr<Database>> Database::openFile(const QString &path, const Options &options)
{
    const QFileInfo info(path);
    const bool exists = info.exists();
    if (exists && !info.isFile())
        return Error::make(Error::Kind::Io, QCoreApplication::translate("Storage", "%1 is a folder, not a portfolio file.").arg(nativeName(path)));
    if (!exists && options.mode != OpenMode::CreateIfMissing)
        return Error::make(Error::Kind::Io, QCoreApplication::translate("Storage", "%1 does not exist.").arg(nativeName(path)));
    if (exists && info.size() == 0 && options.mode != OpenMode::CreateIfMissing)
        return Error::make(Error::Kind::NotADatabase, QCoreApplication::translate("Storage", "%1 is empty: it is not a ProjectDesk portfolio. It was left as it is.").arg(nativeName(path)));

    const ConnectionSpec spec = specFor(path, exists, options);
    if (!exists && !spec.writable())
        return Error::make(Error::Kind::ReadOnly, QCoreApplication::translate("Storage", "%1 cannot be created: its folder cannot be written.").arg(nativeName(path)));
    auto key = LiveFiles::enter(path, [&]() -> Status { return exists ? checkSqliteHeader(path) : Status(); });
    if (!key)
        return key.error();
    std::unique_ptr<Database> database(new Database(spec, key.value(), nextConnectionName(), std::make_unique<SqliteDialect>()));
    if (Status opened = database->openConnection(); !opened)
        return opened.error();

    auto identity = readIdentity(*database);
    if (!identity)
        return identity.error();
    if (Status known = checkIdentity(identity.value(), path); !known)
        return known.error();
    database->m_schemaVersion = identity->userVersion;
    if (options.mode == OpenMode::Inspect)
        return database;

    // A window of this process that has the file open already holds the record (reopening it).
    if (options.lockForEditing && spec.writable() && !LiveFiles::record(database->m_liveKey)) {
        auto record = LockRecord::acquire(path, LockRecord::Kind::Editing, QCoreApplication::translate("Storage", "editing"));
        if (!record) {
            if (record.error().kind == Error::Kind::Locked)
                return record.error();
            // A folder that takes no record beside the file cannot take the write-ahead log either.
            return fileError(Error::Kind::ReadOnly, path, record.error().message);
        }
        LiveFiles::keepRecord(database->m_liveKey, std::shared_ptr<LockRecord>(std::move(record).value()));
    }
    QSqlDatabase connection = database->connection();
    if (Status configured = database->dialect().configure(connection, spec); !configured)
        return database->aboutFile(configured.error());

    const bool older = database->m_schemaVersion < Migrator::latestVersion();
    if (older && !spec.writable() && !(identity->objects == 0 && identity->userVersion == 0)) {
        return Error::make(Error::Kind::ReadOnly,
            QCoreApplication::translate("Storage", "%1 was made by an older ProjectDesk and must be upgraded before it can be opened, but it cannot be written "
               "(%2) Copy it to a folder you can write and open the copy.")
                .arg(nativeName(path), spec.readOnlyReason));
    }
    if (older && spec.writable()) {
        if (Status migrated = Migrator(*database).migrate(); !migrated)
            return migrated.error();
    }
    return database;
}

Result<std::unique_ptr<Database>> Database::connect(const ConnectionSpec &spec)
{
    if (spec.onServer())
        return connectServer(spec);
    auto key = LiveFiles::enter(spec.path, {});
    if (!key)
        return key.error();
    std::unique_ptr<Database> database(new Database(spec, key.value(), nextConnectionName(), std::make_unique<SqliteDialect>()));
    if (Status opened = database->openConnection(); !opened)
        return opened.error();
    QSqlDatabase db = database->connection();
    if (Status configured = database->dialect().configure(db, spec); !configured)
        return database->aboutFile(configured.error());
    auto version = database->dialect().schemaVersion(db);
    if (!version)
        return database->aboutFile(version.error());
    database->m_schemaVersion = version.value();
    return database;
}

Status Database::openConnection()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect->driver(), m_connectionName);
    m_dialect->prepare(db, m_spec);
    if (!db.open()) {
        Error e = failure(db.lastError(), QStringLiteral("open"));
        if (e.kind == Error::Kind::Storage && !m_spec.onServer())
            e = fileError(Error::Kind::Io, m_spec.path, e.detail);
        return e;
    }
    return {};
}

} // namespace pd
