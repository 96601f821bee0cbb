#pragma once

#include "common/result.h"
#include "csv_import.h" // ImportProgress
#include "services/project_query.h"

namespace pd {

class Database;

struct IatiExportOptions
{
    QString reportingOrgRef;  // empty: the portfolio's setting "iati_reporting_org" (default "CN-CICETE")
    QDate generated = QDate::currentDate(); // generated-datetime and last-updated
};

// Writes the projects matching the filter as an IATI 2.03 activities file, valid against the
// 2.03 schema: CICETE as reporting organisation, narratives in en and zh, participating orgs with
// roles and types, recipient countries, sectors, SDG tags, budgets and transactions. Written to a
// temporary file and renamed: whole or not at all. Returns the number of activities written.
Result<qint64> exportIati(const Database &db, const ProjectFilter &filter, const QString &path, const IatiExportOptions &options = {},
    const ImportProgress &progress = {});

} // namespace pd
