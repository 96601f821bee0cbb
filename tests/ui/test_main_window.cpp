#include "test_support.h"

#include "demo/demo_generator.h"
#include "shell/main_window.h"
#include "shell/register_page.h"

#include <QAbstractItemModel>
#include <QDir>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace pd;

namespace {

std::unique_ptr<Portfolio> demoPortfolio(const test::TempDir &dir)
{
    auto portfolio = test::newPortfolio(dir);
    auto made = DemoGenerator(portfolio->database(), DemoOptions{}).run();
    REQUIRE(made.ok());
    return portfolio;
}

} // namespace

TEST_CASE("the main window shows the projects register of the demo portfolio and filters it as you type")
{
    test::TempDir dir;
    ui::MainWindow window;
    window.setPortfolio(demoPortfolio(dir));
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.showPage(QStringLiteral("projects")));
    CHECK(window.currentPage() == QStringLiteral("projects"));

    QAbstractItemModel *model = window.projectsPage()->view()->model();
    REQUIRE(model != nullptr);
    CHECK(model->rowCount() == DemoGenerator::kProjectsPerUnit);

    // A Chinese search term: the Chinese title of one of the demo's SSCAF projects.
    window.projectsPage()->searchField()->setText(QStringLiteral("南南合作援助基金"));
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() < DemoGenerator::kProjectsPerUnit, 3000);
    CHECK(model->rowCount() > 0);
    for (int row = 0; row < model->rowCount(); ++row)
        CHECK(model->index(row, 0).data().toString().startsWith(QStringLiteral("SSCAF-")));

    window.projectsPage()->searchField()->clear();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), DemoGenerator::kProjectsPerUnit, 3000);

    QDir().mkpath(QStringLiteral(PROJECTDESK_SCREENSHOT_DIR));
    CHECK(window.grab().save(QStringLiteral(PROJECTDESK_SCREENSHOT_DIR "/test_main_window_projects.png")));
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

TEST_CASE("the partners register lists the 51 SSC Network members among the demo partners")
{
    test::TempDir dir;
    ui::MainWindow window;
    window.setPortfolio(demoPortfolio(dir));
    QAbstractItemModel *model = window.partnersPage()->view()->model();
    REQUIRE(model != nullptr);
    const qint64 partners = window.portfolio()->partners().count().value();
    CHECK(model->rowCount() == partners);
    PartnerQuery network;
    network.networkOnly = true;
    CHECK(window.portfolio()->partners().count(network).value() == 51);
}
