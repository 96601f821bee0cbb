#pragma once

#include "common/result.h"
#include "salvage_report.h"

#include <QString>

#include <functional>

namespace pd {

// Recovers what can still be read of a damaged portfolio into a new one. The damaged file is only
// ever read (salvage_source.h); its tables are copied in foreign-key order, row by row, around
// the pages that cannot be read (salvage_reader.h), into a new portfolio with the latest schema in
// one transaction (salvage_target.h). Rows the new portfolio refuses (a reference to a row that was
// lost, a broken rule) are left out and counted. Cancelled or failed, no new file is left behind.
class Salvage final
{
public:
    // Called every few hundred rows with a rough measure (rowids); returning false cancels.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // target must not exist.
    Salvage(QString source, QString target);
    Result<SalvageReport> run(const Progress &progress = {});

private:
    QString m_source;
    QString m_target;
};

} // namespace pd
