#include "transaction.h"

#include "database.h"

namespace pd {

Transaction::Transaction(Database &db, Mode mode)
    : m_db(db)
{
    const int depth = m_db.m_transactionDepth;
    if (depth > 0)
        m_savepoint = QStringLiteral("sp%1").arg(depth);
    const QString begin = mode == Mode::Read ? m_db.dialect().beginReadTransaction() : m_db.dialect().beginTransaction();
    Status begun;
    if (!m_savepoint.isEmpty())
        begun = exec(QStringLiteral("SAVEPOINT ") + m_savepoint);
    else if (mode == Mode::Read)
        begun = exec(begin);
    else if (begun = m_db.ensureWritable(); begun)
        begun = m_db.beginWrite(begin); // waits for another program's write lock, as long as the handler lets it
    if (begun) {
        m_active = true;
        ++m_db.m_transactionDepth;
    } else {
        m_error = begun.error();
    }
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    if (m_savepoint.isEmpty()) {
        (void)exec(QStringLiteral("ROLLBACK"));
    } else {
        (void)exec(QStringLiteral("ROLLBACK TO ") + m_savepoint);
        (void)exec(QStringLiteral("RELEASE ") + m_savepoint);
    }
    --m_db.m_transactionDepth;
}

Status Transaction::commit()
{
    if (!m_active)
        return m_error;
    Status done = exec(m_savepoint.isEmpty() ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + m_savepoint);
    if (done) {
        m_active = false;
        --m_db.m_transactionDepth;
    }
    return done;
}

Status Transaction::exec(const QString &sql)
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(sql))
        return m_db.failure(query.lastError(), sql);
    return {};
}

bool isTransientConflict(const Error &error)
{
    // SQLSTATE 40P01 deadlock_detected, 40001 serialization_failure (see PostgresDialect::translate).
    return error.kind == Error::Kind::Locked
        && (error.detail.startsWith(QLatin1String("PostgreSQL 40P01")) || error.detail.startsWith(QLatin1String("PostgreSQL 40001")));
}

} // namespace pd
