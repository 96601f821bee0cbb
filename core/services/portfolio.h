#pragma once

#include "partner_service.h"
#include "project_service.h"
#include "role_service.h"
#include "storage/database.h"

#include <memory>

namespace pd {

// An open portfolio with its services: what a window or a command works on.
class Portfolio final
{
    Q_DISABLE_COPY_MOVE(Portfolio)

public:
    static Result<std::unique_ptr<Portfolio>> open(const QString &path, Database::OpenMode mode = Database::OpenMode::CreateIfMissing)
    {
        Database::Options options;
        options.mode = mode;
        return open(path, options);
    }
    static Result<std::unique_ptr<Portfolio>> open(const QString &path, const Database::Options &options)
    {
        auto db = Database::open(path, options);
        if (!db)
            return db.error();
        return std::unique_ptr<Portfolio>(new Portfolio(std::move(db).value()));
    }
    // Another connection to a portfolio this process has open, for a worker thread.
    static Result<std::unique_ptr<Portfolio>> connect(const ConnectionSpec &spec)
    {
        auto db = Database::connect(spec);
        if (!db)
            return db.error();
        return std::unique_ptr<Portfolio>(new Portfolio(std::move(db).value()));
    }

    Database &database() { return *m_db; }
    ProjectService &projects() { return m_projects; }
    PartnerService &partners() { return m_partners; }
    RoleService &roles() { return m_roles; }

private:
    explicit Portfolio(std::unique_ptr<Database> db)
        : m_db(std::move(db))
        , m_projects(*m_db)
        , m_partners(*m_db)
        , m_roles(*m_db)
    { }

    std::unique_ptr<Database> m_db;
    ProjectService m_projects;
    PartnerService m_partners;
    RoleService m_roles;
};

} // namespace pd
