#include "main_window.h"

#include "editors/partner_editor.h"

#include "live_updates.h"
#include "storage/server_address.h"

#include "commands/portfolio_events.h"
#include "dashboard/dashboard_page.h"
#include "error_reporter.h"
#include "lock_wait.h"
#include "message_banner.h"
#include "deliveries/deliveries_page.h"
#include "finance/finance_page.h"
#include "registers/partners_page.h"
#include "registers/project_filter_panel.h"
#include "registers/project_table_model.h"
#include "registers/projects_page.h"
#include "preferences_dialog.h"
#include "register_page.h"
#include "services/portfolio.h"
#include "services/portfolio_settings.h"
#include "user_guide.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QVBoxLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QScreen>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QUndoStack>

namespace pd::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_language(languageOf(QLocale()))
    , m_events(new PortfolioEvents(this))
    , m_undo(new QUndoStack(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    m_accessBanner = new MessageBanner(central);
    m_accessBanner->setObjectName(QStringLiteral("accessBanner"));
    m_accessBanner->setClosable(false); // it holds as long as the portfolio is read-only
    m_failureBanner = new MessageBanner(central);
    m_failureBanner->setObjectName(QStringLiteral("failureBanner"));
    m_errors = new ErrorReporter(this, m_failureBanner);
    outer->addWidget(m_accessBanner);
    outer->addWidget(m_failureBanner);
    auto *body = new QWidget(central);
    auto *layout = new QHBoxLayout(body);
    m_navigation = new QListWidget(body);
    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_pages = new QStackedWidget(body);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    outer->addWidget(body, 1);
    setCentralWidget(central);
    buildPages();
    buildMenus();
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(0); // the dashboard first

    connect(m_events, &PortfolioEvents::projectsChanged, m_projectsPage, &ProjectsPage::refresh);
    connect(m_events, &PortfolioEvents::projectsChanged, m_partnersPage, &PartnersPage::refresh);
    connect(m_events, &PortfolioEvents::partnersChanged, m_partnersPage, &PartnersPage::refresh);
    connect(m_events, &PortfolioEvents::commandFailed, this, qOverload<const Error &>(&MainWindow::showError));
    connect(m_events, &PortfolioEvents::projectsChanged, m_financePage, &FinancePage::refresh);
    connect(m_events, &PortfolioEvents::projectsChanged, m_deliveriesPage, &DeliveriesPage::refresh);
    connect(m_events, &PortfolioEvents::deliveriesChanged, m_deliveriesPage, &DeliveriesPage::refresh);
    connect(m_events, &PortfolioEvents::projectsChanged, m_dashboardPage, &DashboardPage::refresh);
    connect(m_events, &PortfolioEvents::deliveriesChanged, m_dashboardPage, &DashboardPage::refresh);
    // The Finance page counts the projects the Projects register shows.
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (pageNames().value(row) == QLatin1String("finance") && m_projectsPage->model()) {
            const ProjectFilter filter = m_projectsPage->model()->filter();
            QStringList parts;
            for (const FilterChip &chip : chipsFor(filter, m_language, QString()))
                parts << chip.text;
            m_financePage->setFilter(filter, parts.join(QStringLiteral(", ")));
        }
    });

    m_portfolioLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_portfolioLabel);
    statusBar()->showMessage(tr("No portfolio open"));
    if (!restoreGeometry(m_settings.windowGeometry()))
        resize(1280, 800);
    fitToScreen();
    restoreState(m_settings.windowState());
    m_projectsPage->setFiltersVisible(m_settings.filtersVisible());
    for (QAction *action : std::as_const(m_portfolioActions))
        action->setEnabled(false); // until a portfolio is open
    updateTitle();
}

MainWindow::~MainWindow()
{
    // Commands and models refer to the portfolio: let them go before it.
    m_undo->clear();
    m_projectsPage->setPortfolio(nullptr);
    m_partnersPage->setPortfolio(nullptr);
    m_financePage->setPortfolio(nullptr);
    m_deliveriesPage->setPortfolio(nullptr);
    m_dashboardPage->setPortfolio(nullptr);
}

QStringList MainWindow::pageNames()
{
    return {QStringLiteral("dashboard"), QStringLiteral("projects"), QStringLiteral("partners"), QStringLiteral("finance"),
            QStringLiteral("deliveries")};
}

void MainWindow::buildPages()
{
    const QStringList labels{tr("Dashboard"), tr("Projects"), tr("Partners"), tr("Finance"), tr("Deliveries")};
    m_navigation->addItems(labels);
    int width = 0;
    for (const QString &label : labels)
        width = std::max(width, m_navigation->fontMetrics().horizontalAdvance(label));
    m_navigation->setFixedWidth(width + 56);
    m_navigation->setStyleSheet(QStringLiteral("QListWidget::item { padding: 6px 8px; }"));

    m_projectsPage = new ProjectsPage(m_language, m_pages);
    m_partnersPage = new PartnersPage(m_language, m_pages);
    m_projectsPage->restoreHeaderState(m_settings.registerState(QStringLiteral("projects")));
    m_partnersPage->restoreHeaderState(m_settings.registerState(QStringLiteral("partners")));
    connect(m_projectsPage, &ProjectsPage::openProjectRequested, this, &MainWindow::editProject);
    connect(m_projectsPage, &ProjectsPage::newProjectRequested, this, [this] { editProject(0); });
    connect(m_projectsPage, &ProjectsPage::deleteProjectRequested, this, [this](qint64 id) { deleteProject(id); });
    connect(m_projectsPage, &ProjectsPage::errorOccurred, this, qOverload<const Error &>(&MainWindow::showError));
    connect(m_partnersPage, &PartnersPage::openPartnerRequested, this, &MainWindow::openPartner);
    connect(m_partnersPage, &PartnersPage::newPartnerRequested, this, [this] {
        std::unique_ptr<PartnerEditor> editor(createPartnerEditor(0));
        if (editor)
            editor->exec();
    });
    connect(m_partnersPage, &PartnersPage::editPartnerRequested, this, [this](qint64 id) {
        std::unique_ptr<PartnerEditor> editor(createPartnerEditor(id));
        if (editor)
            editor->exec();
    });
    connect(m_partnersPage, &PartnersPage::deletePartnerRequested, this, [this](qint64 id) { deletePartner(id); });
    connect(m_partnersPage, &PartnersPage::mergePartnerRequested, this, [this](qint64 id) { mergePartner(id); });
    connect(m_partnersPage, &PartnersPage::errorOccurred, this, qOverload<const Error &>(&MainWindow::showError));

    m_dashboardPage = new DashboardPage(m_language, m_pages);
    m_dashboardPage->setFilter(m_settings.dashboardFilter());
    connect(m_dashboardPage, &DashboardPage::filterChanged, this, [this](const ProjectFilter &f) { m_settings.setDashboardFilter(f); });
    connect(m_dashboardPage, &DashboardPage::errorOccurred, this, qOverload<const Error &>(&MainWindow::showError));
    connect(m_dashboardPage, &DashboardPage::projectsRequested, this, [this](const ProjectFilter &f) {
        showPage(QStringLiteral("projects"));
        m_projectsPage->showFilter(f);
    });
    connect(m_dashboardPage, &DashboardPage::deliveriesRequested, this, [this](const DeliveryFilter &f) {
        showPage(QStringLiteral("deliveries"));
        m_deliveriesPage->setFilter(f);
    });
    connect(m_dashboardPage, &DashboardPage::partnersRequested, this, [this](int type) {
        showPage(QStringLiteral("partners"));
        m_partnersPage->showScope(m_dashboardPage->filter(), type);
    });
    connect(m_dashboardPage, &DashboardPage::financeRequested, this, [this](const ProjectFilter &f) {
        showPage(QStringLiteral("finance"));
        QStringList parts;
        for (const FilterChip &chip : chipsFor(f, m_language, QString()))
            parts << chip.text;
        m_financePage->setFilter(f, parts.join(QStringLiteral(", ")));
    });
    m_pages->addWidget(m_dashboardPage);
    m_pages->addWidget(m_projectsPage);
    m_pages->addWidget(m_partnersPage);
    m_financePage = new FinancePage(m_language, m_pages);
    connect(m_financePage, &FinancePage::openProjectRequested, this, &MainWindow::editProject);
    connect(m_financePage, &FinancePage::ratesRequested, this, &MainWindow::showRates);
    m_pages->addWidget(m_financePage);
    m_deliveriesPage = new DeliveriesPage(m_language, m_pages);
    m_deliveriesPage->restoreHeaderState(m_settings.registerState(QStringLiteral("deliveries")));
    connect(m_deliveriesPage, &DeliveriesPage::openDeliveryRequested, this, &MainWindow::editDelivery);
    connect(m_deliveriesPage, &DeliveriesPage::newDeliveryRequested, this, [this] { editDelivery(0); });
    connect(m_deliveriesPage, &DeliveriesPage::deleteDeliveryRequested, this, [this](qint64 id) { deleteDelivery(id); });
    connect(m_deliveriesPage, &DeliveriesPage::errorOccurred, this, qOverload<const Error &>(&MainWindow::showError));
    m_pages->addWidget(m_deliveriesPage);
}

void MainWindow::buildMenus()
{
    QStyle *style = this->style();
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newPortfolio = file->addAction(tr("&New Portfolio..."), this, &MainWindow::newPortfolio);
    newPortfolio->setShortcut(QKeySequence::New);
    file->addAction(tr("New &Demo Portfolio..."), this, &MainWindow::newDemoPortfolio);
    QAction *open = file->addAction(style->standardIcon(QStyle::SP_DialogOpenButton), tr("&Open Portfolio..."), this,
                                    &MainWindow::openPortfolioDialog);
    open->setShortcut(QKeySequence::Open);
    file->addAction(tr("Connect to &Team Server..."), this, &MainWindow::connectToServer);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    QAction *backup = file->addAction(tr("&Backup..."), this, &MainWindow::backupPortfolio);
    file->addAction(tr("Re&cover..."), this, [this] { recoverPortfolio(); });
    QAction *close = file->addAction(tr("&Close Portfolio"), this, [this] { setPortfolio(nullptr); });
    close->setShortcut(QKeySequence::Close);
    file->addSeparator();
    QAction *reports = file->addAction(style->standardIcon(QStyle::SP_FileDialogDetailedView), tr("&Reports..."), this, [this] { showReports(); });
    reports->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    QAction *import = file->addAction(tr("&Import..."), this, [this] { showImport(); });
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    QAction *exportIati = file->addAction(tr("Export &IATI..."), this, [this] { exportIatiFile(); });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(style->standardIcon(QStyle::SP_ArrowBack));
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setIcon(style->standardIcon(QStyle::SP_ArrowForward));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find"), this, &MainWindow::focusSearch);
    find->setShortcut(QKeySequence::Find);
    QAction *newProject = edit->addAction(style->standardIcon(QStyle::SP_FileIcon), tr("New &Project..."), this, [this] { editProject(0); });
    newProject->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    QAction *deleteProject = edit->addAction(tr("&Delete Project..."), this, [this] {
        if (const qint64 id = m_projectsPage->currentProjectId())
            this->deleteProject(id);
    });
    deleteProject->setShortcut(QKeySequence::Delete);
    deleteProject->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_projectsPage->addAction(deleteProject);
    QAction *rates = edit->addAction(tr("Exchange &Rates..."), this, &MainWindow::showRates);
    QAction *undoImport = edit->addAction(tr("Undo &Import..."), this, [this] { showUndoImport(); });
    undoImport->setObjectName(QStringLiteral("undoImportAction"));
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("&Preferences..."), this, [this] { PreferencesDialog(m_settings, this).exec(); });
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const QStringList names = pageNames();
    for (int i = 0; i < names.size(); ++i) {
        QAction *page = view->addAction(m_navigation->item(i)->text(), this, [this, i] { m_navigation->setCurrentRow(i); });
        page->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    view->addSeparator();
    QAction *filters = view->addAction(tr("Project &Filters"));
    filters->setCheckable(true);
    filters->setChecked(m_settings.filtersVisible());
    connect(filters, &QAction::toggled, this, [this](bool on) {
        m_projectsPage->setFiltersVisible(on);
        showPage(QStringLiteral("projects"));
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("&User Guide"), this, &MainWindow::showUserGuide);
    guide->setObjectName(QStringLiteral("userGuideAction"));
    guide->setShortcut(QKeySequence::HelpContents);
    help->addSeparator();
    help->addAction(tr("&About ProjectDesk"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(open);
    toolbar->addAction(newProject);
    toolbar->addSeparator();
    toolbar->addAction(undo);
    toolbar->addAction(redo);

    m_portfolioActions = {backup, close, newProject, deleteProject, find, rates, undoImport, reports, import, exportIati};
    m_editActions = {newProject, deleteProject, import};
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    QStringList recent;
    for (const QString &path : m_settings.recentPortfolios()) {
        if (QFileInfo::exists(path) || ServerAddress::isServerUrl(path))
            recent << path;
        else
            m_settings.removeRecentPortfolio(path); // moved or deleted since
    }
    for (const QString &path : recent)
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] { openPortfolio(path); });
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent portfolios"))->setEnabled(false);
}

void MainWindow::setPortfolio(std::unique_ptr<Portfolio> portfolio)
{
    m_live.reset(); // it listens on the connection of the portfolio being closed
    m_undo->clear(); // the commands belong to the portfolio being closed
    m_projectsPage->setPortfolio(portfolio.get());
    m_partnersPage->setPortfolio(portfolio.get());
    m_financePage->setPortfolio(portfolio.get());
    m_deliveriesPage->setPortfolio(portfolio.get());
    m_dashboardPage->setPortfolio(portfolio.get());
    m_portfolio = std::move(portfolio);
    m_failureBanner->dismiss(); // failures of the portfolio that was open
    if (m_portfolio) {
        m_settings.addRecentPortfolio(m_portfolio->database().path());
        m_portfolio->database().setLockWaitHandler(lockWaitDialog(this));
        startLiveUpdates();
    }
    if (!m_portfolio || m_portfolio->database().spec().cause != ReadOnlyCause::Damaged)
        m_damageReport.clear();
    for (QAction *action : std::as_const(m_portfolioActions))
        action->setEnabled(m_portfolio != nullptr);
    updateAccess();
    updateTitle();
    checkPagesInBackground();
}

void MainWindow::updateTitle()
{
    if (!m_portfolio) {
        setWindowTitle(tr("ProjectDesk"));
        m_portfolioLabel->clear();
        statusBar()->showMessage(tr("No portfolio open"));
        return;
    }
    auto name = PortfolioSettings(m_portfolio->database()).value(PortfolioSettings::nameKey());
    if (!name)
        showError(name.error());
    const QString file = m_portfolio->database().onServer() ? m_portfolio->database().spec().server.database
                                                            : QFileInfo(m_portfolio->database().path()).fileName();
    const QString shown = name && !name->isEmpty() ? name.value() : file;
    setWindowTitle(m_portfolio->database().isWritable() ? tr("%1 - ProjectDesk").arg(shown) : tr("%1 (read-only) - ProjectDesk").arg(shown));
    m_portfolioLabel->setText(QDir::toNativeSeparators(m_portfolio->database().path()));
    statusBar()->clearMessage();
}

bool MainWindow::showPage(const QString &name)
{
    const qsizetype index = pageNames().indexOf(name);
    if (index < 0)
        return false;
    m_navigation->setCurrentRow(int(index));
    return true;
}

QString MainWindow::currentPage() const
{
    return pageNames().value(m_pages->currentIndex());
}

void MainWindow::focusSearch()
{
    if (currentPage() != QLatin1String("partners") && currentPage() != QLatin1String("deliveries"))
        showPage(QStringLiteral("projects"));
    auto *page = qobject_cast<RegisterPage *>(m_pages->currentWidget());
    page->searchField()->setFocus(Qt::ShortcutFocusReason);
    page->searchField()->selectAll();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_settings.setWindow(saveGeometry(), saveState());
    m_settings.setRegisterState(QStringLiteral("projects"), m_projectsPage->headerState());
    m_settings.setRegisterState(QStringLiteral("partners"), m_partnersPage->headerState());
    m_settings.setRegisterState(QStringLiteral("deliveries"), m_deliveriesPage->headerState());
    m_settings.setFiltersVisible(m_projectsPage->filtersVisible());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile() && openPortfolio(urls.first().toLocalFile()))
        event->acceptProposedAction();
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    // A style sheet keeps the palette it was set under: set anew, the list follows light and dark.
    if (event->type() == QEvent::PaletteChange && m_navigation)
        m_navigation->setStyleSheet(m_navigation->styleSheet());
}

UserGuide *MainWindow::showUserGuide()
{
    if (!m_guide) {
        m_guide = new UserGuide(m_language, this);
        m_guide->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_guide->show();
    m_guide->raise();
    m_guide->activateWindow();
    m_guide->showPage(currentPage());
    return m_guide;
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About ProjectDesk"),
                       tr("<h3>ProjectDesk %1</h3><p>Projects, partners, budgets and deliveries of CICETE's "
                          "international cooperation, in Chinese and English.</p>"
                          "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
                           .arg(QStringLiteral(PROJECTDESK_VERSION)));
}

void MainWindow::showError(const Error &error)
{
    statusBar()->showMessage(error.message, 10000);
    m_errors->report(error);
}

void MainWindow::showError(const QString &message)
{
    showError(Error::make(Error::Kind::InvalidArgument, message));
}

void MainWindow::fitToScreen()
{
    // A size kept from another screen, or the default on a small or scaled one (QT_SCALE_FACTOR=2
    // halves the room), never opens larger than the screen's free area.
    const QScreen *screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect area = screen->availableGeometry();
    const QSize frame = frameGeometry().size() - geometry().size(); // the title bar and borders
    const QSize room = (area.size() - frame).expandedTo(minimumSizeHint());
    if (width() > room.width() || height() > room.height())
        resize(size().boundedTo(room));
    if (!area.contains(frameGeometry().topLeft()))
        move(area.topLeft());
}

void MainWindow::setReadOnlyPages(bool readOnly)
{
    m_projectsPage->setReadOnly(readOnly);
    m_deliveriesPage->setReadOnly(readOnly);
    m_partnersPage->setReadOnly(readOnly);
}

} // namespace pd::ui
