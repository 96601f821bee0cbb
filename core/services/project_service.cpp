#include "project_service.h"

#include "audit_log.h"
#include "domain/record_fields.h"
#include "domain/validation.h"
#include "emergency_service.h"
#include "project_writer.h"
#include "storage/database.h"
#include "storage/page_reader.h"
#include "storage/sql_values.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

#include <limits>

namespace pd {

namespace {

const char kEntity[] = "project";
const char kSelect[] = "SELECT p.id, p.revision, p.code, p.title_en, p.title_zh, p.business_line, p.funding_source, p.status, "
                       "p.planned_start, p.planned_end, p.actual_start, p.actual_end, p.officer, p.description_en, "
                       "p.description_zh, p.iati_identifier, p.emergency FROM projects p ";

Project projectFromRow(const QSqlQuery &q)
{
    Project p;
    p.id = q.value(0).toLongLong();
    p.revision = q.value(1).toInt();
    p.code = q.value(2).toString();
    p.titleEn = q.value(3).toString();
    p.titleZh = q.value(4).toString();
    p.line = businessLineFromKey(q.value(5).toString()).value_or(BusinessLine::UnProgramme);
    p.funding = fundingSourceFromKey(q.value(6).toString()).value_or(FundingSource::Other);
    p.status = activityStatusFromCode(q.value(7).toInt()).value_or(ActivityStatus::Pipeline);
    p.plannedStart = dateAt(q, 8);
    p.plannedEnd = dateAt(q, 9);
    p.actualStart = dateAt(q, 10);
    p.actualEnd = dateAt(q, 11);
    p.officer = q.value(12).toString();
    p.descriptionEn = q.value(13).toString();
    p.descriptionZh = q.value(14).toString();
    p.iatiIdentifier = q.value(15).toString();
    p.emergency = q.value(16).toString();
    return p;
}

QString sortColumn(ProjectSort sort)
{
    switch (sort) {
    case ProjectSort::Code:
        return QStringLiteral("p.code");
    case ProjectSort::TitleEn:
        return QStringLiteral("p.title_en");
    case ProjectSort::TitleZh:
        return QStringLiteral("p.title_zh");
    case ProjectSort::Line:
        return QStringLiteral("p.business_line");
    case ProjectSort::ActivityStatus:
        return QStringLiteral("p.status");
    case ProjectSort::PlannedStart:
        return QStringLiteral("p.planned_start");
    case ProjectSort::PlannedEnd:
        return QStringLiteral("p.planned_end");
    case ProjectSort::Officer:
        return QStringLiteral("p.officer");
    }
    return QStringLiteral("p.code");
}

Error withRecord(Error e, const Project &p)
{
    if (e.record.isEmpty())
        e.record = p.recordName();
    return e;
}

} // namespace

Status ProjectService::checkCodeFree(const Project &project) const
{
    auto r = m_db.execute(QStringLiteral("SELECT id FROM projects WHERE code = ? AND id <> ?"), {project.code, project.id});
    if (!r)
        return r.error();
    if (r->next()) {
        return Error::validation(
            {{QString::fromLatin1(fields::code),
                QCoreApplication::translate("Services", "code %1 is already used by another project").arg(project.code)}},
            project.recordName());
    }
    return {};
}

Error ProjectService::conflictFor(const Project &project) const
{
    auto current = get(project.id);
    if (!current)
        return Error::make(Error::Kind::NotFound,
            QCoreApplication::translate("Services", "%1 was deleted by someone else").arg(project.recordName()), project.recordName());
    return Error::make(Error::Kind::Conflict,
        QCoreApplication::translate("Services", "%1 was changed by someone else (revision %2, you edited revision %3)")
            .arg(project.recordName())
            .arg(current->revision)
            .arg(project.revision),
        project.recordName());
}

Status ProjectService::checkEmergencyKnown(const Project &project) const
{
    if (project.emergency.isEmpty())
        return {};
    auto known = EmergencyService(m_db).find(project.emergency);
    if (!known)
        return known.error();
    if (known->has_value())
        return {};
    return Error::validation({{QString::fromLatin1(fields::emergency),
                                 QCoreApplication::translate("Services", "%1 is no emergency of the list: add it first (projectdesk-cli emergencies add).")
                                     .arg(project.emergency)}},
        project.recordName());
}

Result<Project> ProjectService::create(const Project &project, ValidationRules rules)
{
    return retryingTransientConflicts([&] { return createOnce(project, rules); });
}

Result<Project> ProjectService::createOnce(const Project &project, ValidationRules rules)
{
    Project fresh = normalised(project);
    fresh.id = 0;
    fresh.revision = 0;
    return insert(fresh, QStringLiteral("create"), rules);
}

Result<Project> ProjectService::restore(const Project &project)
{
    return insert(normalised(project), QStringLiteral("restore"), ValidationRules::Import);
}

Result<Project> ProjectService::insert(const Project &project, const QString &action, ValidationRules rules)
{
    if (const QList<FieldError> errors = validateProject(project, rules); !errors.isEmpty())
        return Error::validation(errors, project.recordName());
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    if (Status free = checkCodeFree(project); !free)
        return free.error();
    if (Status known = checkEmergencyKnown(project); !known)
        return known.error();
    ProjectWriter writer(m_db);
    auto id = writer.insert(project, utcNow());
    if (!id)
        return withRecord(id.error(), project);
    Project stored = project;
    stored.id = id.value();
    stored.revision = std::max(1, project.revision);
    if (Status done
        = commitWithAudit(m_db, transaction, {QLatin1String(kEntity), stored.id, stored.code, action, diffFields({}, fieldsOf(stored))});
        !done)
        return done.error();
    return stored;
}

Result<Project> ProjectService::update(const Project &edited, ValidationRules rules)
{
    return retryingTransientConflicts([&] { return updateOnce(edited, rules); });
}

Result<Project> ProjectService::updateOnce(const Project &edited, ValidationRules rules)
{
    const Project project = normalised(edited);
    if (const QList<FieldError> errors = validateProject(project, rules); !errors.isEmpty())
        return Error::validation(errors, project.recordName());
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    auto before = get(project.id);
    if (!before)
        return before.error();
    if (before->revision != project.revision)
        return conflictFor(project);
    if (Status free = checkCodeFree(project); !free)
        return free.error();
    if (Status known = checkEmergencyKnown(project); !known)
        return known.error();
    ProjectWriter writer(m_db);
    auto updated = writer.update(project, utcNow());
    if (!updated)
        return withRecord(updated.error(), project);
    if (!updated.value())
        return conflictFor(project);
    Project stored = project;
    stored.revision = project.revision + 1;
    if (Status done = commitWithAudit(m_db, transaction,
            {QLatin1String(kEntity), stored.id, stored.code, QStringLiteral("update"),
                diffFields(fieldsOf(before.value()), fieldsOf(stored))});
        !done)
        return done.error();
    return stored;
}

Status ProjectService::remove(qint64 id, int revision)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    auto before = get(id);
    if (!before)
        return before.error();
    if (before->revision != revision) {
        Project stale = before.value();
        stale.revision = revision;
        return conflictFor(stale);
    }
    auto deleted = m_db.execute(QStringLiteral("DELETE FROM projects WHERE id = ? AND revision = ?"), {id, revision});
    if (!deleted)
        return withRecord(deleted.error(), before.value());
    return commitWithAudit(
        m_db, transaction, {QLatin1String(kEntity), id, before->code, QStringLiteral("delete"), diffFields(fieldsOf(before.value()), {})});
}

Result<Project> ProjectService::get(qint64 id) const
{
    return load(QStringLiteral("WHERE p.id = ?"), id, QStringLiteral("project #%1").arg(id));
}

Result<Project> ProjectService::findByCode(const QString &code) const
{
    return load(QStringLiteral("WHERE p.code = ?"), code, QStringLiteral("project %1").arg(code));
}

Result<Project> ProjectService::load(const QString &where, const QVariant &key, const QString &what) const
{
    auto r = m_db.execute(QLatin1String(kSelect) + where, {key});
    if (!r)
        return r.error();
    if (!r->next())
        return Error::make(Error::Kind::NotFound, QCoreApplication::translate("Services", "%1 does not exist").arg(what), what);
    Project p = projectFromRow(r.value());
    r->finish();
    if (Status children = loadChildren(p); !children)
        return children.error();
    return p;
}

Status ProjectService::loadChildren(Project &p) const
{
    auto countries
        = m_db.execute(QStringLiteral("SELECT country, percent FROM project_countries WHERE project_id = ? ORDER BY position"), {p.id});
    if (!countries)
        return countries.error();
    while (countries->next())
        p.countries.append({countries->value(0).toString(), countries->value(1).toInt()});
    auto sectors = m_db.execute(QStringLiteral("SELECT code, percent FROM project_sectors WHERE project_id = ? ORDER BY position"), {p.id});
    if (!sectors)
        return sectors.error();
    while (sectors->next())
        p.sectors.append({sectors->value(0).toString(), sectors->value(1).toInt()});
    auto goals = m_db.execute(QStringLiteral("SELECT goal FROM project_sdgs WHERE project_id = ? ORDER BY goal"), {p.id});
    if (!goals)
        return goals.error();
    while (goals->next())
        p.sdgGoals.append(goals->value(0).toInt());
    return {};
}

Result<QList<ProjectSummary>> ProjectService::list(const ProjectQuery &query) const
{
    QList<ProjectSummary> rows;
    const Status read = readSummaries(query, true, std::numeric_limits<int>::max(), [&rows](const QList<ProjectSummary> &page) {
        rows += page;
        return Status();
    });
    if (!read)
        return read.error();
    return rows;
}

Status ProjectService::forEachPage(const ProjectQuery &query, int pageSize, const PageHandler<ProjectSummary> &onPage) const
{
    return readSummaries(query, false, std::max(1, pageSize), onPage);
}

Status ProjectService::readSummaries(const ProjectQuery &query, bool paged, int pageSize, const PageHandler<ProjectSummary> &onPage) const
{
    const SqlCondition where = projectCondition(query.filter, m_db.dialect());
    QString sql
        = QStringLiteral("SELECT p.id, p.revision, p.code, p.title_en, p.title_zh, p.business_line, p.funding_source, "
                         "p.status, p.planned_start, p.planned_end, p.officer FROM projects p %1 ORDER BY %2 %3, p.id %3")
              .arg(where.sql, sortColumn(query.sort), query.order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC"));
    QVariantList values = where.values;
    if (paged)
        appendPage(sql, values, query.limit, query.offset);
    auto r = m_db.execute(sql, values);
    if (!r)
        return r.error();
    const std::function<ProjectSummary(const QSqlQuery &)> decode = [](const QSqlQuery &q) {
        return ProjectSummary{q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toString(), businessLineFromKey(q.value(5).toString()).value_or(BusinessLine::UnProgramme),
            fundingSourceFromKey(q.value(6).toString()).value_or(FundingSource::Other),
            activityStatusFromCode(q.value(7).toInt()).value_or(ActivityStatus::Pipeline), dateAt(q, 8), dateAt(q, 9),
            q.value(10).toString(), {}};
    };
    const std::function<Status(QList<ProjectSummary> &)> addCountries = [this](QList<ProjectSummary> &rows) { return readCountries(rows); };
    return readPages(m_db, r.value(), pageSize, decode, addCountries, onPage);
}

// The countries of the rows, read in chunks of ids: portable, and cheap for a register page.
Status ProjectService::readCountries(QList<ProjectSummary> &rows) const
{
    QHash<qint64, qsizetype> index;
    for (qsizetype i = 0; i < rows.size(); ++i)
        index.insert(rows.at(i).id, i);
    constexpr qsizetype kChunk = 500;
    for (qsizetype start = 0; start < rows.size(); start += kChunk) {
        QStringList marks;
        QVariantList ids;
        for (qsizetype i = start; i < std::min(rows.size(), start + kChunk); ++i) {
            marks << QStringLiteral("?");
            ids << rows.at(i).id;
        }
        auto countries = m_db.execute(QStringLiteral("SELECT project_id, country FROM project_countries WHERE project_id IN (%1) "
                                                     "ORDER BY project_id, position")
                                          .arg(marks.join(u',')),
            ids);
        if (!countries)
            return countries.error();
        while (countries->next())
            rows[index.value(countries->value(0).toLongLong())].countries << countries->value(1).toString();
    }
    return {};
}

Result<qint64> ProjectService::count(const ProjectFilter &filter) const
{
    const SqlCondition where = projectCondition(filter, m_db.dialect());
    auto r = m_db.execute(QStringLiteral("SELECT count(*) FROM projects p ") + where.sql, where.values);
    if (!r)
        return r.error();
    return r->next() ? r->value(0).toLongLong() : 0;
}

Result<QStringList> ProjectService::officers() const
{
    auto r = m_db.execute(QStringLiteral("SELECT DISTINCT officer FROM projects WHERE officer <> '' ORDER BY officer"));
    if (!r)
        return r.error();
    QStringList names;
    while (r->next())
        names << r->value(0).toString();
    return names;
}

} // namespace pd
