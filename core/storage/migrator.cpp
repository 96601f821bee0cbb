#include "migrator.h"

#include "database.h"
#include "transaction.h"
#include "write_activity.h"

#include <QCoreApplication>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace pd {

Migrator::Migrator(Database &db)
    : m_db(db)
{ }

QStringList Migrator::stepFiles()
{
    QStringList files = QDir(QStringLiteral(":/migrations")).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (QString &f : files)
        f.prepend(QStringLiteral(":/migrations/"));
    return files;
}

int Migrator::latestVersion()
{
    return int(stepFiles().size());
}

QStringList Migrator::statements(const QString &sql)
{
    QStringList result;
    QString current;
    bool inTrigger = false; // SQLite's CREATE TRIGGER ... BEGIN ... END;: the statement ends only at END;
    bool inDollars = false; // PostgreSQL's $$ ... $$ bodies (functions, DO blocks) hold semicolons of their own
    for (const QString &line : sql.split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (!inDollars && (trimmed.isEmpty() || trimmed.startsWith(QLatin1String("--"))))
            continue;
        if (line.count(QLatin1String("$$")) % 2 == 1)
            inDollars = !inDollars;
        if (!inDollars && current.startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive)
            && trimmed.compare(QLatin1String("BEGIN"), Qt::CaseInsensitive) == 0)
            inTrigger = true;
        current += line + u'\n';
        const bool ends = !inDollars
            && (inTrigger ? trimmed.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0 : trimmed.endsWith(u';'));
        if (ends) {
            result << current.trimmed().chopped(1);
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty())
        result << current.trimmed();
    return result;
}

QString Migrator::backupPathFor(const QString &path, int from)
{
    QString candidate = QStringLiteral("%1.v%2.bak").arg(path).arg(from);
    if (QFileInfo::exists(candidate))
        candidate = QStringLiteral("%1.v%2-%3.bak")
                        .arg(path)
                        .arg(from)
                        .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMddHHmmss")));
    return candidate;
}

Status Migrator::migrate()
{
    const QStringList files = stepFiles();
    const int from = m_db.m_schemaVersion;
    if (from >= files.size())
        return {};
    if (from > 0 && !m_db.spec().onServer()) {
        // A server's upgrade is one transaction (PostgreSQL's DDL is transactional); its admin
        // keeps copies with pg_dump. Database::backupTo writes FILE.vN.bak.part and renames it once complete: an upgrade
        // killed while copying never leaves an empty or partial FILE.vN.bak.
        const QString copy = backupPathFor(m_db.path(), from);
        if (Status saved = m_db.backupTo(copy); !saved) {
            Error e = saved.error();
            e.message = QCoreApplication::translate("Storage", "%1 was not upgraded, since no copy of it could be kept first: %2")
                            .arg(m_db.path(), saved.error().message);
            return e;
        }
    }
    for (int version = from + 1; version <= files.size(); ++version) {
        if (Status step = runStep(version, files.at(version - 1)); !step)
            return step;
        m_db.m_schemaVersion = version;
    }
    return {};
}

QString Migrator::stepFileFor(const QString &file, const Dialect &dialect)
{
    // A step whose SQL differs on an engine has its own file under migrations/<engine>/.
    const QFileInfo portable(file);
    const QString own = QStringLiteral("%1/%2/%3").arg(portable.path(), dialect.name().toLower(), portable.fileName());
    return QFileInfo::exists(own) ? own : file;
}

Status Migrator::runStep(int version, const QString &portableFile)
{
    const QString file = stepFileFor(portableFile, m_db.dialect());
    QFile resource(file);
    if (!resource.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::Storage, QStringLiteral("migration %1 is missing from the build").arg(file));
    if (version < 1)
        return Error::make(Error::Kind::Storage, QStringLiteral("no schema step %1").arg(version));
    const QString text = QString::fromUtf8(resource.readAll());
    const QString sql = m_db.dialect().expand(text);
    // A step that rebuilds tables (SQLite changes a table by making it anew) runs with foreign keys
    // off, so that dropping the old table does not cascade; they are checked before it commits.
    const bool rebuilds = text.startsWith(QLatin1String("-- foreign keys off"));
    QSqlDatabase connection = m_db.connection();
    if (rebuilds) {
        if (Status off = m_db.dialect().setForeignKeysEnforced(connection, false); !off)
            return m_db.aboutFile(off.error());
    }
    Status done = runStatements(version, sql, rebuilds);
    if (rebuilds) {
        if (Status on = m_db.dialect().setForeignKeysEnforced(connection, true); !on && done)
            done = m_db.aboutFile(on.error());
    }
    return done;
}

Status Migrator::runStatements(int version, const QString &sql, bool checkForeignKeys)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    const WriteActivity activity(m_db, QCoreApplication::translate("Storage", "an upgrade of the portfolio"));
    for (const QString &statement : statements(sql)) {
        if (auto r = m_db.execute(statement); !r) {
            Error e = r.error();
            e.message = QCoreApplication::translate("Storage", "The portfolio could not be upgraded to schema version %1 and was left as it was: %2")
                            .arg(version)
                            .arg(r.error().message);
            return e;
        }
    }
    QSqlDatabase connection = m_db.connection();
    if (checkForeignKeys) {
        auto broken = m_db.dialect().foreignKeyProblems(connection);
        if (!broken)
            return m_db.aboutFile(broken.error());
        if (!broken->isEmpty()) {
            return Error::make(Error::Kind::Damaged,
                QCoreApplication::translate("Storage", "The portfolio could not be upgraded to schema version %1 and was left as it was: "
                                                       "row %2 of %3 refers to a missing row.")
                    .arg(version)
                    .arg(broken->first().row, broken->first().table));
        }
    }
    if (Status set = m_db.dialect().setSchemaVersion(connection, version); !set)
        return set;
    return transaction.commit();
}

} // namespace pd
