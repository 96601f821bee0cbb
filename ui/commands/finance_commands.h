#pragma once

#include "domain/finance.h"
#include "service_command.h"

namespace pd::ui {

// Undoable changes to a project's budget lines and transactions: add, edit, remove, each one
// FinanceService call each way. Records are put back under their former ids.
class AddBudgetLineCommand final : public ServiceCommand
{
public:
    AddBudgetLineCommand(Portfolio &portfolio, PortfolioEvents &events, const BudgetLine &line);

private:
    Status apply() override;
    Status revert() override;
    BudgetLine m_line;
};

class EditBudgetLineCommand final : public ServiceCommand
{
public:
    EditBudgetLineCommand(Portfolio &portfolio, PortfolioEvents &events, const BudgetLine &before, const BudgetLine &after);

private:
    Status apply() override;
    Status revert() override;
    Status store(const BudgetLine &content);
    BudgetLine m_before;
    BudgetLine m_after;
    int m_revision;
    bool m_applied = false; // the first apply is based on the revision the user saw
};

class RemoveBudgetLineCommand final : public ServiceCommand
{
public:
    RemoveBudgetLineCommand(Portfolio &portfolio, PortfolioEvents &events, const BudgetLine &line);

private:
    Status apply() override;
    Status revert() override;
    BudgetLine m_line;
};

class AddTransactionCommand final : public ServiceCommand
{
public:
    AddTransactionCommand(Portfolio &portfolio, PortfolioEvents &events, const FinancialTransaction &transaction);

private:
    Status apply() override;
    Status revert() override;
    FinancialTransaction m_transaction;
};

class EditTransactionCommand final : public ServiceCommand
{
public:
    EditTransactionCommand(Portfolio &portfolio, PortfolioEvents &events, const FinancialTransaction &before,
                           const FinancialTransaction &after);

private:
    Status apply() override;
    Status revert() override;
    Status store(const FinancialTransaction &content);
    FinancialTransaction m_before;
    FinancialTransaction m_after;
    int m_revision;
    bool m_applied = false;
};

class RemoveTransactionCommand final : public ServiceCommand
{
public:
    RemoveTransactionCommand(Portfolio &portfolio, PortfolioEvents &events, const FinancialTransaction &transaction);

private:
    Status apply() override;
    Status revert() override;
    FinancialTransaction m_transaction;
};

} // namespace pd::ui
