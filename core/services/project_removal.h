#pragma once

#include "common/result.h"
#include "domain/delivery.h"
#include "domain/finance.h"
#include "domain/project.h"
#include "role_service.h"

namespace pd {

class Database;

// What deleting a project takes with it: what the confirmation names, and what undo puts back.
struct RemovedProject
{
    Project project;
    QList<ProjectRole> roles;
    QList<BudgetLine> budgetLines;
    QList<FinancialTransaction> transactions;
    QList<Delivery> deliveries; // with their packing lists and history
};

struct DeletionImpact
{
    Project project;
    QList<RoleView> roles;
    qint64 budgetLines = 0;
    qint64 transactions = 0;
    qint64 deliveries = 0;
};

// Deletes a project with everything that belongs to it, and restores it, each in one transaction.
class ProjectRemoval final
{
public:
    explicit ProjectRemoval(Database &db) : m_db(db) {}

    Result<DeletionImpact> impactOf(qint64 projectId) const;
    // Conflict when the revision is stale.
    Result<RemovedProject> remove(qint64 projectId, int revision);
    // Puts the project back under its former id, with its roles, budget, transactions and deliveries.
    Result<Project> restore(const RemovedProject &removed);

private:
    Database &m_db;
};

} // namespace pd
