#pragma once

#include "server_address.h"
#include "team_access.h"

#include <QString>

namespace pd {

// Why a portfolio is open read-only.
enum class ReadOnlyCause {
    None,
    Requested, // the user asked for a read-only view (e.g. another window has it open for editing)
    FileReadOnly, // the user may not write the file
    FolderReadOnly, // the folder cannot be written (a read-only medium or share)
    Damaged, // the file's pages are damaged: it is never written to
    HeldElsewhere // on a network share, another program has it open for writing
};

// How every connection of this process to one portfolio is made. Decided once, when the first
// connection opens the file (its header read, its file system and permissions looked at), then
// handed to worker threads, which open theirs from it without touching the file in any other way.
// A plain value: copy it freely between threads.
struct ConnectionSpec
{
    enum class Access {
        ReadWrite,
        QueryOnly, // a read-write connection that refuses writes (SQLite's query_only): the write-ahead log is kept as usual
        ReadOnly // SQLite's read-only mode: nothing is ever written, not even a checkpoint
    };

    enum class Engine {
        SQLite, // a portfolio file
        PostgreSQL // a team server's database
    };

    Engine engine = Engine::SQLite;
    QString path; // the file, absolute; on a server, its address without the password (for messages)
    ServerAddress server; // when engine is PostgreSQL
    TeamAccess team; // what the login may do (on a file: everything)
    Access access = Access::ReadWrite;
    bool immutable = false; // ReadOnly where nothing can change the file (no -wal, not writable): no -wal/-shm are made
    bool networkShare = false; // a rollback journal instead of the write-ahead log; one writer at a time
    ReadOnlyCause cause = ReadOnlyCause::None;
    QString readOnlyReason; // a sentence saying why, when not ReadWrite

    bool writable() const { return access == Access::ReadWrite; }
    bool onServer() const { return engine == Engine::PostgreSQL; }
};

} // namespace pd
