#include "portfolio_settings.h"

#include "storage/database.h"
#include "storage/transaction.h"

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
    if (!m_writable)
        return Error::make(Error::Kind::InvalidArgument, QStringLiteral("portfolio settings opened to read only"));
    // A transaction of its own, so that a setting waits for another program's write like any edit.
    Transaction transaction(*m_writable);
    if (!transaction.isActive())
        return transaction.error();
    auto r = m_db.execute(QStringLiteral("INSERT INTO portfolio_settings (key, value) VALUES (?, ?) "
                                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
        {key, value});
    if (!r)
        return r.error();
    return transaction.commit();
}

} // namespace pd
