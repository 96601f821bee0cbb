#pragma once

#include <QString>

namespace pd::ui {

// The user's settings (QSettings), typed, with the defaults in one place.
class AppSettings final
{
public:
    QString lastPortfolio() const;
    void setLastPortfolio(const QString &path);

    // "en", "zh" or "" for the system language.
    QString language() const;
    void setLanguage(const QString &language);

    // Where the demo portfolio is made on first run: the user's application data directory.
    static QString demoPortfolioPath();
};

} // namespace pd::ui
