#pragma once

#include "common/result.h"

namespace pd {

class Database;

// Settings that belong to the portfolio file rather than to the user: its name, its reporting currency.
class PortfolioSettings final
{
public:
    explicit PortfolioSettings(const Database &db)
        : m_db(db)
    { }

    Result<QString> value(const QString &key, const QString &fallback = {}) const;
    Status setValue(const QString &key, const QString &value);

    static QString nameKey() { return QStringLiteral("name"); }
    static QString reportingCurrencyKey() { return QStringLiteral("reporting_currency"); }

private:
    const Database &m_db;
};

} // namespace pd
