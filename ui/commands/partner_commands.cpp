#include "partner_commands.h"

#include "portfolio_events.h"
#include "services/partner_service.h"
#include "services/portfolio.h"

#include <QCoreApplication>

namespace pd::ui {

namespace {

QString nameOf(const Partner &p)
{
    return p.acronym.isEmpty() ? p.name(Language::English) : p.acronym;
}

} // namespace

void PartnerCommand::announce()
{
    Q_EMIT m_events.partnersChanged();
    Q_EMIT m_events.projectsChanged();
    Q_EMIT m_events.deliveriesChanged();
}

CreatePartnerCommand::CreatePartnerCommand(Portfolio &portfolio, PortfolioEvents &events, const Partner &partner)
    : PartnerCommand(portfolio, events, QCoreApplication::translate("pd::ui::PartnerCommands", "Add partner %1").arg(nameOf(partner)))
    , m_partner(partner)
{ }

Status CreatePartnerCommand::apply()
{
    if (m_removed) // a redo: back under the same id
        return PartnerMerger(m_portfolio.database()).restore(*m_removed);
    auto stored = m_portfolio.partners().create(m_partner);
    if (!stored)
        return stored.error();
    m_partner = stored.value();
    return {};
}

Status CreatePartnerCommand::revert()
{
    auto current = m_portfolio.partners().get(m_partner.id);
    if (!current)
        return current.error();
    auto removed = PartnerMerger(m_portfolio.database()).remove(m_partner.id, current->revision);
    if (!removed)
        return removed.error();
    m_removed = removed.value();
    return {};
}

EditPartnerCommand::EditPartnerCommand(Portfolio &portfolio, PortfolioEvents &events, const Partner &before, const Partner &after)
    : PartnerCommand(portfolio, events, QCoreApplication::translate("pd::ui::PartnerCommands", "Edit partner %1").arg(nameOf(after)))
    , m_before(before)
    , m_after(after)
    , m_revision(before.revision)
{ }

Status EditPartnerCommand::apply()
{
    return store(m_after);
}

Status EditPartnerCommand::revert()
{
    return store(m_before);
}

// Writes `content` over the revision stored now, and keeps the new one.
Status EditPartnerCommand::store(const Partner &content)
{
    Partner p = content;
    p.revision = m_revision;
    auto stored = m_portfolio.partners().update(p);
    if (!stored)
        return stored.error();
    m_revision = stored->revision;
    return {};
}

DeletePartnerCommand::DeletePartnerCommand(Portfolio &portfolio, PortfolioEvents &events, const Partner &partner)
    : PartnerCommand(portfolio, events, QCoreApplication::translate("pd::ui::PartnerCommands", "Delete partner %1").arg(nameOf(partner)))
    , m_partner(partner)
{ }

Status DeletePartnerCommand::apply()
{
    const int revision = m_removed ? m_removed->partner.revision : m_partner.revision;
    auto removed = PartnerMerger(m_portfolio.database()).remove(m_partner.id, revision);
    if (!removed)
        return removed.error();
    m_removed = removed.value();
    return {};
}

Status DeletePartnerCommand::revert()
{
    return PartnerMerger(m_portfolio.database()).restore(*m_removed);
}

MergePartnersCommand::MergePartnersCommand(Portfolio &portfolio, PortfolioEvents &events, const Partner &kept, const Partner &merged)
    : PartnerCommand(portfolio, events,
          QCoreApplication::translate("pd::ui::PartnerCommands", "Merge partner %1 into %2").arg(nameOf(merged), nameOf(kept)))
    , m_kept(kept)
    , m_merged(merged)
{ }

Status MergePartnersCommand::apply()
{
    // A redo finds the kept record as the undo left it: one revision past the merge's.
    const int keptRevision = m_merge ? m_merge->kept.revision + 1 : m_kept.revision;
    auto merged = PartnerMerger(m_portfolio.database()).merge(m_kept.id, keptRevision, m_merged.id, m_merged.revision);
    if (!merged)
        return merged.error();
    m_merge = merged.value();
    return {};
}

Status MergePartnersCommand::revert()
{
    return PartnerMerger(m_portfolio.database()).unmerge(*m_merge);
}

} // namespace pd::ui
