#include "partner_service.h"

#include "audit_log.h"
#include "domain/record_fields.h"
#include "domain/validation.h"
#include "project_query.h"
#include "storage/database.h"
#include "storage/sql_values.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDateTime>

#include <limits>

namespace pd {

namespace {

const char kEntity[] = "partner";
const char kColumns[] = "pa.id, pa.revision, pa.name_en, pa.name_zh, pa.acronym, pa.org_type, pa.iati_id, pa.country, "
                        "pa.network_member_since";

// The record key in the audit log: the same whatever language the user works in.
QString auditKey(const Partner &p)
{
    return p.acronym.isEmpty() ? pick(Language::English, p.nameEn, p.nameZh) : p.acronym;
}

Partner partnerFromRow(const QSqlQuery &q)
{
    Partner p;
    p.id = q.value(0).toLongLong();
    p.revision = q.value(1).toInt();
    p.nameEn = q.value(2).toString();
    p.nameZh = q.value(3).toString();
    p.acronym = q.value(4).toString();
    p.orgType = q.value(5).toInt();
    p.iatiId = q.value(6).toString();
    p.country = q.value(7).toString();
    p.networkMemberSince = q.value(8).toInt();
    return p;
}

QVariantList rowValues(const Partner &p)
{
    return {p.nameEn, p.nameZh, p.acronym, p.orgType, p.iatiId, p.country.toUpper(), p.networkMemberSince, utcNow()};
}

SqlCondition partnerCondition(const PartnerQuery &query, const Dialect &dialect)
{
    QStringList conditions;
    QVariantList values;
    for (const QString &word : query.search.simplified().split(QChar(u' '), Qt::SkipEmptyParts)) {
        QStringList any;
        for (const char *column : {"pa.name_en", "pa.name_zh", "pa.acronym", "pa.iati_id"}) {
            any << dialect.containsIgnoringCase(QLatin1String(column));
            values << containsPattern(word);
        }
        conditions << u'(' + any.join(QStringLiteral(" OR ")) + u')';
    }
    if (query.networkOnly)
        conditions << QStringLiteral("pa.network_member_since > 0");
    if (query.inProjects) {
        const SqlCondition p = projectCondition(query.projects, dialect);
        conditions << (p.sql.isEmpty() ? QStringLiteral("pa.id IN (SELECT pp.partner_id FROM project_partners pp)")
                                       : QStringLiteral("pa.id IN (SELECT pp.partner_id FROM project_partners pp WHERE pp.project_id IN "
                                                        "(SELECT p.id FROM projects p %1))")
                                             .arg(p.sql));
        values << p.values;
    }
    if (query.orgType > 0) {
        conditions << QStringLiteral("pa.org_type = ?");
        values << query.orgType;
    }
    if (conditions.isEmpty())
        return {};
    return {QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND ")), values};
}

} // namespace

Status PartnerService::checkIatiIdFree(const Partner &partner) const
{
    if (partner.iatiId.isEmpty())
        return {};
    // "<> ''" lets SQLite use the partial unique index on iati_id instead of scanning all partners.
    auto r = m_db.execute(QStringLiteral("SELECT id FROM partners WHERE iati_id = ? AND iati_id <> '' AND id <> ?"), {partner.iatiId, partner.id});
    if (!r)
        return r.error();
    if (r->next()) {
        return Error::validation(
            {{QString::fromLatin1(fields::iatiId),
                QCoreApplication::translate("Services", "IATI identifier %1 already belongs to another partner").arg(partner.iatiId)}},
            partner.recordName());
    }
    return {};
}

Status PartnerService::writeContacts(const Partner &partner)
{
    if (auto cleared = m_db.execute(QStringLiteral("DELETE FROM partner_contacts WHERE partner_id = ?"), {partner.id}); !cleared)
        return cleared.error();
    for (int i = 0; i < partner.contacts.size(); ++i) {
        const Contact &c = partner.contacts.at(i);
        auto r = m_db.execute(QStringLiteral("INSERT INTO partner_contacts (partner_id, position, name, title, email, phone) "
                                             "VALUES (?, ?, ?, ?, ?, ?)"),
            {partner.id, i, c.name, c.position, c.email, c.phone});
        if (!r)
            return r.error();
    }
    return {};
}

Result<Partner> PartnerService::create(const Partner &entered)
{
    Partner fresh = entered;
    fresh.id = 0;
    return insert(fresh, QStringLiteral("create"));
}

Result<Partner> PartnerService::restore(const Partner &removed)
{
    return insert(removed, QStringLiteral("restore"));
}

Result<Partner> PartnerService::insert(const Partner &entered, const QString &action)
{
    const Partner partner = normalised(entered);
    if (const QList<FieldError> errors = validatePartner(partner); !errors.isEmpty())
        return Error::validation(errors, partner.recordName());
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    Partner stored = partner;
    if (Status free = checkIatiIdFree(stored); !free)
        return free.error();
    QVariantList values = rowValues(stored);
    values << values.last(); // created_at = updated_at
    // A restored partner keeps its id (and revision): what referred to it can refer to it again.
    const bool keepsId = stored.id > 0;
    if (keepsId)
        values << stored.id << std::max(1, stored.revision);
    auto r = m_db.execute(QStringLiteral("INSERT INTO partners (name_en, name_zh, acronym, org_type, iati_id, country, "
                                         "network_member_since, updated_at, created_at%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?%2) RETURNING id")
                              .arg(keepsId ? QStringLiteral(", id, revision") : QString(), keepsId ? QStringLiteral(", ?, ?") : QString()),
        values);
    if (!r)
        return r.error();
    if (!r->next())
        return Error::make(Error::Kind::Storage, QStringLiteral("the new partner's id was not returned"), stored.recordName());
    stored.id = r->value(0).toLongLong();
    stored.revision = keepsId ? std::max(1, stored.revision) : 1;
    r->finish();
    if (keepsId) {
        if (Status caughtUp = m_db.catchUpIdentity(QStringLiteral("partners")); !caughtUp)
            return caughtUp.error();
    }
    if (Status contacts = writeContacts(stored); !contacts)
        return contacts.error();
    if (Status done = commitWithAudit(m_db, transaction,
            {QLatin1String(kEntity), stored.id, auditKey(stored), action, diffFields({}, fieldsOf(stored))});
        !done)
        return done.error();
    return stored;
}

Result<Partner> PartnerService::update(const Partner &edited)
{
    const Partner partner = normalised(edited);
    if (const QList<FieldError> errors = validatePartner(partner); !errors.isEmpty())
        return Error::validation(errors, partner.recordName());
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    auto before = get(partner.id);
    if (!before)
        return before.error();
    if (Status free = checkIatiIdFree(partner); !free)
        return free.error();
    QVariantList values = rowValues(partner);
    values << partner.id << partner.revision;
    auto r = m_db.execute(QStringLiteral("UPDATE partners SET name_en = ?, name_zh = ?, acronym = ?, org_type = ?, iati_id = ?, "
                                         "country = ?, network_member_since = ?, updated_at = ?, revision = revision + 1 "
                                         "WHERE id = ? AND revision = ?"),
        values);
    if (!r)
        return r.error();
    if (r->numRowsAffected() != 1) {
        return Error::make(Error::Kind::Conflict,
            QCoreApplication::translate("Services", "%1 was changed by someone else (revision %2, you edited revision %3)")
                .arg(partner.recordName())
                .arg(before->revision)
                .arg(partner.revision),
            partner.recordName());
    }
    Partner stored = partner;
    stored.revision = partner.revision + 1;
    if (Status contacts = writeContacts(stored); !contacts)
        return contacts.error();
    if (Status done = commitWithAudit(m_db, transaction,
            {QLatin1String(kEntity), stored.id, auditKey(stored), QStringLiteral("update"),
                diffFields(fieldsOf(before.value()), fieldsOf(stored))});
        !done)
        return done.error();
    return stored;
}

Status PartnerService::remove(qint64 id, int revision)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    auto before = get(id);
    if (!before)
        return before.error();
    auto used = m_db.execute(QStringLiteral("SELECT count(DISTINCT project_id) FROM project_partners WHERE partner_id = ?"), {id});
    if (!used)
        return used.error();
    if (used->next() && used->value(0).toLongLong() > 0) {
        const int projects = int(used->value(0).toLongLong());
        return Error::make(Error::Kind::InUse,
            QCoreApplication::translate("Services", "%1 plays a role in %n project(s); remove those roles first", nullptr, projects)
                .arg(before->recordName()),
            before->recordName());
    }
    auto deleted = m_db.execute(QStringLiteral("DELETE FROM partners WHERE id = ? AND revision = ?"), {id, revision});
    if (!deleted)
        return deleted.error();
    if (deleted->numRowsAffected() != 1) {
        return Error::make(Error::Kind::Conflict,
            QCoreApplication::translate("Services", "%1 was changed by someone else").arg(before->recordName()), before->recordName());
    }
    return commitWithAudit(m_db, transaction,
        {QLatin1String(kEntity), id, auditKey(before.value()), QStringLiteral("delete"), diffFields(fieldsOf(before.value()), {})});
}

Result<Partner> PartnerService::get(qint64 id) const
{
    return load(QStringLiteral("pa.id = ?"), id, QStringLiteral("partner #%1").arg(id));
}

Result<Partner> PartnerService::findByIatiId(const QString &iatiId) const
{
    // "<> ''": the partial unique index on iati_id serves the look-up; no partner is found by an empty identifier.
    return load(QStringLiteral("pa.iati_id = ? AND pa.iati_id <> ''"), iatiId, QStringLiteral("partner %1").arg(iatiId));
}

Result<Partner> PartnerService::load(const QString &where, const QVariant &key, const QString &what) const
{
    auto r = m_db.execute(QStringLiteral("SELECT %1 FROM partners pa WHERE %2").arg(QLatin1String(kColumns), where), {key});
    if (!r)
        return r.error();
    if (!r->next())
        return Error::make(Error::Kind::NotFound, QCoreApplication::translate("Services", "%1 does not exist").arg(what), what);
    Partner p = partnerFromRow(r.value());
    r->finish();
    auto contacts = m_db.execute(
        QStringLiteral("SELECT name, title, email, phone FROM partner_contacts WHERE partner_id = ? ORDER BY position"), {p.id});
    if (!contacts)
        return contacts.error();
    while (contacts->next()) {
        p.contacts.append(
            {contacts->value(0).toString(), contacts->value(1).toString(), contacts->value(2).toString(), contacts->value(3).toString()});
    }
    return p;
}

Result<QList<PartnerSummary>> PartnerService::list(const PartnerQuery &query) const
{
    QList<PartnerSummary> rows;
    const Status read = readSummaries(query, true, std::numeric_limits<int>::max(), [&rows](const QList<PartnerSummary> &page) {
        rows += page;
        return Status();
    });
    if (!read)
        return read.error();
    return rows;
}

Status PartnerService::forEachPage(const PartnerQuery &query, int pageSize, const PageHandler<PartnerSummary> &onPage) const
{
    return readSummaries(query, false, std::max(1, pageSize), onPage);
}

Status PartnerService::readSummaries(const PartnerQuery &query, bool paged, int pageSize, const PageHandler<PartnerSummary> &onPage) const
{
    const SqlCondition where = partnerCondition(query, m_db.dialect());
    const QString projectCount = query.countProjects
        ? QStringLiteral("(SELECT count(DISTINCT pp.project_id) FROM project_partners pp WHERE pp.partner_id = pa.id)")
        : QStringLiteral("0");
    const QString order = query.orderByChineseName ? QStringLiteral("pa.name_zh, pa.name_en") : QStringLiteral("pa.name_en, pa.name_zh");
    QString sql = QStringLiteral("SELECT %1, %2 FROM partners pa %3 ORDER BY %4, pa.id")
                      .arg(QLatin1String(kColumns), projectCount, where.sql, order);
    QVariantList values = where.values;
    if (paged)
        appendPage(sql, values, query.limit, query.offset);
    auto r = m_db.execute(sql, values);
    if (!r)
        return r.error();
    const std::function<PartnerSummary(const QSqlQuery &)> decode = [](const QSqlQuery &q) {
        return PartnerSummary{partnerFromRow(q), q.value(9).toLongLong()};
    };
    return readPages<PartnerSummary>(m_db, r.value(), pageSize, decode, {}, onPage);
}

Result<qint64> PartnerService::count(const PartnerQuery &query) const
{
    const SqlCondition where = partnerCondition(query, m_db.dialect());
    auto r = m_db.execute(QStringLiteral("SELECT count(*) FROM partners pa ") + where.sql, where.values);
    if (!r)
        return r.error();
    return r->next() ? r->value(0).toLongLong() : 0;
}

} // namespace pd
