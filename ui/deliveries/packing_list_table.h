#pragma once

#include "common/error.h"
#include "common/language.h"
#include "domain/delivery.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace pd::ui {

// The packing list of a delivery as an editable table: one row per line (description in both
// languages, category, quantity, unit, unit value, gross weight) with the line's value and the
// totals kept up to date; rows are added, removed, and pasted from a spreadsheet (all or nothing).
class PackingListTable final : public QWidget
{
    Q_OBJECT

public:
    PackingListTable(Language language, QWidget *parent = nullptr);

    void setItems(const QList<DeliveryItem> &items, const QString &currency);
    void setCurrency(const QString &currency);
    // The rows as items; problems (a quantity that is not a number...) go to `errors` by row.
    QList<DeliveryItem> items(QList<FieldError> &errors) const;
    // Appends the rows of a spreadsheet paste; false (and the reason shown) when any row is bad.
    bool pasteText(const QString &text);
    QTableWidget *table() const { return m_table; }
    QString totalsText() const;

Q_SIGNALS:
    void changed();

private:
    void addRow(const DeliveryItem &item);
    void updateTotals();
    void pasteClipboard();

    Language m_language;
    QString m_currency;
    QTableWidget *m_table = nullptr;
    QLabel *m_totals = nullptr;
    QLabel *m_message = nullptr;
    bool m_filling = false;
};

} // namespace pd::ui
