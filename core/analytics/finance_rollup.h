#pragma once

#include "common/result.h"
#include "money/money.h"
#include "services/project_query.h"

#include <QDate>
#include <QMap>

namespace pd {

class Database;

// Budget lines count as measure 0; transactions by their IATI TransactionType code.
inline constexpr int kBudgetMeasure = 0;

struct NativeTotal
{
    int measure = 0;
    QString currency;
    qint64 count = 0;
    qint64 sum = 0; // minor units of currency, exact
};

struct Unconverted
{
    int measure = 0;
    QString currency;
    qint64 count = 0;
    QDate earliest; // the first date that had no rate
};

// The figures of one group (the whole set, a year, a business line or a budget category).
struct FinanceGroup
{
    QString key;
    QList<NativeTotal> native;        // by measure, then currency
    QMap<int, Money> converted;       // measure -> total in the reporting currency
    QList<Unconverted> unconverted;   // what had no rate, by measure and currency

    Money convertedOf(int measure, const QString &currency) const;
};

// Figures in the reporting currency derived from a group. Budget is the latest revision per period;
// committed = outgoing commitments (2), disbursed = disbursements (3), spent = expenditure (4);
// balance = budget - disbursed - spent; execution = (disbursed + spent) / budget.
struct FinanceFigures
{
    Money budget;
    Money committed;
    Money disbursed;
    Money spent;
    Money balance;
    int executionBasisPoints = -1; // 10000 = 100%; -1 without a budget
    bool complete = true;          // false when something could not be converted
};
FinanceFigures figuresOf(const FinanceGroup &group, const QString &reportingCurrency);
// (disbursed + spent) / budget in basis points; -1 without a budget.
int executionBasisPoints(const FinanceFigures &figures);

struct FinanceRollup
{
    QString reportingCurrency;
    FinanceGroup total;
    QList<FinanceGroup> byYear;     // key "2024": transactions by value date, budgets by period start
    QList<FinanceGroup> byLine;     // key: business-line key
    QList<FinanceGroup> byCategory; // key: budget category key (budgets only)
};

// Roll-ups for the projects matching filter: native sums per currency, and totals converted at
// the latest rate on or before each value date (budgets: the period start). Exact integer
// arithmetic; one rounding to the reporting currency's minor unit per total. A missing rate is
// reported in `unconverted`, never taken as 1. reportingCurrency empty: the portfolio's.
// Reads committed data: the budgets are read on a second connection, in parallel.
// Only amounts dated within a period: transactions by value date, budgets by the start of their period.
struct FinancePeriod
{
    QDate from; // open when invalid
    QDate to;
};

Result<FinanceRollup> computeFinanceRollup(
    const Database &db, const ProjectFilter &filter = {}, const QString &reportingCurrency = {}, const FinancePeriod &period = {});

} // namespace pd
