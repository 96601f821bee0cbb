#include "english_plurals.h"

#include <QCoreApplication>
#include <QTranslator>

namespace pd {

const QTranslator *englishPlurals()
{
    static QTranslator *translator = [] {
        auto *t = new QTranslator; // lives as long as the process: installed translators must
        if (t->load(QStringLiteral(":/i18n/projectdesk_en.qm")))
            return t;
        delete t;
        return static_cast<QTranslator *>(nullptr);
    }();
    return translator;
}

void installEnglishPlurals()
{
    if (const QTranslator *t = englishPlurals())
        QCoreApplication::installTranslator(const_cast<QTranslator *>(t));
}

} // namespace pd
