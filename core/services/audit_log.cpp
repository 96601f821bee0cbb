#include "audit_log.h"

#include "storage/database.h"
#include "storage/transaction.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace pd {

QString AuditLog::actor()
{
    for (const char *name : {"USER", "USERNAME", "LOGNAME"}) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            return value;
    }
    return QStringLiteral("unknown");
}

Status AuditLog::record(
    const QString &entity, qint64 recordId, const QString &recordKey, const QString &action, const QList<FieldChange> &changes)
{
    QJsonObject json;
    for (const FieldChange &c : changes)
        json.insert(c.field, QJsonObject{{QStringLiteral("old"), c.oldValue}, {QStringLiteral("new"), c.newValue}});
    auto r = m_db.execute(QStringLiteral("INSERT INTO audit_log (at, actor, entity, record_id, record_key, action, changes) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), actor(), entity, recordId, recordKey, action,
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
