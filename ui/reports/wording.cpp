#include "wording.h"

#include "common/english_plurals.h"
#include "money/money.h"

#include <QTranslator>

#include <mutex>

namespace pd::ui {

namespace {

// The Chinese catalogue, loaded once and shared: QTranslator::translate only reads.
const QTranslator *chineseCatalogue()
{
    static QTranslator translator;
    static std::once_flag loaded;
    std::call_once(loaded, [] {
        if (!translator.load(QStringLiteral(":/i18n/projectdesk_zh_CN.qm")))
            qWarning("ProjectDesk: the Chinese translation is missing from the build");
    });
    return &translator;
}

} // namespace

Wording::Wording(Language language)
    : m_language(language)
    , m_locale(language == Language::Chinese ? QLocale(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China)
                                             : QLocale(QLocale::English, QLocale::UnitedStates))
{ }

QString Wording::translate(const char *context, const char *source, const char *disambiguation, int n) const
{
    QString text;
    if (m_language == Language::Chinese)
        text = chineseCatalogue()->translate(context, source, disambiguation, n);
    else if (n >= 0 && englishPlurals())
        text = englishPlurals()->translate(context, source, disambiguation, n);
    if (text.isEmpty())
        text = QString::fromUtf8(source);
    if (n >= 0) {
        text.replace(QLatin1String("%Ln"), m_locale.toString(n));
        text.replace(QLatin1String("%n"), QString::number(n));
    }
    return text;
}

QString Wording::date(const QDate &date) const
{
    if (!date.isValid())
        return QString();
    return m_language == Language::Chinese ? m_locale.toString(date, QStringLiteral("yyyy年M月d日")) : m_locale.toString(date, QStringLiteral("d MMM yyyy"));
}

QString Wording::money(const Money &money) const
{
    return money.format(m_locale);
}

QString Wording::amount(const Money &money) const
{
    return money.formatAmount(m_locale);
}

QString Wording::percentFromBasisPoints(int basisPoints) const
{
    if (basisPoints < 0)
        return QStringLiteral("-");
    return m_locale.toString(basisPoints / 100.0, 'f', 1) + u'%';
}

} // namespace pd::ui
