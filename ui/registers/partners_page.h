#pragma once

#include "common/language.h"
#include "interchange/table_sink.h"
#include "services/project_query.h"
#include "shell/register_page.h"

class QCheckBox;
class QComboBox;
class QLabel;

namespace pd {
class Portfolio;
}

namespace pd::ui {

class PartnerTableModel;

// The partners register: type, country, IATI identifier, network membership, number of projects.
class PartnersPage final : public RegisterPage
{
    Q_OBJECT

public:
    explicit PartnersPage(Language language, QWidget *parent = nullptr);

    void setPortfolio(Portfolio *portfolio);
    PartnerTableModel *model() const { return m_model; }
    qint64 currentPartnerId() const;
    QCheckBox *networkOnlyBox() const { return m_networkOnly; }
    // Shows the partners of one IATI organisation type (0: any) playing a role in the projects a
    // filter matches (a dashboard's drill-down); the search and the network switch are cleared.
    void showScope(const ProjectFilter &projects, int orgType);
    // Writes what the register shows (its search, filters and sort, the visible columns in their
    // order) to the file, on a worker thread with progress and cancel; the error names the file.
    Status exportTo(const ExportFile &file);
    // A read-only portfolio: the register's edits are disabled (Edit... still opens a view).
    void setReadOnly(bool readOnly);

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void openPartnerRequested(qint64 partnerId);
    void newPartnerRequested();
    void editPartnerRequested(qint64 partnerId);
    void deletePartnerRequested(qint64 partnerId);
    void mergePartnerRequested(qint64 partnerId);
    void errorOccurred(const pd::Error &error);

private:
    void applyQuery();

    Language m_language;
    Portfolio *m_portfolio = nullptr;
    PartnerTableModel *m_model = nullptr;
    QCheckBox *m_networkOnly = nullptr;
    QComboBox *m_orgType = nullptr;
    ProjectFilter m_projects; // a scope set from outside, until cleared
    bool m_inProjects = false;
    QWidget *m_scopeBar = nullptr;
    QLabel *m_scopeLabel = nullptr;
    QList<QWidget *> m_writeButtons; // New Partner, Merge..., Delete
};

} // namespace pd::ui
