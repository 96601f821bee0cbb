#pragma once

#include "common/result.h"
#include "domain/project.h"
#include "role_service.h"

namespace pd {

class Database;

// What deleting a project takes with it: what the confirmation names, and what undo puts back.
struct RemovedProject
{
    Project project;
    QList<ProjectRole> roles;
};

struct DeletionImpact
{
    Project project;
    QList<RoleView> roles; // budgets and deliveries join this list when they arrive
};

// Deletes a project with everything that belongs to it, and restores it, each in one transaction.
class ProjectRemoval final
{
public:
    explicit ProjectRemoval(Database &db) : m_db(db) {}

    Result<DeletionImpact> impactOf(qint64 projectId) const;
    // Conflict when the revision is stale.
    Result<RemovedProject> remove(qint64 projectId, int revision);
    // Puts the project back under its former id, with its roles.
    Result<Project> restore(const RemovedProject &removed);

private:
    Database &m_db;
};

} // namespace pd
