#include "portfolio_settings.h"

#include "storage/database.h"

namespace pd {

Result<QString> PortfolioSettings::value(const QString &key, const QString &fallback) const
{
    auto r = m_db.execute(QStringLiteral("SELECT value FROM portfolio_settings WHERE key = ?"), {key});
    if (!r)
        return r.error();
    return r->next() ? r->value(0).toString() : fallback;
}

Status PortfolioSettings::setValue(const QString &key, const QString &value)
{
    auto r = m_db.execute(QStringLiteral("INSERT INTO portfolio_settings (key, value) VALUES (?, ?) "
                                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
        {key, value});
    if (!r)
        return r.error();
    return {};
}

} // namespace pd
