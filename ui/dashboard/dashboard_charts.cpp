#include "dashboard_charts.h"

#include "shell/amount_format.h"

#include "reference/reference_data.h"
#include "shell/language_setup.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedBarSeries>
#include <QValueAxis>

namespace pd::ui {

namespace {

constexpr int kMonthsShown = 24;

QBarCategoryAxis *categories(const QStringList &labels)
{
    auto *axis = new QBarCategoryAxis;
    axis->append(labels);
    return axis;
}

// Years under their bars, on the bars' index positions: every year while eight fit, else every
// second, else every fifth (2010, 2015...). A bar-category axis would squeeze all of them into
// narrow slots and show "..." for each.
QCategoryAxis *yearAxis(const QList<int> &years)
{
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setRange(-0.5, std::max<qsizetype>(1, years.size()) - 0.5);
    const int step = years.size() <= 8 ? 1 : years.size() <= 16 ? 2 : 5;
    for (qsizetype i = 0; i < years.size(); ++i) {
        if (years.at(i) % step == 0)
            axis->append(QString::number(years.at(i)), double(i));
    }
    axis->setGridLineVisible(false);
    return axis;
}

QValueAxis *valueAxis(const QString &title, int ticks = 5)
{
    auto *axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setTickCount(ticks);
    return axis;
}

// The font at factor times its size, whether it is set in points (windows) or pixels (documents).
QFont scaled(QFont font, double factor)
{
    if (font.pixelSize() > 0)
        font.setPixelSize(std::max(1, int(font.pixelSize() * factor + 0.5)));
    else
        font.setPointSizeF(font.pointSizeF() * factor);
    return font;
}

void attach(QChart *chart, QAbstractSeries *series, QAbstractAxis *x, QAbstractAxis *y)
{
    chart->addSeries(series);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
}

} // namespace

double millionsOf(const Money &money)
{
    double value = double(money.minorUnits());
    for (int i = 0; i < money.exponent(); ++i)
        value /= 10.0;
    return value / 1e6;
}

double DashboardCharts::inChartUnit(const Money &money) const
{
    return m_language == Language::Chinese ? millionsOf(money) / 100.0 : millionsOf(money);
}

QString DashboardCharts::chartUnit(const QString &currency) const
{
    return m_language == Language::Chinese ? QStringLiteral("%1，亿").arg(currency) : trl("%1 million").arg(currency);
}

QColor sdgColour(int goal)
{
    static const char *const colours[] = {"#E5243B", "#DDA63A", "#4C9F38", "#C5192D", "#FF3A21", "#26BDE2", "#FCC30B", "#A21942", "#FD6925",
        "#DD1367", "#FD9D24", "#BF8B2E", "#3F7E44", "#0A97D9", "#56C02B", "#00689D", "#19486A"};
    return goal >= 1 && goal <= 17 ? QColor(QLatin1String(colours[goal - 1])) : QColor(Qt::gray);
}

QColor lineColour(BusinessLine line)
{
    switch (line) {
    case BusinessLine::UnProgramme:
        return QColor(0x00, 0x9e, 0xdb); // UN blue
    case BusinessLine::GoodsSupply:
        return QColor(0xd9, 0x53, 0x4f);
    case BusinessLine::Sscaf:
        return QColor(0xf0, 0xad, 0x4e);
    case BusinessLine::HumanResources:
        return QColor(0x5c, 0xb8, 0x5c);
    case BusinessLine::Conferences:
        return QColor(0x8e, 0x6c, 0xc2);
    case BusinessLine::SscNetwork:
        return QColor(0x6c, 0x75, 0x7d);
    }
    return QColor(Qt::gray);
}

// Not the theme's font: the application's, in the family whose Chinese survives a PDF export.
DashboardCharts::DashboardCharts(Language language, QWidget *parent)
    : QObject(parent)
    , m_language(language)
    , m_wording(language)
    , m_font(pdfFont(QApplication::font()))
{
    for (int i = 0; i < 7; ++i) {
        auto *view = new QChartView(parent);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(i == 2 ? 540 : i == 4 ? 400 : 340); // 15 countries; 24 month labels
        view->setObjectName(QStringLiteral("chart%1").arg(i));
        m_views.append(view);
    }
}

DashboardCharts::DashboardCharts(Language language, const QFont &font, QObject *parent)
    : QObject(parent)
    , m_language(language)
    , m_wording(language)
    , m_font(font)
{ }

void DashboardCharts::setDark(bool dark)
{
    if (dark == m_dark)
        return;
    m_dark = dark;
    // A theme restyles every series: draw again, the theme first and the colours after it.
    if (m_shown)
        show(*m_shown);
}

QChart *DashboardCharts::newChart(const QString &title) const
{
    auto *chart = new QChart;
    chart->setTheme(m_dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    const QFont &font = m_font;
    QFont titleFont = scaled(font, 1.1);
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setTitle(title);
    chart->legend()->setFont(font);
    // A legend entry too long for the room left is shortened with "..."; hovering it shows it whole.
    chart->legend()->setShowToolTips(true);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

void DashboardCharts::styleAxes(int index, QChart *chart) const
{
    const QFont &font = m_font;
    // 15 countries, 24 months: a smaller size keeps every label whole (CJK fonts are tall).
    const QFont labels = index == 2 || index == 4 ? scaled(font, 0.8) : font;
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsFont(labels);
        axis->setTitleFont(font);
    }
}

QList<QChart *> DashboardCharts::charts(const Dashboard &d)
{
    const QList<QChart *> made{lineDonut(d), yearBars(d), countryBars(d), statusBars(d), monthBars(d), sdgBars(d), typePie(d)};
    for (int i = 0; i < made.size(); ++i)
        styleAxes(i, made.at(i));
    return made;
}

void DashboardCharts::show(const Dashboard &d)
{
    m_shown = d;
    const QList<QChart *> made = charts(d);
    for (int i = 0; i < made.size() && i < m_views.size(); ++i) {
        QChart *old = m_views.at(i)->chart();
        m_views.at(i)->setChart(made.at(i));
        delete old;
    }
}

QChart *DashboardCharts::lineDonut(const Dashboard &d)
{
    QChart *chart = newChart(trl("Projects and budget by business line"));
    auto *series = new QPieSeries;
    series->setHoleSize(0.45);
    const QLocale &locale = m_wording.locale();
    for (const LineSlice &s : d.byLine) {
        if (s.projects == 0)
            continue;
        QPieSlice *slice = series->append(
            QStringLiteral("%1 (%2)").arg(shortNameOf(s.line, m_language), locale.toString(s.projects)), double(s.projects));
        slice->setColor(lineColour(s.line));
        const BusinessLine line = s.line;
        connect(slice, &QPieSlice::clicked, this, [this, line] { Q_EMIT lineClicked(line); });
        const QString budget
            = trl("%1: %2 projects, budget %3")
                  .arg(shortNameOf(s.line, m_language), locale.toString(s.projects), largeAmount(s.budget, m_language));
        connect(slice, &QPieSlice::hovered, slice, [slice, budget](bool on) {
            slice->setExploded(on);
            slice->setLabel(budget);
            slice->setLabelVisible(on);
        });
    }
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight);
    return chart;
}

QChart *DashboardCharts::yearBars(const Dashboard &d)
{
    QChart *chart = newChart(trl("Budget, disbursed and spent by year (%1)").arg(chartUnit(d.currency)));
    auto *budget = new QBarSet(trl("Budget"));
    auto *disbursed = new QBarSet(trl("Disbursed"));
    auto *spent = new QBarSet(trl("Spent"));
    budget->setColor(QColor(0x9e, 0xc5, 0xe8));
    disbursed->setColor(QColor(0x1f, 0x77, 0xb4));
    spent->setColor(QColor(0xff, 0x7f, 0x0e));
    auto *execution = new QLineSeries;
    execution->setName(trl("Execution %"));
    execution->setColor(QColor(0x2c, 0xa0, 0x2c));
    QList<int> yearKeys;
    double top = 0;
    for (const YearBars &y : d.byYear) {
        yearKeys << y.year;
        *budget << inChartUnit(y.budget);
        *disbursed << inChartUnit(y.disbursed);
        *spent << inChartUnit(y.spent);
        top = std::max({top, inChartUnit(y.budget), inChartUnit(y.disbursed) + inChartUnit(y.spent)});
        const double used = inChartUnit(y.disbursed) + inChartUnit(y.spent);
        if (used > 0 && !y.budget.isZero()) // years not yet spent in have no execution to draw
            execution->append(double(yearKeys.size() - 1), std::min(150.0, 100.0 * used / inChartUnit(y.budget)));
    }
    auto *bars = new QBarSeries;
    bars->append({budget, disbursed, spent});
    QCategoryAxis *x = yearAxis(yearKeys);
    QValueAxis *y = valueAxis(QString());
    y->setRange(0, top * 1.05 + 0.001);
    y->applyNiceNumbers();
    if (y->max() < 10)
        y->setLabelFormat(QStringLiteral("%.1f")); // 亿 are few: 0.5, 1.0, 1.5
    attach(chart, bars, x, y);
    chart->addSeries(execution);
    auto *percent = valueAxis(trl("%"), 4);
    percent->setRange(0, 150);
    chart->addAxis(percent, Qt::AlignRight);
    execution->attachAxis(x);
    execution->attachAxis(percent);
    connect(bars, &QBarSeries::clicked, this, [this, yearKeys](int index, QBarSet *) {
        if (index >= 0 && index < yearKeys.size())
            Q_EMIT yearClicked(yearKeys.at(index));
    });
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QChart *DashboardCharts::countryBars(const Dashboard &d)
{
    QChart *chart = newChart(trl("Top recipient countries by budget (%1)").arg(chartUnit(d.currency)));
    auto *set = new QBarSet(trl("Budget"));
    set->setColor(QColor(0x1f, 0x77, 0xb4));
    QStringList names;
    QStringList codes;
    // Largest at the top: a horizontal axis lists its categories from the bottom.
    for (auto it = d.topCountries.crbegin(); it != d.topCountries.crend(); ++it) {
        names << countryName(it->country, m_language);
        codes << it->country;
        *set << inChartUnit(it->value);
    }
    auto *series = new QHorizontalBarSeries;
    series->append(set);
    auto *y = categories(names);
    auto *x = valueAxis(QString());
    chart->addSeries(series);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    x->applyNiceNumbers();
    if (x->max() < 10)
        x->setLabelFormat(QStringLiteral("%.1f"));
    chart->legend()->hide();
    connect(series, &QHorizontalBarSeries::clicked, this, [this, codes](int index, QBarSet *) {
        if (index >= 0 && index < codes.size())
            Q_EMIT countryClicked(codes.at(index));
    });
    return chart;
}

QChart *DashboardCharts::statusBars(const Dashboard &d)
{
    QChart *chart = newChart(trl("Projects by status and business line"));
    const QList<ActivityStatus> statuses = allActivityStatuses();
    const QList<BusinessLine> lines = allBusinessLines();
    auto *series = new QHorizontalStackedBarSeries;
    for (BusinessLine line : lines) {
        auto *set = new QBarSet(shortNameOf(line, m_language));
        set->setColor(lineColour(line));
        for (auto status = statuses.crbegin(); status != statuses.crend(); ++status) {
            qint64 n = 0;
            for (const StatusCell &cell : d.byStatus) {
                if (cell.status == *status && cell.line == line)
                    n = cell.projects;
            }
            *set << double(n);
        }
        series->append(set);
        connect(set, &QBarSet::clicked, this, [this, line, statuses](int index) {
            if (index >= 0 && index < statuses.size())
                Q_EMIT statusClicked(statuses.at(statuses.size() - 1 - index), line);
        });
    }
    QStringList names;
    for (ActivityStatus status : statuses)
        names << nameOf(status, m_language);
    // Statuses down the side, in workflow order from the top.
    std::reverse(names.begin(), names.end());
    QBarCategoryAxis *y = categories(names);
    QValueAxis *x = valueAxis(QString());
    chart->addSeries(series);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    x->applyNiceNumbers();
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QChart *DashboardCharts::monthBars(const Dashboard &d)
{
    QChart *chart = newChart(trl("Tonnes handed over by month"));
    auto *set = new QBarSet(trl("Tonnes"));
    set->setColor(QColor(0xd9, 0x53, 0x4f));
    const QList<MonthTonnes> shown = d.tonnesByMonth.mid(std::max<qsizetype>(0, d.tonnesByMonth.size() - kMonthsShown));
    QStringList months;
    QStringList labels; // "24/05"
    for (const MonthTonnes &m : shown) {
        months << m.month;
        labels << m.month.mid(2, 2) + u'/' + m.month.mid(5, 2);
        *set << double(m.grams) / 1e6;
    }
    auto *series = new QBarSeries;
    series->append(set);
    QBarCategoryAxis *x = categories(labels);
    x->setLabelsAngle(-90);
    QValueAxis *tonnes = valueAxis(trl("Tonnes"));
    attach(chart, series, x, tonnes);
    tonnes->applyNiceNumbers();
    chart->legend()->hide();
    connect(series, &QBarSeries::clicked, this, [this, months](int index, QBarSet *) {
        if (index >= 0 && index < months.size())
            Q_EMIT monthClicked(months.at(index));
    });
    return chart;
}

QChart *DashboardCharts::sdgBars(const Dashboard &d)
{
    QChart *chart = newChart(trl("Projects by Sustainable Development Goal"));
    auto *series = new QStackedBarSeries;
    series->setBarWidth(0.8);
    QStringList goals;
    // One set per goal, non-zero at its own place only: each bar in its goal's colour.
    for (const KeyCount &g : d.sdgProjects) {
        goals << QString::number(g.key);
        auto *set = new QBarSet(sdgShortName(g.key, m_language));
        set->setColor(sdgColour(g.key));
        for (const KeyCount &other : d.sdgProjects)
            *set << (other.key == g.key ? double(g.count) : 0.0);
        series->append(set);
        const int goal = g.key;
        connect(set, &QBarSet::clicked, this, [this, goal](int) { Q_EMIT sdgClicked(goal); });
    }
    QValueAxis *y = valueAxis(QString());
    attach(chart, series, categories(goals), y);
    y->applyNiceNumbers();
    chart->legend()->hide();
    return chart;
}

QChart *DashboardCharts::typePie(const Dashboard &d)
{
    QChart *chart = newChart(trl("Partners by type"));
    auto *series = new QPieSeries;
    const QLocale &locale = m_wording.locale();
    for (const KeyCount &t : d.partnersByType) {
        const CodeItem *item = ReferenceData::instance().code(QStringLiteral("OrganisationType"), QString::number(t.key));
        QPieSlice *slice = series->append(
            QStringLiteral("%1 (%2)").arg(item ? item->name(m_language) : QString::number(t.key), locale.toString(t.count)),
            double(t.count));
        const int type = t.key;
        connect(slice, &QPieSlice::clicked, this, [this, type] { Q_EMIT orgTypeClicked(type); });
    }
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight);
    return chart;
}

} // namespace pd::ui
