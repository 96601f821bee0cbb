#pragma once

#include "common/result.h"
#include "project_query.h"
#include "domain/partner.h"
#include "storage/page_reader.h"

namespace pd {

class Database;

struct PartnerQuery
{
    QString search; // name (en/zh), acronym or IATI identifier
    bool networkOnly = false;
    int orgType = 0;
    bool inProjects = false; // only partners playing a role in the projects `projects` matches (all projects when empty)
    ProjectFilter projects;
    bool orderByChineseName = false; // else by English name
    bool countProjects = true; // false: projectCount stays 0, and the list is cheap on big portfolios
    int limit = -1;
    int offset = 0;
};

struct PartnerSummary
{
    Partner partner; // without contacts
    qint64 projectCount = 0;
};

// The only writer of partners, with the same guarantees as ProjectService.
class PartnerService final
{
public:
    explicit PartnerService(Database &db)
        : m_db(db)
    { }

    Result<Partner> create(const Partner &entered);
    // Puts a removed partner back under its id and revision, with its contacts (an undo).
    Result<Partner> restore(const Partner &removed);
    Result<Partner> update(const Partner &edited);
    // Refused (InUse) while the partner plays a role in a project.
    Status remove(qint64 id, int revision);

    Result<Partner> get(qint64 id) const;
    Result<Partner> findByIatiId(const QString &iatiId) const;
    Result<QList<PartnerSummary>> list(const PartnerQuery &query = {}) const;
    // Every partner the query matches (its limit and offset aside), pageSize at a time from one
    // statement. An Error from onPage stops the reading.
    Status forEachPage(const PartnerQuery &query, int pageSize, const PageHandler<PartnerSummary> &onPage) const;
    Result<qint64> count(const PartnerQuery &query = {}) const;

private:
    Result<Partner> insert(const Partner &entered, const QString &action);
    Status writeContacts(const Partner &partner);
    Status checkIatiIdFree(const Partner &partner) const;
    Status readSummaries(const PartnerQuery &query, bool paged, int pageSize, const PageHandler<PartnerSummary> &onPage) const;
    Result<Partner> load(const QString &where, const QVariant &key, const QString &what) const;

    Database &m_db;
};

} // namespace pd
