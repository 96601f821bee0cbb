#pragma once

#include "common/result.h"
#include "domain/partner.h"

namespace pd {

class Database;

// A role joined with what a list needs to show it.
struct RoleView
{
    ProjectRole role;
    QString projectCode;
    QString projectTitleEn;
    QString projectTitleZh;
    QString partnerNameEn;
    QString partnerNameZh;
    QString partnerAcronym;
};

// Which partner plays which role in which project. Each change is audited against the project.
class RoleService final
{
public:
    explicit RoleService(Database &db)
        : m_db(db)
    { }

    // Both bump the project's revision: a role is part of the project, and an editor holding an
    // older revision then meets a conflict instead of overwriting.
    Result<ProjectRole> add(const ProjectRole &role);
    // Removes exactly this role (id, project, partner and role must all match): a Conflict when it
    // is gone or its id now belongs to another role.
    Status remove(const ProjectRole &role);

    Result<QList<RoleView>> rolesOfProject(qint64 projectId) const;
    // The partner's roles by project code; at most limit (-1: all). A partner such as CICETE plays a
    // role in every project, so pages show the first ones with countRolesOfPartner().
    Result<QList<RoleView>> rolesOfPartner(qint64 partnerId, int limit = -1) const;
    Result<qint64> countRolesOfPartner(qint64 partnerId) const;

private:
    Result<QList<RoleView>> query(const QString &where, const QVariantList &values) const;
    Result<RoleView> getView(qint64 roleId) const;

    Database &m_db;
};

} // namespace pd
