#pragma once

#include "common/error.h"
#include "enums.h"
#include "money/money.h"
#include "money/rate.h"

#include <QDate>

namespace pd {

enum class BudgetCategory { Personnel, Equipment, Training, Travel, Contracts, MonitoringEvaluation, Overhead, Other };

QList<BudgetCategory> allBudgetCategories();
QString keyOf(BudgetCategory category);
std::optional<BudgetCategory> budgetCategoryFromKey(const QString &key);
QString nameOf(BudgetCategory category, Language language);

// IATI codes used by the model.
namespace iati {
inline constexpr int kBudgetOriginal = 1;
inline constexpr int kBudgetRevised = 2;
inline constexpr int kBudgetIndicative = 1;
inline constexpr int kBudgetCommitted = 2;
inline constexpr int kIncomingFunds = 1;
inline constexpr int kOutgoingCommitment = 2;
inline constexpr int kDisbursement = 3;
inline constexpr int kExpenditure = 4;
inline constexpr int kIncomingCommitment = 11;
} // namespace iati

struct BudgetLine
{
    qint64 id = 0;
    int revision = 0;
    qint64 projectId = 0;
    QDate periodStart;
    QDate periodEnd;
    BudgetCategory category = BudgetCategory::Other;
    Money amount;
    int type = iati::kBudgetOriginal;     // IATI BudgetType: 1 original, 2 revised
    int status = iati::kBudgetIndicative; // IATI BudgetStatus: 1 indicative, 2 committed
    friend bool operator==(const BudgetLine &, const BudgetLine &) = default;
};

struct FinancialTransaction
{
    qint64 id = 0;
    int revision = 0;
    qint64 projectId = 0;
    int type = iati::kDisbursement; // IATI TransactionType 1-13
    QDate date;
    QDate valueDate;                // the date its exchange rate is taken on; the date when not given
    Money amount;                   // negative for a reversal
    qint64 providerId = 0;          // a partner, or 0 with a free-text name
    QString providerName;
    qint64 receiverId = 0;
    QString receiverName;
    QString description;
    QString reference;
    QDate effectiveValueDate() const { return valueDate.isValid() ? valueDate : date; }
    friend bool operator==(const FinancialTransaction &, const FinancialTransaction &) = default;
};

struct ExchangeRate
{
    QString currency; // the currency converted
    QDate date;       // valid from this day until the next rate of the currency
    Rate rate;        // units of the reporting currency for one unit of `currency`
    QString source;
    friend bool operator==(const ExchangeRate &, const ExchangeRate &) = default;
};

QList<FieldError> validateBudgetLine(const BudgetLine &line);
QList<FieldError> validateTransaction(const FinancialTransaction &transaction);
QList<FieldError> validateExchangeRate(const ExchangeRate &rate, const QString &reportingCurrency);

} // namespace pd
