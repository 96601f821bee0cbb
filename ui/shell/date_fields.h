#pragma once

#include <QDate>
#include <QString>

class QDateEdit;
class QWidget;

namespace pd::ui {

// A date field that may be left empty ("not set"), in ISO format with a calendar.
QDateEdit *optionalDateEdit(QWidget *parent);
// The date, or an invalid QDate when the field is "not set".
QDate optionalDate(const QDateEdit *edit);
void setOptionalDate(QDateEdit *edit, const QDate &date);

// The locale's short date with a four-digit year: 3/1/2024 (en), 2024/3/1 (zh); "" when invalid.
QString shortDate(const QDate &date);

} // namespace pd::ui
