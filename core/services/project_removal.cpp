#include "project_removal.h"

#include "project_service.h"
#include "storage/database.h"
#include "storage/transaction.h"

namespace pd {

Result<DeletionImpact> ProjectRemoval::impactOf(qint64 projectId) const
{
    auto project = ProjectService(m_db).get(projectId);
    if (!project)
        return project.error();
    auto roles = RoleService(m_db).rolesOfProject(projectId);
    if (!roles)
        return roles.error();
    return DeletionImpact{project.value(), roles.value()};
}

Result<RemovedProject> ProjectRemoval::remove(qint64 projectId, int revision)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    auto impact = impactOf(projectId);
    if (!impact)
        return impact.error();
    RemovedProject removed{impact->project, {}};
    for (const RoleView &view : impact->roles)
        removed.roles.append(view.role);
    if (Status deleted = ProjectService(m_db).remove(projectId, revision); !deleted)
        return deleted.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return removed;
}

Result<Project> ProjectRemoval::restore(const RemovedProject &removed)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    auto project = ProjectService(m_db).restore(removed.project);
    if (!project)
        return project.error();
    RoleService roles(m_db);
    for (const ProjectRole &role : removed.roles) {
        if (auto added = roles.add(role); !added)
            return added.error();
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return project;
}

} // namespace pd
