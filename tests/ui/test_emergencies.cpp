// The emergency a goods project answers, as an officer sets it in the editor and filters by it on
// the dashboard and the registers.
#include "demo_fixture.h"

#include "dashboard/dashboard_page.h"
#include "editors/project_editor.h"
#include "registers/project_filter_panel.h"
#include "registers/project_table_model.h"
#include "registers/projects_page.h"
#include "shell/main_window.h"

#include <QComboBox>
#include <QUndoStack>

using namespace pd;
using namespace pd::ui;

TEST_CASE("an officer sets the emergency a project answers, and the dashboard and register filter by it", "[ui][emergencies]")
{
    test::TempDir dir;
    MainWindow window;
    window.setPortfolio(test::demoPortfolio(dir));
    window.resize(1280, 860);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    Portfolio &portfolio = *window.portfolio();
    ProjectQuery goods;
    goods.filter.lines = {BusinessLine::GoodsSupply};
    goods.limit = 1;
    const QList<ProjectSummary> first = test::required(portfolio.projects().list(goods));
    REQUIRE(first.size() == 1);

    std::unique_ptr<ProjectEditor> editor(window.createProjectEditor(first.first().id));
    REQUIRE(editor);
    editor->show();
    REQUIRE(QTest::qWaitForWindowExposed(editor.get()));
    auto *emergency = editor->findChild<QComboBox *>(QStringLiteral("emergency"));
    REQUIRE(emergency);
    CHECK(emergency->itemText(0) == QStringLiteral("None"));
    const int covid = emergency->findData(QStringLiteral("covid-19"));
    REQUIRE(covid > 0);
    CHECK(emergency->itemText(covid).contains(QStringLiteral("COVID-19")));
    CHECK(emergency->itemText(covid).contains(QStringLiteral("EP-2020-000012-CHN"))); // its GLIDE number
    emergency->setCurrentIndex(covid);
    test::shoot(editor.get(), QStringLiteral("project-editor-emergency"));
    REQUIRE(editor->save());
    CHECK(test::required(portfolio.projects().get(first.first().id)).emergency == QStringLiteral("covid-19"));
    // One undo step takes it back.
    window.undoStack()->undo();
    CHECK(test::required(portfolio.projects().get(first.first().id)).emergency.isEmpty());
    window.undoStack()->redo();
    CHECK(test::required(portfolio.projects().get(first.first().id)).emergency == QStringLiteral("covid-19"));

    // The dashboard's filter: the emergency, with its chip; the register the same projects.
    ProjectQuery answering;
    answering.filter.emergency = QStringLiteral("covid-19");
    const qint64 expected = test::required(portfolio.projects().list(answering)).size();
    REQUIRE(expected >= 1);
    REQUIRE(window.showPage(QStringLiteral("dashboard")));
    auto *box = window.dashboardPage()->filterPanel()->findChild<QComboBox *>(QStringLiteral("emergency"));
    REQUIRE(box);
    box->setCurrentIndex(box->findData(QStringLiteral("covid-19")));
    CHECK(window.dashboardPage()->filterPanel()->filter().emergency == QStringLiteral("covid-19"));
    QTRY_VERIFY_WITH_TIMEOUT(window.dashboardPage()->dashboard().has_value() && !window.dashboardPage()->isComputing()
            && window.dashboardPage()->dashboard()->kpis.projects == expected,
        10000);
    ProjectFilter f = window.dashboardPage()->filter();
    window.projectsPage()->showFilter(f); // as the dashboard's drill-down does
    REQUIRE(window.showPage(QStringLiteral("projects")));
    CHECK(window.projectsPage()->filterPanel()->filter().emergency == QStringLiteral("covid-19"));
    QTRY_COMPARE_WITH_TIMEOUT(window.projectsPage()->model()->matchingCount(), expected, 5000);
    const QList<FilterChip> chips = chipsFor(f, Language::English, QString());
    CHECK(std::any_of(chips.cbegin(), chips.cend(), [](const FilterChip &c) { return c.text == QStringLiteral("Emergency: COVID-19 pandemic"); }));
}
