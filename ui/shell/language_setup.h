#pragma once

#include <QString>

class QApplication;

namespace pd::ui {

// Installs the translations (ProjectDesk's and Qt's own) and the locale for "en" or "zh";
// an empty code follows the system. Returns the code in effect.
QString installLanguage(QApplication &app, const QString &code);

} // namespace pd::ui
