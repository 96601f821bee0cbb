#pragma once

#include <QDate>
#include <QList>
#include <QLocale>
#include <QString>

namespace pd::ui {

// How the whole app shows dates, chosen in Preferences: "" follows the UI language and the system's
// region (31/12/2028 for a UK officer, 12/31/2028 in the US, 2028-12-31 in Chinese), "iso" is
// ISO 8601 (2028-12-31), and a locale name ("en_GB", "zh_CN", …) takes that locale's short date with
// a four-digit year ("zh_CN" writes 2028年12月31日).
class DateFormat final
{
public:
    static void setStyle(const QString &style);
    static QString style();
    // The styles offered in Preferences, each with its name shown in the UI language.
    struct Choice
    {
        QString style;
        QString label;
    };
    static QList<Choice> choices();

    // The date as the style writes it; "" when invalid.
    static QString display(const QDate &date);
    // What the user typed: ISO 8601 (2028-12-31, 2028/12/31, 20281231), the style's own form and the
    // locale's short and long forms (31/12/2028, 31/12/28, 31 Dec 2028, 2028年12月31日). Day and
    // month come in the locale's order. Invalid when the text is no such date.
    static QDate parse(const QString &text);
    // One date written both ways, for hints: "31/12/2028 or 2028-12-31" ("2028-12-31" when equal).
    static QString example();

private:
    static QLocale locale(const QString &style);
    static QString pattern(const QString &style);
};

} // namespace pd::ui
