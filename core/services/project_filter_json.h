#pragma once

#include "project_query.h"

#include <QJsonObject>

namespace pd {

// A project filter as JSON (keys: search, lines, statuses, fundings, countries, region, year_from,
// year_to, officer, partner, sdg): what settings and saved views keep. Unknown values are dropped
// on reading, so a filter saved by a newer version still reads.
QJsonObject toJson(const ProjectFilter &filter);
ProjectFilter projectFilterFromJson(const QJsonObject &json);

} // namespace pd
