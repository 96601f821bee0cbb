#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace pd {

class Database;

// One import as the portfolio remembers it (schema step 7's import_batches).
struct ImportBatchInfo
{
    qint64 id = 0;
    QString kind;   // "csv", "xlsx", "iati"
    QString file;   // the file's name
    QString entity; // "projects", "transactions"... (ImportEntity's key; "activities" for IATI)
    QDateTime at;   // UTC
    QString user;
    qint64 added = 0;
    qint64 updated = 0;
    QDateTime undoneAt; // invalid while not undone
    bool undone() const { return undoneAt.isValid(); }
};

// The record of one import, begun inside the import's write transaction: the records it adds carry
// its id (import_id), the records it changes leave their before-image, so that ImportBatches::undo
// can take the import back as one step. Nothing is kept when the import's transaction rolls back.
class ImportBatch final
{
    Q_DISABLE_COPY_MOVE(ImportBatch)

public:
    explicit ImportBatch(Database &db)
        : m_db(db)
    { }

    Status begin(const QString &kind, const QString &file, const QString &entity);
    qint64 id() const { return m_id; }

    // A record the import added through a service (a bulk insert writes import_id itself).
    // `table` is one of projects, partners, transactions, budget_lines, deliveries.
    Status added(const QString &table, qint64 rowId);
    // The record's row (and child rows: a project's countries, sectors...) as it stands, to be
    // passed to updated() once the import changed it. `table` as for added(), or
    // "projects_with_finance": a project with its budget lines and transactions (an IATI update
    // replaces them).
    Result<QByteArray> before(const QString &table, qint64 rowId) const;
    Status updated(const QString &table, qint64 rowId, const QByteArray &before);
    // An exchange rate the import replaced (rates have no id): its row before.
    Status rateReplaced(const QString &quoteCurrency, const QString &currency, const QString &date);
    // Exchange rates the import wrote are marked as its own.
    Status rateWritten(const QString &quoteCurrency, const QString &currency, const QString &date);

    // Counts what was added and changed and keeps the counts on the batch; call before the commit.
    Status finish();
    qint64 addedCount() const { return m_added; }
    qint64 updatedCount() const { return m_updated; }

private:
    Database &m_db;
    qint64 m_id = 0;
    qint64 m_added = 0;
    qint64 m_updated = 0;
};

// The imports of a portfolio, and their undo.
class ImportBatches final
{
public:
    explicit ImportBatches(Database &db)
        : m_db(db)
    { }

    // Every import, the newest first.
    Result<QList<ImportBatchInfo>> list() const;
    Result<ImportBatchInfo> get(qint64 id) const;
    // Removes what the import added and puts back what it changed, in one write transaction with an
    // audit entry. Refused, with nothing changed, when the import was undone already, or a record it
    // added or changed was changed after it (the message names the record: "project GS-2020-001 was
    // changed after the import (revision 3); nothing was undone"), or records added since depend on
    // one it added.
    Result<ImportBatchInfo> undo(qint64 id);

private:
    Database &m_db;
};

} // namespace pd
