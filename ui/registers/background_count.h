#pragma once

#include "services/delivery_query.h"

#include <QFuture>
#include <QString>

namespace pd::ui {

struct CountResult
{
    qint64 count = -1;
    QString error;
};

// Counts the projects matching a filter on a worker thread with a connection of its own (SQLite
// in WAL mode lets it read while the window works), so a register shows its first rows without
// waiting for a count over a million projects.
QFuture<CountResult> countProjectsInBackground(const QString &databasePath, const ProjectFilter &filter);
QFuture<CountResult> countDeliveriesInBackground(const QString &databasePath, const DeliveryFilter &filter);

} // namespace pd::ui
