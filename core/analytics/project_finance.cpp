#include "project_finance.h"

#include "finance_accumulator.h"
#include "rate_history.h"
#include "services/portfolio_settings.h"
#include "storage/database.h"

namespace pd {

namespace {

// " AND <column> >= ? AND <column> <= ?" for the period's open or closed ends.
QString periodCondition(const QString &column, const FinancePeriod &period, QVariantList &values)
{
    QString sql;
    if (period.from.isValid()) {
        sql += QStringLiteral(" AND %1 >= ?").arg(column);
        values << period.from.toString(Qt::ISODate);
    }
    if (period.to.isValid()) {
        sql += QStringLiteral(" AND %1 <= ?").arg(column);
        values << period.to.toString(Qt::ISODate);
    }
    return sql;
}

} // namespace

Result<QList<ProjectFinanceRow>> computeProjectFinance(
    const Database &db, const ProjectFilter &filter, const QString &reportingCurrency, const FinancePeriod &period)
{
    QString quote = reportingCurrency.toUpper();
    if (quote.isEmpty()) {
        auto stored = PortfolioSettings(db).value(PortfolioSettings::reportingCurrencyKey(), QStringLiteral("USD"));
        if (!stored)
            return stored.error();
        quote = stored.value().toUpper();
    }
    RateHistory rates(quote);
    if (Status loaded = rates.load(db); !loaded)
        return loaded.error();

    const SqlCondition where = projectCondition(filter, db.dialect());
    QList<ProjectFinanceRow> rows;
    QHash<qint64, qsizetype> rowOf;
    {
        auto projects = db.execute(
            QStringLiteral("SELECT p.id, p.code, p.title_en, p.title_zh, p.business_line FROM projects p %1 ORDER BY p.code").arg(where.sql),
            where.values);
        if (!projects)
            return projects.error();
        while (projects->next()) {
            ProjectFinanceRow row;
            row.projectId = projects->value(0).toLongLong();
            row.code = projects->value(1).toString();
            row.titleEn = projects->value(2).toString();
            row.titleZh = projects->value(3).toString();
            row.line = businessLineFromKey(projects->value(4).toString()).value_or(BusinessLine::UnProgramme);
            rowOf.insert(row.projectId, rows.size());
            rows.append(row);
        }
    }

    // Sums per project, figure, currency and day: each converted at its day's rate.
    QList<GroupAccumulator> groups(rows.size());
    QVariantList txValues = where.values;
    const QString txSql = QStringLiteral("SELECT t.project_id, t.type, t.currency, t.value_date, SUM(t.amount), COUNT(*) "
                                         "FROM transactions t JOIN projects p ON p.id = t.project_id %1 "
                                         "GROUP BY t.project_id, t.type, t.currency, t.value_date")
                              .arg(whereWith(where, QStringLiteral("1 = 1") + periodCondition(QStringLiteral("t.value_date"), period, txValues)));
    QVariantList budgetValues = where.values;
    const QString budgetSql = QStringLiteral("SELECT b.project_id, 0, b.currency, b.period_start, SUM(b.amount), COUNT(*) "
                                             "FROM budget_lines b JOIN projects p ON p.id = b.project_id %1 "
                                             "GROUP BY b.project_id, b.currency, b.period_start")
                                  .arg(whereWith(where, QStringLiteral("b.superseded = 0") + periodCondition(QStringLiteral("b.period_start"), period, budgetValues)));
    for (const auto &[sql, values] : {std::pair{txSql, txValues}, std::pair{budgetSql, budgetValues}}) {
        auto sums = db.execute(sql, values);
        if (!sums)
            return sums.error();
        while (sums->next()) {
            const auto found = rowOf.constFind(sums->value(0).toLongLong());
            if (found == rowOf.constEnd())
                continue;
            const QString currency = sums->value(2).toString();
            const QDate date = QDate::fromString(sums->value(3).toString(), Qt::ISODate);
            groups[*found].add(sums->value(1).toInt(), currency, date, sums->value(4).toLongLong(), sums->value(5).toLongLong(),
                rates.byIndex(currency, rates.indexAt(currency, date)), quote);
        }
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        auto group = groups.at(i).result(rows.at(i).code);
        if (!group)
            return group.error();
        rows[i].figures = figuresOf(group.value(), quote);
    }
    return rows;
}

} // namespace pd
