#include "conflict_dialog.h"

#include "domain/record_fields.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pd::ui {

ConflictDialog::ConflictDialog(const Project &mine, const Project &theirs, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Project changed by someone else"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Project %1 was changed in another window or by another user after you opened it "
                                "(their revision %2, yours %3). These fields differ:")
                                 .arg(theirs.code)
                                 .arg(theirs.revision)
                                 .arg(mine.revision),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    const QList<FieldChange> changes = diffFields(fieldsOf(theirs), fieldsOf(mine));
    auto *table = new QTableWidget(int(changes.size()), 3, this);
    table->setObjectName(QStringLiteral("conflictTable"));
    table->setHorizontalHeaderLabels({tr("Field"), tr("Their version"), tr("Your version")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    for (int row = 0; row < changes.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(changes.at(row).field));
        table->setItem(row, 1, new QTableWidgetItem(changes.at(row).oldValue));
        table->setItem(row, 2, new QTableWidgetItem(changes.at(row).newValue));
    }
    layout->addWidget(table, 1);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *reload = buttons->addButton(tr("Reload Their Version"), QDialogButtonBox::ResetRole);
    QPushButton *keep = buttons->addButton(tr("Overwrite With Mine"), QDialogButtonBox::DestructiveRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    reload->setObjectName(QStringLiteral("reloadTheirs"));
    keep->setObjectName(QStringLiteral("keepMine"));
    connect(reload, &QPushButton::clicked, this, [this] { done(ReloadTheirs); });
    connect(keep, &QPushButton::clicked, this, [this] { done(KeepMine); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 420);
}

} // namespace pd::ui
