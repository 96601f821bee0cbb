#include "role_service.h"

#include "storage/sql_values.h"

#include "audit_log.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QCoreApplication>

namespace pd {

namespace {

QString describe(const RoleView &v)
{
    const QString partner = v.partnerAcronym.isEmpty() ? pick(Language::English, v.partnerNameEn, v.partnerNameZh) : v.partnerAcronym;
    return QStringLiteral("%1 (%2)").arg(partner, keyOf(v.role.role));
}

} // namespace

Result<ProjectRole> RoleService::add(const ProjectRole &role)
{
    if (!organisationRoleFromCode(int(role.role)))
        return Error::validation({{QStringLiteral("role"), QStringLiteral("%1 is not a partner role").arg(int(role.role))}});
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    // An explicit id puts a removed role back under the id the undo stack remembers.
    auto r = role.id > 0
        ? m_db.execute(QStringLiteral("INSERT INTO project_partners (id, project_id, partner_id, role) VALUES (?, ?, ?, ?) RETURNING id"),
            {role.id, role.projectId, role.partnerId, int(role.role)})
        : m_db.execute(QStringLiteral("INSERT INTO project_partners (project_id, partner_id, role) VALUES (?, ?, ?) RETURNING id"),
            {role.projectId, role.partnerId, int(role.role)});
    if (!r) {
        Error e = r.error();
        if (e.kind == Error::Kind::Duplicate)
            e.message = QStringLiteral("the partner already plays this role in the project");
        else if (e.kind == Error::Kind::InUse)
            e = Error::make(Error::Kind::NotFound, QStringLiteral("the project or the partner does not exist"));
        return e;
    }
    ProjectRole stored = role;
    stored.id = r->next() ? r->value(0).toLongLong() : 0;
    r->finish();
    if (auto bumped = m_db.execute(QStringLiteral("UPDATE projects SET revision = revision + 1 WHERE id = ?"), {role.projectId}); !bumped)
        return bumped.error();
    auto view = getView(stored.id);
    if (!view)
        return view.error();
    if (Status done = commitWithAudit(m_db, transaction,
            {QStringLiteral("project"), stored.projectId, view->projectCode, QStringLiteral("add_role"),
                {{QStringLiteral("partners"), QString(), describe(view.value())}}});
        !done)
        return done.error();
    return stored;
}

Status RoleService::remove(const ProjectRole &role)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    auto view = getView(role.id);
    if (!view)
        return view.error();
    auto r = m_db.execute(QStringLiteral("DELETE FROM project_partners WHERE id = ? AND project_id = ? AND partner_id = ? AND role = ?"),
                          {role.id, role.projectId, role.partnerId, int(role.role)});
    if (!r)
        return r.error();
    if (r->numRowsAffected() != 1) {
        return Error::make(Error::Kind::Conflict, QCoreApplication::translate("Services", "the partner role was changed by someone else"),
                           view->projectCode);
    }
    if (auto bumped = m_db.execute(QStringLiteral("UPDATE projects SET revision = revision + 1 WHERE id = ?"), {role.projectId}); !bumped)
        return bumped.error();
    return commitWithAudit(m_db, transaction, {QStringLiteral("project"), view->role.projectId, view->projectCode, QStringLiteral("remove_role"),
                                               {{QStringLiteral("partners"), describe(view.value()), QString()}}});
}

Result<QList<RoleView>> RoleService::rolesOfProject(qint64 projectId) const
{
    return query(QStringLiteral("pp.project_id = ? ORDER BY pp.role, pa.name_en"), {projectId});
}

Result<QList<RoleView>> RoleService::rolesOfPartner(qint64 partnerId, int limit) const
{
    return query(QStringLiteral("pp.partner_id = ? ORDER BY p.code, pp.role LIMIT ?"), {partnerId, limitValue(limit)});
}

Result<qint64> RoleService::countRolesOfPartner(qint64 partnerId) const
{
    auto r = m_db.execute(QStringLiteral("SELECT count(*) FROM project_partners WHERE partner_id = ?"), {partnerId});
    if (!r)
        return r.error();
    return r->next() ? r->value(0).toLongLong() : 0;
}

Result<RoleView> RoleService::getView(qint64 roleId) const
{
    auto rows = query(QStringLiteral("pp.id = ?"), {roleId});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error::make(Error::Kind::NotFound, QStringLiteral("the partner role #%1 does not exist").arg(roleId));
    return rows->first();
}

Result<QList<RoleView>> RoleService::query(const QString &where, const QVariantList &values) const
{
    auto r = m_db.execute(QStringLiteral("SELECT pp.id, pp.project_id, pp.partner_id, pp.role, p.code, p.title_en, p.title_zh, "
                                         "pa.name_en, pa.name_zh, pa.acronym FROM project_partners pp "
                                         "JOIN projects p ON p.id = pp.project_id JOIN partners pa ON pa.id = pp.partner_id WHERE ")
            + where,
        values);
    if (!r)
        return r.error();
    QList<RoleView> rows;
    while (r->next()) {
        const QSqlQuery &q = r.value();
        rows.append({{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                         organisationRoleFromCode(q.value(3).toInt()).value_or(OrganisationRole::Implementing)},
            q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString(), q.value(8).toString(),
            q.value(9).toString()});
    }
    return rows;
}

} // namespace pd
