#pragma once

#include "common/error.h"
#include "common/language.h"
#include "interchange/table_sink.h"
#include "services/delivery_query.h"
#include "shell/register_page.h"

#include <QFutureWatcher>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QToolButton;

class QPushButton;

namespace pd {
class Portfolio;
}

namespace pd::ui {

class DeliveryTableModel;
class ProjectFilterPanel;
class SearchPicker;

// The summary sentence of the deliveries a filter matches, computed in the background.
struct DeliveredText
{
    QString sentence;
    std::optional<Error> error; // set when the work failed
};

// The deliveries register: search as you type, status, destination and "overdue only" filters,
// the filters of their projects (the projects register's panel),
// the lazy table with overdue rows in red, "N of M deliveries", and the step menu on each row.
class DeliveriesPage final : public RegisterPage
{
    Q_OBJECT

public:
    DeliveriesPage(Language language, QWidget *parent = nullptr);

    void setPortfolio(Portfolio *portfolio);
    // Turns the page's edits (new, delete) off while the portfolio is read-only.
    void setReadOnly(bool readOnly);
    DeliveryTableModel *model() const { return m_model; }
    // Shows the deliveries matching a filter (e.g. from the dashboard or the CLI's words).
    void setFilter(const DeliveryFilter &filter);
    DeliveryFilter filter() const;
    void setToday(const QDate &today);
    qint64 currentDeliveryId() const;
    bool selectDelivery(qint64 deliveryId);
    // Writes what the register shows (its search, filters and sort, the visible columns in their
    // order) to the file, on a worker thread with progress and cancel; the error names the file.
    Status exportTo(const ExportFile &file);

public Q_SLOTS:
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

Q_SIGNALS:
    void openDeliveryRequested(qint64 deliveryId);
    void newDeliveryRequested();
    void deleteDeliveryRequested(qint64 deliveryId);
    void errorOccurred(const pd::Error &error);

private:
    void applyFilter();
    void summarise();
    void loadChoices();
    void updateCount();
    void showRowMenu(const QPoint &pos);

    Language m_language;
    Portfolio *m_portfolio = nullptr;
    DeliveryTableModel *m_model = nullptr;
    QComboBox *m_status = nullptr;
    SearchPicker *m_country = nullptr;
    QCheckBox *m_overdue = nullptr;
    ProjectFilterPanel *m_projectPanel = nullptr; // the deliveries' projects: line, officer, partner...
    QToolButton *m_projectButton = nullptr;
    bool m_choicesStale = true;
    QFutureWatcher<DeliveredText> *m_delivered = nullptr;
    QString m_sentence;
    bool m_summaryStale = true;
    QDate m_today = QDate::currentDate();
    // What a filter set from outside (the dashboard) holds beyond the page's own fields: its
    // handover period and project, shown above the table until cleared.
    DeliveryFilter m_scope;
    QLabel *m_scopeLabel = nullptr;
    QWidget *m_scopeBar = nullptr;
    QPushButton *m_newButton = nullptr;
    bool m_readOnly = false;
};

} // namespace pd::ui
