#pragma once

#include "domain/project.h"

#include <QDialog>

namespace pd::ui {

// Someone changed the project since the editor opened it. Shows both versions side by side and
// makes the user choose: reload theirs (dropping the edits) or keep theirs out deliberately.
class ConflictDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Choice { Cancel = QDialog::Rejected, ReloadTheirs = 10, KeepMine = 11 };

    ConflictDialog(const Project &mine, const Project &theirs, QWidget *parent = nullptr);
};

} // namespace pd::ui
