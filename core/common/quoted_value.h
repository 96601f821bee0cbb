#pragma once

#include <QString>

namespace pd {

// How much of a value a message quotes: a cell of a megabyte must not make a message of one.
inline constexpr qsizetype kQuotedValueChars = 80;

// The value as a message quotes it: whole when it has at most kQuotedValueChars characters, else
// its beginning and "…" in that many. Every message that quotes what a file or a user wrote uses it.
QString quotedValue(QStringView value);

} // namespace pd
