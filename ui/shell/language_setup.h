#pragma once

#include <QFont>
#include <QString>

class QApplication;

namespace pd::ui {

// Installs the translations (ProjectDesk's and Qt's own) and the locale for "en" or "zh";
// an empty code follows the system. Returns the code in effect.
QString installLanguage(QApplication &app, const QString &code);

// The font for text written into PDF files: Simplified-Chinese glyph shapes, and a character map
// under which PDF readers extract the characters written (Noto Sans CJK maps some Han characters
// and the Kangxi radicals to the same glyphs, so 金 comes back out as ⾦): WenQuanYi Micro Hei on
// Linux, Microsoft YaHei on Windows, PingFang SC on macOS; the given font where none is installed.
QFont pdfFont(const QFont &base);

} // namespace pd::ui
