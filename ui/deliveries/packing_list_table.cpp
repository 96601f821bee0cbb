#include "packing_list_table.h"

#include "interchange/packing_list.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pd::ui {

namespace {

enum Column { DescriptionEn, DescriptionZh, Category, Quantity, Unit, UnitValue, Weight, Value, ColumnCount };

QTableWidgetItem *numberItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

PackingListTable::PackingListTable(Language language, QWidget *parent)
    : QWidget(parent)
    , m_language(language)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_totals(new QLabel(this))
    , m_message(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("packingList"));
    m_table->setAccessibleName(tr("Packing list"));
    m_table->setHorizontalHeaderLabels({tr("Description (English)"), tr("Description (Chinese)"), tr("Category"), tr("Quantity"),
        tr("Unit"), tr("Unit value"), tr("Gross weight (kg)"), tr("Value")});
    m_table->verticalHeader()->setDefaultSectionSize(m_table->verticalHeader()->defaultSectionSize() + 4);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(DescriptionEn, QHeaderView::Stretch);
    header->setSectionResizeMode(DescriptionZh, QHeaderView::Stretch);
    for (int column : {Quantity, Unit, UnitValue, Weight, Value})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->resizeSection(Category, 190);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_totals->setObjectName(QStringLiteral("packingTotals"));
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->setWordWrap(true);

    auto *add = new QPushButton(tr("Add Row"), this);
    auto *remove = new QPushButton(tr("Remove Row"), this);
    auto *paste = new QPushButton(tr("Paste from Spreadsheet"), this);
    paste->setToolTip(tr("Rows copied from Excel or WPS: description (en), description (zh), category, quantity, unit, unit value, "
                         "gross weight in kg; or any order under a header row."));
    auto *copy = new QPushButton(tr("Copy All"), this);
    connect(add, &QPushButton::clicked, this, [this] {
        DeliveryItem item;
        item.unitValue = Money::zero(m_currency);
        addRow(item);
        m_table->setCurrentCell(m_table->rowCount() - 1, DescriptionEn);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, DescriptionEn));
        updateTotals();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0) {
            m_table->removeRow(m_table->currentRow());
            updateTotals();
        }
    });
    connect(paste, &QPushButton::clicked, this, &PackingListTable::pasteClipboard);
    connect(copy, &QPushButton::clicked, this, [this] {
        QList<FieldError> ignored;
        QApplication::clipboard()->setText(packingListText(items(ignored), m_language));
    });
    auto *pasteKey = new QShortcut(QKeySequence::Paste, m_table, nullptr, nullptr, Qt::WidgetShortcut);
    connect(pasteKey, &QShortcut::activated, this, &PackingListTable::pasteClipboard);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_filling)
            updateTotals();
    });

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {add, remove, paste, copy})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_totals);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
}

void PackingListTable::setItems(const QList<DeliveryItem> &items, const QString &currency)
{
    m_currency = currency;
    m_table->setRowCount(0);
    for (const DeliveryItem &item : items)
        addRow(item);
    updateTotals();
}

void PackingListTable::setCurrency(const QString &currency)
{
    m_currency = currency;
    updateTotals();
}

void PackingListTable::addRow(const DeliveryItem &item)
{
    m_filling = true;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    const QLocale locale;
    m_table->setItem(row, DescriptionEn, new QTableWidgetItem(item.descriptionEn));
    m_table->setItem(row, DescriptionZh, new QTableWidgetItem(item.descriptionZh));
    auto *category = new QComboBox(m_table);
    for (ItemCategory c : allItemCategories())
        category->addItem(nameOf(c, m_language), keyOf(c));
    category->setCurrentIndex(category->findData(keyOf(item.category)));
    connect(category, &QComboBox::currentIndexChanged, this, &PackingListTable::changed);
    m_table->setCellWidget(row, Category, category);
    m_table->setItem(row, Quantity, numberItem(thousandthsToText(item.quantityMilli, locale)));
    m_table->setItem(row, Unit, new QTableWidgetItem(item.unit));
    m_table->setItem(row, UnitValue, numberItem(item.unitValue.isValid() ? item.unitValue.formatAmount(locale) : QString()));
    m_table->setItem(row, Weight, numberItem(thousandthsToText(item.grossWeightGrams, locale)));
    auto *value = numberItem(QString());
    value->setFlags(value->flags() & ~Qt::ItemIsEditable);
    m_table->setItem(row, Value, value);
    m_filling = false;
}

QList<DeliveryItem> PackingListTable::items(QList<FieldError> &errors) const
{
    QList<DeliveryItem> list;
    const QLocale locale;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto text
            = [this, row](int column) { return m_table->item(row, column) ? m_table->item(row, column)->text().trimmed() : QString(); };
        const QString at = QStringLiteral("items[%1].").arg(row + 1);
        DeliveryItem item;
        item.descriptionEn = text(DescriptionEn);
        item.descriptionZh = text(DescriptionZh);
        if (auto *box = qobject_cast<QComboBox *>(m_table->cellWidget(row, Category)))
            item.category = itemCategoryFromKey(box->currentData().toString()).value_or(ItemCategory::Other);
        item.unit = text(Unit);
        const auto quantity = parseThousandths(text(Quantity));
        if (quantity)
            item.quantityMilli = *quantity;
        else
            errors.append({at + QLatin1String("quantity"), tr("row %1: \"%2\" is not a quantity").arg(row + 1).arg(text(Quantity))});
        auto value = text(UnitValue).isEmpty() ? Result<Money>(Money::zero(m_currency))
                                               : Money::parse(text(UnitValue) + u' ' + m_currency, locale);
        if (!value)
            value = Money::parse(text(UnitValue) + u' ' + m_currency, QLocale::c());
        if (value)
            item.unitValue = value.value();
        else
            errors.append({at + QLatin1String("unit_value"), tr("row %1: \"%2\" is not an amount").arg(row + 1).arg(text(UnitValue))});
        const auto weight = text(Weight).isEmpty() ? std::optional<qint64>(0) : parseThousandths(text(Weight));
        if (weight)
            item.grossWeightGrams = *weight;
        else
            errors.append({at + QLatin1String("gross_weight"), tr("row %1: \"%2\" is not a weight in kg").arg(row + 1).arg(text(Weight))});
        list.append(item);
    }
    return list;
}

bool PackingListTable::pasteText(const QString &text)
{
    auto pasted = parsePackingList(text, m_currency);
    if (!pasted) {
        m_message->setStyleSheet(QStringLiteral("color: #b00020;")); // a refusal is red
        m_message->setText(tr("Nothing was pasted: %1").arg(pasted.error().describe()));
        return false;
    }
    for (const DeliveryItem &item : pasted.value())
        addRow(item);
    m_message->setStyleSheet(QString()); // a success is not
    m_message->setText(pasted->size() == 1 ? tr("1 row pasted.") : tr("%1 rows pasted.").arg(QLocale().toString(qint64(pasted->size()))));
    updateTotals();
    return true;
}

void PackingListTable::pasteClipboard()
{
    pasteText(QApplication::clipboard()->text());
}

QString PackingListTable::totalsText() const
{
    return m_totals->text();
}

void PackingListTable::updateTotals()
{
    QList<FieldError> errors;
    const QList<DeliveryItem> list = items(errors);
    m_filling = true;
    const QLocale locale;
    Delivery d;
    d.currency = m_currency;
    for (int row = 0; row < list.size(); ++row) {
        const std::optional<Money> value = list.at(row).value();
        m_table->item(row, Value)->setText(value ? value->formatAmount(locale) : QString());
        if (value)
            d.items.append(list.at(row));
    }
    m_filling = false;
    const std::optional<DeliveryTotals> totals = totalsOf(d);
    m_totals->setText(totals
            ? tr("Lines: %1, weight: %2 t, value: %3")
                  .arg(locale.toString(list.size()), tonnesText(totals->grossWeightGrams, locale), totals->value.format(locale))
            : tr("the totals are too large"));
    Q_EMIT changed();
}

} // namespace pd::ui
