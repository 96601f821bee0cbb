#include "audit_log.h"

#include "storage/database.h"
#include "storage/transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSettings>

namespace pd {

namespace {
QMutex userNameMutex;
QString givenUserName;
} // namespace

void AuditLog::setUserName(const QString &name)
{
    const QMutexLocker lock(&userNameMutex);
    givenUserName = name.trimmed();
}

QString AuditLog::actor(const Database &db)
{
    return db.onServer() ? db.spec().server.login() : localActor();
}

QString AuditLog::localActor()
{
    {
        const QMutexLocker lock(&userNameMutex);
        if (!givenUserName.isEmpty())
            return givenUserName;
    }
    if (const QString env = qEnvironmentVariable("PROJECTDESK_USER").trimmed(); !env.isEmpty())
        return env;
    if (const QString saved = savedUserName(); !saved.isEmpty())
        return saved;
    for (const char *name : {"USER", "USERNAME", "LOGNAME"}) {
        const QString value = qEnvironmentVariable(name).trimmed();
        if (!value.isEmpty())
            return value;
    }
    return QStringLiteral("ProjectDesk");
}

namespace {
// The app's own settings file (organisation and application "ProjectDesk"), whichever program reads it.
QSettings sharedSettings()
{
    return QSettings(QStringLiteral("ProjectDesk"), QStringLiteral("ProjectDesk"));
}
constexpr auto kUserNameKey = "user/name";
} // namespace

QString AuditLog::savedUserName()
{
    return sharedSettings().value(QLatin1String(kUserNameKey)).toString().trimmed();
}

void AuditLog::saveUserName(const QString &name)
{
    sharedSettings().setValue(QLatin1String(kUserNameKey), name.trimmed());
}

Status AuditLog::record(
    const QString &entity, qint64 recordId, const QString &recordKey, const QString &action, const QList<FieldChange> &changes)
{
    QJsonObject json;
    for (const FieldChange &c : changes)
        json.insert(c.field, QJsonObject{{QStringLiteral("old"), c.oldValue}, {QStringLiteral("new"), c.newValue}});
    auto r = m_db.execute(QStringLiteral("INSERT INTO audit_log (at, actor, entity, record_id, record_key, action, changes) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), actor(m_db), entity, recordId, recordKey, action,
            QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact))});
    if (!r)
        return r.error();
    return {};
}

Status commitWithAudit(Database &db, Transaction &transaction, const AuditRecord &r)
{
    if (Status logged = AuditLog(db).record(r.entity, r.recordId, r.recordKey, r.action, r.changes); !logged)
        return logged;
    return transaction.commit();
}

Result<QList<AuditEntry>> AuditLog::entriesFor(const QString &entity, qint64 recordId) const
{
    auto r = m_db.execute(QStringLiteral("SELECT at, actor, entity, record_id, record_key, action, changes FROM audit_log "
                                         "WHERE entity = ? AND record_id = ? ORDER BY id"),
        {entity, recordId});
    if (!r)
        return r.error();
    QList<AuditEntry> entries;
    QSqlQuery &q = r.value();
    while (q.next()) {
        AuditEntry e{QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toLongLong(), q.value(4).toString(), q.value(5).toString(), {}};
        const QJsonObject json = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
        for (auto it = json.begin(); it != json.end(); ++it) {
            const QJsonObject change = it.value().toObject();
            e.changes.append({it.key(), change.value(QLatin1String("old")).toString(), change.value(QLatin1String("new")).toString()});
        }
        entries.append(e);
    }
    return entries;
}

} // namespace pd
