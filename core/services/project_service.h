#pragma once

#include "common/result.h"
#include "domain/project.h"
#include "domain/validation.h"
#include "project_query.h"
#include "storage/page_reader.h"

namespace pd {

class Database;

// The only way projects are written: validation, one transaction per change, revision checks
// (optimistic concurrency) and the audit log. Reads for the registers and the CLI.
class ProjectService final
{
public:
    explicit ProjectService(Database &db)
        : m_db(db)
    { }

    // Stores a new project; returns it with its id and revision 1. Imports pass ValidationRules::Import
    // to keep dates as the source gives them (and tell projectDateWarnings themselves).
    Result<Project> create(const Project &project, ValidationRules rules = ValidationRules::Entry);
    // Stores a change to project (id and revision as read). Conflict when someone else changed it since.
    Result<Project> update(const Project &edited, ValidationRules rules = ValidationRules::Entry);
    // Deletes the project and its roles. Conflict when the revision is stale.
    Status remove(qint64 id, int revision);
    // Puts back a deleted project with its former id and revision (undo of a delete); roles are
    // restored by the caller (see ProjectRemoval). Held to Import rules: what was stored (an imported
    // project's dates as its file gave them) comes back as it was.
    Result<Project> restore(const Project &project);

    Result<Project> get(qint64 id) const;
    Result<Project> findByCode(const QString &code) const;

    Result<QList<ProjectSummary>> list(const ProjectQuery &query) const;
    // Every project the query matches (its limit and offset aside), pageSize at a time from one
    // statement: memory holds a page however many match. An Error from onPage stops the reading.
    Status forEachPage(const ProjectQuery &query, int pageSize, const PageHandler<ProjectSummary> &onPage) const;
    Result<qint64> count(const ProjectFilter &filter = {}) const;
    // The officers named on projects, sorted: for filters and pickers.
    Result<QStringList> officers() const;

private:
    Result<Project> createOnce(const Project &project, ValidationRules rules);
    Result<Project> updateOnce(const Project &edited, ValidationRules rules);
    Result<Project> insert(const Project &project, const QString &action, ValidationRules rules);
    Result<Project> load(const QString &where, const QVariant &key, const QString &what) const;
    Status loadChildren(Project &project) const;
    Status checkCodeFree(const Project &project) const;
    Status checkEmergencyKnown(const Project &project) const;
    Status readSummaries(const ProjectQuery &query, bool paged, int pageSize, const PageHandler<ProjectSummary> &onPage) const;
    Status readCountries(QList<ProjectSummary> &rows) const;
    Error conflictFor(const Project &project) const;

    Database &m_db;
};

} // namespace pd
