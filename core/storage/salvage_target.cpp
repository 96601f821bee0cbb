#include "salvage_target.h"

#include "transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>

namespace pd {

namespace {

RefusalCause causeFor(const QString &parent)
{
    if (parent == QLatin1String("projects"))
        return RefusalCause::MissingProject;
    if (parent == QLatin1String("partners"))
        return RefusalCause::MissingPartner;
    return RefusalCause::MissingDelivery;
}

bool isParent(const QString &table)
{
    for (const SalvageTable &t : salvageTables()) {
        for (const SalvageReference &r : t.references) {
            if (r.parent == table)
                return true;
        }
    }
    return false;
}

} // namespace

Error targetExists(const QString &path)
{
    return Error::make(Error::Kind::InvalidArgument,
        QCoreApplication::translate("Salvage", "%1 already exists; choose a new file for the recovered portfolio").arg(path));
}

SalvageTarget::SalvageTarget(std::unique_ptr<Database> db)
    : m_db(std::move(db))
{ }

SalvageTarget::~SalvageTarget()
{
    if (!m_kept)
        remove();
}

Result<std::unique_ptr<SalvageTarget>> SalvageTarget::create(const QString &path)
{
    if (QFileInfo::exists(path))
        return targetExists(path);
    auto db = Database::openFile(path, Database::OpenMode::CreateIfMissing);
    if (!db) {
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
        return db.error();
    }
    std::unique_ptr<SalvageTarget> target(new SalvageTarget(std::move(db).value()));
    // All rows go in one transaction into a file nobody else has yet. Written through the log, every
    // page would be written twice; a journal in memory keeps only the few pages the empty schema had
    // (new pages have no old content) and still undoes a refused row's statement. With SQLite's
    // default 2 MiB of cache the indexes of a large portfolio would spill and be read back (as in the
    // CSV import). The log is back on once the rows are in.
    for (const char *pragma : {"PRAGMA journal_mode = MEMORY", "PRAGMA cache_size = -65536"}) {
        if (auto set = target->m_db->execute(QLatin1String(pragma)); !set)
            return set.error();
    }
    target->m_transaction = std::make_unique<Transaction>(*target->m_db);
    if (!target->m_transaction->isActive())
        return target->m_transaction->error();
    return target;
}

void SalvageTarget::remove()
{
    const QString path = m_db->path();
    m_insert = QSqlQuery();
    m_transaction.reset(); // rolls back
    m_db.reset(); // closes the connection, so that the files can go
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

QStringList SalvageTarget::columns(const QString &table) const
{
    QStringList names;
    auto q = m_db->execute(QStringLiteral("SELECT name FROM pragma_table_info(?)"), {table});
    while (q && q->next())
        names << q->value(0).toString();
    return names;
}

Status SalvageTarget::beginTable(const SalvageTable &table, const QStringList &columns)
{
    QStringList quoted, marks;
    for (const QString &c : columns) {
        quoted << u'"' + c + u'"';
        marks << QStringLiteral("?");
    }
    auto prepared = m_db->prepare(QStringLiteral("INSERT INTO \"%1\" (%2) VALUES (%3)")
                                      .arg(table.name, quoted.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
    if (!prepared)
        return prepared.error();
    m_insert = std::move(prepared).value();
    m_table = table.name;
    m_columnCount = int(columns.size());
    m_keepIds = isParent(table.name);
    m_references.clear();
    for (const SalvageReference &r : table.references) {
        if (const qsizetype i = columns.indexOf(r.column); i >= 0)
            m_references.append({int(i), r.parent, r.optional, causeFor(r.parent)});
    }
    return {};
}

Status SalvageTarget::insert(qint64 rowid, const QSqlQuery &row, TableSalvage &report)
{
    QList<int> cleared;
    for (const Reference &r : m_references) {
        const QVariant id = row.value(r.index + 1);
        const auto ids = m_recoveredIds.constFind(r.parent);
        if (!id.isNull() && (ids == m_recoveredIds.cend() || !ids->contains(id.toLongLong()))) {
            if (r.optional) {
                cleared << r.index;
                continue;
            }
            report.refuse(r.cause);
            return {};
        }
    }
    // Bound as read: a NULL stays NULL (Database::run would turn a null text into '').
    for (int i = 0; i < m_columnCount; ++i)
        m_insert.bindValue(i, cleared.contains(i) ? QVariant(QMetaType(QMetaType::LongLong)) : row.value(i + 1));
    if (!m_insert.exec()) {
        const Error e = m_db->dialect().translate(m_insert.lastError(), QString());
        // A constraint undoes only its own statement in SQLite; the transaction goes on.
        if (e.kind != Error::Kind::Duplicate && e.kind != Error::Kind::InUse && e.kind != Error::Kind::Validation)
            return m_db->dialect().translate(m_insert.lastError(), m_table);
        report.refuse(RefusalCause::Rule, e.message);
        return {};
    }
    ++report.recovered;
    if (!cleared.isEmpty())
        ++report.linksCleared;
    if (m_keepIds)
        m_recoveredIds[m_table].insert(rowid);
    return {};
}

Status SalvageTarget::commit()
{
    m_insert = QSqlQuery();
    if (Status done = m_transaction->commit(); !done)
        return done;
    if (auto wal = m_db->execute(QStringLiteral("PRAGMA journal_mode = WAL")); !wal)
        return wal.error();
    m_kept = true;
    return {};
}

} // namespace pd
