#include "bulk_insert.h"

#include "database.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDriver>

#include <libpq-fe.h>

namespace pd {

// COPY ... FROM STDIN on the connection QPSQL opened, in PostgreSQL's text format, sent in chunks.
class CopyStream final
{
public:
    explicit CopyStream(PGconn *conn)
        : m_conn(conn)
    { }

    Status start(const QString &sql)
    {
        PGresult *r = PQexec(m_conn, sql.toUtf8().constData());
        const bool ok = PQresultStatus(r) == PGRES_COPY_IN;
        const QString error = ok ? QString() : QString::fromUtf8(PQresultErrorMessage(r));
        PQclear(r);
        if (!ok)
            return failure(error, sql);
        m_open = true;
        return {};
    }

    void addField(const QVariant &value, bool last)
    {
        if (value.isNull()) {
            m_buffer += "\\N";
        } else {
            const QByteArray text = value.typeId() == QMetaType::QString ? value.toString().toUtf8() : value.toByteArray();
            for (const char c : text) {
                switch (c) {
                case '\\':
                    m_buffer += "\\\\";
                    break;
                case '\t':
                    m_buffer += "\\t";
                    break;
                case '\n':
                    m_buffer += "\\n";
                    break;
                case '\r':
                    m_buffer += "\\r";
                    break;
                default:
                    m_buffer += c;
                }
            }
        }
        m_buffer += last ? '\n' : '\t';
    }

    Status flushIfFull()
    {
        return m_buffer.size() >= kChunk ? flush() : Status();
    }

    Status end(const QString &sql)
    {
        if (Status s = flush(); !s)
            return s;
        m_open = false;
        if (PQputCopyEnd(m_conn, nullptr) != 1)
            return failure(QString::fromUtf8(PQerrorMessage(m_conn)), sql);
        QString error;
        while (PGresult *r = PQgetResult(m_conn)) {
            if (PQresultStatus(r) != PGRES_COMMAND_OK && error.isEmpty())
                error = QString::fromUtf8(PQresultErrorMessage(r));
            PQclear(r);
        }
        return error.isEmpty() ? Status() : failure(error, sql);
    }

    ~CopyStream()
    {
        if (!m_open)
            return;
        // Abandoned (an error in the caller): the COPY is ended with a failure, so that the
        // connection is usable for the rollback.
        PQputCopyEnd(m_conn, "cancelled");
        while (PGresult *r = PQgetResult(m_conn))
            PQclear(r);
    }

private:
    static constexpr qsizetype kChunk = 1 << 20;

    Status flush()
    {
        if (m_buffer.isEmpty())
            return {};
        if (PQputCopyData(m_conn, m_buffer.constData(), int(m_buffer.size())) != 1)
            return failure(QString::fromUtf8(PQerrorMessage(m_conn)), QStringLiteral("COPY"));
        m_buffer.clear();
        return {};
    }

    static Error failure(const QString &text, const QString &sql)
    {
        Error e = Error::make(Error::Kind::Storage, QCoreApplication::translate("Storage", "The rows could not be written to the team server; nothing was changed."));
        e.detail = QStringLiteral("PostgreSQL COPY: %1 -- %2").arg(text.trimmed(), sql);
        return e;
    }

    PGconn *m_conn;
    QByteArray m_buffer;
    bool m_open = false;
};

BulkInsert::BulkInsert(Database &db, QString table, QStringList columns)
    : m_db(db)
    , m_table(std::move(table))
    , m_columns(std::move(columns))
{ }

BulkInsert::~BulkInsert() = default;

Status BulkInsert::begin()
{
    const QString columns = m_columns.join(QStringLiteral(", "));
    if (!m_db.onServer()) {
        QStringList marks;
        marks.fill(QStringLiteral("?"), m_columns.size());
        auto insert = m_db.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(m_table, columns, marks.join(QStringLiteral(", "))));
        if (!insert)
            return insert.error();
        m_insert = std::make_unique<QSqlQuery>(std::move(insert).value());
        return {};
    }
    const QVariant handle = m_db.connection().driver()->handle();
    // QPSQL hands out its PGconn* (Qt's documented way to reach the native connection).
    if (!handle.isValid() || !(qstrcmp(handle.typeName(), "PGconn*") == 0 || qstrcmp(handle.typeName(), "pg_conn*") == 0))
        return Error::make(Error::Kind::Storage, QStringLiteral("the PostgreSQL driver gave no libpq connection (%1)").arg(QLatin1String(handle.typeName())));
    PGconn *conn = *static_cast<PGconn *const *>(handle.constData());
    // The staging table has the target's columns and types, no constraints, no triggers, no indexes.
    const QString staging = QStringLiteral("projectdesk_staging_") + m_table;
    for (const QString &sql : {QStringLiteral("DROP TABLE IF EXISTS %1").arg(staging),
             QStringLiteral("CREATE TEMPORARY TABLE %1 AS SELECT %2 FROM %3 WITH NO DATA").arg(staging, columns, m_table)}) {
        if (auto r = m_db.execute(sql); !r)
            return r.error();
    }
    m_copy = std::make_unique<CopyStream>(conn);
    return m_copy->start(QStringLiteral("COPY %1 (%2) FROM STDIN").arg(staging, columns));
}

Status BulkInsert::add(const QVariantList &values)
{
    if (!m_insert && !m_copy) {
        if (Status begun = begin(); !begun)
            return begun;
    }
    ++m_added;
    if (m_insert)
        return m_db.run(*m_insert, values);
    for (qsizetype i = 0; i < values.size(); ++i)
        m_copy->addField(values.at(i), i == values.size() - 1);
    return m_copy->flushIfFull();
}

Status BulkInsert::finish()
{
    m_insert.reset();
    if (!m_copy)
        return {};
    const QString staging = QStringLiteral("projectdesk_staging_") + m_table;
    const QString columns = m_columns.join(QStringLiteral(", "));
    Status ended = m_copy->end(QStringLiteral("COPY %1").arg(staging));
    m_copy.reset();
    if (!ended)
        return ended;
    if (auto moved = m_db.execute(QStringLiteral("INSERT INTO %1 (%2) SELECT %2 FROM %3").arg(m_table, columns, staging)); !moved)
        return moved.error();
    if (auto dropped = m_db.execute(QStringLiteral("DROP TABLE %1").arg(staging)); !dropped)
        return dropped.error();
    return {};
}

} // namespace pd
