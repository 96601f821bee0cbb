#include "date_format.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace pd::ui {

namespace {

QString g_style; // set once at start and from Preferences, read by the GUI thread only

constexpr auto kIsoPattern = "yyyy-MM-dd";

bool isChinese(const QLocale &locale)
{
    return locale.language() == QLocale::Chinese;
}

// A two-digit year is the one nearest to today within a century: 28 → 2028, 75 → 1975.
int fullYear(int year, int digits)
{
    if (digits > 2)
        return year;
    const int now = QDate::currentDate().year();
    int full = now - now % 100 + year;
    if (full > now + 50)
        full -= 100;
    else if (full < now - 50)
        full += 100;
    return full;
}

// Whether the locale writes the day before the month in its numeric short date.
bool dayFirst(const QLocale &locale)
{
    const QString format = locale.dateFormat(QLocale::ShortFormat);
    const qsizetype day = format.indexOf(u'd');
    const qsizetype month = format.indexOf(u'M');
    return day >= 0 && month >= 0 && day < month;
}

QDate numeric(const QString &text, const QLocale &locale)
{
    static const QRegularExpression yearFirst(QStringLiteral("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    static const QRegularExpression yearLast(QStringLiteral("^(\\d{1,2})\\s*[-/. ]\\s*(\\d{1,2})\\s*[-/. ]\\s*(\\d{4}|\\d{2})$"));
    for (const QRegularExpression *form : {&yearFirst, &compact}) {
        if (const auto m = form->match(text); m.hasMatch())
            return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    }
    if (const auto m = yearLast.match(text); m.hasMatch()) {
        const int first = m.captured(1).toInt();
        const int second = m.captured(2).toInt();
        const int year = fullYear(m.captured(3).toInt(), int(m.captured(3).size()));
        return dayFirst(locale) ? QDate(year, second, first) : QDate(year, first, second);
    }
    return {};
}

} // namespace

void DateFormat::setStyle(const QString &style)
{
    g_style = style;
}

QString DateFormat::style()
{
    return g_style;
}

QList<DateFormat::Choice> DateFormat::choices()
{
    const QDate sample(2028, 12, 31);
    QList<Choice> list{{QString(), QCoreApplication::translate("pd::ui::DateFormat", "As the language and region of the system")},
        {QStringLiteral("iso"), QCoreApplication::translate("pd::ui::DateFormat", "ISO 8601 (%1)").arg(sample.toString(Qt::ISODate))}};
    for (const char *name : {"en_GB", "en_US", "fr_FR", "es_ES", "ru_RU", "zh_CN"}) {
        const QLocale l{QLatin1String(name)};
        QString written = QStringLiteral("%1 (%2)").arg(l.nativeLanguageName(), l.nativeTerritoryName());
        const QString style = QLatin1String(name);
        list.append({style, QStringLiteral("%1: %2").arg(written, locale(style).toString(sample, pattern(style)))});
    }
    return list;
}

QLocale DateFormat::locale(const QString &style)
{
    if (style.isEmpty() || style == QLatin1String("iso"))
        return QLocale();
    return QLocale(style);
}

QString DateFormat::pattern(const QString &style)
{
    if (style == QLatin1String("iso"))
        return QLatin1String(kIsoPattern);
    const QLocale l = locale(style);
    if (isChinese(l))
        return style.isEmpty() ? QLatin1String(kIsoPattern) : QStringLiteral("yyyy年M月d日");
    QString format = l.dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

QString DateFormat::display(const QDate &date)
{
    if (!date.isValid())
        return {};
    return locale(g_style).toString(date, pattern(g_style));
}

QDate DateFormat::parse(const QString &typed)
{
    const QString text = typed.simplified();
    if (text.isEmpty())
        return {};
    const QLocale l = locale(g_style);
    if (const QDate d = numeric(text, l); d.isValid())
        return d;
    // Month names and the locale's own forms ("31 Dec 2028", "Dec 31, 2028").
    for (const QString &format : {pattern(g_style), l.dateFormat(QLocale::ShortFormat), l.dateFormat(QLocale::LongFormat),
             l.dateFormat(QLocale::NarrowFormat), QStringLiteral("d MMM yyyy"), QStringLiteral("d MMMM yyyy"),
             QStringLiteral("MMM d yyyy"), QStringLiteral("MMMM d yyyy"), QStringLiteral("MMM d, yyyy"), QStringLiteral("MMMM d, yyyy")}) {
        const QDate d = l.toDate(text, format);
        if (d.isValid() && (format.contains(QLatin1String("yyyy")) || d.year() >= 1950))
            return d;
    }
    return {};
}

QString DateFormat::example()
{
    const QDate sample(2028, 12, 31);
    const QString own = display(sample);
    const QString iso = sample.toString(Qt::ISODate);
    return own == iso ? iso : QCoreApplication::translate("pd::ui::DateFormat", "%1 or %2").arg(own, iso);
}

} // namespace pd::ui
