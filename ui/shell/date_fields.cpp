#include "date_fields.h"

#include <QCoreApplication>
#include <QDateEdit>
#include <QLocale>

namespace pd::ui {

namespace {
const QDate kNoDate(1900, 1, 1);
}

QDateEdit *optionalDateEdit(QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(kNoDate);
    edit->setSpecialValueText(QCoreApplication::translate("pd::ui::ProjectEditor", "not set"));
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setDate(kNoDate);
    return edit;
}

QDate optionalDate(const QDateEdit *edit)
{
    return edit->date() == kNoDate ? QDate() : edit->date();
}

void setOptionalDate(QDateEdit *edit, const QDate &date)
{
    edit->setDate(date.isValid() ? date : kNoDate);
}

QString shortDate(const QDate &date)
{
    if (!date.isValid())
        return {};
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return QLocale().toString(date, format);
}

} // namespace pd::ui
