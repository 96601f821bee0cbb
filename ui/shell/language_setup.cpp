#include "language_setup.h"

#include "common/english_plurals.h"
#include <QApplication>
#include <QFontDatabase>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace pd::ui {

namespace {

// The first of the families that is installed; "" when none is.
QString firstInstalled(const QStringList &candidates)
{
    const QStringList families = QFontDatabase::families();
    for (const QString &family : candidates) {
        if (families.contains(family))
            return family;
    }
    return {};
}

// The base font in `family`; the base itself when there is none.
QFont inFamily(QFont base, const QString &family)
{
    if (!family.isEmpty())
        base.setFamilies({family});
    return base;
}

// Han characters must take Simplified-Chinese glyph shapes: name an SC font explicitly rather than
// letting fallback pick a Japanese or Traditional one.
void useSimplifiedChineseFont(QApplication &app)
{
    app.setFont(inFamily(app.font(),
        firstInstalled({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"), QStringLiteral("Microsoft YaHei"),
            QStringLiteral("PingFang SC"), QStringLiteral("WenQuanYi Micro Hei")})));
}

} // namespace

QFont pdfFont(const QFont &base)
{
    // Looked up once: every chart asks, and the installed fonts do not change while ProjectDesk runs.
    static const QString family
        = firstInstalled({QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Microsoft YaHei"), QStringLiteral("PingFang SC")});
    return inFamily(base, family);
}

QString installLanguage(QApplication &app, const QString &code)
{
    QString effective = code;
    if (effective.isEmpty())
        effective = QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh") : QStringLiteral("en");
    if (effective != QLatin1String("zh")) {
        // English as the system's region writes it (a UK officer gets UK dates); US English where
        // the system names no region English is written in.
        const QLocale system = QLocale::system();
        QLocale english = system.language() == QLocale::English ? system : QLocale(QLocale::English, system.territory());
        if (english.language() != QLocale::English || system.territory() == QLocale::AnyTerritory)
            english = QLocale(QLocale::English, QLocale::UnitedStates);
        QLocale::setDefault(english);
        installEnglishPlurals();
        return QStringLiteral("en");
    }
    const QLocale chinese(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China);
    QLocale::setDefault(chinese);
    auto *qt = new QTranslator(&app);
    if (qt->load(chinese, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    if (own->load(QStringLiteral(":/i18n/projectdesk_zh_CN.qm")))
        QCoreApplication::installTranslator(own);
    else
        qWarning("ProjectDesk: the Chinese translation is missing from the build");
    useSimplifiedChineseFont(app);
    return effective;
}

} // namespace pd::ui
