#pragma once

#include "finance_rollup.h"

namespace pd {

// One project's figures in the reporting currency, by the rules of the roll-up (FinanceFigures).
struct ProjectFinanceRow
{
    qint64 projectId = 0;
    QString code;
    QString titleEn;
    QString titleZh;
    BusinessLine line = BusinessLine::UnProgramme;
    FinanceFigures figures;
};

// Budget, committed, disbursed, spent and execution of every project matching the filter, by code:
// the same exact conversion as computeFinanceRollup (the rate on or before each value date, one
// rounding per figure), amounts dated in the period only. reportingCurrency empty: the portfolio's.
Result<QList<ProjectFinanceRow>> computeProjectFinance(
    const Database &db, const ProjectFilter &filter, const QString &reportingCurrency = {}, const FinancePeriod &period = {});

} // namespace pd
