#pragma once

#include "common/language.h"
#include "domain/finance.h"

#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QTableWidget;
class QUndoStack;
class QVBoxLayout;

namespace pd {
class Portfolio;
}

namespace pd::ui {

class PortfolioEvents;

// The Finance tab of the project editor: budget lines and transactions with add, edit and remove
// (each an undoable command, applied at once), and per currency the budget, what was committed,
// disbursed and spent, and an execution bar. For a project not saved yet (id 0) it is a draft: the
// lines are kept here, and the editor stores them with the project, as one undo step.
class ProjectFinanceTab final : public QWidget
{
    Q_OBJECT

public:
    ProjectFinanceTab(Portfolio &portfolio, PortfolioEvents &events, QUndoStack &undo, Language language, qint64 projectId,
                      QWidget *parent = nullptr);

    QTableWidget *budgetTable() const { return m_budgets; }
    QTableWidget *transactionTable() const { return m_transactions; }
    bool isDraft() const { return m_projectId == 0; }
    // A draft's lines (their project id 0), for the editor to store with the project.
    const QList<BudgetLine> &draftBudgetLines() const { return m_budgetLines; }
    const QList<FinancialTransaction> &draftTransactions() const { return m_transactionList; }
    // The project now stored: the tab shows and changes its lines in the database from here on.
    void attach(qint64 projectId);
    // Where a draft finds the project's funding (its transaction types come first).
    void setFundingSource(std::function<FundingSource()> funding) { m_funding = std::move(funding); }
    // Runs a change through the undo stack; shows and returns false when it is refused.
    bool addBudgetLine(const BudgetLine &line);
    bool addTransaction(const FinancialTransaction &transaction);

public Q_SLOTS:
    void refresh();

private:
    void editBudgetLine(int row);
    void editTransaction(int row);
    void removeSelected(QTableWidget *table);
    void showTotals();
    bool run(class ServiceCommand *command);
    std::unique_ptr<class TransactionDialog> transactionDialog(const FinancialTransaction &transaction);

    Portfolio &m_portfolio;
    PortfolioEvents &m_events;
    QUndoStack &m_undo;
    Language m_language;
    qint64 m_projectId;
    std::function<FundingSource()> m_funding;
    QList<BudgetLine> m_budgetLines;
    QList<FinancialTransaction> m_transactionList;
    QTableWidget *m_budgets = nullptr;
    QTableWidget *m_transactions = nullptr;
    QVBoxLayout *m_totals = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace pd::ui
