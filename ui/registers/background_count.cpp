#include "background_count.h"

#include "services/portfolio.h"

#include <QPromise>
#include <QRunnable>
#include <QThreadPool>

namespace pd::ui {

namespace {

class CountJob final : public QRunnable
{
public:
    CountJob(QString path, ProjectFilter filter)
        : m_path(std::move(path))
        , m_filter(std::move(filter))
    {
    }

    QFuture<CountResult> future() { return m_promise.future(); }

    void run() override
    {
        m_promise.start();
        CountResult result;
        if (auto portfolio = Portfolio::open(m_path, Database::OpenMode::ExistingOnly); !portfolio) {
            result.error = portfolio.error().describe();
        } else if (auto count = portfolio.value()->projects().count(m_filter); !count) {
            result.error = count.error().describe();
        } else {
            result.count = count.value();
        }
        m_promise.addResult(result);
        m_promise.finish();
    }

private:
    QString m_path;
    ProjectFilter m_filter;
    QPromise<CountResult> m_promise;
};

} // namespace

QFuture<CountResult> countProjectsInBackground(const QString &databasePath, const ProjectFilter &filter)
{
    auto *job = new CountJob(databasePath, filter);
    QFuture<CountResult> future = job->future();
    QThreadPool::globalInstance()->start(job); // the pool deletes the job when it has run
    return future;
}

} // namespace pd::ui
