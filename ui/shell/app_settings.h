#pragma once

#include "services/project_query.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace pd::ui {

// The user's settings (QSettings), typed, with every default in one place.
class AppSettings final
{
public:
    static constexpr int kMaxRecentFiles = 8;

    QStringList recentPortfolios() const;
    // Moves path to the front of the recent list.
    void addRecentPortfolio(const QString &path);
    void removeRecentPortfolio(const QString &path);
    QString lastPortfolio() const;

    // "en", "zh" or "" for the system language.
    QString language() const;
    void setLanguage(const QString &language);

    // How dates are written: "" (the language and the system's region), "iso" or a locale name;
    // see DateFormat.
    QString dateStyle() const;
    void setDateStyle(const QString &style);
    // "system" (the default), "light" or "dark": see ColorScheme.
    QString colorScheme() const;
    void setColorScheme(const QString &scheme);

    // ISO 4217 code figures are converted to; USD unless chosen otherwise.
    QString reportingCurrency() const;
    void setReportingCurrency(const QString &code);

    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    void setWindow(const QByteArray &geometry, const QByteArray &state);

    // Column widths, order, visibility and sort of a register ("projects", "partners").
    QByteArray registerState(const QString &name) const;
    void setRegisterState(const QString &name, const QByteArray &state);

    // The dashboard's filter, kept between sessions.
    ProjectFilter dashboardFilter() const;
    void setDashboardFilter(const ProjectFilter &filter);

    bool filtersVisible() const;
    void setFiltersVisible(bool visible);

    // The separator of CSV exports: ',' unless ';' or a tab was chosen last.
    QChar csvSeparator() const;
    void setCsvSeparator(QChar separator);

    // Where the demo portfolio is made on first run: the user's application data directory.
    static QString demoPortfolioPath();
};

} // namespace pd::ui
