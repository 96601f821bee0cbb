#include "read_only_view.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTextEdit>

namespace pd::ui {

void applyReadOnly(QWidget *editor, QDialogButtonBox *buttons)
{
    for (QLineEdit *edit : editor->findChildren<QLineEdit *>()) {
        // A combo box's or spin box's own line edit goes with its owner.
        if (!qobject_cast<QComboBox *>(edit->parentWidget()) && !qobject_cast<QAbstractSpinBox *>(edit->parentWidget()))
            edit->setReadOnly(true);
    }
    for (QTextEdit *edit : editor->findChildren<QTextEdit *>())
        edit->setReadOnly(true);
    for (QPlainTextEdit *edit : editor->findChildren<QPlainTextEdit *>())
        edit->setReadOnly(true);
    for (QAbstractSpinBox *box : editor->findChildren<QAbstractSpinBox *>())
        box->setReadOnly(true);
    for (QComboBox *box : editor->findChildren<QComboBox *>())
        box->setEnabled(false);
    for (QAbstractItemView *view : editor->findChildren<QAbstractItemView *>())
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (QAbstractButton *button : editor->findChildren<QAbstractButton *>()) {
        if (buttons && buttons->isAncestorOf(button))
            continue;
        if (qobject_cast<QTabBar *>(button->parentWidget()))
            continue; // a tab bar's scroll arrows
        button->setEnabled(false);
    }
    if (!buttons)
        return;
    for (QAbstractButton *button : buttons->buttons()) {
        const QDialogButtonBox::ButtonRole role = buttons->buttonRole(button);
        if (role == QDialogButtonBox::AcceptRole || role == QDialogButtonBox::ApplyRole)
            button->hide();
    }
    if (QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel))
        cancel->setText(QCoreApplication::translate("ReadOnlyView", "Close"));
    editor->setWindowTitle(QCoreApplication::translate("ReadOnlyView", "%1 (read-only)").arg(editor->windowTitle()));
}

} // namespace pd::ui
