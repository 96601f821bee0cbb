// The partner register's edits from the main window: add, edit, delete and merge, each undoable.
#include "main_window.h"

#include "commands/partner_commands.h"
#include "editors/merge_partners_dialog.h"
#include "editors/partner_editor.h"
#include "read_only_view.h"
#include "registers/partners_page.h"
#include "services/portfolio.h"

#include <QDialogButtonBox>
#include <QMessageBox>
#include <QStatusBar>

namespace pd::ui {

PartnerEditor *MainWindow::createPartnerEditor(qint64 partnerId)
{
    if (!m_portfolio)
        return nullptr;
    Partner partner;
    if (partnerId) {
        auto stored = m_portfolio->partners().get(partnerId);
        if (!stored) {
            showError(stored.error());
            return nullptr;
        }
        partner = stored.value();
    }
    auto *editor = new PartnerEditor(*m_portfolio, *m_events, *m_undo, m_language, partner, this);
    if (!m_portfolio->database().isWritable())
        applyReadOnly(editor, editor->findChild<QDialogButtonBox *>());
    return editor;
}

bool MainWindow::deletePartner(qint64 partnerId, bool confirm)
{
    if (!m_portfolio || !partnerId)
        return false;
    auto partner = m_portfolio->partners().get(partnerId);
    if (!partner) {
        showError(partner.error());
        return false;
    }
    if (confirm
        && QMessageBox::question(this, tr("Delete Partner"), tr("Delete %1? You can undo this.").arg(partner->name(m_language)),
               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Yes)
        return false;
    Status deleted = ServiceCommand::run(*m_undo, new DeletePartnerCommand(*m_portfolio, *m_events, partner.value()));
    if (!deleted) {
        showError(deleted.error());
        return false;
    }
    statusBar()->showMessage(tr("Partner %1 deleted").arg(partner->name(m_language)), 5000);
    return true;
}

bool MainWindow::mergePartner(qint64 partnerId, qint64 keptId)
{
    if (!m_portfolio || !partnerId)
        return false;
    auto merged = m_portfolio->partners().get(partnerId);
    if (!merged) {
        showError(merged.error());
        return false;
    }
    if (keptId == 0) {
        MergePartnersDialog dialog(*m_portfolio, merged.value(), m_language, this);
        if (dialog.exec() != QDialog::Accepted || dialog.keptId() == 0)
            return false;
        keptId = dialog.keptId();
    }
    auto kept = m_portfolio->partners().get(keptId);
    if (!kept) {
        showError(kept.error());
        return false;
    }
    Status done = ServiceCommand::run(*m_undo, new MergePartnersCommand(*m_portfolio, *m_events, kept.value(), merged.value()));
    if (!done) {
        showError(done.error());
        return false;
    }
    statusBar()->showMessage(tr("%1 merged into %2").arg(merged->name(m_language), kept->name(m_language)), 5000);
    return true;
}

} // namespace pd::ui
