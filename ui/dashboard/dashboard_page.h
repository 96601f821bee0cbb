#pragma once

#include "common/error.h"
#include "analytics/dashboard.h"
#include "common/language.h"
#include "services/delivery_query.h"

#include <QFutureWatcher>
#include <QWidget>

#include <optional>

class QGridLayout;
class QLabel;
class QTimer;

namespace pd {
class Portfolio;
}

namespace pd::ui {

class ChipBar;
class DashboardCharts;
class KpiTile;
class ProjectFilterPanel;

struct DashboardResult
{
    std::optional<Dashboard> dashboard;
    std::optional<Error> error; // set when the work failed
};

// The portfolio at a glance: one filter bar for everything (remembered between sessions), KPI
// tiles and seven charts, computed in core off the UI thread; every tile, slice and bar opens the
// register behind it with the matching filter. Exports to PNG and to a one-page PDF.
class DashboardPage final : public QWidget
{
    Q_OBJECT

public:
    DashboardPage(Language language, QWidget *parent = nullptr);

    void setPortfolio(Portfolio *portfolio);
    // The day overdue deliveries are judged on (today unless fixed for a test or a screenshot).
    void setToday(const QDate &today);
    ProjectFilter filter() const;
    void setFilter(const ProjectFilter &filter);
    ProjectFilterPanel *filterPanel() const { return m_panel; }
    DashboardCharts *charts() const { return m_charts; }
    KpiTile *tile(const QString &key) const { return m_tiles.value(key); }
    QWidget *content() const { return m_content; }
    bool isComputing() const { return m_computing; }
    const std::optional<Dashboard> &dashboard() const { return m_dashboard; }

    bool exportPng(const QString &path) const;
    bool exportPdf(const QString &path);

public Q_SLOTS:
    // Computes again (now if shown, else when next shown).
    void refresh();

Q_SIGNALS:
    void projectsRequested(const pd::ProjectFilter &filter);
    void deliveriesRequested(const pd::DeliveryFilter &filter);
    void partnersRequested(int orgType);
    void financeRequested(const pd::ProjectFilter &filter);
    void filterChanged(const pd::ProjectFilter &filter);
    void errorOccurred(const pd::Error &error);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildTiles(QGridLayout *grid);
    void display(const Dashboard &d);
    void openProjects(const std::function<void(ProjectFilter &)> &narrow);
    DeliveryFilter deliveryFilter() const;
    void exportDialog();

    Language m_language;
    Portfolio *m_portfolio = nullptr;
    QDate m_today = QDate::currentDate();
    QWidget *m_content = nullptr;
    ProjectFilterPanel *m_panel = nullptr;
    ChipBar *m_chips = nullptr;
    QLabel *m_state = nullptr;
    QMap<QString, KpiTile *> m_tiles;
    DashboardCharts *m_charts = nullptr;
    QTimer *m_debounce = nullptr;
    QFutureWatcher<DashboardResult> *m_watcher = nullptr;
    std::optional<Dashboard> m_dashboard;
    ProjectFilter m_wanted; // the filter asked for, kept whole while the panel's choices load
    bool m_computing = false;
    bool m_stale = true;
};

} // namespace pd::ui
