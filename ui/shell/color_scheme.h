#pragma once

#include <QColor>
#include <QString>

class QPalette;

namespace pd::ui {

// Light or dark windows. "system" keeps the palette the platform gave at start (Qt 6.4 tells the
// system's choice only through it), "light" and "dark" set Fusion's palette, light or darkened.
namespace ColorScheme {

QStringList keys(); // "system", "light", "dark"
// Applies it to the whole application at once; an unknown key is "system".
void apply(const QString &key);
// The scheme the application shows now: dark when the window colour is dark.
bool isDark();
QPalette darkPalette();

// Colours that stay readable on either: an alert's text and a row's alert background.
QColor alertText();
QColor alertBackground();

} // namespace ColorScheme

} // namespace pd::ui
