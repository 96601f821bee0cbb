#include "quoted_value.h"

namespace pd {

QString quotedValue(QStringView value)
{
    if (value.size() <= kQuotedValueChars)
        return value.toString();
    qsizetype keep = kQuotedValueChars - 1;
    if (value.at(keep - 1).isHighSurrogate())
        --keep; // never half a character
    return value.first(keep).toString() + QChar(0x2026);
}

} // namespace pd
