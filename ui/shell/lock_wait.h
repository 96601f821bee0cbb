#pragma once

#include "storage/database.h"

class QWidget;

namespace pd::ui {

// What an edit on the window's connection does while another program holds the write lock: after
// a moment a dialog says what it waits for, with Cancel (which leaves everything as it was); the
// window goes on painting. The edit goes through as soon as the lock is free.
LockWaitHandler lockWaitDialog(QWidget *window);

} // namespace pd::ui
