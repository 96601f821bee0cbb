#include "dialect.h"

#include <QFileInfo>
#include <QSqlQuery>
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
    out.replace(QLatin1String("{{BIGINT}}"), QLatin1String("INTEGER"));
    return out;
}

QString SqliteDialect::containsIgnoringCase(const QString &column) const
{
    // SQLite's LIKE folds ASCII case; Chinese has no case. The pattern's wildcards are escaped with '\'.
    return column + QStringLiteral(" LIKE ? ESCAPE '\\'");
}

Status SqliteDialect::configure(QSqlDatabase &db) const
{
    for (const char *pragma :
        {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL", "PRAGMA busy_timeout = 5000"}) {
        if (auto r = run(db, QLatin1String(pragma), *this); !r)
            return r.error();
    }
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
        return Error::make(Error::Kind::Io, QStringLiteral("%1 already exists; choose a new file for the backup").arg(path));
    QSqlQuery query(db);
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(path);
    if (!query.exec())
        return translate(query.lastError(), QStringLiteral("backup to %1").arg(path));
    return {};
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
    auto foreignKeys = run(db, QStringLiteral("PRAGMA foreign_key_check"), *this);
    if (!foreignKeys)
        return foreignKeys.error();
    while (foreignKeys->next()) {
        const QSqlQuery &q = foreignKeys.value();
        problems << QStringLiteral("foreign key: row %1 of %2 refers to a missing row of %3")
                        .arg(q.value(1).toString(), q.value(0).toString(), q.value(2).toString());
    }
    return problems;
}

Error SqliteDialect::translate(const QSqlError &error, const QString &context) const
{
    const int code = error.nativeErrorCode().toInt() & 0xff; // primary result code
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const QString message = context.isEmpty() ? text : QStringLiteral("%1 (%2)").arg(text, context);
    switch (code) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return Error::make(
            Error::Kind::Locked, QStringLiteral("the portfolio is locked by another program; try again in a moment (%1)").arg(text));
    case 19: // SQLITE_CONSTRAINT
        if (text.contains(QLatin1String("UNIQUE")))
            return Error::make(Error::Kind::Duplicate, message);
        if (text.contains(QLatin1String("FOREIGN KEY")))
            return Error::make(Error::Kind::InUse, message);
        return Error::make(Error::Kind::Validation, message);
    case 26: // SQLITE_NOTADB
        return Error::make(Error::Kind::NotADatabase, QStringLiteral("the file is not a database (%1)").arg(text));
    case 8: // SQLITE_READONLY
    case 10: // SQLITE_IOERR
    case 13: // SQLITE_FULL
    case 14: // SQLITE_CANTOPEN
        return Error::make(Error::Kind::Io, message);
    default:
        return Error::make(Error::Kind::Storage, message);
    }
}

} // namespace pd
