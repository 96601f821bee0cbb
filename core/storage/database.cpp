#include "database.h"

#include "live_files.h"
#include "lock_record.h"
#include "migrator.h"
#include "portfolio_copy.h"
#include "storage_errors.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMutex>

namespace pd {

namespace {

// A null QString would be bound as SQL NULL; text columns hold '' instead. NULL is bound by an
// invalid QVariant (see dateValue()).
QVariant bindable(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QStringLiteral("");
    return value;
}

struct DefaultWait
{
    QMutex mutex;
    LockWaitHandler handler;
};

DefaultWait &defaultWait()
{
    static DefaultWait d;
    return d;
}

// How long one attempt at the write lock waits inside SQLite before the handler is asked again.
constexpr int kAttemptMs = 250;
// Without a handler, how long a write waits for another program's write lock.
constexpr qint64 kUnattendedWaitMs = 60 * 1000;

} // namespace

Database::Database(ConnectionSpec spec, QString liveKey, QString connectionName, std::unique_ptr<Dialect> dialect)
    : m_spec(std::move(spec))
    , m_liveKey(std::move(liveKey))
    , m_connectionName(std::move(connectionName))
    , m_dialect(std::move(dialect))
{
    const QMutexLocker lock(&defaultWait().mutex);
    m_lockWait = defaultWait().handler;
}

Database::~Database()
{
    {
        QSqlDatabase db = connection();
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    // Only now that SQLite has let go of the file may anything else in this process open it.
    LiveFiles::leave(m_liveKey);
}

void Database::setDefaultLockWaitHandler(LockWaitHandler handler)
{
    const QMutexLocker lock(&defaultWait().mutex);
    defaultWait().handler = std::move(handler);
}

Result<QSqlQuery> Database::execute(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query(connection());
    // Results are read once, front to back: without this Qt caches every row for scrolling back.
    query.setForwardOnly(m_dialect->streamsResults());
    // Without values the statement runs as it is: PostgreSQL prepares no DDL, SET or BEGIN.
    if (values.isEmpty()) {
        if (!query.exec(sql))
            return failure(query.lastError(), sql);
        return query;
    }
    if (!query.prepare(sql))
        return failure(query.lastError(), sql);
    for (const QVariant &v : values)
        query.addBindValue(bindable(v));
    if (!query.exec())
        return failure(query.lastError(), sql);
    return query;
}

Result<QSqlQuery> Database::prepare(const QString &sql) const
{
    QSqlQuery query(connection());
    query.setForwardOnly(m_dialect->streamsResults());
    if (!query.prepare(sql))
        return failure(query.lastError(), sql);
    return query;
}

Status Database::run(QSqlQuery &prepared, const QVariantList &values) const
{
    for (int i = 0; i < values.size(); ++i)
        prepared.bindValue(i, bindable(values.at(i)));
    if (!prepared.exec())
        return failure(prepared.lastError(), prepared.lastQuery());
    return {};
}

Error Database::failure(const QSqlError &error, const QString &sql) const
{
    return aboutFile(m_dialect->translate(error, sql));
}

Error Database::aboutFile(Error error) const
{
    if (m_spec.onServer()) { // the server's errors are the dialect's sentences; no file to name
        if (error.kind == Error::Kind::Denied)
            error.message = m_spec.team.refusal();
        return error;
    }
    switch (error.kind) {
    case Error::Kind::ReadOnly:
        if (!m_spec.writable()) {
            Error e = Error::make(Error::Kind::ReadOnly, QCoreApplication::translate("Storage", "Nothing was changed. %1").arg(m_spec.readOnlyReason));
            e.detail = error.detail;
            return e;
        }
        return fileError(error.kind, m_spec.path, error.detail);
    case Error::Kind::Locked: {
        Error e = Error::make(Error::Kind::Locked,
            QCoreApplication::translate("Storage", "%1 is busy: %2 is writing to it. Nothing was changed; try again when it has finished.")
                .arg(QDir::toNativeSeparators(m_spec.path), lockHolder()));
        e.detail = error.detail;
        return e;
    }
    case Error::Kind::Io:
    case Error::Kind::DiskFull:
    case Error::Kind::Damaged:
    case Error::Kind::NotADatabase:
        return fileError(error.kind, m_spec.path, error.detail);
    default:
        return error;
    }
}

QString Database::lockHolder() const
{
    if (const auto writer = LockRecord::holder(m_spec.path, LockRecord::Kind::Writing)) {
        if (writer->isThisProcess())
            return QCoreApplication::translate("Storage", "%1 in this program").arg(writer->activity);
        return QCoreApplication::translate("Storage", "%1 by %2").arg(writer->activity, writer->describe());
    }
    if (const auto editor = LockRecord::holder(m_spec.path, LockRecord::Kind::Editing); editor && !editor->isThisProcess())
        return QCoreApplication::translate("Storage", "another program (the portfolio is open in ProjectDesk: %1)").arg(editor->describe());
    return QCoreApplication::translate("Storage", "another program");
}

Status Database::ensureWritable()
{
    if (!m_spec.writable()) {
        if (m_spec.onServer() && m_spec.team.role == TeamAccess::Role::Viewer)
            return Error::make(Error::Kind::Denied, m_spec.team.refusal());
        Error e = Error::make(Error::Kind::ReadOnly, QCoreApplication::translate("Storage", "Nothing was changed. %1").arg(m_spec.readOnlyReason));
        return e;
    }
    if (!m_spec.networkShare || LiveFiles::record(m_liveKey))
        return {};
    // On a network share one program at a time writes: the one holding the record beside the file.
    auto record = LockRecord::acquire(m_spec.path, LockRecord::Kind::Editing, QCoreApplication::translate("Storage", "writing"));
    if (!record) {
        if (record.error().kind != Error::Kind::Locked)
            return record.error();
        const auto holder = LockRecord::holder(m_spec.path, LockRecord::Kind::Editing);
        Error e = Error::make(Error::Kind::ReadOnly,
            QCoreApplication::translate("Storage", "Nothing was changed: %1 is on a network share, where one program at a time may write, and %2 has it open for "
               "writing. To work on one portfolio together, use a team server.")
                .arg(QDir::toNativeSeparators(m_spec.path), holder ? holder->describe() : QCoreApplication::translate("Storage", "another program")));
        e.detail = record.error().message;
        return e;
    }
    LiveFiles::keepRecord(m_liveKey, std::shared_ptr<LockRecord>(std::move(record).value()));
    return {};
}

Status Database::beginWrite(const QString &begin)
{
    QSqlDatabase db = connection();
    if (Status s = m_dialect->setLockTimeout(db, kAttemptMs); !s)
        return aboutFile(s.error());
    LockWait wait;
    QElapsedTimer waited;
    Status result;
    for (int attempt = 0;; ++attempt) {
        QSqlQuery query(db);
        if (query.exec(begin))
            break;
        Error e = failure(query.lastError(), begin);
        if (e.kind != Error::Kind::Locked) {
            result = e;
            break;
        }
        if (!waited.isValid())
            waited.start();
        if (attempt % 8 == 0)
            wait.holder = lockHolder(); // it may change while we wait
        wait.waitedMs = waited.elapsed();
        const bool goOn = m_lockWait ? m_lockWait(wait) : wait.waitedMs < kUnattendedWaitMs;
        if (!goOn) {
            result = m_lockWait ? Error::make(Error::Kind::Cancelled, QCoreApplication::translate("Storage", "The change was cancelled while it waited for %1; nothing was changed.").arg(wait.holder))
                                : e;
            break;
        }
    }
    if (waited.isValid() && m_lockWait) {
        wait.finished = true;
        m_lockWait(wait);
    }
    (void)m_dialect->setLockTimeout(db, -1);
    return result;
}

Status Database::backupTo(const QString &path) const
{
    if (QFileInfo::exists(path))
        return Error::make(Error::Kind::Io, QCoreApplication::translate("Storage", "%1 already exists; a backup is written to a new file.").arg(QDir::toNativeSeparators(path)));
    if (m_spec.onServer()) {
        auto copied = copyServerTo(path);
        return copied ? Status() : Status(copied.error());
    }
    return writeThroughPart(path, [this, &path](const QString &part) -> Status {
        QSqlDatabase db = connection();
        if (Status copied = m_dialect->backupTo(db, part); !copied) {
            Error e = copied.error();
            if (e.kind == Error::Kind::DiskFull || e.kind == Error::Kind::Io || e.kind == Error::Kind::ReadOnly)
                return fileError(e.kind, path, e.detail);
            return aboutFile(e);
        }
        return {};
    });
}

Result<QList<TableCount>> Database::copyServerTo(const QString &path) const
{
    if (QFileInfo::exists(path))
        return Error::make(Error::Kind::Io, QCoreApplication::translate("Storage", "%1 already exists; a copy is written to a new file.").arg(QDir::toNativeSeparators(path)));
    QList<TableCount> counts;
    const Status written = writeThroughPart(path, [this, &counts](const QString &part) -> Status {
        // Record by record into a new portfolio file, in one snapshot of the server.
        auto file = Database::openFile(part, OpenMode::CreateIfMissing);
        if (!file)
            return file.error();
        // The copy reads in one read-only transaction of this connection; it changes nothing here.
        auto copied = PortfolioCopy(const_cast<Database &>(*this), *file.value()).run();
        if (!copied)
            return copied.error();
        counts = copied.value();
        return {};
    });
    if (!written)
        return written.error();
    return counts;
}

Status Database::writeThroughPart(const QString &path, const std::function<Status(const QString &part)> &write) const
{
    if (Status notLive = LiveFiles::refuseIfLive(path); !notLive)
        return notLive;
    // Written under another name and renamed once complete: a copy cut short (a full disk, a killed
    // program) is never mistaken for a finished one.
    const QString part = path + QLatin1String(".part");
    if (QFileInfo::exists(part) && !LiveFiles::isLive(part))
        QFile::remove(part);
    // The writer's connections to the part are closed when it returns.
    if (Status written = write(part); !written) {
        QFile::remove(part);
        return written;
    }
    if (!QFile::rename(part, path)) {
        QFile::remove(part);
        return fileError(Error::Kind::Io, path, QStringLiteral("rename %1 failed").arg(part));
    }
    return {};
}

Status Database::catchUpIdentity(const QString &table)
{
    const QString sql = m_dialect->identityCatchUp(table);
    if (sql.isEmpty())
        return {};
    auto r = execute(sql);
    if (!r)
        return r.error();
    return {};
}

Result<CheckReport> Database::check() const
{
    QSqlDatabase db = connection();
    CheckReport report;
    report.latestVersion = Migrator::latestVersion();
    auto version = m_dialect->schemaVersion(db);
    if (!version)
        return aboutFile(version.error());
    report.schemaVersion = version.value();
    auto problems = m_dialect->integrityProblems(db);
    if (!problems) {
        if (problems.error().kind != Error::Kind::Damaged)
            return aboutFile(problems.error());
        report.problems << QCoreApplication::translate("Storage", "the file is damaged: %1").arg(problems.error().detail);
    } else {
        report.problems = problems.value();
    }
    if (report.schemaVersion != report.latestVersion)
        report.problems << QCoreApplication::translate("Storage", "schema version %1, expected %2").arg(report.schemaVersion).arg(report.latestVersion);
    return report;
}

Result<QStringList> Database::quickCheck() const
{
    if (m_spec.onServer()) // a server looks after its own pages
        return QStringList();
    auto q = execute(QStringLiteral("PRAGMA quick_check"));
    if (!q) {
        if (q.error().kind == Error::Kind::Damaged)
            return QStringList{q.error().detail};
        return q.error();
    }
    QStringList problems;
    while (q->next()) {
        const QString line = q->value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    if (q->lastError().isValid()) {
        const Error e = failure(q->lastError(), QStringLiteral("PRAGMA quick_check"));
        if (e.kind != Error::Kind::Damaged)
            return e;
        problems << e.detail;
    }
    return problems;
}

} // namespace pd
