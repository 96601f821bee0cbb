#include "kpi_tile.h"

#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

namespace pd::ui {

KpiTile::KpiTile(const QString &caption, QWidget *parent)
    : QFrame(parent)
    , m_value(new QLabel(this))
    , m_detail(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Open what this counts"));
    auto *title = new QLabel(caption, this);
    title->setWordWrap(true);
    QFont big; // size and weight only: the family stays the parent's (a PDF export changes it)
    big.setPointSizeF(m_value->font().pointSizeF() * 1.7);
    big.setBold(true);
    m_value->setFont(big);
    m_value->setObjectName(QStringLiteral("kpiValue"));
    m_detail->setWordWrap(true);
    m_detail->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(2);
    layout->addWidget(title);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
    layout->addStretch(1);
}

void KpiTile::setValue(const QString &value, const QString &detail)
{
    m_value->setText(value);
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
}

QString KpiTile::value() const
{
    return m_value->text();
}

QString KpiTile::detail() const
{
    return m_detail->text();
}

void KpiTile::setAlert(bool alert)
{
    m_value->setStyleSheet(alert ? QStringLiteral("color: #c0392b;") : QString());
}

void KpiTile::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        Q_EMIT clicked();
    QFrame::mouseReleaseEvent(event);
}

} // namespace pd::ui
