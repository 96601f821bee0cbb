#include "message_banner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace pd::ui {

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("messageBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    m_icon = new QLabel(this);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("bannerText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons = new QHBoxLayout;
    m_detailsButton = new QPushButton(tr("Details..."), this);
    m_detailsButton->setObjectName(QStringLiteral("bannerDetails"));
    connect(m_detailsButton, &QPushButton::clicked, this, &MessageBanner::showDetails);
    m_close = new QToolButton(this);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Hide this message"));
    connect(m_close, &QToolButton::clicked, this, [this] {
        dismiss();
        Q_EMIT dismissed();
    });
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addLayout(m_buttons);
    layout->addWidget(m_detailsButton);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    hide();
}

void MessageBanner::showMessage(Tone tone, const QString &text, const QString &details)
{
    if (isVisibleTo(parentWidget()) && text == m_message) {
        ++m_repeats; // the same failure again: said once already
        return;
    }
    m_repeats = 1;
    m_message = text;
    m_details = details;
    while (QLayoutItem *item = m_buttons->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QStyle::StandardPixmap icon = tone == Tone::Error ? QStyle::SP_MessageBoxCritical
        : tone == Tone::Warning                             ? QStyle::SP_MessageBoxWarning
                                                            : QStyle::SP_MessageBoxInformation;
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(24, 24));
    const QColor background = tone == Tone::Error ? QColor(0xfd, 0xe2, 0xe1) : tone == Tone::Warning ? QColor(0xff, 0xf4, 0xce) : QColor(0xde, 0xec, 0xf9);
    QPalette p = palette();
    p.setColor(QPalette::Window, background);
    p.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    setPalette(p);
    m_text->setText(text);
    m_detailsButton->setVisible(!details.isEmpty());
    show();
}

QPushButton *MessageBanner::addButton(const QString &text)
{
    auto *button = new QPushButton(text, this);
    m_buttons->addWidget(button);
    return button;
}

void MessageBanner::dismiss()
{
    hide();
    m_message.clear();
    m_repeats = 0;
}

void MessageBanner::setClosable(bool closable)
{
    m_close->setVisible(closable);
}

QString MessageBanner::text() const
{
    return m_message;
}

void MessageBanner::showDetails()
{
    auto *box = new QMessageBox(QMessageBox::Information, tr("Details"), m_message, QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("bannerDetailsBox"));
    box->setDetailedText(m_details);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace pd::ui
