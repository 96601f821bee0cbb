#include "date_field.h"

#include "date_format.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QScreen>
#include <QToolButton>
#include <QVBoxLayout>

namespace pd::ui {

DateField::DateField(QWidget *parent)
    : DateField(QDate(), parent)
{ }

DateField::DateField(const QDate &date, QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_button(new QToolButton(this))
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(2);
    row->addWidget(m_edit, 1);
    row->addWidget(m_button);
    m_edit->setClearButtonEnabled(true);
    m_edit->setPlaceholderText(tr("not set"));
    m_edit->setToolTip(tr("Type a date such as %1, or pick one from the calendar (Alt+Down). Empty means not set.").arg(DateFormat::example()));
    m_edit->installEventFilter(this);
    m_button->setArrowType(Qt::DownArrow);
    m_button->setFocusPolicy(Qt::NoFocus); // Tab goes from the line to the next field
    m_button->setToolTip(tr("Pick the date from a calendar"));
    m_button->setAccessibleName(tr("Open the calendar"));
    // As wide as the longest date it writes with room for the clear button, not the form's width.
    m_edit->setMinimumWidth(m_edit->fontMetrics().horizontalAdvance(QStringLiteral("2028年12月31日 ")) + 3 * m_edit->fontMetrics().height());
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setFocusProxy(m_edit);
    setFocusPolicy(Qt::StrongFocus);
    connect(m_edit, &QLineEdit::textEdited, this, &DateField::onTextEdited);
    // The clear button empties the line without a textEdited signal.
    connect(m_edit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty() && m_date.isValid())
            changeDate({});
        showValidity(false);
    });
    connect(m_button, &QToolButton::clicked, this, &DateField::showCalendar);
    setDate(date);
}

void DateField::setDate(const QDate &date)
{
    m_edit->setText(DateFormat::display(date));
    changeDate(date);
    showValidity(true);
}

bool DateField::isEmpty() const
{
    return m_edit->text().trimmed().isEmpty();
}

void DateField::setOptional(bool optional)
{
    m_optional = optional;
    m_edit->setPlaceholderText(optional ? tr("not set") : tr("required"));
}

bool DateField::hasAcceptableInput() const
{
    return isEmpty() ? m_optional : m_date.isValid();
}

std::optional<FieldError> DateField::inputError(const QString &key) const
{
    if (hasAcceptableInput())
        return std::nullopt;
    const QString name = label();
    if (isEmpty())
        return FieldError{key, tr("%1: a date is required.").arg(name)};
    return FieldError{key, tr("%1: “%2” is not a date. Type it as %3.").arg(name, m_edit->text().trimmed(), DateFormat::example())};
}

void DateField::setReadOnly(bool readOnly)
{
    m_edit->setReadOnly(readOnly);
    m_edit->setClearButtonEnabled(!readOnly);
    m_button->setEnabled(!readOnly);
}

void DateField::revealProblem()
{
    showValidity(true);
    m_edit->setFocus(Qt::OtherFocusReason);
    m_edit->selectAll();
}

void DateField::showCalendar()
{
    if (m_edit->isReadOnly())
        return;
    if (!m_popup) {
        m_popup = new QFrame(this, Qt::Popup);
        m_popup->setFrameShape(QFrame::StyledPanel);
        m_calendar = new QCalendarWidget(m_popup);
        m_calendar->setGridVisible(true);
        auto *layout = new QVBoxLayout(m_popup);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(m_calendar);
        auto pick = [this](const QDate &date) {
            m_popup->hide();
            setDate(date);
            m_edit->setFocus(Qt::PopupFocusReason);
        };
        connect(m_calendar, &QCalendarWidget::clicked, this, pick);
        connect(m_calendar, &QCalendarWidget::activated, this, pick);
    }
    const QDate start = m_date.isValid() ? m_date : QDate::currentDate();
    m_calendar->setSelectedDate(start);
    m_calendar->setCurrentPage(start.year(), start.month());
    m_popup->adjustSize();
    QPoint at = mapToGlobal(QPoint(0, height()));
    if (const QScreen *screen = this->screen()) {
        const QRect area = screen->availableGeometry();
        at.setX(std::clamp(at.x(), area.left(), std::max(area.left(), area.right() - m_popup->width())));
        if (at.y() + m_popup->height() > area.bottom())
            at.setY(mapToGlobal(QPoint(0, 0)).y() - m_popup->height());
    }
    m_popup->move(at);
    m_popup->show();
    m_calendar->setFocus(Qt::PopupFocusReason);
}

bool DateField::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit) {
        if (event->type() == QEvent::KeyPress) {
            const auto *key = static_cast<QKeyEvent *>(event);
            if ((key->key() == Qt::Key_Down && key->modifiers() & Qt::AltModifier) || key->key() == Qt::Key_F4) {
                showCalendar();
                return true;
            }
        } else if (event->type() == QEvent::FocusOut) {
            if (m_date.isValid())
                m_edit->setText(DateFormat::display(m_date)); // written the user's way once left
            showValidity(true);
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DateField::setName(const QString &name)
{
    setAccessibleName(name);
    m_edit->setAccessibleName(name);
}

void DateField::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // A screen reader sits in the line edit: it takes the field's name, set or from its form label.
    if (!m_edit->accessibleName().isEmpty())
        return;
    QString name = accessibleName();
    for (const QLabel *label : window()->findChildren<QLabel *>()) {
        if (name.isEmpty() && label->buddy() == this)
            name = label->text().remove(QRegularExpression(QStringLiteral("&(?!&)"))).remove(u':').trimmed();
    }
    m_edit->setAccessibleName(name);
}

void DateField::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::EnabledChange)
        showValidity(false);
    QWidget::changeEvent(event);
}

void DateField::onTextEdited()
{
    changeDate(DateFormat::parse(m_edit->text()));
    showValidity(false);
}

void DateField::changeDate(const QDate &date)
{
    if (date == m_date)
        return;
    m_date = date;
    Q_EMIT dateChanged(date);
}

void DateField::showValidity(bool mark)
{
    // While typing, half a date is not marked yet; it is once the field is left.
    const bool bad = !hasAcceptableInput() && !isEmpty() && (mark || m_edit->property("invalid").toBool());
    if (m_edit->property("invalid").toBool() == bad)
        return;
    m_edit->setProperty("invalid", bad);
    QPalette palette = QApplication::palette(m_edit);
    if (bad) {
        palette.setColor(QPalette::Base, QColor(0xfd, 0xe7, 0xe9));
        palette.setColor(QPalette::Text, QColor(0x8e, 0x00, 0x15));
    }
    m_edit->setPalette(palette);
    m_edit->setAccessibleDescription(bad ? tr("not a date") : QString());
}

QString DateField::label() const
{
    if (!accessibleName().isEmpty())
        return accessibleName();
    if (const QWidget *parent = parentWidget()) {
        for (const QLabel *l : parent->findChildren<QLabel *>()) {
            if (l->buddy() == this || l->buddy() == m_edit)
                return l->text().remove(u'&');
        }
    }
    return tr("Date");
}

QList<FieldError> dateInputErrors(std::initializer_list<std::pair<const DateField *, const char *>> fields)
{
    QList<FieldError> errors;
    for (const auto &[field, key] : fields) {
        if (auto e = field->inputError(QLatin1String(key)))
            errors.append(*e);
    }
    return errors;
}

DateField *firstUnacceptableDate(const QWidget *root)
{
    for (DateField *field : root->findChildren<DateField *>()) {
        if (field->isEnabled() && !field->hasAcceptableInput())
            return field;
    }
    return nullptr;
}

} // namespace pd::ui
