#pragma once

#include "common/result.h"
#include "domain/record_fields.h"

#include <QDateTime>

namespace pd {

class Database;
class Transaction;

struct AuditEntry
{
    QDateTime at;
    QString actor;
    QString entity;
    qint64 recordId = 0;
    QString recordKey;
    QString action; // create, update, delete, add_role, remove_role, ...
    QList<FieldChange> changes;
};

// Who changed what, when: written by the services inside the transaction of the change itself,
// so that a change and its record stand or fall together.
class AuditLog final
{
public:
    explicit AuditLog(Database &db)
        : m_db(db)
    { }

    Status record(
        const QString &entity, qint64 recordId, const QString &recordKey, const QString &action, const QList<FieldChange> &changes);
    Result<QList<AuditEntry>> entriesFor(const QString &entity, qint64 recordId) const;

    // Who a change is recorded for: on a team server the database login; on a file the name set for
    // this process (the app's Preferences, the CLI's --user), else PROJECTDESK_USER, else the
    // operating-system login. Never empty.
    static QString actor(const Database &db);
    // The same for a portfolio file (no database login).
    static QString localActor();
    // The name given for this process (the CLI's --user): it comes first (empty: not given).
    static void setUserName(const QString &name);
    // The name kept in the user's settings (the app's Preferences, asked on its first run), shared by
    // the app and the CLI: empty when never given.
    static QString savedUserName();
    static void saveUserName(const QString &name);

private:
    Database &m_db;
};

struct AuditRecord
{
    QString entity;
    qint64 recordId = 0;
    QString recordKey;
    QString action;
    QList<FieldChange> changes;
};

// Writes the audit entry of a change inside the change's transaction, then commits it: a change
// and its entry stand or fall together.
Status commitWithAudit(Database &db, Transaction &transaction, const AuditRecord &record);

} // namespace pd
