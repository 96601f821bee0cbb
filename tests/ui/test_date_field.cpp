// The one date field of the app, driven as a user drives it: typing whole dates in ISO and in the
// user's format, leaving a field empty, the calendar, Tab, and text that is no date; and the date
// format chosen in Preferences, used by the registers as by the editors.
#include "demo_fixture.h"

#include "finance/finance_dialogs.h"
#include "shell/date_field.h"
#include "shell/date_format.h"

#include <QCalendarWidget>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace pd;
using ui::DateField;
using ui::DateFormat;

namespace {

// Sets the default locale and the date style for one test, and puts both back afterwards.
class DateSettings final
{
public:
    DateSettings(const QString &locale, const QString &style)
        : m_locale(QLocale())
        , m_style(DateFormat::style())
    {
        QLocale::setDefault(QLocale(locale));
        DateFormat::setStyle(style);
    }
    ~DateSettings()
    {
        QLocale::setDefault(m_locale);
        DateFormat::setStyle(m_style);
    }

private:
    QLocale m_locale;
    QString m_style;
};

// A form with two date fields and a line after them, as in the budget dialog.
struct Form
{
    QWidget window;
    DateField *from = new DateField(&window);
    DateField *to = new DateField(&window);
    QLineEdit *after = new QLineEdit(&window);

    Form()
    {
        auto *layout = new QFormLayout(&window);
        layout->addRow(QStringLiteral("Period from"), from);
        layout->addRow(QStringLiteral("Period to"), to);
        layout->addRow(QStringLiteral("Note"), after);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
    }
};

void typeInto(DateField *field, const QString &text)
{
    field->lineEdit()->setFocus();
    field->lineEdit()->selectAll();
    QTest::keyClicks(field->lineEdit(), text);
}

} // namespace

TEST_CASE("Dates are written as the user's locale writes them, or as chosen", "[ui][dates]")
{
    const QDate day(2028, 12, 31);
    {
        DateSettings s(QStringLiteral("en_GB"), QString());
        CHECK(DateFormat::display(day) == QStringLiteral("31/12/2028"));
    }
    {
        DateSettings s(QStringLiteral("en_US"), QString());
        CHECK(DateFormat::display(day) == QStringLiteral("12/31/2028"));
    }
    {
        DateSettings s(QStringLiteral("zh_CN"), QString());
        CHECK(DateFormat::display(day) == QStringLiteral("2028-12-31"));
    }
    {
        DateSettings s(QStringLiteral("en_US"), QStringLiteral("iso"));
        CHECK(DateFormat::display(day) == QStringLiteral("2028-12-31"));
    }
    {
        DateSettings s(QStringLiteral("en_US"), QStringLiteral("zh_CN"));
        CHECK(DateFormat::display(day) == QStringLiteral("2028年12月31日"));
    }
    {
        DateSettings s(QStringLiteral("en_US"), QStringLiteral("ru_RU"));
        CHECK(DateFormat::display(day) == QStringLiteral("31.12.2028"));
    }
    CHECK(DateFormat::display(QDate()).isEmpty());
    // Preferences offers the system's way, ISO and named locales, each shown with an example.
    const QList<DateFormat::Choice> choices = DateFormat::choices();
    REQUIRE(choices.size() >= 4);
    CHECK(choices.at(0).style.isEmpty());
    CHECK(choices.at(1).style == QStringLiteral("iso"));
    CHECK(std::any_of(choices.cbegin(), choices.cend(), [](const DateFormat::Choice &c) { return c.label.contains(QStringLiteral("31/12/2028")); }));
}

TEST_CASE("Whole dates are read in ISO and in the user's format, day and month in the locale's order", "[ui][dates]")
{
    const QDate day(2028, 12, 31);
    {
        DateSettings s(QStringLiteral("en_GB"), QString());
        for (const char *text : {"2028-12-31", "2028/12/31", "20281231", "31/12/2028", "31.12.2028", "31-12-28", " 31/12/2028 ", "31 Dec 2028",
                 "31 December 2028", "2028年12月31日"})
            CHECK(DateFormat::parse(QString::fromUtf8(text)) == day);
        CHECK(DateFormat::parse(QStringLiteral("01/02/2028")) == QDate(2028, 2, 1));
    }
    {
        DateSettings s(QStringLiteral("en_US"), QString());
        CHECK(DateFormat::parse(QStringLiteral("12/31/2028")) == day);
        CHECK(DateFormat::parse(QStringLiteral("01/02/2028")) == QDate(2028, 1, 2));
        CHECK(DateFormat::parse(QStringLiteral("Dec 31, 2028")) == day);
    }
    {
        DateSettings s(QStringLiteral("zh_CN"), QString());
        CHECK(DateFormat::parse(QStringLiteral("2028年12月31日")) == day);
        CHECK(DateFormat::parse(QStringLiteral("2028-12-31")) == day);
    }
    for (const char *bad : {"", "not set", "2028-13-01", "2028-02-30", "31/02/2028", "12", "2028", "not set2026011512/31/2028"})
        CHECK_FALSE(DateFormat::parse(QString::fromUtf8(bad)).isValid());
}

TEST_CASE("A date field: empty is not set, a typed date is read whole, text that is no date is marked", "[ui][dates]")
{
    DateSettings s(QStringLiteral("en_GB"), QString());
    Form form;
    QSignalSpy changed(form.from, &DateField::dateChanged);

    // Empty: not set, and acceptable in an optional field; the placeholder says so.
    CHECK(form.from->isEmpty());
    CHECK_FALSE(form.from->date().isValid());
    CHECK(form.from->hasAcceptableInput());
    CHECK(form.from->lineEdit()->placeholderText() == QStringLiteral("not set"));

    // ISO typed into the empty field.
    typeInto(form.from, QStringLiteral("2026-01-15"));
    CHECK(form.from->date() == QDate(2026, 1, 15));
    CHECK(changed.count() >= 1);
    CHECK(changed.last().at(0).toDate() == QDate(2026, 1, 15));
    // Left, it is written the user's way.
    QTest::keyClick(form.from->lineEdit(), Qt::Key_Tab);
    CHECK(form.from->lineEdit()->text() == QStringLiteral("15/01/2026"));

    // The user's own format replaces it.
    typeInto(form.from, QStringLiteral("31/12/2028"));
    CHECK(form.from->date() == QDate(2028, 12, 31));

    // The clear button empties it: not set again.
    form.from->lineEdit()->clear();
    CHECK_FALSE(form.from->date().isValid());
    CHECK(form.from->hasAcceptableInput());
    CHECK_FALSE(changed.last().at(0).toDate().isValid());

    // Half a date is not marked while typing; text that is no date is marked once the field is left.
    typeInto(form.from, QStringLiteral("2028-13"));
    CHECK_FALSE(form.from->lineEdit()->property("invalid").toBool());
    QTest::keyClicks(form.from->lineEdit(), QStringLiteral("-45"));
    QTest::keyClick(form.from->lineEdit(), Qt::Key_Tab);
    CHECK(form.from->lineEdit()->property("invalid").toBool());
    CHECK(form.from->lineEdit()->palette().color(QPalette::Base) != form.after->palette().color(QPalette::Base));
    CHECK_FALSE(form.from->date().isValid());
    CHECK_FALSE(form.from->hasAcceptableInput());
    const auto error = form.from->inputError(QStringLiteral("period_start"));
    REQUIRE(error.has_value());
    CHECK(error->field == QStringLiteral("period_start"));
    CHECK(error->message.contains(QStringLiteral("Period from")));
    CHECK(error->message.contains(QStringLiteral("2028-13-45")));
    CHECK(error->message.contains(QStringLiteral("31/12/2028 or 2028-12-31")));
    CHECK(ui::firstUnacceptableDate(&form.window) == form.from);
    test::shoot(&form.window, QStringLiteral("date-field-invalid"));

    // Corrected, the mark goes at once.
    typeInto(form.from, QStringLiteral("2028-12-31"));
    CHECK_FALSE(form.from->lineEdit()->property("invalid").toBool());
    CHECK(ui::firstUnacceptableDate(&form.window) == nullptr);

    // A required field refuses empty.
    form.to->setOptional(false);
    CHECK_FALSE(form.to->hasAcceptableInput());
    REQUIRE(form.to->inputError(QStringLiteral("period_end")).has_value());
    CHECK(form.to->inputError(QStringLiteral("period_end"))->message.contains(QStringLiteral("Period to")));
}

TEST_CASE("Tab leaves a date field without changing it, and the calendar button takes no focus", "[ui][dates]")
{
    DateSettings s(QStringLiteral("en_GB"), QString());
    Form form;
    form.to->setDate(QDate(2027, 6, 30));
    form.from->lineEdit()->setFocus();
    QTRY_VERIFY(form.from->lineEdit()->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(form.to->lineEdit()->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(form.after->hasFocus());
    CHECK_FALSE(form.from->date().isValid());
    CHECK(form.to->date() == QDate(2027, 6, 30));
    CHECK(form.from->calendarButton()->focusPolicy() == Qt::NoFocus);
}

TEST_CASE("The calendar opens at the date set, or today, and a click sets the date", "[ui][dates]")
{
    DateSettings s(QStringLiteral("en_GB"), QString());
    Form form;
    // Empty: today, not January 1900.
    QTest::mouseClick(form.from->calendarButton(), Qt::LeftButton);
    REQUIRE(form.from->calendar());
    QTRY_VERIFY(form.from->calendar()->isVisible());
    CHECK(form.from->calendar()->selectedDate() == QDate::currentDate());
    CHECK(form.from->calendar()->yearShown() == QDate::currentDate().year());
    form.from->calendar()->window()->hide();

    form.to->setDate(QDate(2030, 5, 17));
    form.to->lineEdit()->setFocus();
    QTest::keyClick(form.to->lineEdit(), Qt::Key_Down, Qt::AltModifier); // the keyboard's way
    REQUIRE(form.to->calendar());
    QTRY_VERIFY(form.to->calendar()->isVisible());
    CHECK(form.to->calendar()->selectedDate() == QDate(2030, 5, 17));
    CHECK(form.to->calendar()->monthShown() == 5);
    CHECK(form.to->calendar()->yearShown() == 2030);
    test::shoot(form.to->calendar()->window(), QStringLiteral("date-field-calendar"));
    // Picking the 20th.
    form.to->calendar()->setSelectedDate(QDate(2030, 5, 20));
    Q_EMIT form.to->calendar()->clicked(QDate(2030, 5, 20));
    CHECK_FALSE(form.to->calendar()->isVisible());
    CHECK(form.to->date() == QDate(2030, 5, 20));
    CHECK(form.to->lineEdit()->text() == QStringLiteral("20/05/2030"));
}

TEST_CASE("Tabbing through the budget dialog leaves its period as it was, and a date that is no date is never saved", "[ui][dates]")
{
    DateSettings s(QStringLiteral("en_GB"), QString());
    BudgetLine line;
    line.periodStart = QDate(2026, 1, 1);
    line.periodEnd = QDate(2026, 12, 31);
    line.amount = Money(1000000, QStringLiteral("USD"));
    ui::BudgetLineDialog dialog(line, Language::English);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    const QList<DateField *> dates = dialog.findChildren<DateField *>();
    REQUIRE(dates.size() == 2);
    dates.at(0)->lineEdit()->setFocus();
    QTRY_VERIFY(dates.at(0)->lineEdit()->hasFocus());
    for (int i = 0; i < 8; ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    auto tabbed = dialog.line();
    REQUIRE(tabbed.ok());
    CHECK(tabbed->periodStart == QDate(2026, 1, 1));
    CHECK(tabbed->periodEnd == QDate(2026, 12, 31));

    // "Period to" typed as something that is no date: refused with the field named, not saved.
    typeInto(dates.at(1), QStringLiteral("31/02/2027"));
    auto refused = dialog.line();
    REQUIRE_FALSE(refused.ok());
    REQUIRE(refused.error().fields.size() == 1);
    CHECK(refused.error().fields.at(0).field == QStringLiteral("period_end"));
    CHECK(refused.error().fields.at(0).message.contains(QStringLiteral("Period to")));
    dialog.accept();
    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    test::shoot(&dialog, QStringLiteral("date-field-budget-refused"));
}
