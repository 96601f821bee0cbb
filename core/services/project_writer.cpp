#include "project_writer.h"

#include "project_query.h"

#include "storage/database.h"
#include "storage/sql_values.h"

#include <QStringList>

namespace pd {

namespace {

const char kColumns[] = "code, title_en, title_zh, business_line, funding_source, status, planned_start, planned_end, "
                        "actual_start, actual_end, officer, description_en, description_zh, iati_identifier, emergency, updated_at";
constexpr int kColumnCount = 16;

} // namespace

ProjectWriter::ProjectWriter(Database &db)
    : m_db(db)
{
    m_prepared = prepareAll();
}

Status ProjectWriter::prepareAll()
{
    const std::pair<QSqlQuery *, QString> statements[] = {
        {&m_insert,
            QStringLiteral("INSERT INTO projects (%1, created_at, revision) VALUES (%2) RETURNING id")
                .arg(QLatin1String(kColumns), placeholders(kColumnCount + 2))},
        {&m_insertWithId,
            QStringLiteral("INSERT INTO projects (%1, created_at, revision, id) VALUES (%2) RETURNING id")
                .arg(QLatin1String(kColumns), placeholders(kColumnCount + 3))},
        {&m_update,
            QStringLiteral("UPDATE projects SET code = ?, title_en = ?, title_zh = ?, business_line = ?, funding_source = ?, "
                           "status = ?, planned_start = ?, planned_end = ?, actual_start = ?, actual_end = ?, officer = ?, "
                           "description_en = ?, description_zh = ?, iati_identifier = ?, emergency = ?, updated_at = ?, revision = revision + 1 "
                           "WHERE id = ? AND revision = ?")},
        {&m_clearCountries, QStringLiteral("DELETE FROM project_countries WHERE project_id = ?")},
        {&m_clearSectors, QStringLiteral("DELETE FROM project_sectors WHERE project_id = ?")},
        {&m_clearGoals, QStringLiteral("DELETE FROM project_sdgs WHERE project_id = ?")},
        {&m_country, QStringLiteral("INSERT INTO project_countries (project_id, country, percent, position) VALUES (?, ?, ?, ?)")},
        {&m_sector, QStringLiteral("INSERT INTO project_sectors (project_id, code, percent, position) VALUES (?, ?, ?, ?)")},
        {&m_goal, QStringLiteral("INSERT INTO project_sdgs (project_id, goal) VALUES (?, ?)")},
    };
    for (const auto &[query, sql] : statements) {
        auto prepared = m_db.prepare(sql);
        if (!prepared)
            return prepared.error();
        *query = std::move(prepared.value());
    }
    return {};
}

Status ProjectWriter::bindRowAndRun(QSqlQuery &query, const Project &p, const QString &timestamp)
{
    const QVariantList values{p.code, p.titleEn, p.titleZh, keyOf(p.line), keyOf(p.funding), int(p.status), dateValue(p.plannedStart),
        dateValue(p.plannedEnd), dateValue(p.actualStart), dateValue(p.actualEnd), p.officer, p.descriptionEn, p.descriptionZh,
        p.iatiIdentifier, p.emergency.isEmpty() ? QVariant() : QVariant(p.emergency), timestamp};
    return m_db.run(query, values);
}

Result<qint64> ProjectWriter::insert(const Project &project, const QString &timestamp)
{
    if (!m_prepared)
        return m_prepared.error();
    QSqlQuery &query = project.id > 0 ? m_insertWithId : m_insert;
    query.bindValue(kColumnCount, timestamp);
    query.bindValue(kColumnCount + 1, std::max(1, project.revision));
    if (project.id > 0)
        query.bindValue(kColumnCount + 2, project.id);
    if (Status s = bindRowAndRun(query, project, timestamp); !s)
        return s.error();
    if (!query.next())
        return Error::make(Error::Kind::Storage, QStringLiteral("the new project's id was not returned"), project.recordName());
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    if (Status s = replaceChildren(id, project); !s)
        return s.error();
    return id;
}

Result<bool> ProjectWriter::update(const Project &project, const QString &timestamp)
{
    if (!m_prepared)
        return m_prepared.error();
    m_update.bindValue(kColumnCount, project.id);
    m_update.bindValue(kColumnCount + 1, project.revision);
    if (Status s = bindRowAndRun(m_update, project, timestamp); !s)
        return s.error();
    if (m_update.numRowsAffected() != 1)
        return false;
    for (const char *table : {"transactions", "budget_lines"}) {
        auto copied = m_db.execute(
            QStringLiteral("UPDATE %1 SET business_line = ? WHERE project_id = ? AND business_line <> ?").arg(QLatin1String(table)),
            {keyOf(project.line), project.id, keyOf(project.line)});
        if (!copied)
            return copied.error();
    }
    if (Status s = replaceChildren(project.id, project); !s)
        return s.error();
    return true;
}

Status ProjectWriter::replaceChildren(qint64 id, const Project &p)
{
    if (!m_prepared)
        return m_prepared;
    for (QSqlQuery *clear : {&m_clearCountries, &m_clearSectors, &m_clearGoals}) {
        if (Status s = m_db.run(*clear, {id}); !s)
            return s;
    }
    for (int i = 0; i < p.countries.size(); ++i) {
        if (Status s = m_db.run(m_country, {id, p.countries.at(i).country.toUpper(), p.countries.at(i).percent, i}); !s)
            return s;
    }
    for (int i = 0; i < p.sectors.size(); ++i) {
        if (Status s = m_db.run(m_sector, {id, p.sectors.at(i).code, p.sectors.at(i).percent, i}); !s)
            return s;
    }
    for (int goal : p.sdgGoals) {
        if (Status s = m_db.run(m_goal, {id, goal}); !s)
            return s;
    }
    return {};
}

} // namespace pd
