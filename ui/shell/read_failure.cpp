#include "read_failure.h"

#include "error_reporter.h"
#include "main_window.h"

#include <QApplication>
#include <QMessageBox>

namespace pd::ui {

void reportReadFailure(QWidget *near, const Error &error)
{
    for (QWidget *w = near; w; w = w->parentWidget()) {
        if (auto *window = qobject_cast<MainWindow *>(w)) {
            window->showError(error);
            return;
        }
    }
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (auto *window = qobject_cast<MainWindow *>(top)) {
            window->showError(error);
            return;
        }
    }
    // No window to tell (a dialog on its own, in a test): a box of its own.
    QMessageBox *box = ErrorReporter::makeBox(near, QApplication::applicationName(), error);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace pd::ui
