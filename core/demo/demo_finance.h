#pragma once

#include "common/result.h"
#include "domain/project.h"

#include <QRandomGenerator>
#include <QSqlQuery>

namespace pd {

class Database;

// The money of the demo portfolio: budget lines (some revised), commitments, disbursements,
// expenditure and incoming funds in the currencies each line of work uses, a few reversals, and a
// monthly USD rate table (with no rate for XDR, so that "unconverted" shows too). Bulk writes with
// prepared statements, inside the generator's transaction.
class DemoFinance final
{
public:
    DemoFinance(Database &db, QRandomGenerator &rng, QDate today);

    Status prepare();
    Status writeRates();
    // Returns the number of transactions written.
    Result<int> addProject(qint64 projectId, const Project &project);

private:
    QString currencyFor(const Project &p);
    Status budget(qint64 id, const Project &p, const QString &currency, qint64 total);
    Status transaction(qint64 id, int type, const QDate &date, qint64 amount, const QString &currency, const QString &reference);

    Database &m_db;
    QRandomGenerator &m_rng;
    QDate m_today;
    QString m_timestamp;
    QString m_line; // of the project being written
    QSqlQuery m_budget;
    QSqlQuery m_transaction;
};

} // namespace pd
