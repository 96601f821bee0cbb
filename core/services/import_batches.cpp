// Imports as steps that can be undone. The records an import adds carry its id (import_id; set-based
// to find and remove, whatever their number); the records it changes leave a before-image, a JSON
// copy of their row and child rows, restored column by column on undo. Whether a record was changed
// after the import is told by its revision: the one the import left it at is kept in import_updates
// (for the added records too, but for transactions, which a bulk import writes at revision 1).
#include "import_batches.h"

#include "audit_log.h"
#include "storage/database.h"
#include "storage/sql_values.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>

namespace pd {

namespace {

struct ChildTable
{
    const char *table;
    const char *parentColumn;
};

// The tables an import writes, in the order their records are removed (dependants first). Table and
// column names come from here, never from input or from a stored before-image.
struct KeptTable
{
    const char *key;       // import_updates.tbl
    const char *table;
    const char *noun;      // QT_TRANSLATE_NOOP("Import", ...), for messages
    const char *nameSql;   // what names a record in a message, as SQL over the table's row
    bool revisionRecorded; // the revision of the added records is kept by finish()
    QList<ChildTable> children;
    bool alias = false; // another image of a table above: no records of its own
};

const QList<KeptTable> &keptTables()
{
    static const QList<KeptTable> tables{
        {"deliveries", "deliveries", QT_TRANSLATE_NOOP("Import", "delivery"), "code", true, {{"delivery_items", "delivery_id"}}},
        {"transactions", "transactions", QT_TRANSLATE_NOOP("Import", "transaction"), "CAST(id AS TEXT)", false, {}},
        {"budget_lines", "budget_lines", QT_TRANSLATE_NOOP("Import", "budget line"), "CAST(id AS TEXT)", true, {}},
        {"projects", "projects", QT_TRANSLATE_NOOP("Import", "project"), "code", true,
            {{"project_countries", "project_id"}, {"project_sectors", "project_id"}, {"project_sdgs", "project_id"},
                {"project_partners", "project_id"}}},
        // An IATI import replaces an updated project's budget and transactions: they come back with it.
        {"projects_with_finance", "projects", QT_TRANSLATE_NOOP("Import", "project"), "code", true,
            {{"project_countries", "project_id"}, {"project_sectors", "project_id"}, {"project_sdgs", "project_id"},
                {"project_partners", "project_id"}, {"budget_lines", "project_id"}, {"transactions", "project_id"}},
            true},
        {"partners", "partners", QT_TRANSLATE_NOOP("Import", "partner"), "CASE WHEN name_en <> '' THEN name_en ELSE name_zh END", true,
            {{"partner_contacts", "partner_id"}}},
    };
    return tables;
}

const KeptTable *keptTable(const QString &name)
{
    for (const KeptTable &t : keptTables()) {
        if (name == QLatin1String(t.key))
            return &t;
    }
    return nullptr;
}

const QString kRates = QStringLiteral("exchange_rates");

QString nounOf(const KeptTable &t)
{
    return QCoreApplication::translate("Import", t.noun);
}

QJsonValue jsonOf(const QVariant &value)
{
    if (value.isNull())
        return QJsonValue::Null;
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QJsonValue(value.toLongLong());
    default:
        return QJsonValue(value.toString());
    }
}

// Money, ids and counts are integers; no column of these tables holds a fraction.
QVariant variantOf(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return {};
    if (value.isDouble())
        return QVariant(qint64(value.toDouble()));
    return QVariant(value.toString());
}

Result<QJsonArray> rowsOf(Database &db, const QString &sql, const QVariantList &values)
{
    auto q = db.execute(sql, values);
    if (!q)
        return q.error();
    QJsonArray rows;
    while (q->next()) {
        const QSqlRecord record = q->record();
        QJsonObject row;
        for (int i = 0; i < record.count(); ++i)
            row.insert(record.fieldName(i), jsonOf(q->value(i)));
        rows.append(row);
    }
    return rows;
}

Result<QStringList> columnsOf(Database &db, const QString &table)
{
    auto q = db.execute(QStringLiteral("SELECT * FROM %1 LIMIT 0").arg(table));
    if (!q)
        return q.error();
    QStringList names;
    const QSqlRecord record = q->record();
    for (int i = 0; i < record.count(); ++i)
        names << record.fieldName(i);
    return names;
}

// Inserts stored rows again, taking only the columns the table has.
Status insertRows(Database &db, const QString &table, const QJsonArray &rows)
{
    auto columns = columnsOf(db, table);
    if (!columns)
        return columns.error();
    for (const QJsonValue &value : rows) {
        const QJsonObject row = value.toObject();
        QStringList names, marks;
        QVariantList values;
        for (const QString &c : columns.value()) {
            if (!row.contains(c))
                continue;
            names << c;
            marks << QStringLiteral("?");
            values << variantOf(row.value(c));
        }
        auto r = db.execute(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, names.join(u','), marks.join(u',')), values);
        if (!r)
            return r.error();
    }
    return {};
}

Error refused(const QStringList &why)
{
    return Error::make(Error::Kind::Conflict,
        QCoreApplication::translate("Import", "%1; nothing was undone").arg(why.join(QStringLiteral("; "))));
}

Result<ImportBatchInfo> readBatch(Database &db, qint64 id)
{
    auto q = db.execute(QStringLiteral("SELECT id, kind, file, entity, at, user_name, added, updated, undone_at FROM import_batches "
                                       "WHERE id = ?"),
        {id});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::make(Error::Kind::NotFound, QCoreApplication::translate("Import", "there is no import %1").arg(id));
    ImportBatchInfo b;
    b.id = q->value(0).toLongLong();
    b.kind = q->value(1).toString();
    b.file = q->value(2).toString();
    b.entity = q->value(3).toString();
    b.at = QDateTime::fromString(q->value(4).toString(), Qt::ISODate);
    b.user = q->value(5).toString();
    b.added = q->value(6).toLongLong();
    b.updated = q->value(7).toLongLong();
    if (!q->value(8).isNull())
        b.undoneAt = QDateTime::fromString(q->value(8).toString(), Qt::ISODate);
    return b;
}

} // namespace

Status ImportBatch::begin(const QString &kind, const QString &file, const QString &entity)
{
    auto r = m_db.execute(QStringLiteral("INSERT INTO import_batches (kind, file, entity, at, user_name) VALUES (?, ?, ?, ?, ?) RETURNING id"),
        {kind, file, entity, utcNow(), AuditLog::actor(m_db)});
    if (!r)
        return r.error();
    if (!r->next())
        return Error::make(Error::Kind::Storage, QStringLiteral("import_batches gave no id"));
    m_id = r->value(0).toLongLong();
    return {};
}

Status ImportBatch::added(const QString &table, qint64 rowId)
{
    const KeptTable *t = keptTable(table);
    if (!t || t->alias || m_id == 0)
        return Error::make(Error::Kind::InvalidArgument, QStringLiteral("no import batch for %1").arg(table));
    auto r = m_db.execute(QStringLiteral("UPDATE %1 SET import_id = ? WHERE id = ?").arg(QLatin1String(t->table)), {m_id, rowId});
    if (!r)
        return r.error();
    return {};
}

Result<QByteArray> ImportBatch::before(const QString &table, qint64 rowId) const
{
    const KeptTable *t = keptTable(table);
    if (!t)
        return Error::make(Error::Kind::InvalidArgument, QStringLiteral("no before-image of %1").arg(table));
    auto row = rowsOf(m_db, QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(QLatin1String(t->table)), {rowId});
    if (!row)
        return row.error();
    if (row->isEmpty())
        return Error::make(Error::Kind::NotFound, QStringLiteral("%1 %2 is not there").arg(table).arg(rowId));
    QJsonObject children;
    for (const ChildTable &c : t->children) {
        auto rows = rowsOf(m_db, QStringLiteral("SELECT * FROM %1 WHERE %2 = ?").arg(QLatin1String(c.table), QLatin1String(c.parentColumn)),
            {rowId});
        if (!rows)
            return rows.error();
        children.insert(QLatin1String(c.table), rows.value());
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("row"), row->first()}, {QStringLiteral("children"), children}})
        .toJson(QJsonDocument::Compact);
}

Status ImportBatch::updated(const QString &table, qint64 rowId, const QByteArray &before)
{
    const KeptTable *t = keptTable(table);
    if (!t || m_id == 0)
        return Error::make(Error::Kind::InvalidArgument, QStringLiteral("no import batch for %1").arg(table));
    // Changed twice by the import: the first before-image stands, the revision is the last one.
    auto again = m_db.execute(QStringLiteral("UPDATE import_updates SET revision_after = (SELECT revision FROM %1 WHERE id = ?) "
                                             "WHERE batch_id = ? AND tbl = ? AND row_id = ?")
                                  .arg(QLatin1String(t->table)),
        {rowId, m_id, QLatin1String(t->key), rowId});
    if (!again)
        return again.error();
    if (again->numRowsAffected() > 0)
        return {};
    // A record the import added itself goes with its undo: no before-image.
    auto r = m_db.execute(QStringLiteral("INSERT INTO import_updates (batch_id, tbl, row_id, revision_after, before_json) "
                                         "SELECT ?, ?, id, revision, ? FROM %1 WHERE id = ? AND (import_id IS NULL OR import_id <> ?)")
                              .arg(QLatin1String(t->table)),
        {m_id, QLatin1String(t->key), QString::fromUtf8(before), rowId, m_id});
    if (!r)
        return r.error();
    return {};
}

Status ImportBatch::rateReplaced(const QString &quoteCurrency, const QString &currency, const QString &date)
{
    auto row = rowsOf(m_db, QStringLiteral("SELECT * FROM exchange_rates WHERE quote_currency = ? AND currency = ? AND date = ?"),
        {quoteCurrency, currency, date});
    if (!row)
        return row.error();
    if (row->isEmpty())
        return {};
    auto n = m_db.execute(QStringLiteral("SELECT COUNT(*) FROM import_updates WHERE batch_id = ? AND tbl = ?"), {m_id, kRates});
    if (!n)
        return n.error();
    const qint64 seq = n->next() ? n->value(0).toLongLong() + 1 : 1;
    auto r = m_db.execute(QStringLiteral("INSERT INTO import_updates (batch_id, tbl, row_id, revision_after, before_json) VALUES (?, ?, ?, 0, ?)"),
        {m_id, kRates, seq, QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("row"), row->first()}}).toJson(QJsonDocument::Compact))});
    if (!r)
        return r.error();
    return {};
}

Status ImportBatch::rateWritten(const QString &quoteCurrency, const QString &currency, const QString &date)
{
    auto r = m_db.execute(QStringLiteral("UPDATE exchange_rates SET import_id = ? WHERE quote_currency = ? AND currency = ? AND date = ?"),
        {m_id, quoteCurrency, currency, date});
    if (!r)
        return r.error();
    return {};
}

Status ImportBatch::finish()
{
    m_added = 0;
    for (const KeptTable &t : keptTables()) {
        if (t.alias)
            continue;
        const QString table = QLatin1String(t.table);
        if (t.revisionRecorded) {
            auto kept = m_db.execute(QStringLiteral("INSERT INTO import_updates (batch_id, tbl, row_id, revision_after, before_json) "
                                                    "SELECT ?, ?, id, revision, '' FROM %1 WHERE import_id = ?")
                                         .arg(table),
                {m_id, table, m_id});
            if (!kept)
                return kept.error();
        }
        auto n = m_db.execute(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE import_id = ?").arg(table), {m_id});
        if (!n)
            return n.error();
        m_added += n->next() ? n->value(0).toLongLong() : 0;
    }
    auto rates = m_db.execute(QStringLiteral("SELECT COUNT(*) FROM exchange_rates WHERE import_id = ?"), {m_id});
    if (!rates)
        return rates.error();
    auto replaced = m_db.execute(QStringLiteral("SELECT COUNT(*) FROM import_updates WHERE batch_id = ? AND tbl = ?"), {m_id, kRates});
    if (!replaced)
        return replaced.error();
    const qint64 replacedRates = replaced->next() ? replaced->value(0).toLongLong() : 0;
    m_added += (rates->next() ? rates->value(0).toLongLong() : 0) - replacedRates;
    auto changed = m_db.execute(QStringLiteral("SELECT COUNT(*) FROM import_updates WHERE batch_id = ? AND before_json <> ''"), {m_id});
    if (!changed)
        return changed.error();
    m_updated = changed->next() ? changed->value(0).toLongLong() : 0;
    auto r = m_db.execute(QStringLiteral("UPDATE import_batches SET added = ?, updated = ? WHERE id = ?"), {m_added, m_updated, m_id});
    if (!r)
        return r.error();
    return {};
}

Result<QList<ImportBatchInfo>> ImportBatches::list() const
{
    auto q = m_db.execute(QStringLiteral("SELECT id FROM import_batches ORDER BY id DESC"));
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q->next())
        ids << q->value(0).toLongLong();
    QList<ImportBatchInfo> batches;
    for (qint64 id : ids) {
        auto b = readBatch(m_db, id);
        if (!b)
            return b.error();
        batches << b.value();
    }
    return batches;
}

Result<ImportBatchInfo> ImportBatches::get(qint64 id) const
{
    return readBatch(m_db, id);
}

namespace {

// The records of the batch changed (or removed) after it, named; at most a few of each table.
Result<QStringList> changedAfter(Database &db, qint64 id)
{
    constexpr int kNamed = 3;
    QStringList why;
    for (const KeptTable &t : keptTables()) {
        const QString table = QLatin1String(t.table);
        const QString name = QLatin1String(t.nameSql);
        if (!t.revisionRecorded && t.alias)
            continue;
        auto q = t.revisionRecorded
            ? db.execute(QStringLiteral("SELECT u.row_id, t.id, t.revision, %2 FROM import_updates u LEFT JOIN %1 t ON t.id = u.row_id "
                                        "WHERE u.batch_id = ? AND u.tbl = ? AND (t.id IS NULL OR t.revision <> u.revision_after) "
                                        "ORDER BY u.row_id LIMIT %3")
                             .arg(table, name)
                             .arg(kNamed),
                {id, QLatin1String(t.key)})
            : db.execute(QStringLiteral("SELECT id, id, revision, %2 FROM %1 WHERE import_id = ? AND revision <> 1 ORDER BY 1 LIMIT %3")
                             .arg(table, name)
                             .arg(kNamed),
                {id});
        if (!q)
            return q.error();
        while (q->next()) {
            if (q->value(1).isNull())
                why << QCoreApplication::translate("Import", "%1 %2 was deleted after the import").arg(nounOf(t), q->value(0).toString());
            else
                why << QCoreApplication::translate("Import", "%1 %2 was changed after the import (revision %3)")
                           .arg(nounOf(t), q->value(3).toString())
                           .arg(q->value(2).toLongLong());
        }
    }
    // A replaced rate edited since no longer carries the import's id.
    auto rates = db.execute(QStringLiteral("SELECT before_json FROM import_updates WHERE batch_id = ? AND tbl = ? ORDER BY row_id"), {id, kRates});
    if (!rates)
        return rates.error();
    while (rates->next()) {
        const QJsonObject row = QJsonDocument::fromJson(rates->value(0).toString().toUtf8()).object().value(QStringLiteral("row")).toObject();
        auto now = db.execute(QStringLiteral("SELECT import_id FROM exchange_rates WHERE quote_currency = ? AND currency = ? AND date = ?"),
            {row.value(QStringLiteral("quote_currency")).toString(), row.value(QStringLiteral("currency")).toString(),
                row.value(QStringLiteral("date")).toString()});
        if (!now)
            return now.error();
        if (!now->next() || now->value(0).toLongLong() != id)
            why << QCoreApplication::translate("Import", "the %1 rate of %2 was changed after the import")
                       .arg(row.value(QStringLiteral("currency")).toString(), row.value(QStringLiteral("date")).toString());
    }
    return why;
}

// Records added since that depend on records the batch added (and would go with them).
Result<QStringList> dependants(Database &db, qint64 id)
{
    struct Check
    {
        const char *noun;
        const char *what;
        const char *sql; // ? = the batch, twice
    };
    static const Check checks[] = {
        {QT_TRANSLATE_NOOP("Import", "project"), QT_TRANSLATE_NOOP("Import", "transactions"),
            "SELECT p.code FROM projects p JOIN transactions x ON x.project_id = p.id WHERE p.import_id = ? "
            "AND (x.import_id IS NULL OR x.import_id <> ?)"},
        {QT_TRANSLATE_NOOP("Import", "project"), QT_TRANSLATE_NOOP("Import", "budget lines"),
            "SELECT p.code FROM projects p JOIN budget_lines x ON x.project_id = p.id WHERE p.import_id = ? "
            "AND (x.import_id IS NULL OR x.import_id <> ?)"},
        {QT_TRANSLATE_NOOP("Import", "project"), QT_TRANSLATE_NOOP("Import", "deliveries"),
            "SELECT p.code FROM projects p JOIN deliveries x ON x.project_id = p.id WHERE p.import_id = ? "
            "AND (x.import_id IS NULL OR x.import_id <> ?)"},
        {QT_TRANSLATE_NOOP("Import", "partner"), QT_TRANSLATE_NOOP("Import", "projects"),
            "SELECT CASE WHEN a.name_en <> '' THEN a.name_en ELSE a.name_zh END FROM partners a "
            "JOIN project_partners r ON r.partner_id = a.id JOIN projects p ON p.id = r.project_id WHERE a.import_id = ? "
            "AND (p.import_id IS NULL OR p.import_id <> ?)"},
        {QT_TRANSLATE_NOOP("Import", "partner"), QT_TRANSLATE_NOOP("Import", "transactions"),
            "SELECT CASE WHEN a.name_en <> '' THEN a.name_en ELSE a.name_zh END FROM partners a "
            "JOIN transactions x ON x.provider_id = a.id OR x.receiver_id = a.id WHERE a.import_id = ? "
            "AND (x.import_id IS NULL OR x.import_id <> ?)"},
        {QT_TRANSLATE_NOOP("Import", "partner"), QT_TRANSLATE_NOOP("Import", "deliveries"),
            "SELECT CASE WHEN a.name_en <> '' THEN a.name_en ELSE a.name_zh END FROM partners a "
            "JOIN deliveries x ON x.consignee_id = a.id WHERE a.import_id = ? AND (x.import_id IS NULL OR x.import_id <> ?)"},
    };
    QStringList why;
    for (const Check &c : checks) {
        auto q = db.execute(QLatin1String(c.sql) + QStringLiteral(" LIMIT 1"), {id, id});
        if (!q)
            return q.error();
        if (q->next())
            why << QCoreApplication::translate("Import", "%1 %2 has %3 added after the import")
                       .arg(QCoreApplication::translate("Import", c.noun), q->value(0).toString(),
                           QCoreApplication::translate("Import", c.what));
    }
    return why;
}

// Puts a record's row and child rows back as the before-image has them; its revision moves on, and
// earlier imports that left it as it is now are told its new revision, so that they can be undone
// in turn.
Status restore(Database &db, qint64 batchId, const KeptTable &t, qint64 rowId, const QJsonObject &image)
{
    const QString table = QLatin1String(t.table);
    auto columns = columnsOf(db, table);
    if (!columns)
        return columns.error();
    const QJsonObject row = image.value(QStringLiteral("row")).toObject();
    QStringList sets;
    QVariantList values;
    for (const QString &c : columns.value()) {
        if (c == QLatin1String("id") || c == QLatin1String("revision") || !row.contains(c))
            continue;
        sets << c + QStringLiteral(" = ?");
        values << (c == QLatin1String("updated_at") ? QVariant(utcNow()) : variantOf(row.value(c)));
    }
    values << rowId;
    auto r = db.execute(QStringLiteral("UPDATE %1 SET %2, revision = revision + 1 WHERE id = ?").arg(table, sets.join(QStringLiteral(", "))), values);
    if (!r)
        return r.error();
    QStringList keys;
    for (const KeptTable &other : keptTables()) {
        if (qstrcmp(other.table, t.table) == 0)
            keys << QStringLiteral("'%1'").arg(QLatin1String(other.key)); // names from the list above
    }
    auto earlier = db.execute(QStringLiteral("UPDATE import_updates SET revision_after = (SELECT revision FROM %1 WHERE id = ?) "
                                             "WHERE tbl IN (%2) AND row_id = ? AND batch_id < ? AND revision_after = ?")
                                  .arg(table, keys.join(u',')),
        {rowId, rowId, batchId, variantOf(row.value(QStringLiteral("revision")))});
    if (!earlier)
        return earlier.error();
    const QJsonObject children = image.value(QStringLiteral("children")).toObject();
    for (const ChildTable &c : t.children) {
        const QString child = QLatin1String(c.table);
        auto gone = db.execute(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(child, QLatin1String(c.parentColumn)), {rowId});
        if (!gone)
            return gone.error();
        if (Status s = insertRows(db, child, children.value(child).toArray()); !s)
            return s;
    }
    return {};
}

Status restoreRate(Database &db, const QJsonObject &image)
{
    const QJsonObject row = image.value(QStringLiteral("row")).toObject();
    auto r = db.execute(QStringLiteral("UPDATE exchange_rates SET rate = ?, source = ?, import_id = ? "
                                       "WHERE quote_currency = ? AND currency = ? AND date = ?"),
        {variantOf(row.value(QStringLiteral("rate"))), variantOf(row.value(QStringLiteral("source"))),
            variantOf(row.value(QStringLiteral("import_id"))), row.value(QStringLiteral("quote_currency")).toString(),
            row.value(QStringLiteral("currency")).toString(), row.value(QStringLiteral("date")).toString()});
    if (!r)
        return r.error();
    return {};
}

} // namespace

Result<ImportBatchInfo> ImportBatches::undo(qint64 id)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    auto batch = readBatch(m_db, id);
    if (!batch)
        return batch.error();
    if (batch->undone())
        return Error::make(Error::Kind::Conflict, QCoreApplication::translate("Import", "import %1 (%2) was undone already on %3; nothing was done")
                                                      .arg(id)
                                                      .arg(batch->file, batch->undoneAt.toString(Qt::ISODate)));
    auto changed = changedAfter(m_db, id);
    if (!changed)
        return changed.error();
    auto depending = dependants(m_db, id);
    if (!depending)
        return depending.error();
    if (const QStringList why = changed.value() + depending.value(); !why.isEmpty())
        return refused(why);

    // What it changed comes back first, then what it added goes, dependants first.
    auto updates = m_db.execute(QStringLiteral("SELECT tbl, row_id, before_json FROM import_updates WHERE batch_id = ? AND before_json <> '' "
                                               "ORDER BY tbl, row_id"),
        {id});
    if (!updates)
        return updates.error();
    QList<std::tuple<QString, qint64, QJsonObject>> images;
    while (updates->next())
        images.append({updates->value(0).toString(), updates->value(1).toLongLong(),
            QJsonDocument::fromJson(updates->value(2).toString().toUtf8()).object()});
    updates->finish();
    for (const auto &[table, rowId, image] : images) {
        Status s = table == kRates ? restoreRate(m_db, image) : Status();
        if (const KeptTable *t = keptTable(table))
            s = restore(m_db, id, *t, rowId, image);
        if (!s)
            return s.error();
    }
    // A revised budget line marks the original lines of its period superseded: they are marked again.
    auto periods = m_db.execute(QStringLiteral("SELECT DISTINCT project_id, period_start, period_end FROM budget_lines WHERE import_id = ?"), {id});
    if (!periods)
        return periods.error();
    QList<QVariantList> budgetPeriods;
    while (periods->next())
        budgetPeriods.append({periods->value(0), periods->value(1), periods->value(2)});
    periods->finish();
    for (const QString &table : {QStringLiteral("deliveries"), QStringLiteral("transactions"), QStringLiteral("budget_lines"),
             QStringLiteral("projects"), QStringLiteral("partners"), kRates}) {
        // Only where it added some: on a team server an officer may not delete partners or rates at all.
        auto any = m_db.execute(QStringLiteral("SELECT 1 FROM %1 WHERE import_id = ? LIMIT 1").arg(table), {id});
        if (!any)
            return any.error();
        if (!any->next())
            continue;
        any->finish();
        auto r = m_db.execute(QStringLiteral("DELETE FROM %1 WHERE import_id = ?").arg(table), {id});
        if (!r)
            return r.error();
    }
    for (const QVariantList &period : budgetPeriods) {
        auto r = m_db.execute(QStringLiteral("UPDATE budget_lines SET superseded = CASE WHEN budget_type = 1 AND EXISTS (SELECT 1 FROM "
                                             "budget_lines r WHERE r.project_id = budget_lines.project_id AND r.period_start = "
                                             "budget_lines.period_start AND r.period_end = budget_lines.period_end AND r.budget_type = 2) "
                                             "THEN 1 ELSE 0 END WHERE project_id = ? AND period_start = ? AND period_end = ?"),
            period);
        if (!r)
            return r.error();
    }
    const QString now = utcNow();
    if (auto r = m_db.execute(QStringLiteral("UPDATE import_batches SET undone_at = ? WHERE id = ?"), {now, id}); !r)
        return r.error();
    if (Status s = commitWithAudit(m_db, transaction,
            {QStringLiteral("import"), id, batch->file, QStringLiteral("undo"),
                {{QStringLiteral("added"), QString::number(batch->added), QStringLiteral("0")},
                    {QStringLiteral("updated"), QString::number(batch->updated), QStringLiteral("0")}}});
        !s)
        return s.error();
    batch->undoneAt = QDateTime::fromString(now, Qt::ISODate);
    return batch.value();
}

} // namespace pd
