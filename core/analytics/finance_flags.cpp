#include "finance_flags.h"

#include "storage/sql_values.h"

#include "domain/finance.h"
#include "services/portfolio_settings.h"
#include "storage/database.h"

namespace pd {

Result<QList<FinanceFlag>> findFinanceFlags(const Database &db, const ProjectFilter &filter, const QString &reportingCurrency, int limit)
{
    QString quote = reportingCurrency.toUpper();
    if (quote.isEmpty()) {
        auto stored = PortfolioSettings(db).value(PortfolioSettings::reportingCurrencyKey(), QStringLiteral("USD"));
        if (!stored)
            return stored.error();
        quote = stored.value();
    }
    const SqlCondition condition = projectCondition(filter, db.dialect());
    QList<FinanceFlag> flags;

    QVariantList values = condition.values;
    values << quote << quote << limitValue(limit);
    auto missing = db.execute(QStringLiteral("SELECT p.id, p.code, p.title_en, p.title_zh, t.currency, COUNT(*), MIN(t.value_date) "
                                             "FROM transactions t JOIN projects p ON p.id = t.project_id %1 "
                                             "GROUP BY p.id, t.currency ORDER BY p.code LIMIT ?")
                                  .arg(whereWith(condition, QStringLiteral("t.currency <> ? AND NOT EXISTS (SELECT 1 FROM exchange_rates r "
                                                                       "WHERE r.quote_currency = ? AND r.currency = t.currency "
                                                                       "AND r.date <= t.value_date)"))),
                              values);
    if (!missing)
        return missing.error();
    while (missing->next()) {
        FinanceFlag f;
        f.kind = FinanceFlag::Kind::MissingRate;
        f.projectId = missing->value(0).toLongLong();
        f.code = missing->value(1).toString();
        f.titleEn = missing->value(2).toString();
        f.titleZh = missing->value(3).toString();
        f.currency = missing->value(4).toString();
        f.count = missing->value(5).toLongLong();
        f.firstDate = QDate::fromString(missing->value(6).toString(), Qt::ISODate);
        flags.append(f);
    }

    values = condition.values;
    values << iati::kDisbursement << iati::kExpenditure << limitValue(limit);
    auto overspent = db.execute(QStringLiteral("SELECT p.id, p.code, p.title_en, p.title_zh, t.currency, SUM(t.amount) AS used, "
                                               "(SELECT COALESCE(SUM(b.amount), 0) FROM budget_lines b WHERE b.project_id = p.id "
                                               "AND b.currency = t.currency AND b.superseded = 0) AS budget "
                                               "FROM transactions t JOIN projects p ON p.id = t.project_id %1 "
                                               "GROUP BY p.id, t.currency HAVING SUM(t.amount) > (SELECT COALESCE(SUM(b.amount), 0) FROM budget_lines b "
                                               "WHERE b.project_id = p.id AND b.currency = t.currency AND b.superseded = 0) ORDER BY p.code LIMIT ?")
                                    .arg(whereWith(condition, QStringLiteral("t.type IN (?, ?)"))),
                                values);
    if (!overspent)
        return overspent.error();
    while (overspent->next()) {
        FinanceFlag f;
        f.kind = FinanceFlag::Kind::Overspent;
        f.projectId = overspent->value(0).toLongLong();
        f.code = overspent->value(1).toString();
        f.titleEn = overspent->value(2).toString();
        f.titleZh = overspent->value(3).toString();
        f.currency = overspent->value(4).toString();
        f.used = overspent->value(5).toLongLong();
        f.budget = overspent->value(6).toLongLong();
        flags.append(f);
    }
    return flags;
}

} // namespace pd
