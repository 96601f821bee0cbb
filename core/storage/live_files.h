#pragma once

#include "common/result.h"

#include <QString>

#include <functional>
#include <memory>

namespace pd {

class LockRecord;

// The portfolio files this process has SQLite connections to.
//
// Closing any descriptor of a file drops every POSIX lock the process holds on it (SQLite's "How To
// Corrupt An SQLite Database File", section 2.2): another program then believes nobody uses the
// file and deletes its live write-ahead log. So once a connection is open, nothing in this process
// may open the file by other means until the last connection has closed. LiveFiles counts the
// connections per file: the one reader of a file's header runs only before the first connection,
// and importers and exporters refuse a live portfolio as their input or output file.
class LiveFiles final
{
public:
    // The key of a path, the same for every spelling of it: the canonical path (of the folder, for
    // a file that does not exist yet).
    static QString keyOf(const QString &path);

    // Counts one more connection to the file. `beforeFirst` runs, under the registry's lock, when
    // no connection of this process has the file open: only then may it read the file directly.
    // Its error is returned and nothing is counted.
    static Result<QString> enter(const QString &path, const std::function<Status()> &beforeFirst);
    static void leave(const QString &key);

    // Whether this process has a connection to the file (under any spelling of its path).
    static bool isLive(const QString &path);
    // Io error "FILE is an open portfolio ..." when it is live: for importers and exporters.
    static Status refuseIfLive(const QString &path);

    // A lock record held for as long as the file stays live in this process.
    static void keepRecord(const QString &key, std::shared_ptr<LockRecord> record);
    static std::shared_ptr<LockRecord> record(const QString &key);
};

} // namespace pd
