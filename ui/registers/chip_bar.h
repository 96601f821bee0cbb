#pragma once

#include "project_filter_panel.h"

#include <QWidget>

class QHBoxLayout;

namespace pd::ui {

// The active filters as removable chips ("Goods and materials supply  x").
class ChipBar final : public QWidget
{
    Q_OBJECT

public:
    explicit ChipBar(QWidget *parent = nullptr);
    void setChips(const QList<FilterChip> &chips);

Q_SIGNALS:
    void removeRequested(const QString &key);
    void clearAllRequested();

private:
    QHBoxLayout *m_layout = nullptr;
};

} // namespace pd::ui
