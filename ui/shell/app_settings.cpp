#include "app_settings.h"

#include "services/project_filter_json.h"

#include <QDir>
#include <QJsonDocument>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace pd::ui {

namespace {
const QString kRecent = QStringLiteral("portfolio/recent");
const QString kLanguage = QStringLiteral("ui/language");
const QString kDateStyle = QStringLiteral("ui/dateStyle");
const QString kColorScheme = QStringLiteral("ui/colorScheme");
const QString kCurrency = QStringLiteral("finance/reportingCurrency");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kFilters = QStringLiteral("registers/filtersVisible");
const QString kDashboard = QStringLiteral("dashboard/filter");
const QString kCsvSeparator = QStringLiteral("export/csvSeparator");
const QString kDefaultCurrency = QStringLiteral("USD");
} // namespace

QStringList AppSettings::recentPortfolios() const
{
    return QSettings().value(kRecent).toStringList();
}

void AppSettings::addRecentPortfolio(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = recentPortfolios();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > kMaxRecentFiles)
        recent.removeLast();
    QSettings().setValue(kRecent, recent);
}

void AppSettings::removeRecentPortfolio(const QString &path)
{
    QStringList recent = recentPortfolios();
    recent.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(kRecent, recent);
}

QString AppSettings::lastPortfolio() const
{
    return recentPortfolios().value(0);
}

QString AppSettings::language() const
{
    return QSettings().value(kLanguage).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    QSettings().setValue(kLanguage, language);
}

QString AppSettings::dateStyle() const
{
    return QSettings().value(kDateStyle).toString();
}

void AppSettings::setDateStyle(const QString &style)
{
    QSettings().setValue(kDateStyle, style);
}

QString AppSettings::colorScheme() const
{
    return QSettings().value(kColorScheme, QStringLiteral("system")).toString();
}

void AppSettings::setColorScheme(const QString &scheme)
{
    QSettings().setValue(kColorScheme, scheme);
}

QString AppSettings::reportingCurrency() const
{
    return QSettings().value(kCurrency, kDefaultCurrency).toString();
}

void AppSettings::setReportingCurrency(const QString &code)
{
    QSettings().setValue(kCurrency, code);
}

QByteArray AppSettings::windowGeometry() const
{
    return QSettings().value(kGeometry).toByteArray();
}

QByteArray AppSettings::windowState() const
{
    return QSettings().value(kState).toByteArray();
}

void AppSettings::setWindow(const QByteArray &geometry, const QByteArray &state)
{
    QSettings settings;
    settings.setValue(kGeometry, geometry);
    settings.setValue(kState, state);
}

QByteArray AppSettings::registerState(const QString &name) const
{
    return QSettings().value(QStringLiteral("registers/%1/header").arg(name)).toByteArray();
}

void AppSettings::setRegisterState(const QString &name, const QByteArray &state)
{
    QSettings().setValue(QStringLiteral("registers/%1/header").arg(name), state);
}

ProjectFilter AppSettings::dashboardFilter() const
{
    return projectFilterFromJson(QJsonDocument::fromJson(QSettings().value(kDashboard).toByteArray()).object());
}

void AppSettings::setDashboardFilter(const ProjectFilter &filter)
{
    QSettings().setValue(kDashboard, QJsonDocument(toJson(filter)).toJson(QJsonDocument::Compact));
}

bool AppSettings::filtersVisible() const
{
    return QSettings().value(kFilters, false).toBool();
}

void AppSettings::setFiltersVisible(bool visible)
{
    QSettings().setValue(kFilters, visible);
}

QString AppSettings::demoPortfolioPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("demo-portfolio.db"));
}

QChar AppSettings::csvSeparator() const
{
    const QString stored = QSettings().value(kCsvSeparator).toString();
    if (stored == QLatin1String(";") || stored == QLatin1String("\t"))
        return stored.front();
    return u',';
}

void AppSettings::setCsvSeparator(QChar separator)
{
    QSettings().setValue(kCsvSeparator, QString(separator));
}

} // namespace pd::ui
