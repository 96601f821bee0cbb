#include "chip_bar.h"

#include <QHBoxLayout>
#include <QToolButton>

namespace pd::ui {

ChipBar::ChipBar(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addStretch(1);
    hide();
}

void ChipBar::setChips(const QList<FilterChip> &chips)
{
    // deleteLater: setChips may run inside the clicked() of the chip being removed.
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        if (QWidget *w = item->widget()) {
            w->hide();
            w->deleteLater();
        }
        delete item;
    }
    for (const FilterChip &chip : chips) {
        auto *button = new QToolButton(this);
        button->setText(chip.text + QStringLiteral("  \u00D7"));
        button->setToolTip(tr("Remove this filter"));
        button->setAutoRaise(false);
        button->setObjectName(QStringLiteral("chip-") + chip.key);
        button->setStyleSheet(QStringLiteral("QToolButton { border: 1px solid palette(mid); border-radius: 10px; padding: 2px 8px; }"));
        const QString key = chip.key;
        connect(button, &QToolButton::clicked, this, [this, key] { Q_EMIT removeRequested(key); });
        m_layout->addWidget(button);
    }
    if (chips.size() > 1) {
        auto *clear = new QToolButton(this);
        clear->setText(tr("Clear all"));
        clear->setAutoRaise(true);
        connect(clear, &QToolButton::clicked, this, &ChipBar::clearAllRequested);
        m_layout->addWidget(clear);
    }
    m_layout->addStretch(1);
    setVisible(!chips.isEmpty());
}

} // namespace pd::ui
