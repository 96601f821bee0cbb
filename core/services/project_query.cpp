#include "project_query.h"

#include "reference/reference_data.h"
#include "storage/dialect.h"

#include <QStringList>

namespace pd {

namespace {

void addWordCondition(const QString &word, const Dialect &dialect, QStringList &conditions, QVariantList &values)
{
    const QString pattern = containsPattern(word);
    QStringList any;
    for (const char *column : {"p.code", "p.title_en", "p.title_zh", "p.officer"}) {
        any << dialect.containsIgnoringCase(QLatin1String(column));
        values << pattern;
    }
    // Uncorrelated subqueries: evaluated once into a set, not once per project row.
    any << QStringLiteral("p.id IN (SELECT pp.project_id FROM project_partners pp JOIN partners pa ON pa.id = pp.partner_id "
                          "WHERE %1 OR %2 OR %3)")
               .arg(dialect.containsIgnoringCase(QStringLiteral("pa.name_en")), dialect.containsIgnoringCase(QStringLiteral("pa.name_zh")),
                   dialect.containsIgnoringCase(QStringLiteral("pa.acronym")));
    values << pattern << pattern << pattern;
    const QStringList countries = ReferenceData::instance().countriesMatching(word);
    if (!countries.isEmpty()) {
        any << QStringLiteral("p.id IN (SELECT sc.project_id FROM project_countries sc WHERE sc.country IN (%1))")
                   .arg(placeholders(countries.size()));
        for (const QString &c : countries)
            values << c;
    }
    conditions << u'(' + any.join(QStringLiteral(" OR ")) + u')';
}

} // namespace

QString placeholders(qsizetype count)
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), count);
    return marks.join(QStringLiteral(", "));
}

void appendPage(QString &sql, QVariantList &values, int limit, int offset)
{
    if (limit < 0)
        return;
    sql += QStringLiteral(" LIMIT ? OFFSET ?");
    values << limit << offset;
}

bool ProjectFilter::isEmpty() const
{
    return search.trimmed().isEmpty() && lines.isEmpty() && statuses.isEmpty() && fundings.isEmpty() && countries.isEmpty() && region.isEmpty()
        && yearFrom == 0 && yearTo == 0
        && officer.isEmpty() && emergency.isEmpty() && partnerId == 0 && sdgGoal == 0 && projectId == 0;
}

QString whereWith(const SqlCondition &condition, const QString &extra)
{
    if (condition.sql.isEmpty())
        return QStringLiteral("WHERE ") + extra;
    return condition.sql + QStringLiteral(" AND ") + extra;
}

QString containsPattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', QLatin1String("\\\\"));
    escaped.replace(u'%', QLatin1String("\\%"));
    escaped.replace(u'_', QLatin1String("\\_"));
    return u'%' + escaped + u'%';
}

SqlCondition projectCondition(const ProjectFilter &f, const Dialect &dialect)
{
    QStringList conditions;
    QVariantList values;
    for (const QString &word : f.search.simplified().split(QChar(u' '), Qt::SkipEmptyParts))
        addWordCondition(word, dialect, conditions, values);
    if (!f.lines.isEmpty()) {
        conditions << QStringLiteral("p.business_line IN (%1)").arg(placeholders(f.lines.size()));
        for (BusinessLine l : f.lines)
            values << keyOf(l);
    }
    if (!f.statuses.isEmpty()) {
        conditions << QStringLiteral("p.status IN (%1)").arg(placeholders(f.statuses.size()));
        for (ActivityStatus s : f.statuses)
            values << int(s);
    }
    if (!f.fundings.isEmpty()) {
        conditions << QStringLiteral("p.funding_source IN (%1)").arg(placeholders(f.fundings.size()));
        for (FundingSource s : f.fundings)
            values << keyOf(s);
    }
    if (!f.countries.isEmpty()) {
        conditions << QStringLiteral("EXISTS (SELECT 1 FROM project_countries fc WHERE fc.project_id = p.id AND fc.country IN (%1))")
                          .arg(placeholders(f.countries.size()));
        for (const QString &c : f.countries)
            values << c.toUpper();
    }
    if (!f.region.isEmpty()) {
        // An unknown region has no countries: it matches nothing rather than everything.
        const QStringList inRegion = ReferenceData::instance().countriesIn(f.region);
        if (inRegion.isEmpty()) {
            conditions << QStringLiteral("0 = 1");
        } else {
            conditions << QStringLiteral("p.id IN (SELECT rc.project_id FROM project_countries rc WHERE rc.country IN (%1))")
                              .arg(placeholders(inRegion.size()));
            for (const QString &c : inRegion)
                values << c;
        }
    }
    if (f.yearFrom > 0) {
        conditions << QStringLiteral("(p.planned_end IS NULL OR p.planned_end >= ?)");
        values << QDate(f.yearFrom, 1, 1).toString(Qt::ISODate);
    }
    if (f.yearTo > 0) {
        conditions << QStringLiteral("(p.planned_start IS NULL OR p.planned_start <= ?)");
        values << QDate(f.yearTo, 12, 31).toString(Qt::ISODate);
    }
    if (!f.officer.isEmpty()) {
        conditions << QStringLiteral("p.officer = ?");
        values << f.officer;
    }
    if (!f.emergency.isEmpty()) {
        conditions << QStringLiteral("p.emergency = ?");
        values << f.emergency;
    }
    if (f.partnerId > 0) {
        conditions << QStringLiteral("EXISTS (SELECT 1 FROM project_partners fp WHERE fp.project_id = p.id AND fp.partner_id = ?)");
        values << f.partnerId;
    }
    if (f.sdgGoal > 0) {
        conditions << QStringLiteral("EXISTS (SELECT 1 FROM project_sdgs fs WHERE fs.project_id = p.id AND fs.goal = ?)");
        values << f.sdgGoal;
    }
    if (f.projectId > 0) {
        conditions << QStringLiteral("p.id = ?");
        values << f.projectId;
    }
    if (conditions.isEmpty())
        return {};
    return {QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND ")), values};
}

} // namespace pd
