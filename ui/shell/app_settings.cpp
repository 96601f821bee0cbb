#include "app_settings.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace pd::ui {

namespace {
const char kLastPortfolio[] = "portfolio/last";
const char kLanguage[] = "ui/language";
} // namespace

QString AppSettings::lastPortfolio() const
{
    return QSettings().value(QLatin1String(kLastPortfolio)).toString();
}

void AppSettings::setLastPortfolio(const QString &path)
{
    QSettings().setValue(QLatin1String(kLastPortfolio), path);
}

QString AppSettings::language() const
{
    return QSettings().value(QLatin1String(kLanguage)).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    QSettings().setValue(QLatin1String(kLanguage), language);
}

QString AppSettings::demoPortfolioPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("demo-portfolio.db"));
}

} // namespace pd::ui
