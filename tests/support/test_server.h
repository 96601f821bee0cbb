#pragma once

// The core tests run on both engines: on SQLite files, and (CTest label postgresql) on a throwaway
// PostgreSQL cluster. PROJECTDESK_TEST_ENGINE=postgresql chooses the server; PROJECTDESK_TEST_SERVER
// is a superuser's URL on it (scripts/test.sh starts the cluster and sets both).
#include <QString>
#include <QStringList>

namespace pd::test {

// Whether this run's portfolios live on the test server.
bool onServer();
// The superuser URL of the test server; empty when none is configured.
QString serverUrl();
// Whether a server is configured: when not, the test fails under CI (the CI variable is set) and is
// skipped with a message elsewhere. Call it first in a test that needs the server.
bool serverAvailable();
// A new, empty database on the test server, dropped by dropServerDatabases; returns its URL
// (the superuser's login).
QString newServerDatabase();
// A new database holding the latest schema (copied from a template made once per process).
QString newServerPortfolio();
// Drops the template newServerPortfolio made in this process (the tests' main calls it at the end).
void dropTemplate();
// The URL of the same database with another login (and password, when given).
QString withLogin(const QString &url, const QString &user, const QString &password = {});
// Runs SQL on the test server as the superuser, in the named database ("postgres" by default).
bool superuserExec(const QString &sql, const QString &database = QStringLiteral("postgres"));
// Drops the databases this process made (at the end of a test case).
void dropServerDatabases(const QStringList &names);
// The database name of a server URL.
QString databaseOf(const QString &url);

} // namespace pd::test
