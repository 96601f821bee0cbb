// The dashboard as a director uses it: figures computed in core, a filter for the whole page, a
// click on a chart bar or a tile landing in the register behind it, exports, a dark palette.
#include "demo_fixture.h"

#include "analytics/dashboard.h"
#include "analytics/delivery_summary.h"
#include "dashboard/dashboard_charts.h"
#include "dashboard/dashboard_page.h"
#include "dashboard/kpi_tile.h"
#include "deliveries/deliveries_page.h"
#include "deliveries/delivery_table_model.h"
#include "registers/project_filter_panel.h"
#include "registers/project_table_model.h"
#include "registers/partners_page.h"
#include "registers/projects_page.h"
#include "shell/app_settings.h"
#include "shell/language_setup.h"
#include "shell/main_window.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QLegend>
#include <QLegendMarker>
#include <QFontMetricsF>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QStackedBarSeries>
#include <QTableView>
#include <QTest>

using namespace pd;

namespace {

struct Window
{
    test::TempDir dir;
    ui::MainWindow window;
    const QDate today{2026, 6, 30};

    Window()
    {
        window.setPortfolio(test::demoPortfolio(dir));
        window.dashboardPage()->setFilter({}); // not the filter a previous test left in the settings
        window.dashboardPage()->setToday(today);
        window.resize(1400, 1000);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        REQUIRE(window.showPage(QStringLiteral("dashboard")));
        waitForFigures();
    }
    ui::DashboardPage *page() { return window.dashboardPage(); }
    void waitForFigures()
    {
        QTRY_VERIFY_WITH_TIMEOUT(!page()->isComputing() && page()->dashboard().has_value(), 10000);
    }
};

// Clicks the middle of bar `index` of a stacked bar series, as a mouse does.
void clickStackedBar(QChartView *view, int index, double height)
{
    QChart *chart = view->chart();
    auto *series = qobject_cast<QStackedBarSeries *>(chart->series().first());
    REQUIRE(series);
    const QPointF inChart = chart->mapToPosition(QPointF(index, height / 2.0), series);
    const QPoint inView = view->mapFromScene(chart->mapToScene(inChart));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, inView);
}

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

TEST_CASE("the dashboard shows core's figures, narrows them with its filter, and a click on a bar opens the filtered register")
{
    Window w;
    const Dashboard all = computeDashboard(w.window.portfolio()->database(), {}, w.today).value();
    CHECK(w.page()->tile(QStringLiteral("active"))->value() == QLocale().toString(all.kpis.activeProjects));
    CHECK(w.page()->tile(QStringLiteral("countries"))->value() == QLocale().toString(all.kpis.countries));
    CHECK(w.page()->dashboard()->kpis.projects == DemoGenerator::kProjectsPerUnit);
    // Tonnes handed over are written by one rule wherever their total appears: the tile and the
    // deliveries register's sentence agree (whole tonnes from 100 t).
    const QString tonnes = deliveredTonnesText(all.kpis.gramsDelivered, QLocale());
    const QList<QLabel *> tileLabels = w.page()->tile(QStringLiteral("delivered"))->findChildren<QLabel *>();
    CHECK(std::any_of(tileLabels.cbegin(), tileLabels.cend(), [&](const QLabel *l) { return l->text() == tonnes + QStringLiteral(" tonnes"); }));
    DeliverySummary handedOver = computeDeliverySummary(w.window.portfolio()->database(), {}, w.today).value();
    CHECK(summarySentence(handedOver, Language::English).contains(tonnes + QStringLiteral(" tonnes")));

    // The filter bar: goods supply only.
    ProjectFilter goods;
    goods.lines = {BusinessLine::GoodsSupply};
    auto *line = w.page()->filterPanel()->findChildren<QComboBox *>().first();
    line->setCurrentIndex(line->findData(keyOf(BusinessLine::GoodsSupply)));
    QTRY_VERIFY_WITH_TIMEOUT(!w.page()->isComputing() && w.page()->dashboard()->kpis.projects < DemoGenerator::kProjectsPerUnit, 10000);
    CHECK(w.page()->dashboard()->kpis.projects == w.window.portfolio()->projects().count(goods).value());

    // Click the bar of the first SDG that goods projects serve.
    const QList<KeyCount> &goals = w.page()->dashboard()->sdgProjects;
    const auto served = std::find_if(goals.cbegin(), goals.cend(), [](const KeyCount &g) { return g.count > 0; });
    REQUIRE(served != goals.cend());
    QChartView *sdgView = w.page()->charts()->views().at(5);
    clickStackedBar(sdgView, int(served - goals.cbegin()), double(served->count));
    QTRY_COMPARE_WITH_TIMEOUT(w.window.currentPage(), QStringLiteral("projects"), 3000);
    const ProjectFilter shown = w.window.projectsPage()->model()->filter();
    CHECK(shown.sdgGoal == served->key);
    CHECK(shown.lines == goods.lines);
    QTRY_COMPARE_WITH_TIMEOUT(w.window.projectsPage()->model()->matchingCount(), served->count, 5000);
    QDir().mkpath(QStringLiteral(PROJECTDESK_SCREENSHOT_DIR));
    CHECK(w.window.grab().save(QStringLiteral(PROJECTDESK_SCREENSHOT_DIR "/test_dashboard_drilldown.png")));
}

TEST_CASE("the overdue tile counts what was due in the years chosen, and opens those very deliveries")
{
    Window w;
    // A year after the demo's reference day, shipments planned for late 2026 are overdue.
    const QDate later(2027, 6, 30);
    w.page()->setToday(later);
    w.waitForFigures();
    const qint64 anyYear = w.page()->dashboard()->kpis.overdueDeliveries;
    CHECK(anyYear > 0);
    CHECK(w.page()->tile(QStringLiteral("overdue"))->detail() == QStringLiteral("as of today"));
    // Goods to Africa in 2020-2021, as the officer who found the bug filtered; then every line in
    // 2026, whose late shipments are late on that day.
    for (const auto &[from, to] : {std::pair{2020, 2021}, std::pair{2026, 2026}}) {
        ProjectFilter years;
        if (from == 2020) {
            years.lines = {BusinessLine::GoodsSupply};
            years.region = QStringLiteral("002");
        }
        years.yearFrom = from;
        years.yearTo = to;
        w.page()->setFilter(years);
        w.waitForFigures();
        const qint64 late = w.page()->dashboard()->kpis.overdueDeliveries;
        CHECK(late <= anyYear);
        CHECK(w.page()->tile(QStringLiteral("overdue"))->detail()
            == (from == to ? QStringLiteral("due in %1, as of today").arg(from) : QStringLiteral("due in %1–%2, as of today").arg(from).arg(to)));
        QTest::mouseClick(w.page()->tile(QStringLiteral("overdue")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(w.window.currentPage(), QStringLiteral("deliveries"), 3000);
        const DeliveryFilter opened = w.window.deliveriesPage()->filter();
        CHECK(opened.overdueOnly);
        CHECK(opened.plannedArrivalFrom == QDate(from, 1, 1)); // the years are kept, not reset to "any"
        CHECK(opened.plannedArrivalTo == QDate(to, 12, 31));
        CHECK(opened.projects.lines == years.lines);
        CHECK(opened.projects.region == years.region);
        QTRY_COMPARE_WITH_TIMEOUT(w.window.deliveriesPage()->model()->matchingCount(), late, 5000);
        // Every row shown is overdue, of a goods project in Africa, and was due in those years.
        ui::DeliveryTableModel *rows = w.window.deliveriesPage()->model();
        for (int r = 0; r < rows->rowCount(); ++r) {
            const DeliveryRow *row = rows->rowAt(r);
            REQUIRE(row);
            CHECK(row->isOverdue(later));
            CHECK(row->plannedArrival.year() >= from);
            CHECK(row->plannedArrival.year() <= to);
        }
        if (from == 2026) {
            CHECK(late > 0);
            QDir().mkpath(QStringLiteral(PROJECTDESK_SCREENSHOT_DIR));
            CHECK(w.window.grab().save(QStringLiteral(PROJECTDESK_SCREENSHOT_DIR "/test_dashboard_overdue_drilldown.png")));
        }
        REQUIRE(w.window.showPage(QStringLiteral("dashboard")));
    }
}

TEST_CASE("the overdue tile opens the overdue deliveries, and the filter is remembered for the next session")
{
    Window w;
    QTest::mouseClick(w.page()->tile(QStringLiteral("overdue")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(w.window.currentPage(), QStringLiteral("deliveries"), 3000);
    CHECK(w.window.deliveriesPage()->filter().overdueOnly);
    QTRY_COMPARE_WITH_TIMEOUT(w.window.deliveriesPage()->model()->matchingCount(), w.page()->dashboard()->kpis.overdueDeliveries, 5000);

    ProjectFilter africa;
    africa.region = QStringLiteral("002");
    w.page()->filterPanel()->setFilter(africa);
    Q_EMIT w.page()->filterPanel()->filterChanged();
    ui::MainWindow next; // a new window reads the settings the first one wrote
    CHECK(next.dashboardPage()->filter().region == QStringLiteral("002"));
    next.dashboardPage()->setFilter({});
}

TEST_CASE("the dashboard exports a picture and a one-page PDF whose text can be searched, and follows a dark palette")
{
    Window w;
    const QString png = w.dir.path(QStringLiteral("dashboard.png"));
    const QString pdf = w.dir.path(QStringLiteral("dashboard.pdf"));
    REQUIRE(w.page()->exportPng(png));
    CHECK(QImage(png).width() > 800);
    REQUIRE(w.page()->exportPdf(pdf));
    CHECK(run(QStringLiteral("pdfinfo"), {pdf}).contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))));
    const QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    CHECK(text.contains(QStringLiteral("Active projects")));
    CHECK(text.contains(QStringLiteral("Projects by Sustainable Development Goal")));

    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, Qt::white);
    w.page()->setPalette(dark);
    for (QChartView *view : w.page()->charts()->views())
        CHECK(view->chart()->theme() == QChart::ChartThemeDark);
    // The SDG bars keep their goal colours under the dark theme.
    auto *sdg = qobject_cast<QStackedBarSeries *>(w.page()->charts()->views().at(5)->chart()->series().first());
    CHECK(sdg->barSets().first()->color() == ui::sdgColour(1));
}

TEST_CASE("Chinese text written to a PDF in the PDF font comes back out of pdftotext exactly as written")
{
    // Characters that Noto Sans CJK shares with Kangxi radicals (金 comes back as ⾦ in it).
    const QString text = QStringLiteral("部分金额缺少汇率，未计入合计：一人大日月，项目总览");
    test::TempDir dir;
    const QString pdf = dir.path(QStringLiteral("zh.pdf"));
    {
        QPdfWriter writer(pdf);
        QPainter painter(&writer);
        QFont font = ui::pdfFont(QApplication::font());
        font.setPointSize(12);
        painter.setFont(font);
        painter.drawText(QPointF(200, 400), text);
    }
    const QString extracted = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).trimmed();
    CHECK(extracted == text);
}

TEST_CASE("the active-projects and partners tiles open registers that count what the tiles count")
{
    Window w;
    const DashboardKpis kpis = w.page()->dashboard()->kpis;
    QTest::mouseClick(w.page()->tile(QStringLiteral("active")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(w.window.currentPage(), QStringLiteral("projects"), 3000);
    QTRY_COMPARE_WITH_TIMEOUT(w.window.projectsPage()->model()->matchingCount(), kpis.activeProjects, 5000);

    REQUIRE(w.window.showPage(QStringLiteral("dashboard")));
    QTest::mouseClick(w.page()->tile(QStringLiteral("partners")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(w.window.currentPage(), QStringLiteral("partners"), 3000);
    QTRY_COMPARE_WITH_TIMEOUT(w.window.partnersPage()->view()->model()->rowCount(), int(kpis.partners), 5000);
}

TEST_CASE("a saved dashboard filter naming an officer and a partner is shown whole at the next start")
{
    test::TempDir dir;
    auto portfolio = test::demoPortfolio(dir);
    ProjectFilter saved;
    saved.officer = portfolio->projects().officers().value().first();
    saved.partnerId = portfolio->partners().list(PartnerQuery{}).value().first().partner.id;
    ui::AppSettings().setDashboardFilter(saved); // as the previous session left it
    ui::MainWindow next; // reads it before any portfolio is open
    next.setPortfolio(std::move(portfolio));
    CHECK(next.dashboardPage()->filter().officer == saved.officer);
    CHECK(next.dashboardPage()->filter().partnerId == saved.partnerId);
    next.dashboardPage()->setFilter({});
    Q_EMIT next.dashboardPage()->filterPanel()->filterChanged();
}

TEST_CASE("Chinese charts count money in 亿, English charts in millions, from the same exact figures", "[ui][dashboard]")
{
    test::TempDir dir;
    auto portfolio = test::demoPortfolio(dir);
    auto dashboard = computeDashboard(portfolio->database(), {}, QDate(2026, 6, 30));
    REQUIRE(dashboard.ok());
    QFont font;
    ui::DashboardCharts english(Language::English, font);
    ui::DashboardCharts chinese(Language::Chinese, font);
    const QList<QChart *> en = english.charts(dashboard.value());
    const QList<QChart *> zh = chinese.charts(dashboard.value());
    REQUIRE(en.size() == zh.size());
    CHECK(en.at(1)->title().contains(QStringLiteral("million")));
    CHECK(zh.at(1)->title().contains(QStringLiteral("亿")));
    auto firstBudget = [](QChart *chart) {
        auto *bars = qobject_cast<QAbstractBarSeries *>(chart->series().first());
        REQUIRE(bars);
        return bars->barSets().first()->at(0);
    };
    const double millions = firstBudget(en.at(1));
    CHECK(millions > 0);
    CHECK(firstBudget(zh.at(1)) == Approx(millions / 100.0));
    qDeleteAll(en);
    qDeleteAll(zh);
}

TEST_CASE("the year axis labels years that fit, never an ellipsis, and a year bar still opens its year", "[ui][dashboard]")
{
    Window w;
    QChart *years = w.page()->charts()->views().at(1)->chart();
    QCategoryAxis *axis = nullptr;
    for (QAbstractAxis *a : years->axes(Qt::Horizontal))
        axis = axis ? axis : qobject_cast<QCategoryAxis *>(a);
    REQUIRE(axis);
    const QList<YearBars> &bars = w.page()->dashboard()->byYear;
    REQUIRE(bars.size() > 8); // the unfiltered demo spans more years than fit one by one
    const QStringList labels = axis->categoriesLabels();
    CHECK(labels.size() <= 8);
    CHECK(labels.size() >= 2);
    for (const QString &label : labels) {
        INFO(label.toStdString());
        const int year = label.toInt();
        CHECK(std::any_of(bars.cbegin(), bars.cend(), [year](const YearBars &b) { return b.year == year; }));
        // On its bar: the label's position is the index of its year.
        const auto at = std::find_if(bars.cbegin(), bars.cend(), [year](const YearBars &b) { return b.year == year; });
        CHECK(axis->endValue(label) == double(at - bars.cbegin()));
    }
    // Drawn: each label fits the space between its neighbours, so Qt writes it whole.
    QFontMetricsF metrics(axis->labelsFont());
    const double plotWidth = years->plotArea().width();
    const double perLabel = plotWidth / std::max<qsizetype>(1, bars.size()) * (labels.size() > 1 ? (axis->endValue(labels.at(1)) - axis->endValue(labels.at(0))) : 1);
    CHECK(metrics.horizontalAdvance(QStringLiteral("2026")) < perLabel);
    test::shoot(w.page()->charts()->views().at(1), QStringLiteral("dashboard-year-axis"));
    // The pies' legends keep the whole names: one too long for the room is shortened on screen and
    // shown whole in a tooltip.
    for (int pie : {0, 6}) {
        QChart *chart = w.page()->charts()->views().at(pie)->chart();
        CHECK(chart->legend()->showToolTips());
        const QList<QLegendMarker *> markers = chart->legend()->markers();
        REQUIRE_FALSE(markers.isEmpty());
        for (QLegendMarker *m : markers)
            CHECK_FALSE(m->label().contains(QChar(0x2026)));
    }
    // With a few years, every one is labelled.
    ProjectFilter recent;
    recent.yearFrom = 2022;
    recent.yearTo = 2025;
    w.page()->setFilter(recent);
    w.waitForFigures();
    QChart *fewer = w.page()->charts()->views().at(1)->chart();
    for (QAbstractAxis *a : fewer->axes(Qt::Horizontal)) {
        if (auto *c = qobject_cast<QCategoryAxis *>(a))
            CHECK(c->categoriesLabels() == QStringList{QStringLiteral("2022"), QStringLiteral("2023"), QStringLiteral("2024"), QStringLiteral("2025")});
    }
}
