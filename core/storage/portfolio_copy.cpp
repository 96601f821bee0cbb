#include "portfolio_copy.h"

#include "bulk_insert.h"
#include "database.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QSqlRecord>

#include <optional>

namespace pd {

namespace {

// Rows read per statement from a table with ids: the source is read in pages, so that a server's
// million transactions are never all in memory at once.
constexpr int kPage = 20000;

QString placeholders(int n)
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), n);
    return marks.join(QStringLiteral(", "));
}

} // namespace

const QList<QString> &PortfolioCopy::tables()
{
    static const QList<QString> names{QStringLiteral("portfolio_settings"), QStringLiteral("partners"), QStringLiteral("partner_contacts"),
        QStringLiteral("emergencies"), QStringLiteral("projects"), QStringLiteral("project_countries"), QStringLiteral("project_sectors"), QStringLiteral("project_sdgs"),
        QStringLiteral("project_partners"), QStringLiteral("budget_lines"), QStringLiteral("transactions"), QStringLiteral("exchange_rates"),
        QStringLiteral("deliveries"), QStringLiteral("delivery_items"), QStringLiteral("delivery_events"), QStringLiteral("import_batches"), QStringLiteral("import_updates"), QStringLiteral("audit_log")};
    return names;
}

PortfolioCopy::PortfolioCopy(Database &source, Database &target)
    : m_source(source)
    , m_target(target)
{ }

Result<QList<TableCount>> PortfolioCopy::run(const std::function<bool(qint64)> &progress)
{
    // Table names come from the list above, never from input.
    for (const QString &table : tables()) {
        auto any = m_target.execute(QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(table));
        if (!any)
            return any.error();
        if (any->next())
            return Error::make(Error::Kind::InvalidArgument,
                QCoreApplication::translate("Storage", "%1 already holds records (in %2): a portfolio is copied only into an empty one.").arg(m_target.path(), table));
    }
    Transaction read(m_source, Transaction::Mode::Read);
    if (!read.isActive())
        return read.error();
    Transaction write(m_target);
    if (!write.isActive())
        return write.error();
    QList<TableCount> counts;
    qint64 done = 0;
    for (const QString &table : tables()) {
        auto copied = copyTable(table, done, progress);
        if (!copied)
            return copied.error();
        counts << TableCount{table, copied.value()};
    }
    if (Status committed = write.commit(); !committed)
        return committed.error();
    return counts;
}

Result<qint64> PortfolioCopy::copyTable(const QString &table, qint64 &done, const std::function<bool(qint64)> &progress)
{
    auto probe = m_source.execute(QStringLiteral("SELECT * FROM %1 LIMIT 0").arg(table));
    if (!probe)
        return probe.error();
    const QSqlRecord record = probe->record();
    probe->finish();
    QStringList columns;
    for (int i = 0; i < record.count(); ++i)
        columns << record.fieldName(i);
    const qsizetype idColumn = columns.indexOf(QLatin1String("id"));
    const bool paged = idColumn >= 0;
    // Into a server: one COPY per table (BulkInsert). Into a file: a prepared INSERT, NULLs bound as
    // NULL (Database::run would make a null text '').
    std::unique_ptr<BulkInsert> bulk;
    std::optional<QSqlQuery> insert;
    if (m_target.onServer()) {
        bulk = std::make_unique<BulkInsert>(m_target, table, columns);
    } else {
        auto prepared = m_target.prepare(
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, columns.join(QStringLiteral(", ")), placeholders(int(columns.size()))));
        if (!prepared)
            return prepared.error();
        insert = std::move(prepared).value();
    }
    qint64 rows = 0;
    qint64 lastId = std::numeric_limits<qint64>::min();
    for (;;) {
        auto page = paged ? m_source.execute(QStringLiteral("SELECT %1 FROM %2 WHERE id > ? ORDER BY id LIMIT %3").arg(columns.join(QStringLiteral(", ")), table).arg(kPage),
                                {lastId})
                          : m_source.execute(QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QStringLiteral(", ")), table));
        if (!page)
            return page.error();
        qint64 inPage = 0;
        while (page->next()) {
            QVariantList values;
            values.reserve(columns.size());
            for (int i = 0; i < columns.size(); ++i) {
                const QVariant v = page->value(i);
                values << (v.isNull() ? QVariant() : v); // NULL stays NULL (a date not known)
            }
            if (bulk) {
                if (Status added = bulk->add(values); !added)
                    return added.error();
            } else {
                for (int i = 0; i < columns.size(); ++i)
                    insert->bindValue(i, values.at(i));
                if (!insert->exec())
                    return m_target.failure(insert->lastError(), insert->lastQuery());
            }
            if (paged)
                lastId = values.at(idColumn).toLongLong();
            ++rows;
            ++inPage;
            if (++done % 1000 == 0 && progress && !progress(done))
                return Error::make(Error::Kind::Cancelled, QCoreApplication::translate("Storage", "The copy was cancelled; nothing was kept."));
        }
        if (!paged || inPage < kPage)
            break;
    }
    if (bulk) {
        if (Status moved = bulk->finish(); !moved)
            return moved.error();
    }
    if (paged) {
        if (Status caughtUp = m_target.catchUpIdentity(table); !caughtUp)
            return caughtUp.error();
    }
    return rows;
}

} // namespace pd
