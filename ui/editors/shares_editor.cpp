#include "shares_editor.h"

#include "domain/project.h"
#include "pickers.h"

#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace pd::ui {

SharesEditor::SharesEditor(const QString &codeHeader, std::function<QString(const QString &)> nameOf, QWidget *parent)
    : QWidget(parent)
    , m_nameOf(std::move(nameOf))
    , m_picker(new SearchPicker(this))
    , m_table(new QTableWidget(0, 2, this))
{
    m_table->setHorizontalHeaderLabels({codeHeader, tr("Share (%)")});
    m_picker->setAccessibleName(tr("%1 to add").arg(codeHeader));
    m_table->setAccessibleName(tr("%1 and shares").arg(codeHeader));
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *add = new QPushButton(tr("Add"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    auto *split = new QPushButton(tr("Split equally"), this);
    connect(add, &QPushButton::clicked, this, &SharesEditor::addPicked);
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0)
            return;
        m_table->removeRow(row);
        Q_EMIT changed();
    });
    connect(split, &QPushButton::clicked, this, &SharesEditor::splitEqually);

    auto *pickRow = new QHBoxLayout;
    pickRow->addWidget(m_picker, 1);
    pickRow->addWidget(add);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(remove);
    buttons->addWidget(split);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(pickRow);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
}

QList<SharesEditor::Share> SharesEditor::shares() const
{
    QList<Share> list;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto *spin = qobject_cast<const QDoubleSpinBox *>(m_table->cellWidget(row, 1));
        list.append({m_table->item(row, 0)->data(Qt::UserRole).toString(), int(std::lround(spin->value() * 100))});
    }
    return list;
}

void SharesEditor::setShares(const QList<Share> &shares)
{
    m_table->setRowCount(0);
    for (const auto &[code, hundredths] : shares)
        appendRow(code, hundredths);
}

void SharesEditor::appendRow(const QString &code, int hundredths)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *item = new QTableWidgetItem(m_nameOf(code));
    item->setData(Qt::UserRole, code);
    m_table->setItem(row, 0, item);
    auto *spin = new QDoubleSpinBox(m_table);
    spin->setRange(0, 100);
    spin->setDecimals(2);
    spin->setSuffix(QStringLiteral(" %"));
    spin->setValue(hundredths / 100.0);
    connect(spin, &QDoubleSpinBox::valueChanged, this, &SharesEditor::changed);
    m_table->setCellWidget(row, 1, spin);
}

bool SharesEditor::addPicked()
{
    const QString code = m_picker->chosen().toString();
    if (code.isEmpty())
        return false;
    for (const Share &share : shares()) {
        if (share.first == code)
            return false;
    }
    appendRow(code, 0);
    splitEqually();
    m_picker->setCurrentIndex(-1);
    m_picker->clearEditText();
    return true;
}

void SharesEditor::splitEqually()
{
    const int rows = m_table->rowCount();
    if (rows == 0)
        return;
    const int each = kWholePercent / rows;
    for (int row = 0; row < rows; ++row) {
        auto *spin = qobject_cast<QDoubleSpinBox *>(m_table->cellWidget(row, 1));
        const QSignalBlocker block(spin);
        spin->setValue((each + (row == 0 ? kWholePercent - each * rows : 0)) / 100.0);
    }
    Q_EMIT changed();
}

} // namespace pd::ui
