#include "project_removal.h"

#include "delivery_service.h"
#include "finance_service.h"
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
    DeletionImpact impact;
    impact.project = project.value();
    impact.roles = roles.value();
    auto counts = m_db.execute(QStringLiteral("SELECT (SELECT count(*) FROM budget_lines WHERE project_id = ?), "
                                              "(SELECT count(*) FROM transactions WHERE project_id = ?), "
                                              "(SELECT count(*) FROM deliveries WHERE project_id = ?)"),
        {projectId, projectId, projectId});
    if (!counts)
        return counts.error();
    if (counts->next()) {
        impact.budgetLines = counts->value(0).toLongLong();
        impact.transactions = counts->value(1).toLongLong();
        impact.deliveries = counts->value(2).toLongLong();
    }
    return impact;
}

Result<RemovedProject> ProjectRemoval::remove(qint64 projectId, int revision)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    auto impact = impactOf(projectId);
    if (!impact)
        return impact.error();
    RemovedProject removed;
    removed.project = impact->project;
    for (const RoleView &view : impact->roles)
        removed.roles.append(view.role);
    FinanceService finance(m_db);
    auto budget = finance.budgetLines(projectId);
    auto transactions = finance.transactions(projectId);
    auto deliveries = DeliveryService(m_db).ofProject(projectId);
    if (!budget)
        return budget.error();
    if (!transactions)
        return transactions.error();
    if (!deliveries)
        return deliveries.error();
    removed.budgetLines = budget.value();
    removed.transactions = transactions.value();
    removed.deliveries = deliveries.value();
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
    FinanceService finance(m_db);
    for (const BudgetLine &line : removed.budgetLines) {
        if (auto added = finance.addBudgetLine(line); !added)
            return added.error();
    }
    for (const FinancialTransaction &t : removed.transactions) {
        if (auto added = finance.addTransaction(t); !added)
            return added.error();
    }
    DeliveryService deliveries(m_db);
    for (const Delivery &d : removed.deliveries) {
        if (auto added = deliveries.restore(d); !added)
            return added.error();
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return project;
}

} // namespace pd
