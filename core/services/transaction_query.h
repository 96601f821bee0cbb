#pragma once

#include "domain/finance.h"
#include "project_query.h"

namespace pd {

// Which transactions: the export of the Finance page and the CLI filter with this.
struct TransactionFilter
{
    QString search; // every word must match description, reference, provider, receiver, or the project's code or title
    QList<int> types; // IATI TransactionType codes
    QStringList currencies;
    QDate from; // transaction date within [from, to]; open when not set
    QDate to;
    ProjectFilter projects; // of the transaction's project: the Projects register's filter
    bool isEmpty() const;
};

enum class TransactionSort { Date, Project, Type };

struct TransactionQuery
{
    TransactionFilter filter;
    TransactionSort sort = TransactionSort::Date;
    Qt::SortOrder order = Qt::AscendingOrder;
    int limit = -1;
    int offset = 0;
};

// One listed transaction with the names it shows: its project's, and its provider's and receiver's
// (the partner's names when it is one, else the free-text name in both).
struct TransactionRow
{
    FinancialTransaction transaction;
    QString projectCode;
    QString projectTitleEn;
    QString projectTitleZh;
    QString providerEn;
    QString providerZh;
    QString receiverEn;
    QString receiverZh;
};

// The WHERE clause over `transactions t` for a filter, with bound parameters only.
SqlCondition transactionCondition(const TransactionFilter &filter, const Dialect &dialect);

} // namespace pd
