#pragma once

#include "common/result.h"
#include "common/language.h"
#include "domain/project.h"

#include <QDialog>
#include <QHash>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;
class QUndoStack;
class QCheckBox;

namespace pd {
class Portfolio;
}

namespace pd::ui {

class DateField;

class PortfolioEvents;
class ProjectDeliveriesTab;
class ProjectFinanceTab;
class RolesEditor;
class SharesEditor;

// The project editor: General, Countries and sectors, Partners, Description. Save validates with
// core's rules and shows each message at its field; a valid save becomes undoable commands (one
// macro when partners change too). Nothing is half saved; a conflict is never overwritten silently.
class ProjectEditor final : public QDialog
{
    Q_OBJECT

public:
    // Decides a conflict: returns ConflictDialog::ReloadTheirs, KeepMine or Cancel. Tests replace it.
    using ConflictResolver = std::function<int(const Project &mine, const Project &theirs)>;

    // A project with id 0 is created on save.
    ProjectEditor(Portfolio &portfolio, PortfolioEvents &events, QUndoStack &undo, Language language, const Project &project,
                  QWidget *parent = nullptr);

    Project edited() const;
    // Stores the edits; false (and messages shown) when refused. Accepts the dialog on success.
    bool save();
    // Stores what is entered without closing (Apply): a new project is then saved, and its
    // Deliveries tab opens. False with the problems shown when refused.
    bool apply();
    // The message shown at a field ("code", "countries", ...); empty when none.
    QString messageAt(const QString &field) const;
    void setConflictResolver(ConflictResolver resolver) { m_resolver = std::move(resolver); }
    void setCurrentTab(int index);
    // The notice that another officer saved this project meanwhile (hidden when none).
    QLabel *changedElsewhereNotice() const { return m_changedElsewhere; }

    // The widgets, for tests and for focus handling.
    QLineEdit *codeField() const { return m_code; }
    QLineEdit *titleEnField() const { return m_titleEn; }
    QLineEdit *titleZhField() const { return m_titleZh; }
    QComboBox *lineField() const { return m_line; }
    DateField *plannedStartField() const { return m_plannedStart; }
    DateField *plannedEndField() const { return m_plannedEnd; }
    SharesEditor *countriesEditor() const { return m_countries; }
    RolesEditor *rolesEditor() const { return m_roles; }
    // For a project not saved yet a draft, whose lines are stored with the project.
    ProjectFinanceTab *financeTab() const { return m_finance; }
    ProjectDeliveriesTab *deliveriesTab() const { return m_deliveries; }

private:
    QWidget *buildGeneralTab(Language language);
    QWidget *buildSharesTab(Language language);
    QWidget *buildDescriptionTab();
    QLabel *messageLabel(const QString &field);
    void load(const Project &project);
    void loadRoles();
    void showErrors(const QList<FieldError> &errors, const QString &summary);
    Status storeProject(Project &stored);
    Status storeRoles(qint64 projectId);
    Status storeDraftFinance(qint64 projectId);
    void openDeliveries();

    Portfolio &m_portfolio;
    PortfolioEvents &m_events;
    QUndoStack &m_undo;
    Project m_original; // as read from the database: what the edit is based on
    ConflictResolver m_resolver;
    QHash<QString, QLabel *> m_messages;

    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_titleEn = nullptr;
    QLineEdit *m_titleZh = nullptr;
    QComboBox *m_line = nullptr;
    QComboBox *m_funding = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_officer = nullptr;
    QComboBox *m_emergency = nullptr;
    DateField *m_plannedStart = nullptr;
    DateField *m_plannedEnd = nullptr;
    DateField *m_actualStart = nullptr;
    DateField *m_actualEnd = nullptr;
    SharesEditor *m_countries = nullptr;
    SharesEditor *m_sectors = nullptr;
    QList<QCheckBox *> m_sdgs;
    RolesEditor *m_roles = nullptr;
    ProjectFinanceTab *m_finance = nullptr;
    ProjectDeliveriesTab *m_deliveries = nullptr;
    Language m_language;
    QPlainTextEdit *m_descriptionEn = nullptr;
    QPlainTextEdit *m_descriptionZh = nullptr;
    QLineEdit *m_iatiIdentifier = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_changedElsewhere = nullptr; // a team server told of a newer version of this project
};

} // namespace pd::ui
