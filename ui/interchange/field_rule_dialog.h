#pragma once

#include "interchange/csv_import.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QTableWidget;

namespace pd::ui {

// What a column's values mean for one field: each value found in the file read as another (a
// look-up: "Completion" as 4, Closed), dates in a format (Excel's day numbers, "dd.MM.yyyy",
// a year alone), and whether grouped rows add their values up.
class FieldRuleDialog final : public QDialog
{
    Q_OBJECT

public:
    // `values`: the distinct values of the column found in the file, most frequent first.
    FieldRuleDialog(const ImportField &field, const QList<ImportChoice> &choices, const QStringList &values, const FieldRule &rule,
        bool grouping, QWidget *parent = nullptr);

    // The rule as edited (no constant: this dialog is for a column's values).
    FieldRule rule() const;
    // For tests: the value imported for a value of the file.
    void setImportedAs(const QString &value, const QString &importedAs);
    void setFormat(const QString &format);

private:
    QTableWidget *m_values = nullptr;
    QComboBox *m_format = nullptr;
    QCheckBox *m_sum = nullptr;
    QList<ImportChoice> m_choices;
    QList<std::pair<QString, QString>> m_kept;
};

// The distinct values of a column in the first rows of the file, most frequent first.
QStringList distinctValues(const QList<QStringList> &rows, int column, int limit = 200);

} // namespace pd::ui
