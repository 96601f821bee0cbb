#pragma once

#include "analytics/dashboard.h"
#include "common/language.h"

#include <QObject>

#include <optional>

class QChart;
class QChartView;
class QWidget;

namespace pd::ui {

// The seven charts of the dashboard (Qt Charts), drawn from a Dashboard: projects and budget by
// line (donut), budget/disbursed/spent by year (bars with the execution line), the 15 largest
// recipient countries, projects by status and line, tonnes handed over by month, SDG coverage in
// the SDG colours, partners by type. Every slice and bar says which filter it stands for.
class DashboardCharts final : public QObject
{
    Q_OBJECT

public:
    DashboardCharts(Language language, QWidget *parent);

    // The views, in the order listed above.
    const QList<QChartView *> &views() const { return m_views; }
    void show(const Dashboard &dashboard);
    // Dark palette: the charts follow the widgets' palette.
    void setDark(bool dark);

Q_SIGNALS:
    void lineClicked(pd::BusinessLine line);
    void yearClicked(int year);
    void countryClicked(const QString &country);
    void statusClicked(pd::ActivityStatus status, pd::BusinessLine line);
    void monthClicked(const QString &month);
    void sdgClicked(int goal);
    void orgTypeClicked(int type);

private:
    QChart *newChart(const QString &title) const;
    void place(int index, QChart *chart);
    QChart *lineDonut(const Dashboard &d);
    QChart *yearBars(const Dashboard &d);
    QChart *countryBars(const Dashboard &d);
    QChart *statusBars(const Dashboard &d);
    QChart *monthBars(const Dashboard &d);
    QChart *sdgBars(const Dashboard &d);
    QChart *typePie(const Dashboard &d);

    Language m_language;
    bool m_dark = false;
    std::optional<Dashboard> m_shown;
    QList<QChartView *> m_views;
};

// Millions of the currency's major unit, for display only (figures stay exact in Money).
double millionsOf(const Money &money);

// Official colours of the 17 Sustainable Development Goals, and the colours of the business lines.
QColor sdgColour(int goal);
QColor lineColour(BusinessLine line);

} // namespace pd::ui
