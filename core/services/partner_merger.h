#pragma once

#include "common/result.h"
#include "domain/partner.h"

#include <QList>

namespace pd {

class Database;

// What refers to a partner besides its contacts: its roles in projects, the deliveries it receives
// as consignee, the transactions it provides or receives.
struct PartnerReferences
{
    QList<ProjectRole> roles;
    QList<qint64> deliveries;
    QList<qint64> providerOf;
    QList<qint64> receiverOf;
};

// A partner taken away (deleted, or merged into another), with what referred to it, so that an
// undo puts everything back under the same ids.
struct RemovedPartner
{
    Partner partner; // as it was, contacts included
    PartnerReferences references;
};

struct MergedPartners
{
    Partner keptBefore; // the record kept, before the merge
    Partner kept;       // after: its empty fields filled from the other, the other's contacts added
    RemovedPartner merged;
    QList<ProjectRole> droppedRoles; // roles the kept partner already played in the same project
};

// Two records of one organisation and the removal of one: found, joined, taken away and put back,
// each in one transaction. Deliveries and transactions re-pointed get a new revision, so that an
// editor holding an older one is told.
class PartnerMerger final
{
public:
    explicit PartnerMerger(Database &db)
        : m_db(db)
    { }

    // Other partners that are likely the same organisation: the same IATI identifier, or an English
    // or Chinese name that differs only in case and spacing. `partner.id` is left out (0: none).
    Result<QList<Partner>> likelyDuplicates(const Partner &partner) const;

    // Joins `mergedId` into `keptId`: the roles, deliveries and transactions of the one move to the
    // other (a role the kept one already plays in that project is not doubled), the kept one's empty
    // fields take the other's values, its contacts are added, and the other is deleted.
    Result<MergedPartners> merge(qint64 keptId, int keptRevision, qint64 mergedId, int mergedRevision);
    Status unmerge(const MergedPartners &merge);

    // Deletes a partner. Refused (InUse) while it plays a role in a project; the deliveries and
    // transactions that name it lose the link, remembered for restore().
    Result<RemovedPartner> remove(qint64 id, int revision);
    Status restore(const RemovedPartner &removed);

    // What refers to the partner now (what a merge or a deletion would move or cut).
    Result<PartnerReferences> referencesOf(qint64 id) const;

private:
    Status repoint(const PartnerReferences &references, const QVariant &to);

    Database &m_db;
};

} // namespace pd
