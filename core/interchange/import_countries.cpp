// Countries as the register exports write them: names in English or Chinese ("Kenya, Uganda",
// "肯尼亚、乌干达"), read back into codes so that an exported register imports as it is.
#include "import_fields.h"

#include "reference/reference_data.h"

#include <QRegularExpression>

#include <algorithm>

namespace pd {

QString countryCodeOf(const QString &text)
{
    // ISO alpha-2, alpha-3 or numeric codes, English or Chinese names in their short, official or
    // common forms.
    const Country *country = ReferenceData::instance().countryByCodeOrName(text);
    return country ? country->alpha2 : QString();
}

QString countryListToCodes(const QString &text)
{
    if (text.contains(u':'))
        return text; // shares with percentages are codes
    static const QRegularExpression between(QStringLiteral("\\s*[;,、，；]\\s*"));
    const QStringList parts = text.split(between, Qt::SkipEmptyParts);
    QStringList codes;
    // A name may hold the separator itself ("Congo, The Democratic Republic of the", while "Congo" is
    // a country too): the longest run of parts that names a country is taken.
    constexpr qsizetype kLongestName = 4; // parts a name is split into at most
    for (qsizetype at = 0; at < parts.size();) {
        QString code;
        qsizetype end = std::min(parts.size(), at + kLongestName) - 1;
        for (; end >= at; --end) {
            code = countryCodeOf(parts.mid(at, end - at + 1).join(QStringLiteral(", ")));
            if (!code.isEmpty())
                break;
        }
        if (code.isEmpty())
            return text; // not a list of names: the shares' own checks say what is wrong
        codes << code;
        at = end + 1;
    }
    return codes.join(u';');
}

} // namespace pd
