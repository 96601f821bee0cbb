#include "dialect.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

namespace pd {

namespace {

Result<QSqlQuery> run(QSqlDatabase &db, const QString &sql, const Dialect &dialect)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return dialect.translate(query.lastError(), sql);
    return query;
}

} // namespace

QString SqliteDialect::expand(const QString &sql) const
{
    QString out = sql;
    out.replace(QLatin1String("{{ID}}"), QLatin1String("INTEGER PRIMARY KEY"));
    // An id never given twice, even after its row is deleted (so that an undone record can come
    // back under it while others add records).
    out.replace(QLatin1String("{{STABLE_ID}}"), QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT"));
    out.replace(QLatin1String("{{BIGINT}}"), QLatin1String("INTEGER"));
    return out;
}

QString SqliteDialect::containsIgnoringCase(const QString &column) const
{
    // SQLite's LIKE folds ASCII case; Chinese has no case. The pattern's wildcards are escaped with '\'.
    return column + QStringLiteral(" LIKE ? ESCAPE '\\'");
}

void SqliteDialect::prepare(QSqlDatabase &db, const ConnectionSpec &spec) const
{
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs);
    if (spec.access == ConnectionSpec::Access::ReadOnly) {
        // A URI, so that SQLite is told the file may not change (immutable: it makes no -wal or
        // -shm beside it, which a read-only folder could not hold anyway) or only that it must not
        // write (mode=ro: another program may be writing through its write-ahead log).
        QUrl uri = QUrl::fromLocalFile(QFileInfo(spec.path).absoluteFilePath());
        uri.setQuery(spec.immutable ? QStringLiteral("immutable=1") : QStringLiteral("mode=ro"));
        db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        options += QStringLiteral(";QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI");
    } else {
        db.setDatabaseName(spec.path);
    }
    db.setConnectOptions(options);
}

Status SqliteDialect::configure(QSqlDatabase &db, const ConnectionSpec &spec) const
{
    QList<const char *> pragmas{"PRAGMA foreign_keys = ON"};
    if (spec.access == ConnectionSpec::Access::ReadWrite) {
        // The write-ahead log lets readers and one writer work at once, but needs memory shared
        // between the programs, which a network file system cannot give: there, a rollback journal.
        if (spec.networkShare)
            pragmas << "PRAGMA journal_mode = DELETE" << "PRAGMA synchronous = FULL";
        else
            pragmas << "PRAGMA journal_mode = WAL" << "PRAGMA synchronous = NORMAL";
    } else {
        pragmas << "PRAGMA query_only = ON";
    }
    for (const char *pragma : std::as_const(pragmas)) {
        if (auto r = run(db, QLatin1String(pragma), *this); !r)
            return r.error();
    }
    return {};
}

Status SqliteDialect::setLockTimeout(QSqlDatabase &db, int milliseconds) const
{
    // PRAGMA takes no bound parameters; the value is an integer of our own.
    const int ms = milliseconds < 0 ? kBusyTimeoutMs : milliseconds;
    if (auto r = run(db, QStringLiteral("PRAGMA busy_timeout = %1").arg(ms), *this); !r)
        return r.error();
    return {};
}

Result<int> SqliteDialect::schemaVersion(QSqlDatabase &db) const
{
    auto r = run(db, QStringLiteral("PRAGMA user_version"), *this);
    if (!r)
        return r.error();
    QSqlQuery &q = r.value();
    return q.next() ? q.value(0).toInt() : 0;
}

Status SqliteDialect::setSchemaVersion(QSqlDatabase &db, int version) const
{
    // PRAGMA takes no bound parameters; both values are integers of our own.
    if (auto r = run(db, QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId), *this); !r)
        return r.error();
    if (auto r = run(db, QStringLiteral("PRAGMA user_version = %1").arg(version), *this); !r)
        return r.error();
    return {};
}

Status SqliteDialect::backupTo(QSqlDatabase &db, const QString &path) const
{
    if (QFileInfo::exists(path))
        return Error::make(Error::Kind::Io, QCoreApplication::translate("Storage", "%1 already exists; a backup is written to a new file.").arg(path));
    QSqlQuery query(db);
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(path);
    if (!query.exec())
        return translate(query.lastError(), QStringLiteral("backup to %1").arg(path));
    return {};
}

Result<QString> SqliteDialect::enlargeCacheForImport(QSqlDatabase &db, int kibibytes) const
{
    // PRAGMA takes no bound parameters; both values are integers.
    auto current = run(db, QStringLiteral("PRAGMA cache_size"), *this);
    if (!current)
        return current.error();
    if (!current->next())
        return QString();
    const qint64 before = current->value(0).toLongLong();
    current->finish();
    if (auto r = run(db, QStringLiteral("PRAGMA cache_size = -%1").arg(kibibytes), *this); !r)
        return r.error();
    return QStringLiteral("PRAGMA cache_size = %1").arg(before);
}

Result<QStringList> SqliteDialect::integrityProblems(QSqlDatabase &db) const
{
    QStringList problems;
    auto integrity = run(db, QStringLiteral("PRAGMA integrity_check"), *this);
    if (!integrity)
        return integrity.error();
    while (integrity->next()) {
        const QString line = integrity.value().value(0).toString();
        if (line != QLatin1String("ok"))
            problems << QStringLiteral("integrity: ") + line;
    }
    auto foreignKeys = foreignKeyProblems(db);
    if (!foreignKeys)
        return foreignKeys.error();
    for (const ForeignKeyProblem &p : foreignKeys.value())
        problems << QStringLiteral("foreign key: row %1 of %2 refers to a missing row of %3").arg(p.row, p.table, p.parent);
    return problems;
}

Status SqliteDialect::setForeignKeysEnforced(QSqlDatabase &db, bool enforced) const
{
    if (auto r = run(db, enforced ? QStringLiteral("PRAGMA foreign_keys = ON") : QStringLiteral("PRAGMA foreign_keys = OFF"), *this); !r)
        return r.error();
    return {};
}

Result<QList<ForeignKeyProblem>> SqliteDialect::foreignKeyProblems(QSqlDatabase &db) const
{
    auto q = run(db, QStringLiteral("PRAGMA foreign_key_check"), *this);
    if (!q)
        return q.error();
    QList<ForeignKeyProblem> problems;
    while (q->next())
        problems << ForeignKeyProblem{q->value(0).toString(), q->value(1).toString(), q->value(2).toString()};
    return problems;
}

Error SqliteDialect::translate(const QSqlError &error, const QString &context) const
{
    const int code = error.nativeErrorCode().toInt() & 0xff; // primary result code
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const QString detail = QStringLiteral("SQLite %1: %2").arg(error.nativeErrorCode(), text)
        + (context.isEmpty() ? QString() : QStringLiteral(" -- ") + context);
    auto make = [&detail](Error::Kind kind, const char *message) {
        Error e = Error::make(kind, QCoreApplication::translate("Storage", message));
        e.detail = detail;
        return e;
    };
    switch (code) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return make(Error::Kind::Locked, QT_TRANSLATE_NOOP("Storage", "The portfolio is busy: another program is writing to it. Try again when it has finished."));
    case 19: // SQLITE_CONSTRAINT
        if (text.contains(QLatin1String("UNIQUE")))
            return make(Error::Kind::Duplicate, QT_TRANSLATE_NOOP("Storage", "A record with the same code or identifier exists already."));
        if (text.contains(QLatin1String("FOREIGN KEY")))
            return make(Error::Kind::InUse, QT_TRANSLATE_NOOP("Storage", "The record is still used by other records, or refers to one that no longer exists."));
        return make(Error::Kind::Validation, QT_TRANSLATE_NOOP("Storage", "The record breaks a rule of the portfolio; nothing was changed."));
    case 11: // SQLITE_CORRUPT
        return make(Error::Kind::Damaged, QT_TRANSLATE_NOOP("Storage", "The portfolio file is damaged."));
    case 26: // SQLITE_NOTADB
        return make(Error::Kind::NotADatabase, QT_TRANSLATE_NOOP("Storage", "The file is not a ProjectDesk portfolio, or it is damaged."));
    case 8: // SQLITE_READONLY
        return make(Error::Kind::ReadOnly, QT_TRANSLATE_NOOP("Storage", "The portfolio cannot be written (it or its folder is read-only); nothing was changed."));
    case 13: // SQLITE_FULL
        return make(Error::Kind::DiskFull, QT_TRANSLATE_NOOP("Storage", "The disk holding the portfolio is full; nothing was changed."));
    case 10: // SQLITE_IOERR
    case 14: // SQLITE_CANTOPEN
        return make(Error::Kind::Io, QT_TRANSLATE_NOOP("Storage", "The portfolio file could not be read or written (a disk or network problem)."));
    default:
        return make(Error::Kind::Storage, QT_TRANSLATE_NOOP("Storage", "The portfolio could not be read or changed; the details are in the log."));
    }
}

} // namespace pd
