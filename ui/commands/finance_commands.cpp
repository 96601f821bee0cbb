#include "finance_commands.h"

#include "unchanged.h"
#include "services/finance_service.h"
#include "services/portfolio.h"

#include <QCoreApplication>

namespace pd::ui {

namespace {

QString describe(const Money &amount)
{
    return amount.format(QLocale());
}

FinanceService finance(Portfolio &portfolio)
{
    return FinanceService(portfolio.database());
}

QString changedMeanwhile()
{
    return QCoreApplication::translate("FinanceCommands", "the record was changed by someone else meanwhile");
}

Result<BudgetLine> unchangedLine(Portfolio &portfolio, const BudgetLine &expected)
{
    return unchanged(
        expected, [&](qint64 id) { return finance(portfolio).budgetLine(id); }, changedMeanwhile());
}

Result<FinancialTransaction> unchangedTransaction(Portfolio &portfolio, const FinancialTransaction &expected)
{
    return unchanged(
        expected, [&](qint64 id) { return finance(portfolio).transaction(id); }, changedMeanwhile());
}

} // namespace

AddBudgetLineCommand::AddBudgetLineCommand(Portfolio &portfolio, PortfolioEvents &events, const BudgetLine &line)
    : ServiceCommand(portfolio, events, QCoreApplication::translate("FinanceCommands", "Add budget line %1").arg(describe(line.amount)))
    , m_line(line)
{ }

Status AddBudgetLineCommand::apply()
{
    auto stored = finance(m_portfolio).addBudgetLine(m_line);
    if (!stored)
        return stored.error();
    m_line = stored.value();
    return {};
}

Status AddBudgetLineCommand::revert()
{
    auto current = unchangedLine(m_portfolio, m_line);
    if (!current)
        return current.error();
    return finance(m_portfolio).removeBudgetLine(m_line.id, current->revision);
}

EditBudgetLineCommand::EditBudgetLineCommand(
    Portfolio &portfolio, PortfolioEvents &events, const BudgetLine &before, const BudgetLine &after)
    : ServiceCommand(portfolio, events, QCoreApplication::translate("FinanceCommands", "Edit budget line %1").arg(describe(after.amount)))
    , m_before(before)
    , m_after(after)
    , m_revision(before.revision)
{ }

Status EditBudgetLineCommand::store(const BudgetLine &content)
{
    BudgetLine next = content;
    next.id = m_before.id;
    next.revision = m_revision;
    if (m_applied) {
        // Later steps: the line must still hold what this command left (the other side).
        auto current = unchangedLine(m_portfolio, &content == &m_before ? m_after : m_before);
        if (!current)
            return current.error();
        next.revision = current->revision;
    }
    m_applied = true;
    auto stored = finance(m_portfolio).updateBudgetLine(next);
    if (!stored)
        return stored.error();
    m_revision = stored->revision;
    return {};
}

Status EditBudgetLineCommand::apply()
{
    return store(m_after);
}

Status EditBudgetLineCommand::revert()
{
    return store(m_before);
}

RemoveBudgetLineCommand::RemoveBudgetLineCommand(Portfolio &portfolio, PortfolioEvents &events, const BudgetLine &line)
    : ServiceCommand(portfolio, events, QCoreApplication::translate("FinanceCommands", "Remove budget line %1").arg(describe(line.amount)))
    , m_line(line)
{ }

Status RemoveBudgetLineCommand::apply()
{
    auto current = unchangedLine(m_portfolio, m_line);
    if (!current)
        return current.error();
    return finance(m_portfolio).removeBudgetLine(m_line.id, current->revision);
}

Status RemoveBudgetLineCommand::revert()
{
    auto stored = finance(m_portfolio).addBudgetLine(m_line); // under its former id and revision
    if (!stored)
        return stored.error();
    return {};
}

AddTransactionCommand::AddTransactionCommand(Portfolio &portfolio, PortfolioEvents &events, const FinancialTransaction &transaction)
    : ServiceCommand(
        portfolio, events, QCoreApplication::translate("FinanceCommands", "Add transaction %1").arg(describe(transaction.amount)))
    , m_transaction(transaction)
{ }

Status AddTransactionCommand::apply()
{
    auto stored = finance(m_portfolio).addTransaction(m_transaction);
    if (!stored)
        return stored.error();
    m_transaction = stored.value();
    return {};
}

Status AddTransactionCommand::revert()
{
    auto current = unchangedTransaction(m_portfolio, m_transaction);
    if (!current)
        return current.error();
    return finance(m_portfolio).removeTransaction(m_transaction.id, current->revision);
}

EditTransactionCommand::EditTransactionCommand(
    Portfolio &portfolio, PortfolioEvents &events, const FinancialTransaction &before, const FinancialTransaction &after)
    : ServiceCommand(portfolio, events, QCoreApplication::translate("FinanceCommands", "Edit transaction %1").arg(describe(after.amount)))
    , m_before(before)
    , m_after(after)
    , m_revision(before.revision)
{ }

Status EditTransactionCommand::store(const FinancialTransaction &content)
{
    FinancialTransaction next = content;
    next.id = m_before.id;
    next.revision = m_revision;
    if (m_applied) {
        auto current = unchangedTransaction(m_portfolio, &content == &m_before ? m_after : m_before);
        if (!current)
            return current.error();
        next.revision = current->revision;
    }
    m_applied = true;
    auto stored = finance(m_portfolio).updateTransaction(next);
    if (!stored)
        return stored.error();
    m_revision = stored->revision;
    return {};
}

Status EditTransactionCommand::apply()
{
    return store(m_after);
}

Status EditTransactionCommand::revert()
{
    return store(m_before);
}

RemoveTransactionCommand::RemoveTransactionCommand(Portfolio &portfolio, PortfolioEvents &events, const FinancialTransaction &transaction)
    : ServiceCommand(
        portfolio, events, QCoreApplication::translate("FinanceCommands", "Remove transaction %1").arg(describe(transaction.amount)))
    , m_transaction(transaction)
{ }

Status RemoveTransactionCommand::apply()
{
    auto current = unchangedTransaction(m_portfolio, m_transaction);
    if (!current)
        return current.error();
    return finance(m_portfolio).removeTransaction(m_transaction.id, current->revision);
}

Status RemoveTransactionCommand::revert()
{
    auto stored = finance(m_portfolio).addTransaction(m_transaction);
    if (!stored)
        return stored.error();
    return {};
}

} // namespace pd::ui
