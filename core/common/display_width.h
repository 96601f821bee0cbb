#pragma once

#include <QString>

namespace pd {

// The columns a text takes in a terminal or a spreadsheet, counting a Chinese (or other East Asian
// wide) character as two.
int displayWidth(const QString &text);

} // namespace pd
