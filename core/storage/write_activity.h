#pragma once

#include <QString>

#include <memory>

namespace pd {

class Database;
class LockRecord;

// Says, beside the portfolio file, what long write holds its write lock (an import, a demo, an
// upgrade), so that an edit waiting for the lock in another program can say what it waits for.
// Made after the write transaction has begun; removed when it goes. Purely informative: a folder
// that takes no record changes nothing.
class WriteActivity final
{
public:
    WriteActivity(const Database &db, const QString &activity);
    ~WriteActivity();
    WriteActivity(const WriteActivity &) = delete;
    WriteActivity &operator=(const WriteActivity &) = delete;

private:
    std::unique_ptr<LockRecord> m_record;
};

} // namespace pd
