#include "demo_fixture.h"

#include "commands/portfolio_events.h"
#include "finance/finance_page.h"
#include "finance/rates_dialog.h"
#include "registers/partner_table_model.h"
#include "services/finance_service.h"
#include "registers/partners_page.h"
#include "registers/project_filter_panel.h"
#include "registers/project_table_model.h"
#include "registers/projects_page.h"
#include "shell/main_window.h"

#include <QApplication>
#include <QCheckBox>
#include <QProcess>
#include <QScreen>
#include <QProcessEnvironment>
#include <QComboBox>
#include <QTableWidget>
#include <QTimer>
#include <QDir>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace pd;

namespace {

void waitForCount(ui::ProjectsPage *page)
{
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->matchingCount() >= 0, 5000);
}

} // namespace

TEST_CASE("the main window shows the projects register of the demo portfolio and filters it as you type")
{
    test::TempDir dir;
    ui::MainWindow window;
    window.setPortfolio(test::demoPortfolio(dir));
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.showPage(QStringLiteral("projects")));

    ui::ProjectsPage *page = window.projectsPage();
    QAbstractItemModel *model = page->view()->model();
    REQUIRE(model != nullptr);
    CHECK(model->rowCount() == DemoGenerator::kProjectsPerUnit);
    waitForCount(page);
    CHECK(page->model()->matchingCount() == DemoGenerator::kProjectsPerUnit);

    // A Chinese search term typed into the field: the Chinese name of the SSCAF fund.
    test::typeText(page->searchField(), QStringLiteral("南南合作援助基金"));
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() < DemoGenerator::kProjectsPerUnit, 3000);
    CHECK(model->rowCount() > 0);
    for (int row = 0; row < model->rowCount(); ++row)
        CHECK(model->index(row, 0).data().toString().startsWith(QStringLiteral("SSCAF-")));
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->matchingCount(), qint64(model->rowCount()), 5000);

    page->searchField()->clear();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), DemoGenerator::kProjectsPerUnit, 3000);

    QDir().mkpath(QStringLiteral(PROJECTDESK_SCREENSHOT_DIR));
    CHECK(window.grab().save(QStringLiteral(PROJECTDESK_SCREENSHOT_DIR "/test_main_window_projects.png")));
}

TEST_CASE("filters of the panel narrow the register and show as chips that remove them")
{
    test::TempDir dir;
    ui::MainWindow window;
    window.setPortfolio(test::demoPortfolio(dir));
    ui::ProjectsPage *page = window.projectsPage();
    ProjectFilter goodsOnly;
    goodsOnly.lines = {BusinessLine::GoodsSupply};
    const qint64 goods = window.portfolio()->projects().count(goodsOnly).value();
    REQUIRE(goods > 0);

    ProjectFilter filter;
    filter.lines = {BusinessLine::GoodsSupply};
    page->filterPanel()->setFilter(filter);
    Q_EMIT page->filterPanel()->filterChanged();
    CHECK(page->model()->rowCount() == goods);
    auto *chip = page->findChild<QToolButton *>(QStringLiteral("chip-line"));
    REQUIRE(chip != nullptr);
    CHECK(chip->text().contains(QStringLiteral("Goods")));

    QTest::mouseClick(chip, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), DemoGenerator::kProjectsPerUnit, 3000);
    CHECK(page->filterPanel()->filter().lines.isEmpty());
}

TEST_CASE("every page of the navigation can be shown, an unknown one is refused")
{
    ui::MainWindow window;
    for (const QString &page : ui::MainWindow::pageNames()) {
        CHECK(window.showPage(page));
        CHECK(window.currentPage() == page);
    }
    CHECK_FALSE(window.showPage(QStringLiteral("nowhere")));
}

TEST_CASE("the partners register lists partners with their project counts and filters network members")
{
    test::TempDir dir;
    ui::MainWindow window;
    window.setPortfolio(test::demoPortfolio(dir));
    ui::PartnersPage *page = window.partnersPage();
    QAbstractItemModel *model = page->view()->model();
    REQUIRE(model != nullptr);
    CHECK(model->rowCount() == window.portfolio()->partners().count().value());

    page->networkOnlyBox()->setChecked(true);
    CHECK(model->rowCount() == 51);

    test::typeText(page->searchField(), QStringLiteral("联合国开发计划署"));
    page->networkOnlyBox()->setChecked(false);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 3000);
    CHECK(model->index(0, ui::PartnerTableModel::Acronym).data().toString() == QStringLiteral("UNDP"));
    CHECK(model->index(0, ui::PartnerTableModel::Projects).data().toLongLong() > 0);
}

TEST_CASE("opening a file that is not a portfolio is refused and leaves the window as it was")
{
    test::TempDir dir;
    const QString junk = dir.path(QStringLiteral("notes.db"));
    test::writeFile(junk, "meeting notes, not a database\n");
    ui::MainWindow window;
    // The error is shown in a message box; close it as a user would.
    QTimer::singleShot(200, [] {
        if (QWidget *box = QApplication::activeModalWidget())
            box->close();
    });
    CHECK_FALSE(window.openPortfolio(junk));
    CHECK(window.portfolio() == nullptr);
    CHECK(test::fileEquals(junk, "meeting notes, not a database\n"));
}

TEST_CASE("the Finance page shows the portfolio's figures by year and business line, for the register's filter")
{
    test::TempDir dir;
    ui::MainWindow window;
    window.setPortfolio(test::demoPortfolio(dir));
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.showPage(QStringLiteral("finance")));
    ui::FinancePage *page = window.financePage();
    QTRY_VERIFY_WITH_TIMEOUT(!page->isComputing() && page->lineTable()->rowCount() > 0, 10000);
    CHECK(page->lineTable()->rowCount() == 6);
    CHECK(page->yearTable()->rowCount() > 5);

    // Filter the register to goods supply: the Finance page then counts those projects only.
    ProjectFilter goods;
    goods.lines = {BusinessLine::GoodsSupply};
    window.projectsPage()->filterPanel()->setFilter(goods);
    Q_EMIT window.projectsPage()->filterPanel()->filterChanged();
    REQUIRE(window.showPage(QStringLiteral("projects")));
    REQUIRE(window.showPage(QStringLiteral("finance")));
    QTRY_VERIFY_WITH_TIMEOUT(!page->isComputing() && page->lineTable()->rowCount() == 1, 10000);
}

TEST_CASE("the rate editor imports a pasted table whole, or not at all when a line is bad")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    ui::PortfolioEvents events;
    ui::RatesDialog dialog(*portfolio, events, Language::English);
    dialog.currencyBox()->setCurrentIndex(dialog.currencyBox()->findData(QStringLiteral("EUR")));
    CHECK_FALSE(dialog.importText(QStringLiteral("2026-01-01\t1.0850\n2026-02-01\tabc\n"), QStringLiteral("pasted table")));
    CHECK(dialog.table()->rowCount() == 0);
    CHECK(FinanceService(portfolio->database()).rates().value().isEmpty());
    CHECK(dialog.importText(QStringLiteral("date\trate\n2026-01-01\t1.0850\n2026-02-01\t1.0912\n"), QStringLiteral("pasted table")));
    CHECK(dialog.table()->rowCount() == 2);
    CHECK(FinanceService(portfolio->database()).rates(QStringLiteral("EUR")).value().size() == 2);
}

TEST_CASE("projectdesk --help and --version answer without a display", "[ui]")
{
    for (const QString &option : {QStringLiteral("--help"), QStringLiteral("--version")}) {
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM")); // as on a server or a terminal without X
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(PROJECTDESK_GUI_PATH), {option});
        REQUIRE(app.waitForFinished(30000));
        INFO(app.readAllStandardError().toStdString());
        CHECK(app.exitStatus() == QProcess::NormalExit);
        CHECK(app.exitCode() == 0);
        const QString out = QString::fromUtf8(app.readAllStandardOutput());
        CHECK(out.contains(option == QLatin1String("--help") ? QStringLiteral("--db <FILE>") : QStringLiteral("ProjectDesk ")));
    }
}

TEST_CASE("a new portfolio is made in a file that does not exist yet and opened", "[ui]")
{
    test::TempDir dir;
    const QString file = dir.path(QStringLiteral("new-portfolio.db"));
    REQUIRE_FALSE(QFileInfo::exists(file));
    ui::MainWindow window;
    REQUIRE(window.createPortfolio(file));
    REQUIRE(window.portfolio());
    CHECK(QFileInfo::exists(file));
    CHECK(window.portfolio()->projects().count().value() == 0);
}

TEST_CASE("the window opens within a small screen's free area, its pages narrowing to fit", "[ui]")
{
    // The offscreen screen is 800 x 600: smaller than the default 1280 x 800, as a 1600 x 1000
    // screen is with QT_SCALE_FACTOR=2.
    ui::MainWindow window;
    const QRect area = window.screen()->availableGeometry();
    REQUIRE(area.width() < 1280);
    CHECK(window.width() <= area.width());
    CHECK(window.height() <= area.height());
    CHECK(window.minimumSizeHint().width() <= area.width());
    test::TempDir dir;
    window.setPortfolio(test::demoPortfolio(dir));
    CHECK(window.minimumSizeHint().width() <= area.width()); // every page, the registers' headers too
}
