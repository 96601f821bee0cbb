#pragma once

#include "domain/validation.h"

#include <QDate>
#include <QWidget>

#include <optional>

class QCalendarWidget;
class QFrame;
class QLineEdit;
class QToolButton;

namespace pd::ui {

// The one date field of the app: a line to type into and a button that opens a calendar.
// - Empty means "not set" (the line's clear button empties it); a required field refuses empty.
// - A whole date is typed at once, as ISO 8601 or in the user's date format (DateFormat::parse);
//   when the field is left, a date is rewritten in the user's format.
// - Text that is no date is marked and date() is invalid; dialogs ask inputError() before saving,
//   so it is never saved.
// - The calendar opens at the date set, or today; Tab leaves the field (the button takes no focus).
class DateField final : public QWidget
{
    Q_OBJECT

public:
    explicit DateField(QWidget *parent = nullptr);
    explicit DateField(const QDate &date, QWidget *parent = nullptr);
    // The name a screen reader says, on the field and on the line edit it reads (a field in a form
    // row takes its label's without this).
    void setName(const QString &name);

    // The date typed or picked; invalid when the field is empty or its text is no date.
    QDate date() const { return m_date; }
    void setDate(const QDate &date);
    void clear() { setDate({}); }
    bool isEmpty() const;
    // An optional field (the default) may be left empty; a required one may not.
    void setOptional(bool optional);
    bool isOptional() const { return m_optional; }
    // Empty (when optional) or a date.
    bool hasAcceptableInput() const;
    // Why the input cannot be saved, for the field `key`, named after the field's label; nothing
    // when it can.
    std::optional<FieldError> inputError(const QString &key) const;
    void setReadOnly(bool readOnly);
    // Marks the field when its input cannot be saved and puts the cursor in it.
    void revealProblem();

    QLineEdit *lineEdit() const { return m_edit; }
    QToolButton *calendarButton() const { return m_button; }
    // The calendar, once opened (for tests); nullptr before.
    QCalendarWidget *calendar() const { return m_calendar; }
    void showCalendar();

Q_SIGNALS:
    // Whenever date() changes, including to invalid.
    void dateChanged(const QDate &date);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void onTextEdited();
    void showValidity(bool mark);
    void changeDate(const QDate &date); // not QWidget::update(), which it would hide
    QString label() const;

    QLineEdit *m_edit = nullptr;
    QToolButton *m_button = nullptr;
    QFrame *m_popup = nullptr;
    QCalendarWidget *m_calendar = nullptr;
    QDate m_date;
    bool m_optional = true;
};

// The input errors of the fields, each under its key (`{field, "planned_start"}`).
QList<FieldError> dateInputErrors(std::initializer_list<std::pair<const DateField *, const char *>> fields);

// The first date field under `root` whose input cannot be saved, or nullptr.
DateField *firstUnacceptableDate(const QWidget *root);

} // namespace pd::ui
