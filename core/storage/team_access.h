#pragma once

#include "common/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace pd {

class Database;

// What the login may do on a portfolio. A file's user may do everything; on a team server the
// database enforces the role (GRANTs, row-level security) and this tells the program beforehand,
// so that it shows what may not be done as disabled and words a refusal in the user's terms.
struct TeamAccess
{
    enum class Role {
        Owner, // a file, or the login that set the server portfolio up (or a superuser)
        Admin,
        Officer,
        Viewer
    };
    Role role = Role::Owner;
    QStringList lines; // an officer's business lines (keys such as "goods")

    bool mayEdit(const QString &lineKey) const;
    bool mayAdminister() const { return role == Role::Owner || role == Role::Admin; }
    // Why a change was refused, in the user's terms.
    QString refusal() const;
};

struct TeamMember
{
    QString login;
    QString role; // admin, officer, viewer
    QStringList lines;
};

// The roles of a portfolio on a team server: set up by server init, users managed by its admins.
// Roles are shared by the whole server, so the group roles carry the database's name.
namespace TeamServer {

// The group role of a team role on the database: "<database>_admin" and so on.
QString groupRole(const QString &database, const QString &role);
// Makes the group roles, GRANTs, row-level security policies and user functions, in one transaction
// (the schema must be in place). Refused when the database's name cannot name roles.
Status setUp(Database &db);
// Whether setUp has been run on this database.
Result<bool> isSetUp(Database &db);
// The current login's access (Owner on a file, or on a server not set up for a team).
Result<TeamAccess> accessOf(Database &db);
Status addUser(Database &db, const QString &name, const QString &role, const QStringList &lines, const QString &password);
// False when the name is no user of this portfolio.
Result<bool> removeUser(Database &db, const QString &name);
Result<QList<TeamMember>> users(Database &db);

} // namespace TeamServer

} // namespace pd
