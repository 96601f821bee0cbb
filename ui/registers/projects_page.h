#pragma once

#include "common/language.h"
#include "interchange/table_sink.h"
#include "services/project_query.h"
#include "shell/register_page.h"

#include <QFutureWatcher>

class QToolButton;

class QPushButton;

namespace pd {
class Portfolio;
}

namespace pd::ui {

class ChipBar;
class ProjectFilterPanel;
class ProjectTableModel;
struct CountResult;

// The projects register: search as you type, the filter panel and its chips, the lazy table,
// "N of M projects".
class ProjectsPage final : public RegisterPage
{
    Q_OBJECT

public:
    ProjectsPage(Language language, QWidget *parent = nullptr);
    ~ProjectsPage() override;

    // Shows the portfolio's projects (null: none). The page does not own the portfolio.
    void setPortfolio(Portfolio *portfolio);
    // Turns the page's edits (new, delete) off while the portfolio is read-only.
    void setReadOnly(bool readOnly);
    ProjectTableModel *model() const { return m_model; }
    ProjectFilterPanel *filterPanel() const { return m_panel; }
    // The project of the current row, 0 when none.
    qint64 currentProjectId() const;
    bool selectProject(qint64 projectId);
    void setFiltersVisible(bool visible);
    // Shows the projects matching a filter (a dashboard's drill-down): the panel shows it, the search is cleared.
    void showFilter(const ProjectFilter &filter);
    bool filtersVisible() const;
    // Writes what the register shows (its search, filters and sort, the visible columns in their
    // order) to the file, on a worker thread with progress and cancel; the error names the file.
    Status exportTo(const ExportFile &file);

public Q_SLOTS:
    // After a change: fetch again, keep filters, refresh the choices of the panel.
    void refresh();

Q_SIGNALS:
    void openProjectRequested(qint64 projectId);
    void newProjectRequested();
    void deleteProjectRequested(qint64 projectId);
    void errorOccurred(const pd::Error &error);

private:
    void applyFilter();
    void loadChoices();
    void updateCount();
    void showRowMenu(const QPoint &pos);

    Language m_language;
    Portfolio *m_portfolio = nullptr;
    ProjectTableModel *m_model = nullptr;
    ProjectFilterPanel *m_panel = nullptr;
    ChipBar *m_chips = nullptr;
    QToolButton *m_filtersButton = nullptr;
    QFutureWatcher<CountResult> *m_total = nullptr;
    qint64 m_totalCount = -1;
    bool m_choicesStale = true;
    QPushButton *m_newButton = nullptr;
    bool m_readOnly = false;
};

} // namespace pd::ui
