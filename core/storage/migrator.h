#pragma once

#include "common/result.h"
#include "dialect.h"

#include <QStringList>

namespace pd {

class Database;

// Brings a portfolio's schema to the latest version, one numbered step at a time. The steps are
// the files resources/migrations/NNNN_*.sql (compiled in), each run in its own transaction with the
// version written in the same transaction. An existing file is copied before its first step.
class Migrator final
{
public:
    explicit Migrator(Database &db);

    static QStringList stepFiles();
    static int latestVersion();
    // The statements of one step, tokens expanded by the dialect.
    static QStringList statements(const QString &sql);
    // The file a step runs on this engine: its own under migrations/<engine>/ when it has one.
    static QString stepFileFor(const QString &file, const Dialect &dialect);

    Status migrate();
    // Where the copy of a file migrated from version `from` is kept.
    static QString backupPathFor(const QString &path, int from);

private:
    Status runStep(int version, const QString &file);
    Status runStatements(int version, const QString &sql, bool checkForeignKeys);
    Database &m_db;
};

} // namespace pd
