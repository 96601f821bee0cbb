#pragma once

#include "common/error.h"
#include "analytics/finance_flags.h"
#include "analytics/finance_rollup.h"
#include "common/language.h"
#include "interchange/table_sink.h"

#include <QFutureWatcher>

#include <optional>
#include <QWidget>

class QGridLayout;
class QLabel;
class QProgressBar;
class QTableWidget;

namespace pd {
class Portfolio;
}

namespace pd::ui {

struct FinanceView
{
    FinanceRollup rollup;
    QList<FinanceFlag> flags;
    std::optional<Error> error; // set when the work failed
};

// The portfolio's money: totals in the reporting currency for the projects the Projects register
// shows (its filters are shared), by year and by business line, what could not be converted, and
// the projects with missing rates or more used than budgeted. Computed on a worker thread.
class FinancePage final : public QWidget
{
    Q_OBJECT

public:
    explicit FinancePage(Language language, QWidget *parent = nullptr);

    void setPortfolio(Portfolio *portfolio);
    // The projects to count (the Projects register's filter) and how to describe them.
    void setFilter(const ProjectFilter &filter, const QString &description);
    bool isComputing() const { return m_computing; }
    QTableWidget *yearTable() const { return m_byYear; }
    QTableWidget *lineTable() const { return m_byLine; }
    QTableWidget *flagTable() const { return m_flags; }
    // Writes the transactions of the projects counted (the filter), by date, to the file, on a
    // worker thread with progress and cancel; the error names the file.
    Status exportTransactionsTo(const ExportFile &file);

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void openProjectRequested(qint64 projectId);
    void ratesRequested();

private:
    void display(const FinanceView &view);
    void showEvent(QShowEvent *event) override;
    void fillGroups(QTableWidget *table, const QList<FinanceGroup> &groups, const QString &currency, bool lines);

    Language m_language;
    Portfolio *m_portfolio = nullptr;
    ProjectFilter m_filter;
    bool m_computing = false;
    QFutureWatcher<FinanceView> *m_watcher = nullptr;
    QLabel *m_scope = nullptr;
    QGridLayout *m_kpis = nullptr;
    QProgressBar *m_execution = nullptr;
    QTableWidget *m_byYear = nullptr;
    QTableWidget *m_byLine = nullptr;
    QLabel *m_unconverted = nullptr;
    QTableWidget *m_flags = nullptr;
};

} // namespace pd::ui
