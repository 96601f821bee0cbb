#pragma once

#include <QLocale>
#include <QString>

namespace pd {

// The two languages ProjectDesk speaks. Names of countries, currencies and codes come in both.
enum class Language { English, Chinese };

inline Language languageOf(const QLocale &locale)
{
    return locale.language() == QLocale::Chinese ? Language::Chinese : Language::English;
}

// The text in the wanted language, falling back to the other one when it is empty.
inline const QString &pick(Language language, const QString &en, const QString &zh)
{
    if (language == Language::Chinese)
        return zh.isEmpty() ? en : zh;
    return en.isEmpty() ? zh : en;
}

} // namespace pd
