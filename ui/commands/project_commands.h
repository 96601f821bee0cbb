#pragma once

#include "service_command.h"
#include "services/project_removal.h"

namespace pd::ui {

class CreateProjectCommand final : public ServiceCommand
{
public:
    CreateProjectCommand(Portfolio &portfolio, PortfolioEvents &events, const Project &project);
    const Project &project() const { return m_project; }

private:
    Status apply() override;
    Status revert() override;
    Project m_project; // id set once created; redo restores under the same id
    std::optional<RemovedProject> m_removed; // what an undo took, children included, for the redo
};

class EditProjectCommand final : public ServiceCommand
{
public:
    // before: as read (its revision is the one the edit is based on); after: as edited.
    EditProjectCommand(Portfolio &portfolio, PortfolioEvents &events, const Project &before, const Project &after);
    const Project &stored() const { return m_stored; }

private:
    Status apply() override;
    Status revert() override;
    Status store(const Project &expected, const Project &content);
    Project m_before;
    Project m_after;
    Project m_stored; // what the database holds after the last apply/revert
    bool m_appliedOnce = false;
};

class DeleteProjectCommand final : public ServiceCommand
{
public:
    DeleteProjectCommand(Portfolio &portfolio, PortfolioEvents &events, qint64 projectId, int revision, const QString &code);

private:
    Status apply() override;
    Status revert() override;
    qint64 m_id;
    int m_revision;
    RemovedProject m_removed;
};

class AddRoleCommand final : public ServiceCommand
{
public:
    AddRoleCommand(Portfolio &portfolio, PortfolioEvents &events, const ProjectRole &role, const QString &description);
    const ProjectRole &role() const { return m_role; }

private:
    Status apply() override;
    Status revert() override;
    ProjectRole m_role;
};

class RemoveRoleCommand final : public ServiceCommand
{
public:
    RemoveRoleCommand(Portfolio &portfolio, PortfolioEvents &events, const ProjectRole &role, const QString &description);

private:
    Status apply() override;
    Status revert() override;
    ProjectRole m_role;
};

} // namespace pd::ui
