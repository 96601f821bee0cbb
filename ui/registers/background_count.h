#pragma once

#include "common/error.h"
#include "services/delivery_query.h"

#include "storage/connection_spec.h"

#include <QFuture>

#include <optional>
#include <QString>

namespace pd::ui {

struct CountResult
{
    qint64 count = -1;
    std::optional<Error> error; // set when the work failed
};

// Counts the projects matching a filter on a worker thread with a connection of its own (SQLite
// in WAL mode lets it read while the window works), so a register shows its first rows without
// waiting for a count over a million projects.
QFuture<CountResult> countProjectsInBackground(const ConnectionSpec &spec, const ProjectFilter &filter);
QFuture<CountResult> countDeliveriesInBackground(const ConnectionSpec &spec, const DeliveryFilter &filter);

} // namespace pd::ui
