#include "team_access.h"

#include "database.h"
#include "migrator.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QRegularExpression>

namespace pd {

bool TeamAccess::mayEdit(const QString &lineKey) const
{
    switch (role) {
    case Role::Owner:
    case Role::Admin:
        return true;
    case Role::Officer:
        return lines.contains(lineKey);
    case Role::Viewer:
        return false;
    }
    return false;
}

QString TeamAccess::refusal() const
{
    switch (role) {
    case Role::Viewer:
        return QCoreApplication::translate("Storage", "You have view rights on this portfolio: you may read everything and change nothing. Nothing was changed.");
    case Role::Officer:
        return lines.isEmpty()
            ? QCoreApplication::translate("Storage", "You are an officer of this portfolio with no business line granted to you yet, so you may not change it. "
                                                     "Nothing was changed; an admin can grant you lines.")
            : QCoreApplication::translate("Storage", "You may change records of your business lines (%1) only; this one belongs to another line, or "
                                                     "only an admin may do this. Nothing was changed.")
                  .arg(lines.join(QLatin1String(", ")));
    case Role::Owner:
    case Role::Admin:
        break;
    }
    return QCoreApplication::translate("Storage", "Your role on this portfolio does not allow this change; nothing was changed.");
}

namespace TeamServer {

namespace {

const QRegularExpression kDatabaseName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,50}$"));

QString quoted(const QString &identifier)
{
    return u'"' + identifier + u'"';
}

QString databaseName(const Database &db)
{
    return db.spec().server.database;
}

} // namespace

QString groupRole(const QString &database, const QString &role)
{
    return database + u'_' + role;
}

Result<bool> isSetUp(Database &db)
{
    auto q = db.execute(QStringLiteral("SELECT to_regclass(?) IS NOT NULL"), {QStringLiteral("team_lines")});
    if (!q)
        return q.error();
    return q->next() && q->value(0).toBool();
}

Status setUp(Database &db)
{
    const QString name = databaseName(db);
    if (!kDatabaseName.match(name).hasMatch())
        return Error::make(Error::Kind::InvalidArgument,
            QCoreApplication::translate("Storage", "The database %1 cannot name its roles: a team portfolio's database is named with letters, digits and "
                                                   "underscores only (at most 51). Create one so named and run server init on it.")
                .arg(name));
    QFile file(QStringLiteral(":/server/team.sql"));
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::Storage, QStringLiteral("server/team.sql is missing from the build"));
    QString sql = QString::fromUtf8(file.readAll());
    for (const QString &role : {QStringLiteral("admin"), QStringLiteral("officer"), QStringLiteral("viewer")}) {
        const QString group = groupRole(name, role);
        sql.replace(QStringLiteral("{{%1_NAME}}").arg(role.toUpper()), group);
        sql.replace(QStringLiteral("{{%1}}").arg(role.toUpper()), quoted(group));
    }
    sql.replace(QLatin1String("{{DATABASE}}"), quoted(name));
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    for (const QString &statement : Migrator::statements(sql)) {
        if (auto r = db.execute(statement); !r) {
            Error e = r.error();
            e.message = QCoreApplication::translate("Storage", "The team roles could not be set up, and nothing was changed: %1").arg(r.error().message);
            return e;
        }
    }
    return transaction.commit();
}

Result<TeamAccess> accessOf(Database &db)
{
    TeamAccess access;
    if (!db.onServer())
        return access;
    auto setUpAlready = isSetUp(db);
    if (!setUpAlready)
        return setUpAlready.error();
    if (!setUpAlready.value())
        return access;
    const QString name = databaseName(db);
    // Owner: the login that owns the tables (it set the portfolio up), or a superuser.
    auto q = db.execute(QStringLiteral("SELECT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) "
                                       "OR current_user = (SELECT tableowner FROM pg_tables WHERE schemaname = 'public' AND tablename = 'projects'), "
                                       "pg_has_role(current_user, ?, 'MEMBER'), pg_has_role(current_user, ?, 'MEMBER'), pg_has_role(current_user, ?, 'MEMBER')"),
        {groupRole(name, QStringLiteral("admin")), groupRole(name, QStringLiteral("officer")), groupRole(name, QStringLiteral("viewer"))});
    if (!q)
        return q.error();
    if (!q->next())
        return access;
    if (q->value(0).toBool())
        access.role = TeamAccess::Role::Owner;
    else if (q->value(1).toBool())
        access.role = TeamAccess::Role::Admin;
    else if (q->value(2).toBool())
        access.role = TeamAccess::Role::Officer;
    else
        access.role = TeamAccess::Role::Viewer; // a login of no group reads at most (and usually not even that)
    q->finish();
    if (access.role == TeamAccess::Role::Officer) {
        auto lines = db.execute(QStringLiteral("SELECT business_line FROM team_lines WHERE login = current_user ORDER BY business_line"));
        if (!lines)
            return lines.error();
        while (lines->next())
            access.lines << lines->value(0).toString();
    }
    return access;
}

Status addUser(Database &db, const QString &name, const QString &role, const QStringList &lines, const QString &password)
{
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    auto r = db.execute(QStringLiteral("SELECT projectdesk_add_user(?, ?, ?, ?)"), {name, role, lines.join(u','), password});
    if (!r)
        return r.error();
    r->finish();
    return transaction.commit();
}

Result<bool> removeUser(Database &db, const QString &name)
{
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    auto r = db.execute(QStringLiteral("SELECT projectdesk_remove_user(?)"), {name});
    if (!r)
        return r.error();
    const bool removed = r->next() && r->value(0).toBool();
    r->finish();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return removed;
}

Result<QList<TeamMember>> users(Database &db)
{
    const QString name = databaseName(db);
    const QStringList roles{QStringLiteral("admin"), QStringLiteral("officer"), QStringLiteral("viewer")};
    auto q = db.execute(QStringLiteral("SELECT m.rolname, g.rolname FROM pg_auth_members am JOIN pg_roles g ON g.oid = am.roleid "
                                       "JOIN pg_roles m ON m.oid = am.member WHERE g.rolname IN (?, ?, ?) ORDER BY m.rolname"),
        {groupRole(name, roles[0]), groupRole(name, roles[1]), groupRole(name, roles[2])});
    if (!q)
        return q.error();
    QList<TeamMember> members;
    while (q->next())
        members << TeamMember{q->value(0).toString(), q->value(1).toString().mid(name.size() + 1), {}};
    QHash<QString, QStringList> linesOf;
    auto lines = db.execute(QStringLiteral("SELECT login, business_line FROM team_lines ORDER BY login, business_line"));
    if (!lines)
        return lines.error();
    while (lines->next())
        linesOf[lines->value(0).toString()] << lines->value(1).toString();
    for (TeamMember &m : members)
        m.lines = linesOf.value(m.login);
    return members;
}

} // namespace TeamServer

} // namespace pd
