#include "write_activity.h"

#include "database.h"
#include "lock_record.h"

namespace pd {

WriteActivity::WriteActivity(const Database &db, const QString &activity)
{
    // A team server says who writes by itself (its locks and pg_stat_activity); no file to write beside.
    if (db.spec().onServer())
        return;
    if (auto record = LockRecord::acquire(db.path(), LockRecord::Kind::Writing, activity))
        m_record = std::move(record).value();
}

WriteActivity::~WriteActivity() = default;

} // namespace pd
