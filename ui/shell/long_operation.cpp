#include "long_operation.h"

#include "storage/database.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QProgressDialog>
#include <QThread>

#include <atomic>

namespace pd::ui {

Status runWithProgress(QWidget *parent, const QString &title, const QString &label,
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
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    delete thread;
    return result;
}

Status runOnDatabaseWithProgress(QWidget *parent, const QString &title, const QString &label, const QString &databasePath,
                                 const std::function<Status(Database &, const ProgressCallback &)> &work)
{
    return runWithProgress(parent, title, label, [&databasePath, &work](const ProgressCallback &progress) -> Status {
        auto db = Database::openFile(databasePath, Database::OpenMode::ExistingOnly);
        if (!db)
            return db.error();
        return work(*db.value(), progress);
    });
}

} // namespace pd::ui
