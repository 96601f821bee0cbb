#include "partner_merger.h"

#include "audit_log.h"
#include "partner_service.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QSet>

namespace pd {

namespace {

// The name compared for duplicates: lower case, without spaces ("World Food  Programme" = "world food programme").
QString squeezed(const QString &name)
{
    QString s = name.toLower();
    s.remove(u' ');
    s.remove(u'\u3000');
    return s;
}

Error conflict(const Partner &p)
{
    return Error::make(Error::Kind::Conflict, QCoreApplication::translate("Services", "%1 was changed by someone else").arg(p.recordName()),
        p.recordName());
}

// The kept record after the merge: its own values where it has them, the other's where it has none.
Partner joined(const Partner &kept, const Partner &merged)
{
    Partner p = kept;
    auto fill = [](QString &mine, const QString &theirs) {
        if (mine.trimmed().isEmpty())
            mine = theirs;
    };
    fill(p.nameEn, merged.nameEn);
    fill(p.nameZh, merged.nameZh);
    fill(p.acronym, merged.acronym);
    fill(p.iatiId, merged.iatiId);
    fill(p.country, merged.country);
    if (p.orgType == 0)
        p.orgType = merged.orgType;
    if (p.networkMemberSince == 0 || (merged.networkMemberSince > 0 && merged.networkMemberSince < p.networkMemberSince))
        p.networkMemberSince = merged.networkMemberSince;
    for (const Contact &c : merged.contacts) {
        const bool known = std::any_of(p.contacts.cbegin(), p.contacts.cend(), [&c](const Contact &mine) {
            return squeezed(mine.name) == squeezed(c.name) && mine.email.compare(c.email, Qt::CaseInsensitive) == 0;
        });
        if (!known)
            p.contacts.append(c);
    }
    return p;
}

} // namespace

Result<QList<Partner>> PartnerMerger::likelyDuplicates(const Partner &partner) const
{
    const QString en = squeezed(partner.nameEn);
    const QString zh = squeezed(partner.nameZh);
    // REPLACE and LOWER are the same on both engines; the names are compared squeezed on both sides.
    auto r = m_db.execute(QStringLiteral("SELECT id FROM partners WHERE id <> ? AND ((? <> '' AND iati_id = ?) "
                                         "OR (? <> '' AND REPLACE(REPLACE(LOWER(name_en), ' ', ''), ?, '') = ?) "
                                         "OR (? <> '' AND REPLACE(REPLACE(name_zh, ' ', ''), ?, '') = ?)) ORDER BY id"),
        {partner.id, partner.iatiId.trimmed(), partner.iatiId.trimmed(), en, QStringLiteral("\u3000"), en, zh, QStringLiteral("\u3000"), zh});
    if (!r)
        return r.error();
    QList<qint64> ids;
    while (r->next())
        ids.append(r->value(0).toLongLong());
    QList<Partner> found;
    PartnerService partners(m_db);
    for (qint64 id : ids) {
        auto p = partners.get(id);
        if (!p)
            return p.error();
        found.append(p.value());
    }
    return found;
}

Result<PartnerReferences> PartnerMerger::referencesOf(qint64 id) const
{
    PartnerReferences refs;
    auto roles = m_db.execute(QStringLiteral("SELECT id, project_id, role FROM project_partners WHERE partner_id = ? ORDER BY id"), {id});
    if (!roles)
        return roles.error();
    while (roles->next())
        refs.roles.append({roles->value(0).toLongLong(), roles->value(1).toLongLong(), id, OrganisationRole(roles->value(2).toInt())});
    const std::pair<const char *, QList<qint64> *> lists[] = {{"SELECT id FROM deliveries WHERE consignee_id = ? ORDER BY id", &refs.deliveries},
        {"SELECT id FROM transactions WHERE provider_id = ? ORDER BY id", &refs.providerOf},
        {"SELECT id FROM transactions WHERE receiver_id = ? ORDER BY id", &refs.receiverOf}};
    for (const auto &[sql, list] : lists) {
        auto r = m_db.execute(QLatin1String(sql), {id});
        if (!r)
            return r.error();
        while (r->next())
            list->append(r->value(0).toLongLong());
    }
    return refs;
}

// Points the deliveries and transactions listed at `to` (a partner id, or NULL), a new revision each;
// the projects whose roles move get a new revision too (a role is part of its project).
Status PartnerMerger::repoint(const PartnerReferences &references, const QVariant &to)
{
    QSet<qint64> projects;
    for (const ProjectRole &role : references.roles)
        projects.insert(role.projectId);
    for (qint64 id : projects) {
        if (auto r = m_db.execute(QStringLiteral("UPDATE projects SET revision = revision + 1 WHERE id = ?"), {id}); !r)
            return r.error();
    }
    const std::pair<const char *, const QList<qint64> *> lists[]
        = {{"UPDATE deliveries SET consignee_id = ?, revision = revision + 1 WHERE id = ?", &references.deliveries},
            {"UPDATE transactions SET provider_id = ?, revision = revision + 1 WHERE id = ?", &references.providerOf},
            {"UPDATE transactions SET receiver_id = ?, revision = revision + 1 WHERE id = ?", &references.receiverOf}};
    for (const auto &[sql, ids] : lists) {
        for (qint64 id : *ids) {
            if (auto r = m_db.execute(QLatin1String(sql), {to, id}); !r)
                return r.error();
        }
    }
    return {};
}

Result<MergedPartners> PartnerMerger::merge(qint64 keptId, int keptRevision, qint64 mergedId, int mergedRevision)
{
    if (keptId == mergedId)
        return Error::make(Error::Kind::Validation, QCoreApplication::translate("Services", "A partner cannot be merged into itself."));
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    PartnerService partners(m_db);
    auto kept = partners.get(keptId);
    if (!kept)
        return kept.error();
    auto merged = partners.get(mergedId);
    if (!merged)
        return merged.error();
    if (kept->revision != keptRevision)
        return conflict(kept.value());
    if (merged->revision != mergedRevision)
        return conflict(merged.value());
    auto refs = referencesOf(mergedId);
    if (!refs)
        return refs.error();
    MergedPartners result{kept.value(), joined(kept.value(), merged.value()), {merged.value(), refs.value()}, {}};
    for (const ProjectRole &role : refs->roles) {
        auto doubled = m_db.execute(QStringLiteral("SELECT count(*) FROM project_partners WHERE project_id = ? AND partner_id = ? AND role = ?"),
            {role.projectId, keptId, int(role.role)});
        if (!doubled)
            return doubled.error();
        const bool alreadyPlayed = doubled->next() && doubled->value(0).toLongLong() > 0;
        doubled->finish();
        auto moved = alreadyPlayed ? m_db.execute(QStringLiteral("DELETE FROM project_partners WHERE id = ?"), {role.id})
                                   : m_db.execute(QStringLiteral("UPDATE project_partners SET partner_id = ? WHERE id = ?"), {keptId, role.id});
        if (!moved)
            return moved.error();
        if (alreadyPlayed)
            result.droppedRoles.append(role);
    }
    if (Status s = repoint(refs.value(), keptId); !s)
        return s.error();
    // The merged record goes before the kept one takes its IATI identifier (identifiers are unique).
    if (auto deleted = m_db.execute(QStringLiteral("DELETE FROM partners WHERE id = ?"), {mergedId}); !deleted)
        return deleted.error();
    auto stored = partners.update(result.kept);
    if (!stored)
        return stored.error();
    result.kept = stored.value();
    if (Status done = commitWithAudit(m_db, transaction,
            {QStringLiteral("partner"), mergedId, merged->acronym.isEmpty() ? merged->nameEn : merged->acronym, QStringLiteral("merge"),
                {{QStringLiteral("merged_into"), QString(), QString::number(keptId)}}});
        !done)
        return done.error();
    return result;
}

Status PartnerMerger::unmerge(const MergedPartners &merge)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    PartnerService partners(m_db);
    // The kept record as it was: its identifier given back first, so that the merged one can take it again.
    Partner before = merge.keptBefore;
    before.revision = merge.kept.revision;
    auto kept = partners.update(before);
    if (!kept)
        return kept.error();
    if (auto restored = partners.restore(merge.merged.partner); !restored)
        return restored.error();
    const PartnerReferences &refs = merge.merged.references;
    for (const ProjectRole &role : refs.roles) {
        const bool dropped = std::any_of(merge.droppedRoles.cbegin(), merge.droppedRoles.cend(), [&role](const ProjectRole &d) { return d.id == role.id; });
        auto back = dropped ? m_db.execute(QStringLiteral("INSERT INTO project_partners (id, project_id, partner_id, role) VALUES (?, ?, ?, ?)"),
                                  {role.id, role.projectId, role.partnerId, int(role.role)})
                            : m_db.execute(QStringLiteral("UPDATE project_partners SET partner_id = ? WHERE id = ?"), {role.partnerId, role.id});
        if (!back)
            return back.error();
    }
    if (Status s = repoint(refs, merge.merged.partner.id); !s)
        return s;
    return transaction.commit();
}

Result<RemovedPartner> PartnerMerger::remove(qint64 id, int revision)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    auto partner = PartnerService(m_db).get(id);
    if (!partner)
        return partner.error();
    auto refs = referencesOf(id);
    if (!refs)
        return refs.error();
    // PartnerService refuses while roles remain, and checks the revision.
    if (Status removed = PartnerService(m_db).remove(id, revision); !removed)
        return removed.error();
    if (Status done = transaction.commit(); !done)
        return done.error();
    return RemovedPartner{partner.value(), refs.value()};
}

Status PartnerMerger::restore(const RemovedPartner &removed)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    if (auto back = PartnerService(m_db).restore(removed.partner); !back)
        return back.error();
    if (Status s = repoint(removed.references, removed.partner.id); !s)
        return s;
    return transaction.commit();
}

} // namespace pd
