#pragma once

#include "common/result.h"
#include "domain/finance.h"
#include "storage/page_reader.h"
#include "transaction_query.h"

namespace pd {

class Database;

// The only writer of budget lines, transactions and exchange rates: validation, one transaction
// per change, revision checks and the audit log, like the other services.
class FinanceService final
{
public:
    explicit FinanceService(Database &db) : m_db(db) {}

    // Budget lines. add() keeps line.id when set (undo of a removal).
    Result<BudgetLine> addBudgetLine(const BudgetLine &line);
    Result<BudgetLine> updateBudgetLine(const BudgetLine &line);
    Status removeBudgetLine(qint64 id, int revision);
    Result<BudgetLine> budgetLine(qint64 id) const;
    Result<QList<BudgetLine>> budgetLines(qint64 projectId) const;

    // Transactions. add() keeps transaction.id when set (undo of a removal).
    Result<FinancialTransaction> addTransaction(const FinancialTransaction &transaction);
    Result<FinancialTransaction> updateTransaction(const FinancialTransaction &transaction);
    Status removeTransaction(qint64 id, int revision);
    Result<FinancialTransaction> transaction(qint64 id) const;
    Result<QList<FinancialTransaction>> transactions(qint64 projectId) const;
    // Every transaction the query matches (its limit and offset aside) with the names it shows,
    // pageSize at a time from one statement. An Error from onPage stops the reading.
    Status forEachTransactionPage(const TransactionQuery &query, int pageSize, const PageHandler<TransactionRow> &onPage) const;
    Result<qint64> countTransactions(const TransactionFilter &filter = {}) const;

    // The reporting currency of the portfolio: USD unless set to another (CNY).
    Result<QString> reportingCurrency() const;
    Status setReportingCurrency(const QString &code);

    // Exchange rates into the reporting currency. setRate replaces the rate of that currency and day.
    Status setRate(const ExchangeRate &rate);
    Status removeRate(const QString &currency, const QDate &date);
    // Every rate given, in one transaction: all or nothing.
    Status importRates(const QList<ExchangeRate> &rates);
    // Rates into the reporting currency, by currency then date; one currency when given.
    Result<QList<ExchangeRate>> rates(const QString &currency = {}) const;

private:
    Status writeRate(const ExchangeRate &rate, const QString &quote);
    // Marks the original lines of the line's period superseded when the period has a revision.
    Status markSuperseded(const BudgetLine &line);
    Result<QString> projectCode(qint64 projectId) const;

    Database &m_db;
};

} // namespace pd
