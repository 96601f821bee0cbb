#pragma once

class QDialogButtonBox;
class QWidget;

namespace pd::ui {

// Turns an editor into a view of its record while the portfolio is read-only: text can be read and
// selected, nothing can be changed, Save is gone and Cancel becomes Close. The services refuse
// writes anyway; this keeps the user from typing what could not be saved.
void applyReadOnly(QWidget *editor, QDialogButtonBox *buttons);

} // namespace pd::ui
