#pragma once

#include "common/result.h"

namespace pd {

class Database;

// Settings that belong to the portfolio file rather than to the user: its name, its reporting currency.
class PortfolioSettings final
{
public:
    // Settings to read only, or (from a database that may be written) to change as well.
    explicit PortfolioSettings(const Database &db)
        : m_db(db)
    { }
    explicit PortfolioSettings(Database &db)
        : m_db(db)
        , m_writable(&db)
    { }

    Result<QString> value(const QString &key, const QString &fallback = {}) const;
    // In a transaction of its own (or a savepoint of the caller's).
    Status setValue(const QString &key, const QString &value);

    static QString nameKey() { return QStringLiteral("name"); }
    static QString reportingCurrencyKey() { return QStringLiteral("reporting_currency"); }

private:
    const Database &m_db;
    Database *m_writable = nullptr;
};

} // namespace pd
