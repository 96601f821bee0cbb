#include "main_window.h"

#include "register_page.h"
#include "registers/partner_table_model.h"
#include "registers/project_table_model.h"
#include "services/portfolio.h"
#include "services/portfolio_settings.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>

namespace pd::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_language(languageOf(QLocale()))
{
    setWindowTitle(tr("ProjectDesk"));
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    m_navigation = new QListWidget(central);
    m_pages = new QStackedWidget(central);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    buildPages();
    buildMenus();
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(1);
    statusBar()->showMessage(tr("No portfolio open"));
    resize(1280, 800);
}

MainWindow::~MainWindow()
{
    // The models refer to the portfolio's services: let them go first.
    delete m_projects;
    delete m_partners;
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
    m_navigation->setFixedWidth(width + 48);

    m_projectsPage = new RegisterPage(tr("Projects"), tr("Search code, title, country, officer or partner"), m_pages);
    m_partnersPage = new RegisterPage(tr("Partners"), tr("Search name, acronym or IATI identifier"), m_pages);
    m_pages->addWidget(
        new ComingPage(tr("Dashboard"), tr("The portfolio dashboard is coming: KPIs and charts of the whole portfolio."), m_pages));
    m_pages->addWidget(m_projectsPage);
    m_pages->addWidget(m_partnersPage);
    m_pages->addWidget(new ComingPage(tr("Finance"), tr("Budgets, transactions and exchange rates are coming."), m_pages));
    m_pages->addWidget(new ComingPage(tr("Deliveries"), tr("The goods-and-materials supply ledger is coming."), m_pages));
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Portfolio..."), this, &MainWindow::openPortfolioDialog);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About ProjectDesk"), this, &MainWindow::showAbout);
}

void MainWindow::setPortfolio(std::unique_ptr<Portfolio> portfolio)
{
    delete m_projects;
    delete m_partners;
    m_projects = nullptr;
    m_partners = nullptr;
    m_portfolio = std::move(portfolio);
    if (!m_portfolio)
        return;

    m_totalProjects = m_portfolio->projects().count().value_or(0);
    m_projects = new ProjectTableModel(m_portfolio->projects(), this);
    m_projects->setLanguage(m_language);
    connect(m_projects, &ProjectTableModel::errorOccurred, this, &MainWindow::showError);
    connect(m_projects, &ProjectTableModel::matchingCountChanged, this, &MainWindow::updateProjectCount);
    m_projectsPage->setModel(m_projects);
    connect(m_projectsPage, &RegisterPage::searchChanged, m_projects, [this](const QString &text) {
        ProjectFilter filter = m_projects->filter();
        filter.search = text;
        m_projects->setFilter(filter);
    });
    updateProjectCount(m_projects->matchingCount());
    QHeaderView *header = m_projectsPage->view()->horizontalHeader();
    header->resizeSection(ProjectTableModel::Code, 130);
    header->resizeSection(ProjectTableModel::Title, 460);
    header->resizeSection(ProjectTableModel::Line, 200);
    header->resizeSection(ProjectTableModel::Status, 140);
    header->resizeSection(ProjectTableModel::Countries, 170);

    m_partners = new PartnerTableModel(m_portfolio->partners(), this);
    m_partners->setLanguage(m_language);
    connect(m_partners, &PartnerTableModel::errorOccurred, this, &MainWindow::showError);
    m_partnersPage->setModel(m_partners);
    m_partnersPage->view()->setSortingEnabled(false);
    m_partnersPage->view()->horizontalHeader()->resizeSection(PartnerTableModel::Name, 420);
    connect(m_partnersPage, &RegisterPage::searchChanged, m_partners, &PartnerTableModel::setSearch);

    const QString name = PortfolioSettings(m_portfolio->database()).value(PortfolioSettings::nameKey()).value_or(QString());
    const QString file = QFileInfo(m_portfolio->database().path()).fileName();
    setWindowTitle(tr("%1 - ProjectDesk").arg(name.isEmpty() ? file : name));
    statusBar()->showMessage(tr("Portfolio %1").arg(QDir::toNativeSeparators(m_portfolio->database().path())));
}

void MainWindow::updateProjectCount(qint64 matching)
{
    m_projectsPage->setCountText(tr("%1 of %2 projects").arg(QLocale().toString(matching), QLocale().toString(m_totalProjects)));
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

void MainWindow::openPortfolioDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Portfolio"), QString(), tr("ProjectDesk portfolios (*.db *.projectdesk);;All files (*)"));
    if (path.isEmpty())
        return;
    auto portfolio = Portfolio::open(path, Database::OpenMode::ExistingOnly);
    if (!portfolio) {
        showError(portfolio.error().describe());
        return;
    }
    setPortfolio(std::move(portfolio).value());
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About ProjectDesk"),
        tr("<h3>ProjectDesk %1</h3><p>Projects, partners, budgets and deliveries of CICETE's "
           "international cooperation, in Chinese and English.</p>"
           "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
            .arg(QStringLiteral(PROJECTDESK_VERSION)));
}

void MainWindow::showError(const QString &message)
{
    QMessageBox::warning(this, tr("ProjectDesk"), message);
}

} // namespace pd::ui
