#include "projects_page.h"

#include "background_count.h"
#include "chip_bar.h"
#include "project_filter_panel.h"
#include "project_table_model.h"
#include "services/portfolio.h"
#include "shell/export_actions.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>

namespace pd::ui {

ProjectsPage::ProjectsPage(Language language, QWidget *parent)
    : RegisterPage(tr("Projects"), tr("Search code, title, country, officer or partner (English or Chinese)"), parent)
    , m_language(language)
    , m_panel(new ProjectFilterPanel(language, this))
    , m_chips(new ChipBar(this))
    , m_filtersButton(new QToolButton(this))
    , m_total(new QFutureWatcher<CountResult>(this))
{
    auto *newButton = new QPushButton(tr("New Project"), this);
    m_newButton = newButton;
    connect(newButton, &QPushButton::clicked, this, &ProjectsPage::newProjectRequested);
    m_filtersButton->setText(tr("Filters"));
    m_filtersButton->setCheckable(true);
    // The panel's choices (officers, partners) are read when it is first shown, not on every open.
    connect(m_filtersButton, &QToolButton::toggled, this, [this](bool on) {
        if (on)
            loadChoices();
        m_panel->setVisible(on);
    });
    addButton(m_filtersButton);
    addButton(exportButton(this, registerTitle(ExportRegister::Projects), [this](const ExportFile &file) { return exportTo(file); }));
    addButton(newButton);
    addAboveTable(m_panel);
    addAboveTable(m_chips);
    m_panel->hide();

    connect(this, &RegisterPage::searchChanged, this, &ProjectsPage::applyFilter);
    connect(m_panel, &ProjectFilterPanel::filterChanged, this, &ProjectsPage::applyFilter);
    connect(m_chips, &ChipBar::removeRequested, this, [this](const QString &key) {
        if (key == QLatin1String("search")) {
            searchField()->clear();
            return; // clearing the field applies the filter
        }
        m_panel->setFilter(withoutChip(m_panel->filter(), key));
        applyFilter();
    });
    connect(m_chips, &ChipBar::clearAllRequested, this, [this] {
        m_panel->setFilter({});
        searchField()->clear();
        applyFilter();
    });
    connect(this, &RegisterPage::activated, this, [this](int) {
        if (const qint64 id = currentProjectId())
            Q_EMIT openProjectRequested(id);
    });
    connect(m_total, &QFutureWatcher<CountResult>::finished, this, [this] {
        if (m_total->future().resultCount() == 0)
            return;
        m_totalCount = m_total->result().count;
        updateCount();
    });
    view()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view(), &QTableView::customContextMenuRequested, this, &ProjectsPage::showRowMenu);
}

ProjectsPage::~ProjectsPage() = default;

void ProjectsPage::setPortfolio(Portfolio *portfolio)
{
    ProjectTableModel *old = m_model;
    m_portfolio = portfolio;
    m_model = nullptr;
    if (portfolio) {
        m_model = new ProjectTableModel(portfolio->projects(), portfolio->database().spec(), this);
        m_model->setLanguage(m_language);
        connect(m_model, &ProjectTableModel::matchingCountChanged, this, &ProjectsPage::updateCount);
        connect(m_model, &ProjectTableModel::errorOccurred, this, &ProjectsPage::errorOccurred);
    }
    setModel(m_model); // keeps the previous model's layout, if any
    delete old;
    const bool firstLayout = !hasHeaderState();
    if (m_model && firstLayout) {
        QHeaderView *header = view()->horizontalHeader();
        header->resizeSection(ProjectTableModel::Code, 125);
        header->setStretchLastSection(false);
        header->setSectionResizeMode(ProjectTableModel::Title, QHeaderView::Stretch); // the title takes the room left
        header->resizeSection(ProjectTableModel::Line, 165);
        header->resizeSection(ProjectTableModel::Status, 105);
        header->resizeSection(ProjectTableModel::Countries, 130);
        header->resizeSection(ProjectTableModel::PlannedStart, 95);
        header->resizeSection(ProjectTableModel::PlannedEnd, 95);
        header->setSectionHidden(ProjectTableModel::Funding, true);
    }
    refresh();
}

void ProjectsPage::refresh()
{
    if (!m_portfolio)
        return;
    m_choicesStale = true;
    if (filtersVisible())
        loadChoices();
    m_totalCount = -1;
    m_total->setFuture(countProjectsInBackground(m_portfolio->database().spec(), {}));
    applyFilter();
}

void ProjectsPage::loadChoices()
{
    if (!m_portfolio || !m_choicesStale)
        return;
    m_choicesStale = false;
    m_panel->loadChoices(*m_portfolio);
}

void ProjectsPage::applyFilter()
{
    if (!m_model)
        return;
    ProjectFilter filter = m_panel->filter();
    filter.search = searchField()->text().trimmed();
    QString partnerName;
    if (filter.partnerId) {
        if (auto partner = m_portfolio->partners().get(filter.partnerId))
            partnerName = partner->name(m_language);
    }
    m_chips->setChips(chipsFor(filter, m_language, partnerName));
    m_model->setFilter(filter);
}

void ProjectsPage::updateCount()
{
    const QLocale locale;
    const qint64 matching = m_model ? m_model->matchingCount() : 0;
    if (matching < 0 || m_totalCount < 0)
        setCountText(tr("Counting projects..."));
    else
        setCountText(tr("%1 of %2 projects").arg(locale.toString(matching), locale.toString(m_totalCount)));
}

qint64 ProjectsPage::currentProjectId() const
{
    if (!m_model)
        return 0;
    const ProjectSummary *s = m_model->summaryAt(view()->currentIndex().row());
    return s ? s->id : 0;
}

bool ProjectsPage::selectProject(qint64 projectId)
{
    if (!m_model)
        return false;
    const int row = m_model->rowOf(projectId);
    if (row < 0)
        return false;
    view()->setCurrentIndex(m_model->index(row, ProjectTableModel::Code));
    view()->scrollTo(view()->currentIndex());
    return true;
}

void ProjectsPage::showFilter(const ProjectFilter &filter)
{
    setFiltersVisible(true);
    m_panel->setFilter(filter);
    {
        const QSignalBlocker quiet(this); // one reload, not one for the cleared search as well
        searchField()->setText(filter.search);
    }
    applyFilter();
}

void ProjectsPage::setFiltersVisible(bool visible)
{
    if (visible)
        loadChoices();
    m_filtersButton->setChecked(visible);
    m_panel->setVisible(visible);
}

bool ProjectsPage::filtersVisible() const
{
    return m_filtersButton->isChecked();
}

Status ProjectsPage::exportTo(const ExportFile &file)
{
    if (!m_model || !m_portfolio)
        return Error::make(Error::Kind::InvalidArgument, tr("Open a portfolio to export its projects."));
    const ProjectQuery query = m_model->query();
    ExportOptions options;
    options.columns = visibleColumnKeys(view()->horizontalHeader(), &ProjectTableModel::columnKeys);
    options.language = m_language;
    return runExport(
        this, m_portfolio->database().spec(), file, [query, options](Database &db, TableSink &sink, const ExportProgress &progress) {
            return exportProjects(db, query, options, sink, progress);
        });
}

void ProjectsPage::showRowMenu(const QPoint &pos)
{
    const qint64 id = currentProjectId();
    QMenu menu(this);
    QAction *open = menu.addAction(tr("Open Project"), this, [this, id] { Q_EMIT openProjectRequested(id); });
    QAction *remove = menu.addAction(tr("Delete Project..."), this, [this, id] { Q_EMIT deleteProjectRequested(id); });
    open->setEnabled(id != 0);
    // An officer on a team server deletes projects of their own lines only.
    bool mayDelete = id != 0 && !m_readOnly;
    if (mayDelete && m_portfolio && m_portfolio->database().spec().team.role == TeamAccess::Role::Officer) {
        auto project = m_portfolio->projects().get(id);
        mayDelete = project && m_portfolio->database().spec().team.mayEdit(keyOf(project->line));
    }
    remove->setEnabled(mayDelete);
    menu.addSeparator();
    menu.addAction(tr("New Project"), this, &ProjectsPage::newProjectRequested)->setEnabled(!m_readOnly);
    menu.exec(view()->viewport()->mapToGlobal(pos));
}

void ProjectsPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_newButton->setEnabled(!readOnly);
}

} // namespace pd::ui
