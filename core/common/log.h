#pragma once

#include <QString>

namespace pd {

struct Error;

// The technical side of failures: what a user is not shown (the SQL, the driver's text, the file's
// error) is appended to a log file, one line each, so that support can read it afterwards.
// The file is QStandardPaths::AppLocalDataLocation/logs/projectdesk.log (kept under ~1 MB: the
// previous one is renamed projectdesk.log.1). Safe from any thread; a log that cannot be written
// is silently skipped, since logging must never become the failure.
namespace log {

QString filePath();
void write(const QString &what);
// The error's message and its detail, with where it happened.
void error(const Error &error, const QString &where = {});
// Routes the database drivers' own warnings to the log instead of the terminal: QPSQL warns
// "Unable to free statement" when a statement of a transaction that failed is let go (the
// failure itself is reported as a sentence). Other messages go on as before.
void keepDriverWarningsInLog();

} // namespace log

} // namespace pd
