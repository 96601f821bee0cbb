#include "language_setup.h"

#include <QApplication>
#include <QFontDatabase>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace pd::ui {

namespace {

// Han characters must take Simplified-Chinese glyph shapes: name an SC font explicitly rather than
// letting fallback pick a Japanese or Traditional one.
void useSimplifiedChineseFont(QApplication &app)
{
    const QStringList candidates{QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
        QStringLiteral("Microsoft YaHei"), QStringLiteral("PingFang SC"), QStringLiteral("WenQuanYi Micro Hei")};
    const QStringList families = QFontDatabase::families();
    for (const QString &family : candidates) {
        if (families.contains(family)) {
            QFont font = app.font();
            font.setFamilies({family});
            app.setFont(font);
            return;
        }
    }
}

} // namespace

QFont pdfFont(const QFont &base)
{
    const QStringList candidates{QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Microsoft YaHei"), QStringLiteral("PingFang SC")};
    const QStringList families = QFontDatabase::families();
    for (const QString &family : candidates) {
        if (families.contains(family)) {
            QFont font = base;
            font.setFamilies({family});
            return font;
        }
    }
    return base;
}

QString installLanguage(QApplication &app, const QString &code)
{
    QString effective = code;
    if (effective.isEmpty())
        effective = QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh") : QStringLiteral("en");
    if (effective != QLatin1String("zh")) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
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
