#pragma once

#include <QFrame>

class QLabel;

namespace pd::ui {

// One headline figure of the dashboard: a caption, the value in large type and a detail line;
// clicking it opens what it counts.
class KpiTile final : public QFrame
{
    Q_OBJECT

public:
    KpiTile(const QString &caption, QWidget *parent = nullptr);

    void setValue(const QString &value, const QString &detail = {});
    QString value() const;
    QString detail() const;
    void setAlert(bool alert); // shown in red, e.g. overdue deliveries

Q_SIGNALS:
    void clicked();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    QLabel *m_value = nullptr;
    QLabel *m_detail = nullptr;
};

} // namespace pd::ui
