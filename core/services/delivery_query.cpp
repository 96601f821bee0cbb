#include "delivery_query.h"

#include "reference/reference_data.h"
#include "storage/dialect.h"

#include <QStringList>

namespace pd {

namespace {

void addWordCondition(const QString &word, const Dialect &dialect, QStringList &conditions, QVariantList &values)
{
    const QString pattern = containsPattern(word);
    QStringList any;
    for (const char *column : {"d.code", "d.transport_document", "d.carrier"}) {
        any << dialect.containsIgnoringCase(QLatin1String(column));
        values << pattern;
    }
    // Uncorrelated subqueries: evaluated once into a set, not once per delivery.
    any << QStringLiteral("d.project_id IN (SELECT sp.id FROM projects sp WHERE %1 OR %2 OR %3)")
               .arg(dialect.containsIgnoringCase(QStringLiteral("sp.code")), dialect.containsIgnoringCase(QStringLiteral("sp.title_en")),
                   dialect.containsIgnoringCase(QStringLiteral("sp.title_zh")));
    values << pattern << pattern << pattern;
    any << QStringLiteral("d.consignee_id IN (SELECT sc.id FROM partners sc WHERE %1 OR %2 OR %3)")
               .arg(dialect.containsIgnoringCase(QStringLiteral("sc.name_en")), dialect.containsIgnoringCase(QStringLiteral("sc.name_zh")),
                   dialect.containsIgnoringCase(QStringLiteral("sc.acronym")));
    values << pattern << pattern << pattern;
    const QStringList countries = ReferenceData::instance().countriesMatching(word);
    if (!countries.isEmpty()) {
        any << QStringLiteral("d.destination_country IN (%1)").arg(placeholders(countries.size()));
        for (const QString &c : countries)
            values << c;
    }
    conditions << u'(' + any.join(QStringLiteral(" OR ")) + u')';
}

QString dateText(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

} // namespace

bool DeliveryFilter::isEmpty() const
{
    return search.trimmed().isEmpty() && statuses.isEmpty() && countries.isEmpty() && projectId == 0 && consigneeId == 0 && !overdueOnly
        && !handedOverFrom.isValid() && !handedOverTo.isValid() && !plannedArrivalFrom.isValid() && !plannedArrivalTo.isValid()
        && projects.isEmpty();
}

bool DeliveryRow::isOverdue(const QDate &today) const
{
    return deliveryOverdue(status, plannedArrival, actualArrival, today);
}

SqlCondition deliveryCondition(const DeliveryFilter &f, const Dialect &dialect)
{
    QStringList conditions;
    QVariantList values;
    for (const QString &word : f.search.simplified().split(QChar(u' '), Qt::SkipEmptyParts))
        addWordCondition(word, dialect, conditions, values);
    if (!f.statuses.isEmpty()) {
        conditions << QStringLiteral("d.status IN (%1)").arg(placeholders(f.statuses.size()));
        for (DeliveryStatus s : f.statuses)
            values << int(s);
    }
    if (!f.countries.isEmpty()) {
        conditions << QStringLiteral("d.destination_country IN (%1)").arg(placeholders(f.countries.size()));
        for (const QString &c : f.countries)
            values << c.toUpper();
    }
    if (f.projectId > 0) {
        conditions << QStringLiteral("d.project_id = ?");
        values << f.projectId;
    }
    if (f.consigneeId > 0) {
        conditions << QStringLiteral("d.consignee_id = ?");
        values << f.consigneeId;
    }
    if (f.overdueOnly) {
        conditions << deliveryOverdueSql();
        values << dateText(f.today.isValid() ? f.today : QDate::currentDate());
    }
    if (f.handedOverFrom.isValid() || f.handedOverTo.isValid()) {
        conditions << QStringLiteral("d.status = 6");
        if (f.handedOverFrom.isValid()) {
            conditions << QStringLiteral("d.actual_handover >= ?");
            values << dateText(f.handedOverFrom);
        }
        if (f.handedOverTo.isValid()) {
            conditions << QStringLiteral("d.actual_handover <= ?");
            values << dateText(f.handedOverTo);
        }
    }
    if (f.plannedArrivalFrom.isValid()) {
        conditions << QStringLiteral("d.planned_arrival >= ?");
        values << dateText(f.plannedArrivalFrom);
    }
    if (f.plannedArrivalTo.isValid()) {
        conditions << QStringLiteral("d.planned_arrival <= ?");
        values << dateText(f.plannedArrivalTo);
    }
    if (!f.projects.isEmpty()) {
        const SqlCondition p = projectCondition(f.projects, dialect);
        conditions << QStringLiteral("d.project_id IN (SELECT p.id FROM projects p %1)").arg(p.sql);
        values << p.values;
    }
    if (conditions.isEmpty())
        return {};
    return {QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND ")), values};
}

} // namespace pd
