#pragma once

#include "common/error.h"

class QWidget;

namespace pd::ui {

// A read that failed where a widget wanted its value: reported through the window's error
// reporter (once, with its details), never silently replaced by an empty value. `near` is any
// widget of the window or of a dialog over it.
void reportReadFailure(QWidget *near, const Error &error);

} // namespace pd::ui
