#pragma once

#include "common/result.h"

#include <QSqlDatabase>
#include <QStringList>

#include <memory>

namespace pd {

// Opens an SQLite file so that nothing can write to it (the caller counts it in LiveFiles): read-only, through a file: URI, immutable
// (no locks, no journal, no -shm) unless a write-ahead log beside it holds pages, which are then
// read too (mode=ro). The connection is added under connectionName; the caller removes it.
Result<QSqlDatabase> openReadOnly(const QString &path, const QString &connectionName);

// A damaged portfolio, opened only to read it. Its schema is loaded as far as it can be read
// (writable_schema, on a connection that cannot write): tables whose entries lie on a damaged page
// of the schema are missing from it.
class SalvageSource final
{
    Q_DISABLE_COPY_MOVE(SalvageSource)

public:
    // Refuses a file whose first page cannot be read, another application's file or a newer one.
    static Result<std::unique_ptr<SalvageSource>> open(const QString &path);
    ~SalvageSource();

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    int schemaVersion() const { return m_schemaVersion; }
    // The table's columns as the file's schema has them; empty when that schema could not be read.
    QStringList columns(const QString &table) const;

private:
    SalvageSource(QString path, QString connectionName, bool removeShm);

    QString m_path;
    QString m_liveKey; // counted in LiveFiles while the connection is open
    QString m_connectionName;
    bool m_removeShm = false; // the -shm is ours: it did not exist before
    int m_schemaVersion = 0;
};

// The error for a file that cannot be salvaged at all.
Error tooDamaged(const QString &path);

} // namespace pd
