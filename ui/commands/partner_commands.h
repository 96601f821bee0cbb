#pragma once

#include "service_command.h"
#include "services/partner_merger.h"

namespace pd::ui {

// The partner register's edits, each undoable like a project's.
class PartnerCommand : public ServiceCommand
{
public:
    using ServiceCommand::ServiceCommand;

protected:
    void announce() override; // partners, and the projects and deliveries that name them
};

class CreatePartnerCommand final : public PartnerCommand
{
public:
    CreatePartnerCommand(Portfolio &portfolio, PortfolioEvents &events, const Partner &partner);
    const Partner &partner() const { return m_partner; }

private:
    Status apply() override;
    Status revert() override;
    Partner m_partner; // id set once created; a redo restores it under the same id
    std::optional<RemovedPartner> m_removed;
};

class EditPartnerCommand final : public PartnerCommand
{
public:
    // before: as read (its revision is the one the edit is based on); after: as edited.
    EditPartnerCommand(Portfolio &portfolio, PortfolioEvents &events, const Partner &before, const Partner &after);

private:
    Status apply() override;
    Status revert() override;
    Status store(const Partner &content);
    Partner m_before;
    Partner m_after;
    int m_revision; // the revision stored now
};

class DeletePartnerCommand final : public PartnerCommand
{
public:
    DeletePartnerCommand(Portfolio &portfolio, PortfolioEvents &events, const Partner &partner);

private:
    Status apply() override;
    Status revert() override;
    Partner m_partner;
    std::optional<RemovedPartner> m_removed;
};

class MergePartnersCommand final : public PartnerCommand
{
public:
    MergePartnersCommand(Portfolio &portfolio, PortfolioEvents &events, const Partner &kept, const Partner &merged);
    const std::optional<MergedPartners> &merge() const { return m_merge; }

private:
    Status apply() override;
    Status revert() override;
    Partner m_kept;
    Partner m_merged;
    std::optional<MergedPartners> m_merge;
};

} // namespace pd::ui
