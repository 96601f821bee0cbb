#include "lock_wait.h"

#include <QApplication>
#include <QPointer>
#include <QProgressDialog>

#include <memory>

namespace pd::ui {

namespace {

// Short waits (another program's small edit) pass without a dialog flashing up.
constexpr qint64 kQuietMs = 400;

struct WaitDialog
{
    QPointer<QWidget> window;
    QPointer<QProgressDialog> dialog;
};

} // namespace

LockWaitHandler lockWaitDialog(QWidget *window)
{
    auto state = std::make_shared<WaitDialog>();
    state->window = window;
    return [state](const LockWait &wait) -> bool {
        if (wait.finished) {
            delete state->dialog;
            return true;
        }
        if (wait.waitedMs < kQuietMs) {
            QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents, 50);
            return true;
        }
        if (!state->dialog) {
            QWidget *parent = QApplication::activeModalWidget() ? QApplication::activeModalWidget() : state->window.data();
            state->dialog = new QProgressDialog(parent);
            state->dialog->setObjectName(QStringLiteral("lockWaitDialog"));
            state->dialog->setWindowTitle(QCoreApplication::translate("LockWait", "Waiting for the Portfolio"));
            state->dialog->setCancelButtonText(QCoreApplication::translate("LockWait", "Cancel"));
            state->dialog->setRange(0, 0); // no end to show: it lasts until the other program is done
            state->dialog->setWindowModality(Qt::ApplicationModal);
            state->dialog->setMinimumDuration(0);
            state->dialog->setAutoClose(false);
            state->dialog->setAutoReset(false);
            state->dialog->setMinimumWidth(460);
            state->dialog->show();
        }
        state->dialog->setLabelText(QCoreApplication::translate("LockWait",
            "Your change waits for %1 to finish writing to the portfolio.\nIt is made as soon as that is done; Cancel leaves "
            "everything as it was.")
                                        .arg(wait.holder));
        QCoreApplication::processEvents(QEventLoop::AllEvents, 100);
        return !state->dialog->wasCanceled();
    };
}

} // namespace pd::ui
