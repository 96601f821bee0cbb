#pragma once

#include "common/result.h"
#include "services/project_query.h"

#include <QDate>

namespace pd {

class Database;

// A project the Finance page points at: an amount that cannot be converted (no rate on or before
// its value date), or more disbursed and spent than budgeted in a currency.
struct FinanceFlag
{
    enum class Kind { MissingRate, Overspent };
    Kind kind = Kind::MissingRate;
    qint64 projectId = 0;
    QString code;
    QString titleEn;
    QString titleZh;
    QString currency;
    qint64 count = 0;   // MissingRate: transactions without a rate
    QDate firstDate;    // MissingRate: the earliest of them
    qint64 budget = 0;  // Overspent: minor units of currency
    qint64 used = 0;    // Overspent: disbursed + spent
};

Result<QList<FinanceFlag>> findFinanceFlags(const Database &db, const ProjectFilter &filter = {}, const QString &reportingCurrency = {},
                                            int limit = 500);

} // namespace pd
