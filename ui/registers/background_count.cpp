#include "background_count.h"

#include "background_job.h"
#include "services/delivery_service.h"

namespace pd::ui {

namespace {

CountResult counted(const Result<qint64> &count)
{
    CountResult result;
    if (count)
        result.count = count.value();
    else
        result.error = count.error();
    return result;
}

} // namespace

QFuture<CountResult> countProjectsInBackground(const ConnectionSpec &spec, const ProjectFilter &filter)
{
    return runOnPortfolio<CountResult>(spec, [filter](Portfolio &p) { return counted(p.projects().count(filter)); });
}

QFuture<CountResult> countDeliveriesInBackground(const ConnectionSpec &spec, const DeliveryFilter &filter)
{
    return runOnPortfolio<CountResult>(
        spec, [filter](Portfolio &p) { return counted(DeliveryService(p.database()).count(filter)); });
}

} // namespace pd::ui
