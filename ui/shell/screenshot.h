#pragma once

#include <QString>

class QWidget;

namespace pd::ui {

// Saves a picture of the widget once it has been shown and painted, then quits the application
// with 0 (saved) or 1 (not saved). Used by `projectdesk --screenshot` to make docs/ reproducible.
void screenshotAndQuit(QWidget *widget, const QString &path, int settleMs = 400);

} // namespace pd::ui
