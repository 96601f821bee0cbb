#pragma once

#include "analytics/dashboard.h"
#include "common/language.h"
#include "reports/wording.h"

#include <QFont>

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
    // With a view for each chart, in the widgets' font.
    DashboardCharts(Language language, QWidget *parent);
    // Without views, for documents: charts in `font`, light, in the language given.
    DashboardCharts(Language language, const QFont &font, QObject *parent = nullptr);

    // The views, in the order listed above.
    const QList<QChartView *> &views() const { return m_views; }
    void show(const Dashboard &dashboard);
    // The seven charts, in the order listed above, for the caller to own.
    QList<QChart *> charts(const Dashboard &dashboard);
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
    void styleAxes(int index, QChart *chart) const;
    // tr() in the charts' language, which a report chooses (see Wording).
    QString trl(const char *source, const char *disambiguation = nullptr, int n = -1) const
    {
        return m_wording.translate(staticMetaObject.className(), source, disambiguation, n);
    }
    // Chart values in the unit officers read: millions in English, 亿 (100 million) in Chinese.
    double inChartUnit(const Money &money) const;
    QString chartUnit(const QString &currency) const;
    QChart *lineDonut(const Dashboard &d);
    QChart *yearBars(const Dashboard &d);
    QChart *countryBars(const Dashboard &d);
    QChart *statusBars(const Dashboard &d);
    QChart *monthBars(const Dashboard &d);
    QChart *sdgBars(const Dashboard &d);
    QChart *typePie(const Dashboard &d);

    Language m_language;
    Wording m_wording;
    QFont m_font;
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
