#pragma once

#include "common/language.h"
#include "domain/delivery.h"

#include <QWidget>

class QLabel;
class QTableWidget;
class QUndoStack;

namespace pd {
class Portfolio;
}

namespace pd::ui {

class PortfolioEvents;

// The Deliveries tab of the project editor: the project's shipments with their status and totals,
// opened in the delivery editor; new and delete are undoable commands.
class ProjectDeliveriesTab final : public QWidget
{
    Q_OBJECT

public:
    ProjectDeliveriesTab(
        Portfolio &portfolio, PortfolioEvents &events, QUndoStack &undo, Language language, qint64 projectId, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    const QList<Delivery> &deliveries() const { return m_deliveries; }

public Q_SLOTS:
    void refresh();

private:
    void open(const Delivery &delivery);
    void removeCurrent();

    Portfolio &m_portfolio;
    PortfolioEvents &m_events;
    QUndoStack &m_undo;
    Language m_language;
    qint64 m_projectId;
    QList<Delivery> m_deliveries;
    QTableWidget *m_table = nullptr;
    QLabel *m_totals = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace pd::ui
