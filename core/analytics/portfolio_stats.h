#pragma once

#include "common/result.h"
#include "domain/enums.h"

#include <QMap>

namespace pd {

class Database;

// Headline counts of a portfolio: what `projectdesk-cli stats` prints and the status bar shows.
struct PortfolioStats
{
    qint64 projects = 0;
    QMap<QString, qint64> projectsByLine; // business-line key -> count, every line present
    QMap<int, qint64> projectsByStatus; // IATI ActivityStatus code -> count, every status present
    qint64 countries = 0; // distinct recipient countries
    qint64 partners = 0;
    qint64 networkMembers = 0;
};

Result<PortfolioStats> computePortfolioStats(const Database &db);

} // namespace pd
