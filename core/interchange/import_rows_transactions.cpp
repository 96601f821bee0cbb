// Transactions from CSV. A million rows through FinanceService::addTransaction would cost a
// savepoint, a project look-up, a RETURNING round trip and a field-by-field audit entry each; here
// they go through one bulk insert inside the import's transaction (a prepared INSERT on SQLite, COPY on
// PostgreSQL), with the service's
// invariants kept: the same validation (validateTransaction), the project's business line copied
// into the row, revision 1, value date defaulting to the date, created/updated stamps; the
// transaction_days triggers keep the roll-up as for any insert. The audit log gets one entry for
// the import as a whole (the file and the number of rows) instead of one per row.
#include "import_fields.h"
#include "services/import_batches.h"
#include "import_values.h"

#include "domain/finance.h"
#include "services/audit_log.h"
#include "storage/bulk_insert.h"
#include "storage/database.h"
#include "storage/sql_values.h"

#include <QCoreApplication>

namespace pd {

namespace {

class TransactionImporter final : public RowImporter
{
public:
    explicit TransactionImporter(const ImportSource &source)
        : m_source(source)
    { }
    ~TransactionImporter() override { restoreCache(); }

    Status prepare() override
    {
        auto projects = projectsByCode(m_source.db);
        if (!projects)
            return projects.error();
        m_projects = std::move(projects).value();
        auto partners = partnersByName(m_source.db);
        if (!partners)
            return partners.error();
        m_partners = std::move(partners).value();
        m_types = codelistValues(QStringLiteral("TransactionType"));
        m_now = utcNow();
        if (Status stored = readStored(); !stored)
            return stored;
        // A million inserts in one transaction outgrow SQLite's default 2 MiB page cache: its pages
        // are spilled to the WAL and read back, index page by index page. A larger cache for the
        // import's duration keeps the indexes' working set in memory (it is given back afterwards).
        QSqlDatabase connection = m_source.db.connection();
        if (auto restore = m_source.db.dialect().enlargeCacheForImport(connection, kImportCacheKiB); restore && !restore->isEmpty())
            m_restoreCache = restore.value();
        return {};
    }

    Status row(const ImportRow &row, bool write) override
    {
        bool ok = true;
        FinancialTransaction t;
        ProjectRef project;
        if (!readProject(row, m_projects, project))
            ok = false;
        if (row.require(QStringLiteral("type"))) {
            if (const auto type = m_types.find(row.value(QStringLiteral("type"))))
                t.type = *type;
            else {
                row.problem(QStringLiteral("type"), QCoreApplication::translate("Import", "not an IATI transaction type (1-13 or its name)"));
                ok = false;
            }
        } else {
            ok = false;
        }
        ok = row.require(QStringLiteral("date")) && readDate(row, QStringLiteral("date"), t.date) && ok;
        ok = readDate(row, QStringLiteral("value_date"), t.valueDate) && ok;
        if (const auto amount = readMoney(row, QStringLiteral("amount"), QStringLiteral("currency")))
            t.amount = *amount;
        else
            ok = false;
        partner(row.value(QStringLiteral("provider")), t.providerId, t.providerName);
        partner(row.value(QStringLiteral("receiver")), t.receiverId, t.receiverName);
        t.description = row.value(QStringLiteral("description"));
        t.reference = row.value(QStringLiteral("reference"));
        if (!ok)
            return {};
        if (const QList<FieldError> errors = validateTransaction(t); !errors.isEmpty()) {
            row.problems(errors);
            return {};
        }
        if (!write)
            return {};
        const QVariant noPartner(QMetaType::fromType<qint64>());
        // One already there with the same values (an exported register imported again) is skipped.
        const bool there = alreadyThere(project.id, fingerprint(t.type, t.date.toString(Qt::ISODate), t.effectiveValueDate().toString(Qt::ISODate),
                                                  t.amount.minorUnits(), t.amount.currency(), t.providerId, t.providerName, t.receiverId,
                                                  t.receiverName, t.description, t.reference));
        if (there) {
            if (m_source.report)
                ++m_source.report->unchanged;
            return {};
        }
        if (!m_bulk) {
            m_bulk = std::make_unique<BulkInsert>(m_source.db, QStringLiteral("transactions"),
                QStringList{QStringLiteral("project_id"), QStringLiteral("business_line"), QStringLiteral("type"), QStringLiteral("date"),
                    QStringLiteral("value_date"), QStringLiteral("amount"), QStringLiteral("currency"), QStringLiteral("provider_id"),
                    QStringLiteral("provider_name"), QStringLiteral("receiver_id"), QStringLiteral("receiver_name"), QStringLiteral("description"),
                    QStringLiteral("reference"), QStringLiteral("created_at"), QStringLiteral("updated_at"), QStringLiteral("revision"),
                    QStringLiteral("import_id")});
        }
        if (Status s = m_bulk->add({project.id, project.line, t.type, t.date.toString(Qt::ISODate), t.effectiveValueDate().toString(Qt::ISODate),
                t.amount.minorUnits(), t.amount.currency(), t.providerId > 0 ? QVariant(t.providerId) : noPartner, t.providerName,
                t.receiverId > 0 ? QVariant(t.receiverId) : noPartner, t.receiverName, t.description, t.reference, m_now, m_now, 1,
                m_source.batch ? QVariant(m_source.batch->id()) : noPartner});
            !s)
            return s;
        ++m_written;
        return {};
    }

    Status finish(bool write, ProblemList &) override
    {
        if (m_bulk) {
            Status moved = write ? m_bulk->finish() : Status();
            m_bulk.reset();
            if (!moved) {
                restoreCache();
                return moved;
            }
        }
        restoreCache();
        if (!write || m_written == 0)
            return {};
        return AuditLog(m_source.db)
            .record(QStringLiteral("transaction"), 0, m_source.fileName, QStringLiteral("import"),
                {{QStringLiteral("rows"), QString(), QString::number(m_written)}});
    }

private:
    static constexpr int kImportCacheKiB = 64 * 1024;

    static QString fingerprint(int type, const QString &date, const QString &valueDate, qint64 amount, const QString &currency,
        qint64 providerId, const QString &providerName, qint64 receiverId, const QString &receiverName, const QString &description,
        const QString &reference)
    {
        return QStringList{QString::number(type), date, valueDate, QString::number(amount), currency, QString::number(providerId),
            providerName, QString::number(receiverId), receiverName, description, reference}
            .join(QChar(0x1f));
    }

    // The values of every stored transaction, hashed twice (two seeds: a false match is beyond
    // chance) and counted: read once before the rows, since on a team server the bulk insert's COPY
    // holds the connection while the rows come in.
    using Print = std::pair<size_t, size_t>;
    static Print hashed(qint64 projectId, const QString &print)
    {
        const QString keyed = QString::number(projectId) + QChar(0x1f) + print;
        return {qHash(keyed, 0x9e3779b9U), qHash(keyed, 0x85ebca6bU)};
    }

    Status readStored()
    {
        auto q = m_source.db.execute(QStringLiteral("SELECT project_id, type, date, value_date, amount, currency, provider_id, provider_name, "
                                                    "receiver_id, receiver_name, description, reference FROM transactions"));
        if (!q)
            return q.error();
        while (q->next())
            ++m_stored[hashed(q->value(0).toLongLong(),
                fingerprint(q->value(1).toInt(), q->value(2).toString(), q->value(3).toString(), q->value(4).toLongLong(), q->value(5).toString(),
                    q->value(6).toLongLong(), q->value(7).toString(), q->value(8).toLongLong(), q->value(9).toString(), q->value(10).toString(),
                    q->value(11).toString()))];
        return {};
    }

    // Whether a stored transaction has these values, not yet matched by a row of the file (identical
    // rows in a file are each one transaction).
    bool alreadyThere(qint64 projectId, const QString &print)
    {
        auto it = m_stored.find(hashed(projectId, print));
        if (it == m_stored.end() || *it == 0)
            return false;
        --*it;
        return true;
    }

    void restoreCache()
    {
        if (!m_restoreCache.isEmpty())
            (void)m_source.db.execute(m_restoreCache);
        m_restoreCache.clear();
    }

    // A partner named by name, acronym or IATI identifier; other text is kept as a free-text name.
    void partner(const QString &text, qint64 &id, QString &name) const
    {
        if (text.isEmpty())
            return;
        id = m_partners.value(text.toCaseFolded(), 0);
        if (id == 0)
            name = text;
    }

    ImportSource m_source;
    QHash<QString, ProjectRef> m_projects;
    QHash<QString, qint64> m_partners;
    NameIndex<int> m_types;
    QString m_now;
    std::unique_ptr<BulkInsert> m_bulk; // an import of a million rows is one COPY on a team server
    qint64 m_written = 0;
    QHash<std::pair<size_t, size_t>, int> m_stored; // the stored transactions' values, counted
    QString m_restoreCache; // the statement that gives the connection its own page cache back (SQLite)
};

} // namespace

std::unique_ptr<RowImporter> transactionImporter(const ImportSource &source)
{
    return std::make_unique<TransactionImporter>(source);
}

} // namespace pd
