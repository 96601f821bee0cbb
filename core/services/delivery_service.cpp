#include "delivery_service.h"

#include "audit_log.h"
#include "domain/record_fields.h"
#include "storage/database.h"
#include "storage/sql_values.h"
#include "storage/transaction.h"

#include <QCoreApplication>

#include <limits>

namespace pd {

namespace {

const char kEntity[] = "delivery";
const char kColumns[]
    = "d.id, d.revision, d.code, d.project_id, d.destination_country, d.consignee_id, d.origin_port, d.destination_port, "
      "d.carrier, d.transport_document, d.incoterm, d.status, d.planned_dispatch, d.planned_arrival, d.planned_handover, "
      "d.actual_dispatch, d.actual_arrival, d.actual_handover, d.certificate_number, d.certificate_date, d.notes, d.currency";

Delivery deliveryFromRow(const QSqlQuery &q)
{
    Delivery d;
    d.id = q.value(0).toLongLong();
    d.revision = q.value(1).toInt();
    d.code = q.value(2).toString();
    d.projectId = q.value(3).toLongLong();
    d.destinationCountry = q.value(4).toString();
    d.consigneeId = q.value(5).toLongLong();
    d.originPort = q.value(6).toString();
    d.destinationPort = q.value(7).toString();
    d.carrier = q.value(8).toString();
    d.transportDocument = q.value(9).toString();
    d.incoterm = q.value(10).toString();
    d.status = DeliveryStatus(q.value(11).toInt());
    d.plannedDispatch = dateAt(q, 12);
    d.plannedArrival = dateAt(q, 13);
    d.plannedHandover = dateAt(q, 14);
    d.actualDispatch = dateAt(q, 15);
    d.actualArrival = dateAt(q, 16);
    d.actualHandover = dateAt(q, 17);
    d.certificateNumber = q.value(18).toString();
    d.certificateDate = dateAt(q, 19);
    d.notes = q.value(20).toString();
    d.currency = q.value(21).toString();
    return d;
}

// The values of every column but id, revision and created_at, in the order of kWritten.
const char kWritten[] = "code, project_id, destination_country, consignee_id, origin_port, destination_port, carrier, transport_document, "
                        "incoterm, status, planned_dispatch, planned_arrival, planned_handover, actual_dispatch, actual_arrival, "
                        "actual_handover, certificate_number, certificate_date, notes, currency, total_value, gross_weight_g, item_count, "
                        "updated_at";

QVariantList writtenValues(const Delivery &d, const DeliveryTotals &totals)
{
    return {d.code, d.projectId, d.destinationCountry, d.consigneeId > 0 ? QVariant(d.consigneeId) : QVariant(), d.originPort,
        d.destinationPort, d.carrier, d.transportDocument, d.incoterm, int(d.status), dateValue(d.plannedDispatch),
        dateValue(d.plannedArrival), dateValue(d.plannedHandover), dateValue(d.actualDispatch), dateValue(d.actualArrival),
        dateValue(d.actualHandover), d.certificateNumber, dateValue(d.certificateDate), d.notes, d.currency, totals.value.minorUnits(),
        totals.grossWeightGrams, totals.items, utcNow()};
}

// What the service stores: trimmed text, upper-case codes.
Delivery normalised(Delivery d)
{
    d.code = d.code.trimmed();
    d.destinationCountry = d.destinationCountry.trimmed().toUpper();
    d.currency = d.currency.trimmed().toUpper();
    d.incoterm = d.incoterm.trimmed().toUpper();
    for (QString *text : {&d.originPort, &d.destinationPort, &d.carrier, &d.transportDocument, &d.certificateNumber})
        *text = text->trimmed();
    for (DeliveryItem &item : d.items) {
        item.descriptionEn = item.descriptionEn.trimmed();
        item.descriptionZh = item.descriptionZh.trimmed();
        item.unit = item.unit.trimmed();
    }
    return d;
}

// The actual date a step sets, if any.
QDate *actualDateOf(Delivery &d, DeliveryStatus to)
{
    switch (to) {
    case DeliveryStatus::Dispatched:
        return &d.actualDispatch;
    case DeliveryStatus::Arrived:
        return &d.actualArrival;
    case DeliveryStatus::HandedOver:
        return &d.actualHandover;
    default:
        return nullptr;
    }
}

QString sortColumn(DeliverySort sort)
{
    switch (sort) {
    case DeliverySort::Code:
        return QStringLiteral("d.code");
    case DeliverySort::Project:
        return QStringLiteral("p.code");
    case DeliverySort::Country:
        return QStringLiteral("d.destination_country");
    case DeliverySort::WorkflowStatus:
        return QStringLiteral("d.status");
    case DeliverySort::PlannedDispatch:
        return QStringLiteral("d.planned_dispatch");
    case DeliverySort::PlannedArrival:
        return QStringLiteral("d.planned_arrival");
    case DeliverySort::Handover:
        return QStringLiteral("d.actual_handover");
    case DeliverySort::Value:
        return QStringLiteral("d.total_value");
    case DeliverySort::Weight:
        return QStringLiteral("d.gross_weight_g");
    }
    return QStringLiteral("d.code");
}

} // namespace

Result<Delivery> DeliveryService::load(const QString &column, const QVariant &key) const
{
    auto r = m_db.execute(QStringLiteral("SELECT %1 FROM deliveries d WHERE d.%2 = ?").arg(QLatin1String(kColumns), column), {key});
    if (!r)
        return r.error();
    if (!r->next())
        return Error::make(
            Error::Kind::NotFound, QCoreApplication::translate("Services", "delivery %1 does not exist").arg(key.toString()));
    Delivery d = deliveryFromRow(r.value());
    r->finish();
    if (Status loaded = loadChildren(d); !loaded)
        return loaded.error();
    return d;
}

Status DeliveryService::loadChildren(Delivery &d) const
{
    auto items = m_db.execute(QStringLiteral("SELECT description_en, description_zh, category, quantity_milli, unit, unit_value, "
                                             "gross_weight_g FROM delivery_items WHERE delivery_id = ? ORDER BY position"),
        {d.id});
    if (!items)
        return items.error();
    d.items.clear();
    while (items->next()) {
        DeliveryItem item;
        item.descriptionEn = items->value(0).toString();
        item.descriptionZh = items->value(1).toString();
        item.category = itemCategoryFromKey(items->value(2).toString()).value_or(ItemCategory::Other);
        item.quantityMilli = items->value(3).toLongLong();
        item.unit = items->value(4).toString();
        item.unitValue = Money(items->value(5).toLongLong(), d.currency);
        item.grossWeightGrams = items->value(6).toLongLong();
        d.items.append(item);
    }
    auto events = m_db.execute(
        QStringLiteral(
            "SELECT from_status, to_status, date, recorded_at, recorded_by FROM delivery_events WHERE delivery_id = ? ORDER BY id"),
        {d.id});
    if (!events)
        return events.error();
    d.history.clear();
    while (events->next()) {
        d.history.append({DeliveryStatus(events->value(0).toInt()), DeliveryStatus(events->value(1).toInt()), dateAt(events.value(), 2),
            events->value(3).toString(), events->value(4).toString()});
    }
    return {};
}

Result<Delivery> DeliveryService::get(qint64 id) const
{
    return load(QStringLiteral("id"), id);
}

Result<Delivery> DeliveryService::findByCode(const QString &code) const
{
    return load(QStringLiteral("code"), code.trimmed());
}

Result<QList<Delivery>> DeliveryService::ofProject(qint64 projectId) const
{
    auto r = m_db.execute(QStringLiteral("SELECT %1 FROM deliveries d WHERE d.project_id = ? ORDER BY d.planned_dispatch, d.code")
                              .arg(QLatin1String(kColumns)),
        {projectId});
    if (!r)
        return r.error();
    QList<Delivery> list;
    while (r->next())
        list.append(deliveryFromRow(r.value()));
    r->finish();
    for (Delivery &d : list) {
        if (Status loaded = loadChildren(d); !loaded)
            return loaded.error();
    }
    return list;
}

Status DeliveryService::checkReferences(const Delivery &d) const
{
    QList<FieldError> errors;
    auto r
        = m_db.execute(QStringLiteral("SELECT (SELECT count(*) FROM projects WHERE id = ?), (SELECT count(*) FROM partners WHERE id = ?), "
                                      "(SELECT count(*) FROM deliveries WHERE code = ? AND id <> ?)"),
            {d.projectId, d.consigneeId, d.code, d.id});
    if (!r)
        return r.error();
    r->next();
    if (r->value(0).toLongLong() == 0)
        errors.append({QStringLiteral("project"), QCoreApplication::translate("Services", "project #%1 does not exist").arg(d.projectId)});
    if (d.consigneeId > 0 && r->value(1).toLongLong() == 0)
        errors.append(
            {QStringLiteral("consignee"), QCoreApplication::translate("Services", "partner #%1 does not exist").arg(d.consigneeId)});
    if (r->value(2).toLongLong() > 0)
        errors.append(
            {QStringLiteral("code"), QCoreApplication::translate("Services", "code %1 is already used by another delivery").arg(d.code)});
    if (!errors.isEmpty())
        return Error::validation(errors, d.recordName());
    return {};
}

Status DeliveryService::writeItems(const Delivery &d) const
{
    if (auto cleared = m_db.execute(QStringLiteral("DELETE FROM delivery_items WHERE delivery_id = ?"), {d.id}); !cleared)
        return cleared.error();
    auto insert = m_db.prepare(QStringLiteral("INSERT INTO delivery_items (delivery_id, position, description_en, description_zh, "
                                              "category, quantity_milli, unit, unit_value, value, gross_weight_g) "
                                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    for (qsizetype i = 0; i < d.items.size(); ++i) {
        const DeliveryItem &item = d.items.at(i);
        const qint64 value = item.value().value_or(Money()).minorUnits(); // validated: value() exists
        if (Status s = m_db.run(insert.value(),
                {d.id, int(i + 1), item.descriptionEn, item.descriptionZh, keyOf(item.category), item.quantityMilli, item.unit,
                    item.unitValue.minorUnits(), value, item.grossWeightGrams});
            !s)
            return s;
    }
    return {};
}

Status DeliveryService::writeEvent(qint64 deliveryId, const DeliveryEvent &e) const
{
    auto r
        = m_db.execute(QStringLiteral("INSERT INTO delivery_events (delivery_id, from_status, to_status, date, recorded_at, recorded_by) "
                                      "VALUES (?, ?, ?, ?, ?, ?)"),
            {deliveryId, int(e.from), int(e.to), dateValue(e.date), e.recordedAt, e.recordedBy});
    if (!r)
        return r.error();
    return {};
}

Error DeliveryService::conflictFor(const Delivery &d, int revision) const
{
    auto current = get(d.id);
    if (!current)
        return Error::make(Error::Kind::NotFound,
            QCoreApplication::translate("Services", "%1 was deleted by someone else").arg(d.recordName()), d.recordName());
    return Error::make(Error::Kind::Conflict,
        QCoreApplication::translate("Services", "%1 was changed by someone else (revision %2, you edited revision %3)")
            .arg(d.recordName())
            .arg(current->revision)
            .arg(revision),
        d.recordName());
}

Result<Delivery> DeliveryService::create(const Delivery &delivery)
{
    Delivery fresh = normalised(delivery);
    fresh.id = 0;
    fresh.revision = 0;
    fresh.history.clear();
    return insert(fresh, QStringLiteral("create"));
}

Result<Delivery> DeliveryService::restore(const Delivery &removed)
{
    return insert(normalised(removed), QStringLiteral("restore"));
}

Result<Delivery> DeliveryService::insert(const Delivery &d, const QString &action)
{
    if (const QList<FieldError> errors = validateDelivery(d); !errors.isEmpty())
        return Error::validation(errors, d.recordName());
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    if (Status refs = checkReferences(d); !refs)
        return refs.error();
    QVariantList values = writtenValues(d, totalsOf(d).value());
    const int revision = std::max(1, d.revision);
    values << values.last() << revision;
    QString columns = QLatin1String(kWritten) + QStringLiteral(", created_at, revision");
    if (d.id > 0) {
        columns += QStringLiteral(", id");
        values << d.id;
    }
    QStringList marks;
    marks.fill(QStringLiteral("?"), values.size());
    auto r = m_db.execute(
        QStringLiteral("INSERT INTO deliveries (%1) VALUES (%2) RETURNING id").arg(columns, marks.join(QStringLiteral(", "))), values);
    if (!r)
        return r.error();
    Delivery stored = d;
    stored.id = r->next() ? r->value(0).toLongLong() : 0;
    stored.revision = revision;
    r->finish();
    if (Status items = writeItems(stored); !items)
        return items.error();
    for (const DeliveryEvent &e : std::as_const(stored.history)) {
        if (Status s = writeEvent(stored.id, e); !s)
            return s.error();
    }
    if (Status done
        = commitWithAudit(m_db, transaction, {QLatin1String(kEntity), stored.id, stored.code, action, diffFields({}, fieldsOf(stored))});
        !done)
        return done.error();
    return stored;
}

Result<Delivery> DeliveryService::update(const Delivery &edited)
{
    Delivery d = normalised(edited);
    if (const QList<FieldError> errors = validateDelivery(d); !errors.isEmpty())
        return Error::validation(errors, d.recordName());
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    auto before = get(d.id);
    if (!before)
        return before.error();
    if (before->revision != d.revision)
        return conflictFor(d, d.revision);
    if (before->status != d.status)
        return Error::validation(
            {{QStringLiteral("status"),
                QCoreApplication::translate("Services", "the status changes one step at a time through the workflow, not by editing")}},
            d.recordName());
    if (Status refs = checkReferences(d); !refs)
        return refs.error();
    QVariantList values = writtenValues(d, totalsOf(d).value());
    values << d.id << d.revision;
    QString assignments = QLatin1String(kWritten);
    assignments.replace(QStringLiteral(", "), QStringLiteral(" = ?, "));
    auto r = m_db.execute(
        QStringLiteral("UPDATE deliveries SET %1 = ?, revision = revision + 1 WHERE id = ? AND revision = ?").arg(assignments), values);
    if (!r)
        return r.error();
    if (r->numRowsAffected() != 1)
        return conflictFor(d, d.revision);
    Delivery stored = d;
    stored.revision = d.revision + 1;
    stored.history = before->history;
    if (Status items = writeItems(stored); !items)
        return items.error();
    if (Status done = commitWithAudit(m_db, transaction,
            {QLatin1String(kEntity), stored.id, stored.code, QStringLiteral("update"),
                diffFields(fieldsOf(before.value()), fieldsOf(stored))});
        !done)
        return done.error();
    return stored;
}

Result<Delivery> DeliveryService::remove(qint64 id, int revision)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    auto before = get(id);
    if (!before)
        return before.error();
    auto r = m_db.execute(QStringLiteral("DELETE FROM deliveries WHERE id = ? AND revision = ?"), {id, revision});
    if (!r)
        return r.error();
    if (r->numRowsAffected() != 1)
        return conflictFor(before.value(), revision);
    if (Status done = commitWithAudit(m_db, transaction,
            {QLatin1String(kEntity), id, before->code, QStringLiteral("delete"), diffFields(fieldsOf(before.value()), {})});
        !done)
        return done.error();
    return before;
}

Result<Delivery> DeliveryService::transition(
    qint64 id, int revision, DeliveryStatus to, const QDate &date, const QString &certificateNumber)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    auto before = get(id);
    if (!before)
        return before.error();
    if (before->revision != revision)
        return conflictFor(before.value(), revision);
    const QString name = before->recordName();
    if (const QString refusal = transitionRefusal(before->status, to); !refusal.isEmpty())
        return Error::validation({{QStringLiteral("status"), refusal}}, name);
    if (!date.isValid())
        return Error::validation(
            {{QStringLiteral("date"), QCoreApplication::translate("Services", "the step needs the date it happened")}}, name);
    if (date > QDate::currentDate())
        return Error::validation({{QStringLiteral("date"),
                                     QCoreApplication::translate("Services", "%1 is in the future: a step is recorded once it has happened")
                                         .arg(date.toString(Qt::ISODate))}},
            name);
    if (!before->history.isEmpty() && date < before->history.last().date)
        return Error::validation({{QStringLiteral("date"),
                                     QCoreApplication::translate("Services", "%1 comes before the previous step (%2 on %3)")
                                         .arg(date.toString(Qt::ISODate), nameOf(before->history.last().to, languageOf(QLocale())),
                                             before->history.last().date.toString(Qt::ISODate))}},
            name);
    // Nor before a step already dated on the record (a delivery registered as dispatched, say).
    for (const QDate &earlier : {before->actualDispatch, before->actualArrival}) {
        if (earlier.isValid() && date < earlier && to != DeliveryStatus::Cancelled)
            return Error::validation({{QStringLiteral("date"),
                                         QCoreApplication::translate("Services", "%1 comes before %2, already recorded for this delivery")
                                             .arg(date.toString(Qt::ISODate), earlier.toString(Qt::ISODate))}},
                name);
    }
    Delivery after = before.value();
    after.status = to;
    if (QDate *actual = actualDateOf(after, to))
        *actual = date;
    if (to == DeliveryStatus::HandedOver && !certificateNumber.trimmed().isEmpty()) {
        after.certificateNumber = certificateNumber.trimmed();
        after.certificateDate = date;
    }
    if (const QList<FieldError> errors = validateDelivery(after); !errors.isEmpty())
        return Error::validation(errors, name);
    if (Status written = writeProgress(after, revision); !written)
        return written.error();
    const DeliveryEvent event{before->status, to, date, utcNow(), AuditLog::actor(m_db)};
    if (Status s = writeEvent(id, event); !s)
        return s.error();
    after.revision = revision + 1;
    after.history.append(event);
    QList<FieldChange> changes = diffFields(fieldsOf(before.value()), fieldsOf(after));
    changes.append({QStringLiteral("step_date"), QString(), date.toString(Qt::ISODate)});
    if (Status done = commitWithAudit(m_db, transaction, {QLatin1String(kEntity), id, after.code, QStringLiteral("transition"), changes});
        !done)
        return done.error();
    return after;
}

Status DeliveryService::writeProgress(const Delivery &d, int revision) const
{
    auto r = m_db.execute(QStringLiteral("UPDATE deliveries SET status = ?, actual_dispatch = ?, actual_arrival = ?, actual_handover = ?, "
                                         "certificate_number = ?, certificate_date = ?, updated_at = ?, revision = revision + 1 "
                                         "WHERE id = ? AND revision = ?"),
        {int(d.status), dateValue(d.actualDispatch), dateValue(d.actualArrival), dateValue(d.actualHandover), d.certificateNumber,
            dateValue(d.certificateDate), utcNow(), d.id, revision});
    if (!r)
        return r.error();
    if (r->numRowsAffected() != 1)
        return conflictFor(d, revision);
    return {};
}

Result<Delivery> DeliveryService::revertTransition(const Delivery &before, int revision)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    auto current = get(before.id);
    if (!current)
        return current.error();
    if (current->revision != revision)
        return conflictFor(current.value(), revision);
    if (current->history.isEmpty() || current->history.last().from != before.status || current->history.last().to != current->status)
        return Error::make(Error::Kind::Conflict,
            QCoreApplication::translate("Services", "%1: its latest step is not the one being undone").arg(current->recordName()),
            current->recordName());
    if (Status written = writeProgress(before, revision); !written)
        return written.error();
    auto removed = m_db.execute(
        QStringLiteral("DELETE FROM delivery_events WHERE id = (SELECT max(id) FROM delivery_events WHERE delivery_id = ?)"), {before.id});
    if (!removed)
        return removed.error();
    Delivery reverted = current.value();
    reverted.status = before.status;
    reverted.actualDispatch = before.actualDispatch;
    reverted.actualArrival = before.actualArrival;
    reverted.actualHandover = before.actualHandover;
    reverted.certificateNumber = before.certificateNumber;
    reverted.certificateDate = before.certificateDate;
    reverted.revision = revision + 1;
    reverted.history.removeLast();
    if (Status done = commitWithAudit(m_db, transaction,
            {QLatin1String(kEntity), reverted.id, reverted.code, QStringLiteral("revert_transition"),
                diffFields(fieldsOf(current.value()), fieldsOf(reverted))});
        !done)
        return done.error();
    return reverted;
}

Result<QList<DeliveryRow>> DeliveryService::list(const DeliveryQuery &query) const
{
    QList<DeliveryRow> rows;
    const Status read = readRows(query, true, std::numeric_limits<int>::max(), [&rows](const QList<DeliveryRow> &page) {
        rows += page;
        return Status();
    });
    if (!read)
        return read.error();
    return rows;
}

Status DeliveryService::forEachPage(const DeliveryQuery &query, int pageSize, const PageHandler<DeliveryRow> &onPage) const
{
    return readRows(query, false, std::max(1, pageSize), onPage);
}

Status DeliveryService::readRows(const DeliveryQuery &query, bool paged, int pageSize, const PageHandler<DeliveryRow> &onPage) const
{
    const SqlCondition where = deliveryCondition(query.filter, m_db.dialect());
    const QString direction = query.order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    QString sql = QStringLiteral("SELECT d.id, d.code, d.project_id, p.code, p.title_en, p.title_zh, d.destination_country, c.name_en, "
                                 "c.name_zh, d.status, d.planned_dispatch, d.planned_arrival, d.actual_dispatch, d.actual_arrival, "
                                 "d.actual_handover, d.carrier, d.transport_document, d.currency, d.total_value, d.gross_weight_g, "
                                 "d.item_count FROM deliveries d JOIN projects p ON p.id = d.project_id "
                                 "LEFT JOIN partners c ON c.id = d.consignee_id %1 ORDER BY %2 %3, d.id %3")
                      .arg(where.sql, sortColumn(query.sort), direction);
    QVariantList values = where.values;
    if (paged)
        appendPage(sql, values, query.limit, query.offset);
    auto r = m_db.execute(sql, values);
    if (!r)
        return r.error();
    const std::function<DeliveryRow(const QSqlQuery &)> decode = [](const QSqlQuery &q) {
        DeliveryRow row;
        row.id = q.value(0).toLongLong();
        row.code = q.value(1).toString();
        row.projectId = q.value(2).toLongLong();
        row.projectCode = q.value(3).toString();
        row.projectTitleEn = q.value(4).toString();
        row.projectTitleZh = q.value(5).toString();
        row.destinationCountry = q.value(6).toString();
        row.consigneeEn = q.value(7).toString();
        row.consigneeZh = q.value(8).toString();
        row.status = DeliveryStatus(q.value(9).toInt());
        row.plannedDispatch = dateAt(q, 10);
        row.plannedArrival = dateAt(q, 11);
        row.actualDispatch = dateAt(q, 12);
        row.actualArrival = dateAt(q, 13);
        row.actualHandover = dateAt(q, 14);
        row.carrier = q.value(15).toString();
        row.transportDocument = q.value(16).toString();
        row.totalValue = Money(q.value(18).toLongLong(), q.value(17).toString());
        row.grossWeightGrams = q.value(19).toLongLong();
        row.itemCount = q.value(20).toInt();
        return row;
    };
    return readPages<DeliveryRow>(m_db, r.value(), pageSize, decode, {}, onPage);
}

Result<qint64> DeliveryService::count(const DeliveryFilter &filter) const
{
    const SqlCondition where = deliveryCondition(filter, m_db.dialect());
    auto r = m_db.execute(QStringLiteral("SELECT count(*) FROM deliveries d %1").arg(where.sql), where.values);
    if (!r)
        return r.error();
    return r->next() ? r->value(0).toLongLong() : 0;
}

Result<QString> DeliveryService::nextCode(qint64 projectId) const
{
    auto r = m_db.execute(
        QStringLiteral("SELECT p.code, (SELECT count(*) FROM deliveries d WHERE d.project_id = p.id) FROM projects p WHERE p.id = ?"),
        {projectId});
    if (!r)
        return r.error();
    if (!r->next())
        return Error::make(Error::Kind::NotFound, QCoreApplication::translate("Services", "project #%1 does not exist").arg(projectId));
    const QString projectCode = r->value(0).toString();
    for (qint64 n = r->value(1).toLongLong() + 1;; ++n) {
        const QString code = QStringLiteral("%1-D%2").arg(projectCode).arg(n, 2, 10, QLatin1Char('0'));
        auto taken = m_db.execute(QStringLiteral("SELECT 1 FROM deliveries WHERE code = ?"), {code});
        if (!taken)
            return taken.error();
        if (!taken->next())
            return code;
    }
}

} // namespace pd
