#pragma once

#include "services/portfolio.h"

#include <QFuture>
#include <QPromise>
#include <QRunnable>
#include <QThreadPool>

#include <functional>

namespace pd::ui {

// Runs work on the portfolio on a worker thread with a connection of its own, made from the spec (SQLite in WAL
// mode lets it read while the window works) and delivers one result through a QFuture. The work
// holds nothing of the caller, so a result nobody waits for any more is simply dropped. Work that
// fails puts its message in the result's `error` (R must have one).
template <typename R> QFuture<R> runOnPortfolio(const ConnectionSpec &spec, std::function<R(Portfolio &)> work)
{
    class Job final : public QRunnable
    {
    public:
        Job(ConnectionSpec spec, std::function<R(Portfolio &)> work)
            : m_spec(std::move(spec))
            , m_work(std::move(work))
        { }
        QFuture<R> future() { return m_promise.future(); }
        void run() override
        {
            m_promise.start();
            R result;
            if (auto portfolio = Portfolio::connect(m_spec); !portfolio)
                result.error = portfolio.error();
            else
                result = m_work(*portfolio.value());
            m_promise.addResult(result);
            m_promise.finish();
        }

    private:
        ConnectionSpec m_spec;
        std::function<R(Portfolio &)> m_work;
        QPromise<R> m_promise;
    };
    auto *job = new Job(spec, std::move(work));
    QFuture<R> future = job->future();
    QThreadPool::globalInstance()->start(job); // the pool deletes the job when it has run
    return future;
}

} // namespace pd::ui
