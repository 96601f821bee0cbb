#include "long_operation.h"

#include "storage/database.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QMutex>
#include <QProgressDialog>
#include <QThread>

#include <atomic>

namespace pd::ui {

namespace {

// The dialog's label, set from the worker thread (a write waiting for another program's lock).
struct Label
{
    QMutex mutex;
    QString text;
    bool changed = false;
    void set(const QString &t)
    {
        const QMutexLocker lock(&mutex);
        text = t;
        changed = true;
    }
};

Status runWithLabel(QWidget *parent, const QString &title, const QString &label, Label &mailbox,
                    const std::function<Status(const ProgressCallback &)> &work)
{
    QProgressDialog dialog(label, QCoreApplication::translate("LongOperation", "Cancel"), 0, 0, parent);
    dialog.setWindowTitle(title);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(0);
    // Cancel must not hide the dialog while the work winds down: the window stays blocked until it has.
    QObject::disconnect(&dialog, &QProgressDialog::canceled, &dialog, &QProgressDialog::cancel);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);

    std::atomic<bool> cancelled = false;
    std::atomic<qint64> done = 0;
    std::atomic<qint64> total = 0;
    Status result;
    QThread *thread = QThread::create([&] {
        result = work([&](qint64 d, qint64 t) {
            done = d;
            total = t;
            return !cancelled.load();
        });
    });
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&] {
        cancelled = true;
        dialog.setLabelText(QCoreApplication::translate("LongOperation", "Cancelling..."));
    });
    thread->start();
    while (!thread->wait(QDeadlineTimer(50))) {
        if (const qint64 t = total.load(); t > 0) {
            dialog.setMaximum(int(std::min<qint64>(t, std::numeric_limits<int>::max())));
            dialog.setValue(int(std::min<qint64>(done.load(), dialog.maximum())));
        }
        {
            const QMutexLocker lock(&mailbox.mutex);
            if (mailbox.changed && !cancelled) {
                dialog.setLabelText(mailbox.text.isEmpty() ? label : mailbox.text);
                mailbox.changed = false;
            }
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    delete thread;
    return result;
}

} // namespace

Status runWithProgress(QWidget *parent, const QString &title, const QString &label,
                       const std::function<Status(const ProgressCallback &)> &work)
{
    Label unused;
    return runWithLabel(parent, title, label, unused, work);
}

Status runOnDatabaseWithProgress(QWidget *parent, const QString &title, const QString &label, const ConnectionSpec &spec,
                                 const std::function<Status(Database &, const ProgressCallback &)> &work)
{
    Label mailbox;
    return runWithLabel(parent, title, label, mailbox, [&spec, &work, &mailbox](const ProgressCallback &progress) -> Status {
        auto db = Database::connect(spec);
        if (!db)
            return db.error();
        // A write waiting for another program's lock says so in the dialog; Cancel stops the wait.
        db.value()->setLockWaitHandler([&mailbox, &progress](const LockWait &wait) {
            mailbox.set(wait.finished ? QString()
                                      : QCoreApplication::translate("LongOperation", "Waiting for %1 to finish writing to the portfolio...").arg(wait.holder));
            return wait.finished || progress(0, 0);
        });
        return work(*db.value(), progress);
    });
}

} // namespace pd::ui
