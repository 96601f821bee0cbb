#include "project_commands.h"

#include "unchanged.h"
#include "services/portfolio.h"

#include <QCoreApplication>

namespace pd::ui {

namespace {

Result<Project> currentIfUnchanged(Portfolio &portfolio, const Project &expected)
{
    return unchanged(
        expected, [&](qint64 id) { return portfolio.projects().get(id); },
        QCoreApplication::translate("ProjectCommands", "%1 was changed by someone else meanwhile").arg(expected.code));
}

} // namespace

CreateProjectCommand::CreateProjectCommand(Portfolio &portfolio, PortfolioEvents &events, const Project &project)
    : ServiceCommand(portfolio, events, QCoreApplication::translate("ProjectCommands", "Create project %1").arg(project.code))
    , m_project(project)
{ }

Status CreateProjectCommand::apply()
{
    // A redo puts back what the undo took, children included (deliveries, budgets others added meanwhile).
    auto stored = m_removed ? ProjectRemoval(m_portfolio.database()).restore(*m_removed)
        : m_project.id > 0  ? m_portfolio.projects().restore(m_project)
                            : m_portfolio.projects().create(m_project);
    if (!stored)
        return stored.error();
    m_project = stored.value();
    m_removed.reset();
    return {};
}

Status CreateProjectCommand::revert()
{
    auto current = currentIfUnchanged(m_portfolio, m_project);
    if (!current)
        return current.error();
    auto removed = ProjectRemoval(m_portfolio.database()).remove(m_project.id, current->revision);
    if (!removed)
        return removed.error();
    m_removed = removed.value();
    return {};
}

EditProjectCommand::EditProjectCommand(Portfolio &portfolio, PortfolioEvents &events, const Project &before, const Project &after)
    : ServiceCommand(portfolio, events, QCoreApplication::translate("ProjectCommands", "Edit project %1").arg(after.code))
    , m_before(before)
    , m_after(after)
    , m_stored(before)
{
    m_after.id = before.id;
}

Status EditProjectCommand::store(const Project &expected, const Project &content)
{
    auto current = currentIfUnchanged(m_portfolio, expected);
    if (!current)
        return current.error();
    Project next = content;
    next.id = current->id;
    next.revision = current->revision;
    auto stored = m_portfolio.projects().update(next);
    if (!stored)
        return stored.error();
    m_stored = stored.value();
    return {};
}

Status EditProjectCommand::apply()
{
    // The first time, the edit is based on the revision the editor read: a change made elsewhere
    // since then is a conflict the editor resolves with the user.
    if (!m_appliedOnce) {
        Project next = m_after;
        next.id = m_before.id;
        next.revision = m_before.revision;
        auto stored = m_portfolio.projects().update(next);
        if (!stored)
            return stored.error();
        m_stored = stored.value();
        m_appliedOnce = true;
        return {};
    }
    return store(m_before, m_after);
}

Status EditProjectCommand::revert()
{
    return store(m_after, m_before);
}

DeleteProjectCommand::DeleteProjectCommand(
    Portfolio &portfolio, PortfolioEvents &events, qint64 projectId, int revision, const QString &code)
    : ServiceCommand(portfolio, events, QCoreApplication::translate("ProjectCommands", "Delete project %1").arg(code))
    , m_id(projectId)
    , m_revision(revision)
{ }

Status DeleteProjectCommand::apply()
{
    int revision = m_revision;
    if (m_removed.project.id) { // a redo: the project must be as it was deleted
        auto current = currentIfUnchanged(m_portfolio, m_removed.project);
        if (!current)
            return current.error();
        revision = current->revision;
    }
    auto removed = ProjectRemoval(m_portfolio.database()).remove(m_id, revision);
    if (!removed)
        return removed.error();
    m_removed = removed.value();
    return {};
}

Status DeleteProjectCommand::revert()
{
    auto restored = ProjectRemoval(m_portfolio.database()).restore(m_removed);
    if (!restored)
        return restored.error();
    return {};
}

AddRoleCommand::AddRoleCommand(Portfolio &portfolio, PortfolioEvents &events, const ProjectRole &role, const QString &description)
    : ServiceCommand(portfolio, events, QCoreApplication::translate("ProjectCommands", "Add partner %1").arg(description))
    , m_role(role)
{ }

Status AddRoleCommand::apply()
{
    auto added = m_portfolio.roles().add(m_role);
    if (!added)
        return added.error();
    m_role = added.value();
    return {};
}

Status AddRoleCommand::revert()
{
    return m_portfolio.roles().remove(m_role);
}

RemoveRoleCommand::RemoveRoleCommand(Portfolio &portfolio, PortfolioEvents &events, const ProjectRole &role, const QString &description)
    : ServiceCommand(portfolio, events, QCoreApplication::translate("ProjectCommands", "Remove partner %1").arg(description))
    , m_role(role)
{ }

Status RemoveRoleCommand::apply()
{
    return m_portfolio.roles().remove(m_role);
}

Status RemoveRoleCommand::revert()
{
    auto added = m_portfolio.roles().add(m_role);
    if (!added)
        return added.error();
    return {};
}

} // namespace pd::ui
