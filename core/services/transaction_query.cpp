#include "transaction_query.h"

#include "storage/dialect.h"

#include <QStringList>

namespace pd {

bool TransactionFilter::isEmpty() const
{
    return search.trimmed().isEmpty() && types.isEmpty() && currencies.isEmpty() && !from.isValid() && !to.isValid() && projects.isEmpty();
}

SqlCondition transactionCondition(const TransactionFilter &f, const Dialect &dialect)
{
    QStringList conditions;
    QVariantList values;
    for (const QString &word : f.search.simplified().split(QChar(u' '), Qt::SkipEmptyParts)) {
        const QString pattern = containsPattern(word);
        QStringList any;
        for (const char *column : {"t.description", "t.reference", "t.provider_name", "t.receiver_name"}) {
            any << dialect.containsIgnoringCase(QLatin1String(column));
            values << pattern;
        }
        // Uncorrelated subqueries: evaluated once into a set, not once per transaction.
        any << QStringLiteral("t.project_id IN (SELECT sp.id FROM projects sp WHERE %1 OR %2 OR %3)")
                   .arg(dialect.containsIgnoringCase(QStringLiteral("sp.code")),
                       dialect.containsIgnoringCase(QStringLiteral("sp.title_en")),
                       dialect.containsIgnoringCase(QStringLiteral("sp.title_zh")));
        values << pattern << pattern << pattern;
        const QString partners = QStringLiteral("(SELECT sa.id FROM partners sa WHERE %1 OR %2 OR %3)")
                                     .arg(dialect.containsIgnoringCase(QStringLiteral("sa.name_en")),
                                         dialect.containsIgnoringCase(QStringLiteral("sa.name_zh")),
                                         dialect.containsIgnoringCase(QStringLiteral("sa.acronym")));
        any << QStringLiteral("t.provider_id IN ") + partners << QStringLiteral("t.receiver_id IN ") + partners;
        values << pattern << pattern << pattern << pattern << pattern << pattern;
        conditions << u'(' + any.join(QStringLiteral(" OR ")) + u')';
    }
    if (!f.types.isEmpty()) {
        conditions << QStringLiteral("t.type IN (%1)").arg(placeholders(f.types.size()));
        for (int type : f.types)
            values << type;
    }
    if (!f.currencies.isEmpty()) {
        conditions << QStringLiteral("t.currency IN (%1)").arg(placeholders(f.currencies.size()));
        for (const QString &c : f.currencies)
            values << c.toUpper();
    }
    if (f.from.isValid()) {
        conditions << QStringLiteral("t.date >= ?");
        values << f.from.toString(Qt::ISODate);
    }
    if (f.to.isValid()) {
        conditions << QStringLiteral("t.date <= ?");
        values << f.to.toString(Qt::ISODate);
    }
    if (!f.projects.isEmpty()) {
        const SqlCondition p = projectCondition(f.projects, dialect);
        conditions << QStringLiteral("t.project_id IN (SELECT p.id FROM projects p %1)").arg(p.sql);
        values << p.values;
    }
    if (conditions.isEmpty())
        return {};
    return {QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND ")), values};
}

} // namespace pd
