#pragma once

#include "common/result.h"

#include <functional>

namespace pd {
class Database;
struct ConnectionSpec;
}

class QWidget;

namespace pd::ui {

// Reports progress from a worker thread; returns false once the user has cancelled.
using ProgressCallback = std::function<bool(qint64 done, qint64 total)>;

// Runs work on a worker thread while a progress dialog with a Cancel button stays responsive.
// The work opens its own database connection (connections belong to their thread). Returns what
// the work returned; cancelling makes the callback return false, and the work must then stop and
// leave nothing half done.
Status runWithProgress(QWidget *parent, const QString &title, const QString &label,
                       const std::function<Status(const ProgressCallback &)> &work);

// runWithProgress for work on the open portfolio: the worker makes its own connection from the spec.
Status runOnDatabaseWithProgress(QWidget *parent, const QString &title, const QString &label, const ConnectionSpec &spec,
                                 const std::function<Status(Database &, const ProgressCallback &)> &work);

} // namespace pd::ui
