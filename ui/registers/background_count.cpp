#include "background_count.h"

#include "services/delivery_service.h"
#include "services/portfolio.h"

#include <functional>

#include <QPromise>
#include <QRunnable>
#include <QThreadPool>

namespace pd::ui {

namespace {

class CountJob final : public QRunnable
{
public:
    using Count = std::function<Result<qint64>(Portfolio &)>;

    CountJob(QString path, Count count)
        : m_path(std::move(path))
        , m_count(std::move(count))
    {
    }

    QFuture<CountResult> future() { return m_promise.future(); }

    void run() override
    {
        m_promise.start();
        CountResult result;
        if (auto portfolio = Portfolio::open(m_path, Database::OpenMode::ExistingOnly); !portfolio) {
            result.error = portfolio.error().describe();
        } else if (auto count = m_count(*portfolio.value()); !count) {
            result.error = count.error().describe();
        } else {
            result.count = count.value();
        }
        m_promise.addResult(result);
        m_promise.finish();
    }

private:
    QString m_path;
    Count m_count;
    QPromise<CountResult> m_promise;
};

QFuture<CountResult> start(CountJob *job)
{
    QFuture<CountResult> future = job->future();
    QThreadPool::globalInstance()->start(job); // the pool deletes the job when it has run
    return future;
}

} // namespace

QFuture<CountResult> countProjectsInBackground(const QString &databasePath, const ProjectFilter &filter)
{
    return start(new CountJob(databasePath, [filter](Portfolio &p) { return p.projects().count(filter); }));
}

QFuture<CountResult> countDeliveriesInBackground(const QString &databasePath, const DeliveryFilter &filter)
{
    return start(new CountJob(databasePath, [filter](Portfolio &p) { return DeliveryService(p.database()).count(filter); }));
}

} // namespace pd::ui
