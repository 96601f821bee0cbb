#include "import_undo_dialog.h"

#include "commands/portfolio_events.h"
#include "services/import_batches.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pd::ui {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kUndoneRole = Qt::UserRole + 2;

} // namespace

ImportUndoDialog::ImportUndoDialog(Database &db, PortfolioEvents *events, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_events(events)
{
    setWindowTitle(tr("Undo Import"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Undoing an import removes the records it added and puts back the ones it changed. "
                                "It is refused when a record was changed after the import."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table = new QTableWidget(0, 8, this);
    m_table->setAccessibleName(tr("Imports"));
    m_table->setHorizontalHeaderLabels(
        {tr("Imported"), tr("Kind"), tr("File"), tr("Records"), tr("User"), tr("Added"), tr("Updated"), tr("Undone")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_undo = buttons->addButton(tr("&Undo Import"), QDialogButtonBox::ActionRole);
    m_undo->setAccessibleName(tr("Undo the chosen import"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_undo, &QPushButton::clicked, this, [this] { undoSelected(); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ImportUndoDialog::updateButton);
    resize(760, 360);
    reload();
}

void ImportUndoDialog::reload()
{
    m_table->setRowCount(0);
    auto batches = ImportBatches(m_db).list();
    if (!batches) {
        QMessageBox::warning(this, windowTitle(), batches.error().describe());
        return;
    }
    const auto local = [](const QDateTime &t) { return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString(); };
    for (const ImportBatchInfo &b : batches.value()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells{local(b.at), b.kind.toUpper(), b.file, b.entity, b.user, QLocale().toString(b.added),
            QLocale().toString(b.updated), b.undone() ? local(b.undoneAt) : QString()};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setData(kIdRole, b.id);
            item->setData(kUndoneRole, b.undone());
            m_table->setItem(row, column, item);
        }
    }
    if (m_table->rowCount() > 0)
        m_table->selectRow(0);
    updateButton();
}

void ImportUndoDialog::updateButton()
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    m_undo->setEnabled(!selected.isEmpty() && !selected.first()->data(kUndoneRole).toBool());
}

bool ImportUndoDialog::undoSelected(QString *error)
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return false;
    auto undone = ImportBatches(m_db).undo(selected.first()->data(kIdRole).toLongLong());
    if (!undone) {
        if (error)
            *error = undone.error().describe();
        else
            QMessageBox::warning(this, windowTitle(), undone.error().describe());
        return false;
    }
    if (m_events) {
        Q_EMIT m_events->projectsChanged();
        Q_EMIT m_events->partnersChanged();
        Q_EMIT m_events->deliveriesChanged();
    }
    reload();
    return true;
}

} // namespace pd::ui
