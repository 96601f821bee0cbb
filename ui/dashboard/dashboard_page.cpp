#include "dashboard_page.h"

#include "dashboard_charts.h"
#include "kpi_tile.h"
#include "registers/background_job.h"
#include "storage/live_files.h"
#include "registers/chip_bar.h"
#include "registers/project_filter_panel.h"
#include "services/portfolio.h"
#include "shell/language_setup.h"
#include "shell/register_page.h"

#include <QChartView>
#include <QGraphicsScene>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include "analytics/delivery_summary.h"
#include "shell/amount_format.h"

#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace pd::ui {

DashboardPage::DashboardPage(Language language, QWidget *parent)
    : QWidget(parent)
    , m_language(language)
    , m_content(new QWidget(this))
    , m_panel(new ProjectFilterPanel(language, m_content))
    , m_chips(new ChipBar(m_content))
    , m_state(new QLabel(m_content))
    , m_charts(new DashboardCharts(language, m_content))
    , m_debounce(new QTimer(this))
    , m_watcher(new QFutureWatcher<DashboardResult>(this))
{
    setObjectName(QStringLiteral("DashboardPage"));
    m_content->setObjectName(QStringLiteral("dashboardContent"));
    m_state->setObjectName(QStringLiteral("dashboardState"));
    auto *exportButton = new QPushButton(tr("Export..."), m_content);
    auto *menu = new QMenu(exportButton);
    menu->addAction(tr("Picture (PNG)..."), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Dashboard"), tr("dashboard.png"), tr("PNG images (*.png)"));
        if (!path.isEmpty() && !exportPng(path))
            Q_EMIT errorOccurred(Error::make(Error::Kind::Io, tr("Could not write %1").arg(path)));
    });
    menu->addAction(tr("One-page PDF..."), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Dashboard"), tr("dashboard.pdf"), tr("PDF documents (*.pdf)"));
        if (!path.isEmpty() && !exportPdf(path))
            Q_EMIT errorOccurred(Error::make(Error::Kind::Io, tr("Could not write %1").arg(path)));
    });
    exportButton->setMenu(menu);
    auto *reset = new QPushButton(tr("Clear Filters"), m_content);
    connect(reset, &QPushButton::clicked, this, [this] {
        m_panel->setFilter({});
        Q_EMIT m_panel->filterChanged();
    });

    auto *header = new QHBoxLayout;
    header->addWidget(pageTitle(tr("Dashboard"), m_content));
    header->addSpacing(12);
    header->addWidget(m_state, 1);
    header->addWidget(reset);
    header->addWidget(exportButton);

    auto *tiles = new QGridLayout;
    tiles->setSpacing(8);
    buildTiles(tiles);

    auto *charts = new QGridLayout;
    charts->setSpacing(8);
    const QList<QChartView *> &views = m_charts->views();
    // Two columns; the months (24 bars side by side) take the whole last row.
    const int places[][3] = {{0, 0, 1}, {0, 1, 1}, {1, 0, 1}, {1, 1, 1}, {3, 0, 2}, {2, 0, 1}, {2, 1, 1}}; // row, column, span
    for (int i = 0; i < views.size(); ++i)
        charts->addWidget(views.at(i), places[i][0], places[i][1], 1, places[i][2]);

    auto *layout = new QVBoxLayout(m_content);
    layout->addLayout(header);
    layout->addWidget(m_panel);
    layout->addWidget(m_chips);
    layout->addLayout(tiles);
    layout->addLayout(charts, 1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(200);
    connect(m_debounce, &QTimer::timeout, this, &DashboardPage::refresh);
    connect(m_panel, &ProjectFilterPanel::filterChanged, this, [this] {
        m_wanted = m_panel->filter();
        m_chips->setChips(chipsFor(m_panel->filter(), m_language, QString()));
        Q_EMIT filterChanged(m_panel->filter());
        m_stale = true;
        m_debounce->start();
    });
    connect(m_chips, &ChipBar::removeRequested, this, [this](const QString &key) {
        m_panel->setFilter(withoutChip(m_panel->filter(), key));
        Q_EMIT m_panel->filterChanged();
    });
    connect(m_chips, &ChipBar::clearAllRequested, reset, &QPushButton::click);
    connect(m_watcher, &QFutureWatcher<DashboardResult>::finished, this, [this] {
        m_computing = false;
        if (m_watcher->future().resultCount() == 0)
            return;
        const DashboardResult result = m_watcher->result();
        if (result.error) {
            m_state->setText(result.error->message);
            Q_EMIT errorOccurred(*result.error);
            return;
        }
        display(*result.dashboard);
    });

    connect(m_charts, &DashboardCharts::lineClicked, this,
        [this](BusinessLine line) { openProjects([line](ProjectFilter &f) { f.lines = {line}; }); });
    connect(m_charts, &DashboardCharts::yearClicked, this,
        [this](int year) { openProjects([year](ProjectFilter &f) { f.yearFrom = f.yearTo = year; }); });
    connect(m_charts, &DashboardCharts::countryClicked, this,
        [this](const QString &country) { openProjects([country](ProjectFilter &f) { f.countries = {country}; }); });
    connect(m_charts, &DashboardCharts::statusClicked, this, [this](ActivityStatus status, BusinessLine line) {
        openProjects([status, line](ProjectFilter &f) {
            f.statuses = {status};
            f.lines = {line};
        });
    });
    connect(
        m_charts, &DashboardCharts::sdgClicked, this, [this](int goal) { openProjects([goal](ProjectFilter &f) { f.sdgGoal = goal; }); });
    connect(m_charts, &DashboardCharts::monthClicked, this, [this](const QString &month) {
        DeliveryFilter f = deliveryFilter();
        const QDate first = QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
        f.handedOverFrom = first;
        f.handedOverTo = first.addMonths(1).addDays(-1);
        Q_EMIT deliveriesRequested(f);
    });
    connect(m_charts, &DashboardCharts::orgTypeClicked, this, &DashboardPage::partnersRequested);
}

void DashboardPage::buildTiles(QGridLayout *grid)
{
    const QList<std::pair<const char *, QString>> tiles{{"active", tr("Active projects")}, {"countries", tr("Countries reached")},
        {"partners", tr("Partners")}, {"budget", tr("Total budget")}, {"committed", tr("Committed")}, {"disbursed", tr("Disbursed")},
        {"spent", tr("Spent")}, {"execution", tr("Execution rate")}, {"delivered", tr("Handed over")},
        {"overdue", tr("Overdue deliveries")}};
    for (int i = 0; i < tiles.size(); ++i) {
        auto *tile = new KpiTile(tiles.at(i).second, m_content);
        tile->setObjectName(QStringLiteral("tile-") + QLatin1String(tiles.at(i).first));
        m_tiles.insert(QLatin1String(tiles.at(i).first), tile);
        grid->addWidget(tile, i / 5, i % 5);
    }
    connect(m_tiles.value(QStringLiteral("active")), &KpiTile::clicked, this,
        [this] { openProjects([](ProjectFilter &f) { f.statuses = activeStatuses(); }); });
    connect(m_tiles.value(QStringLiteral("countries")), &KpiTile::clicked, this, [this] { openProjects([](ProjectFilter &) {}); });
    connect(m_tiles.value(QStringLiteral("partners")), &KpiTile::clicked, this, [this] { Q_EMIT partnersRequested(0); });
    for (const char *money : {"budget", "committed", "disbursed", "spent", "execution"})
        connect(m_tiles.value(QLatin1String(money)), &KpiTile::clicked, this, [this] { Q_EMIT financeRequested(m_panel->filter()); });
    connect(m_tiles.value(QStringLiteral("delivered")), &KpiTile::clicked, this, [this] {
        DeliveryFilter f = deliveryFilter();
        f.statuses = {DeliveryStatus::HandedOver};
        Q_EMIT deliveriesRequested(f);
    });
    connect(m_tiles.value(QStringLiteral("overdue")), &KpiTile::clicked, this, [this] {
        Q_EMIT deliveriesRequested(overdueDeliveries(m_panel->filter(), m_today)); // the rows the tile counts
    });
}

DeliveryFilter DashboardPage::deliveryFilter() const
{
    // The dashboard's projects; the years are the period the goods were handed over in.
    const ProjectFilter projects = m_panel->filter();
    DeliveryFilter f;
    f.projects = projects;
    f.projects.yearFrom = f.projects.yearTo = 0;
    if (projects.yearFrom)
        f.handedOverFrom = QDate(projects.yearFrom, 1, 1);
    if (projects.yearTo)
        f.handedOverTo = QDate(projects.yearTo, 12, 31);
    f.today = m_today;
    return f;
}

void DashboardPage::openProjects(const std::function<void(ProjectFilter &)> &narrow)
{
    ProjectFilter f = m_panel->filter();
    narrow(f);
    Q_EMIT projectsRequested(f);
}

void DashboardPage::setPortfolio(Portfolio *portfolio)
{
    m_portfolio = portfolio;
    m_dashboard.reset();
    m_stale = true;
    if (portfolio) {
        m_panel->loadChoices(*portfolio);
        // A filter set before the officers and partners were known (the saved one, at start-up)
        // can be shown whole only now.
        m_panel->setFilter(m_wanted);
        m_chips->setChips(chipsFor(m_panel->filter(), m_language, QString()));
    }
    refresh();
}

void DashboardPage::setToday(const QDate &today)
{
    m_today = today;
    m_stale = true;
    refresh();
}

ProjectFilter DashboardPage::filter() const
{
    return m_panel->filter();
}

void DashboardPage::setFilter(const ProjectFilter &filter)
{
    m_wanted = filter;
    m_panel->setFilter(filter);
    m_chips->setChips(chipsFor(m_panel->filter(), m_language, QString()));
    m_stale = true;
    refresh();
}

void DashboardPage::refresh()
{
    m_stale = true;
    if (!m_portfolio || !isVisible())
        return; // computed when shown
    m_stale = false;
    m_computing = true;
    m_state->setText(tr("Computing..."));
    const ProjectFilter f = m_panel->filter();
    const QDate today = m_today;
    m_watcher->setFuture(runOnPortfolio<DashboardResult>(m_portfolio->database().spec(), [f, today](Portfolio &p) {
        auto d = computeDashboard(p.database(), f, today);
        return d ? DashboardResult{d.value(), {}} : DashboardResult{std::nullopt, d.error()};
    }));
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void DashboardPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        m_charts->setDark(palette().color(QPalette::Window).lightness() < 128);
}

void DashboardPage::display(const Dashboard &d)
{
    m_dashboard = d;
    const QLocale locale;
    const DashboardKpis &k = d.kpis;
    const auto count = [&locale](qint64 n) { return locale.toString(n); };
    // Active is the status recorded today (implementation or finalisation), not activity in the years.
    const ProjectFilter shown = m_panel->filter();
    const bool period = shown.yearFrom != 0 || shown.yearTo != 0;
    m_tiles.value(QStringLiteral("active"))
        ->setValue(count(k.activeProjects),
            period ? tr("active today, of %1 projects in the years").arg(count(k.projects)) : tr("active today, of %1 projects").arg(count(k.projects)));
    m_tiles.value(QStringLiteral("countries"))->setValue(count(k.countries));
    m_tiles.value(QStringLiteral("partners"))->setValue(count(k.partners));
    m_tiles.value(QStringLiteral("budget"))->setValue(largeAmount(k.finance.budget, m_language), d.currency);
    m_tiles.value(QStringLiteral("committed"))->setValue(largeAmount(k.finance.committed, m_language), d.currency);
    m_tiles.value(QStringLiteral("disbursed"))->setValue(largeAmount(k.finance.disbursed, m_language), d.currency);
    m_tiles.value(QStringLiteral("spent"))->setValue(largeAmount(k.finance.spent, m_language), d.currency);
    m_tiles.value(QStringLiteral("execution"))
        ->setValue(k.finance.executionBasisPoints < 0 ? tr("n/a") : locale.toString(k.finance.executionBasisPoints / 100.0, 'f', 1) + u'%',
            tr("disbursed and spent of budget"));
    m_tiles.value(QStringLiteral("delivered"))
        ->setValue(k.deliveries == 1 ? tr("1 delivery") : tr("%1 deliveries").arg(count(k.deliveries)), tr("%1 tonnes").arg(deliveredTonnesText(k.gramsDelivered, locale)));
    const QString due = !period                          ? tr("as of today")
        : shown.yearFrom == shown.yearTo                 ? tr("due in %1, as of today").arg(shown.yearFrom)
        : shown.yearTo == 0                              ? tr("due from %1, as of today").arg(shown.yearFrom)
        : shown.yearFrom == 0                            ? tr("due by %1, as of today").arg(shown.yearTo)
                                                         : tr("due in %1–%2, as of today").arg(shown.yearFrom).arg(shown.yearTo);
    m_tiles.value(QStringLiteral("overdue"))->setValue(count(k.overdueDeliveries), due);
    m_tiles.value(QStringLiteral("overdue"))->setAlert(k.overdueDeliveries > 0);
    m_charts->show(d);
    m_state->setText(d.complete ? QString() : tr("Some amounts have no exchange rate and are left out of the totals."));
}

bool DashboardPage::exportPng(const QString &path) const
{
    // Writing over the open portfolio would destroy it (and opening it drop SQLite's locks).
    if (LiveFiles::isLive(path))
        return false;
    return m_content->grab().save(path, "PNG");
}

bool DashboardPage::exportPdf(const QString &path)
{
    if (LiveFiles::isLive(path))
        return false;
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    // The page turned the way the dashboard is shaped, so that it fills as much of it as it can.
    writer.setPageOrientation(m_content->height() > m_content->width() ? QPageLayout::Portrait : QPageLayout::Landscape);
    writer.setPageMargins(QMarginsF(8, 8, 8, 8), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(tr("ProjectDesk dashboard"));
    writer.setCreator(QStringLiteral("ProjectDesk"));
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    // The whole dashboard on one page: scaled to fit, drawn as vectors (text stays text), in the
    // font whose Chinese text a PDF reader copies and searches correctly (the charts use it already).
    const QFont screenFont = m_content->font();
    m_content->setFont(pdfFont(screenFont));
    const QRect page = painter.viewport();
    const QSize size = m_content->size();
    const double scale = std::min(double(page.width()) / size.width(), double(page.height()) / size.height());
    painter.scale(scale, scale);
    // The widgets, then each chart's scene over its place: drawn through QWidget::render, a chart's
    // legend entries land on one another on a PDF device; its scene renders them where they are.
    m_content->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    for (QChartView *view : m_charts->views()) {
        const QRect place(view->mapTo(m_content, QPoint(0, 0)), view->size());
        painter.fillRect(place, view->palette().color(QPalette::Window));
        view->scene()->render(&painter, QRectF(place), view->sceneRect());
    }
    m_content->setFont(screenFont);
    return painter.end();
}

} // namespace pd::ui
