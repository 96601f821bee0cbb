#pragma once

#include "common/result.h"
#include "delivery_query.h"
#include "storage/page_reader.h"

namespace pd {

class Database;

// The only writer of deliveries, their packing lists and their workflow: validation, one
// transaction per change (the delivery, its items and its totals together), revision checks and
// the audit log. The status moves only through transition(), one legal step at a time.
class DeliveryService final
{
public:
    explicit DeliveryService(Database &db)
        : m_db(db)
    { }

    // Stores a new delivery with its packing list; returns it with its id and revision 1.
    Result<Delivery> create(const Delivery &delivery);
    // Stores changed fields and packing list (id and revision as read). The status must be the
    // stored one: it changes through transition(). Conflict when someone else changed it since.
    Result<Delivery> update(const Delivery &edited);
    // Deletes the delivery with its items and history; returns what was deleted, for undo.
    Result<Delivery> remove(qint64 id, int revision);
    // Puts back a deleted delivery under its former id, with its items and history.
    Result<Delivery> restore(const Delivery &removed);

    // Moves the delivery one legal step, dated: the dispatch, arrival or handover date is set
    // from `date`, and a handover may name its certificate. Refused with the reason when the
    // step is illegal, the date is in the future or before the previous step.
    Result<Delivery> transition(qint64 id, int revision, DeliveryStatus to, const QDate &date, const QString &certificateNumber = {});
    // Undoes the latest step: the delivery returns to `before` (its status, dates and certificate
    // as they were) and the step leaves the history. Conflict unless the latest step is the one
    // that led from before.status to the current status.
    Result<Delivery> revertTransition(const Delivery &before, int revision);

    Result<Delivery> get(qint64 id) const;
    Result<Delivery> findByCode(const QString &code) const;
    Result<QList<Delivery>> ofProject(qint64 projectId) const;
    Result<QList<DeliveryRow>> list(const DeliveryQuery &query) const;
    // Every delivery the query matches (its limit and offset aside), pageSize at a time from one
    // statement. An Error from onPage stops the reading.
    Status forEachPage(const DeliveryQuery &query, int pageSize, const PageHandler<DeliveryRow> &onPage) const;
    Result<qint64> count(const DeliveryFilter &filter = {}) const;
    // A free code for the project's next delivery: "<project code>-D01", "-D02"...
    Result<QString> nextCode(qint64 projectId) const;

private:
    Result<Delivery> insert(const Delivery &delivery, const QString &action);
    Result<Delivery> load(const QString &column, const QVariant &key) const;
    Status readRows(const DeliveryQuery &query, bool paged, int pageSize, const PageHandler<DeliveryRow> &onPage) const;
    Status loadChildren(Delivery &delivery) const;
    Status writeItems(const Delivery &delivery) const;
    Status writeEvent(qint64 deliveryId, const DeliveryEvent &event) const;
    // Stores the status, actual dates and certificate of d over the given revision.
    Status writeProgress(const Delivery &d, int revision) const;
    Status checkReferences(const Delivery &delivery) const;
    Error conflictFor(const Delivery &delivery, int revision) const;

    Database &m_db;
};

} // namespace pd
