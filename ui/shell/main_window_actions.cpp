// The MainWindow's actions on portfolios (new, demo, open, backup) and on projects (edit, delete).
#include "main_window.h"

#include "commands/delivery_commands.h"
#include "deliveries/deliveries_page.h"
#include "deliveries/delivery_editor.h"
#include "services/delivery_service.h"

#include "commands/portfolio_events.h"
#include "commands/project_commands.h"
#include "demo/demo_generator.h"
#include "editors/partner_page.h"
#include "editors/project_editor.h"
#include "finance/rates_dialog.h"
#include "interchange/iati_export.h"
#include "interchange/import_undo_dialog.h"
#include "interchange/import_wizard.h"
#include "long_operation.h"
#include "registers/project_table_model.h"
#include "registers/projects_page.h"
#include "reports/report_dialog.h"
#include "services/finance_service.h"
#include "services/portfolio.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>

namespace pd::ui {

ProjectEditor *MainWindow::createProjectEditor(qint64 projectId)
{
    if (!m_portfolio)
        return nullptr;
    Project project;
    if (projectId) {
        auto loaded = m_portfolio->projects().get(projectId);
        if (!loaded) {
            showError(loaded.error());
            return nullptr;
        }
        project = loaded.value();
    }
    return new ProjectEditor(*m_portfolio, *m_events, *m_undo, m_language, project, this);
}

void MainWindow::editProject(qint64 projectId)
{
    std::unique_ptr<ProjectEditor> editor(createProjectEditor(projectId));
    if (editor && editor->exec() == QDialog::Accepted)
        m_projectsPage->selectProject(editor->edited().id);
}

DeliveryEditor *MainWindow::createDeliveryEditor(qint64 deliveryId)
{
    if (!m_portfolio)
        return nullptr;
    Delivery delivery;
    if (deliveryId) {
        auto stored = DeliveryService(m_portfolio->database()).get(deliveryId);
        if (!stored) {
            showError(stored.error());
            return nullptr;
        }
        delivery = stored.value();
    }
    return new DeliveryEditor(*m_portfolio, *m_events, *m_undo, m_language, delivery, this);
}

void MainWindow::editDelivery(qint64 deliveryId)
{
    std::unique_ptr<DeliveryEditor> editor(createDeliveryEditor(deliveryId));
    if (editor && editor->exec() == QDialog::Accepted)
        m_deliveriesPage->selectDelivery(editor->delivery().id);
}

bool MainWindow::deleteDelivery(qint64 deliveryId, bool confirm)
{
    if (!m_portfolio || !deliveryId)
        return false;
    auto delivery = DeliveryService(m_portfolio->database()).get(deliveryId);
    if (!delivery) {
        showError(delivery.error());
        return false;
    }
    if (const TeamAccess &team = m_portfolio->database().spec().team; team.role == TeamAccess::Role::Officer) {
        auto project = m_portfolio->projects().get(delivery->projectId);
        if (project && !team.mayEdit(keyOf(project->line))) {
            showError(Error::make(Error::Kind::Denied, team.refusal()));
            return false;
        }
    }
    if (confirm
        && QMessageBox::question(this, tr("Delete Delivery"),
               tr("Delete delivery %1 with its packing list of %n line(s)? You can undo this.", nullptr, int(delivery->items.size())).arg(delivery->code),
               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Yes)
        return false;
    Status deleted = ServiceCommand::run(*m_undo, new RemoveDeliveryCommand(*m_portfolio, *m_events, delivery.value()));
    if (!deleted) {
        showError(deleted.error());
        return false;
    }
    statusBar()->showMessage(tr("Delivery %1 deleted").arg(delivery->code), 5000);
    return true;
}

void MainWindow::showReports()
{
    if (!m_portfolio)
        return;
    ReportDialog dialog(*m_portfolio, m_language, this);
    dialog.setFilter(m_settings.dashboardFilter());
    if (m_pages->currentWidget() == m_projectsPage) {
        if (auto project = m_portfolio->projects().get(m_projectsPage->currentProjectId())) {
            dialog.setKind(ReportKind::Project);
            dialog.setProjectCode(project->code);
        }
    }
    dialog.exec();
}

void MainWindow::showImport()
{
    if (!m_portfolio)
        return;
    ImportWizard wizard(m_portfolio->database().spec(), m_events, this);
    wizard.exec();
}

void MainWindow::showUndoImport()
{
    if (!m_portfolio)
        return;
    ImportUndoDialog dialog(m_portfolio->database(), m_events, this);
    dialog.exec();
}

void MainWindow::exportIatiFile()
{
    if (!m_portfolio)
        return;
    const ProjectFilter filter = m_projectsPage->model()->filter();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export IATI"), QDir::home().filePath(QStringLiteral("iati-activities.xml")),
        tr("IATI activity files (*.xml)"));
    if (path.isEmpty())
        return;
    const ConnectionSpec database = m_portfolio->database().spec();
    qint64 written = 0;
    const Status done = runOnDatabaseWithProgress(this, tr("Export IATI"), tr("Writing %1...").arg(QDir::toNativeSeparators(path)), database,
        [&](Database &db, const ProgressCallback &progress) -> Status {
            auto exported = exportIati(db, filter, path, {}, progress);
            if (!exported)
                return exported.error();
            written = exported.value();
            return {};
        });
    if (!done) {
        if (done.error().kind != Error::Kind::Cancelled)
            QMessageBox::warning(this, tr("Export IATI"), done.error().describe());
        return;
    }
    statusBar()->showMessage(tr("Exported %n project(s) as IATI activities to %1", nullptr, int(written)).arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::showRates()
{
    if (m_portfolio)
        RatesDialog(*m_portfolio, *m_events, m_language, this).exec();
}

void MainWindow::openPartner(qint64 partnerId)
{
    if (!m_portfolio)
        return;
    PartnerPage page(*m_portfolio, partnerId, m_language, this);
    connect(&page, &PartnerPage::openProjectRequested, this, [this, &page](qint64 projectId) {
        page.accept();
        editProject(projectId);
    });
    page.exec();
}

QString MainWindow::deletionQuestion(qint64 projectId) const
{
    auto impact = ProjectRemoval(m_portfolio->database()).impactOf(projectId);
    if (!impact)
        return impact.error().describe();
    QString text = tr("Delete project %1, \"%2\"?").arg(impact->project.code, impact->project.title(m_language));
    if (!impact->roles.isEmpty()) {
        QStringList partners;
        for (const RoleView &r : impact->roles)
            partners << QStringLiteral("%1 (%2)").arg(pick(m_language, r.partnerNameEn, r.partnerNameZh), nameOf(r.role.role, m_language));
        text += u'\n' + tr("Its %n partner role(s) are removed with it: %1.", nullptr, int(partners.size())).arg(partners.join(QStringLiteral("; ")));
    }
    QStringList records;
    if (impact->budgetLines > 0)
        records << tr("%n budget line(s)", nullptr, int(impact->budgetLines));
    if (impact->transactions > 0)
        records << tr("%n transaction(s)", nullptr, int(impact->transactions));
    if (impact->deliveries > 0)
        records << tr("%n delivery(ies) with their packing lists", nullptr, int(impact->deliveries));
    if (!records.isEmpty())
        text += u'\n' + tr("Its %1 are removed too.").arg(records.join(QStringLiteral(", ")));
    text += u'\n' + tr("You can undo this.");
    return text;
}

bool MainWindow::deleteProject(qint64 projectId, bool confirm)
{
    if (!m_portfolio || !projectId)
        return false;
    auto project = m_portfolio->projects().get(projectId);
    if (!project) {
        showError(project.error());
        return false;
    }
    // On a team server an officer deletes the projects of their own lines only: said before asking.
    if (const TeamAccess &team = m_portfolio->database().spec().team; !team.mayEdit(keyOf(project->line))) {
        showError(Error::make(Error::Kind::Denied, team.refusal()));
        return false;
    }
    if (confirm && QMessageBox::question(this, tr("Delete Project"), deletionQuestion(projectId), QMessageBox::Yes | QMessageBox::Cancel,
                                         QMessageBox::Cancel)
            != QMessageBox::Yes)
        return false;
    Status deleted = ServiceCommand::run(*m_undo, new DeleteProjectCommand(*m_portfolio, *m_events, projectId, project->revision, project->code));
    if (!deleted) {
        showError(deleted.error());
        return false;
    }
    statusBar()->showMessage(tr("Project %1 deleted").arg(project->code), 5000);
    return true;
}

} // namespace pd::ui
