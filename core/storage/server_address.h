#pragma once

#include "common/result.h"

#include <QString>

namespace pd {

// Where a team portfolio lives: a PostgreSQL database, given as libpq's URL
// postgresql://USER[:PASSWORD]@HOST[:PORT]/DBNAME[?sslmode=MODE]. The password is usually not in
// the URL: libpq reads PGPASSWORD and ~/.pgpass itself, and the app may set one from the keychain or
// a prompt. A plain value: copy it freely between threads.
struct ServerAddress
{
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString password; // empty: libpq's own sources (PGPASSWORD, ~/.pgpass)
    QString sslMode; // empty: libpq's default (prefer)

    // Whether the text names a server rather than a file.
    static bool isServerUrl(const QString &text);
    // A sentence naming what is wrong when the URL cannot be read.
    static Result<ServerAddress> parse(const QString &url);

    // The URL without the password: what messages, recent lists and logs show.
    QString displayUrl() const;
    // libpq's connection options beyond host, port, database, user and password (sslmode, a timeout).
    QString connectOptions() const;
    // The login the audit log records: the user, or the OS login libpq would use when none is given.
    QString login() const;
};

} // namespace pd
