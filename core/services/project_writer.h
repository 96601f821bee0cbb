#pragma once

#include "common/result.h"
#include "domain/project.h"

#include <QSqlQuery>

namespace pd {

class Database;

// The SQL that stores a project row and its child rows (countries, sectors, SDG goals), with the
// statements prepared once: shared by ProjectService and bulk writers such as the demo generator.
// It writes only; callers own the transaction, validation and audit.
class ProjectWriter final
{
public:
    explicit ProjectWriter(Database &db);

    // Inserts and returns the id: project.id and project.revision when set (a restored row keeps
    // both, so undo commands that remember them stay valid), else a new id and revision 1.
    Result<qint64> insert(const Project &project, const QString &timestamp);
    // Updates when the stored revision is project.revision; returns false when it is not.
    Result<bool> update(const Project &project, const QString &timestamp);
    Status replaceChildren(qint64 projectId, const Project &project);

private:
    Status prepareAll();
    Status bindRowAndRun(QSqlQuery &query, const Project &project, const QString &timestamp);

    Database &m_db;
    Status m_prepared;
    QSqlQuery m_insert, m_insertWithId, m_update, m_clearCountries, m_clearSectors, m_clearGoals, m_country, m_sector, m_goal;
};

} // namespace pd
