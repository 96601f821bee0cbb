#pragma once

#include "interchange/csv_import.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace pd::ui {

class ImportWizard;

// Which column feeds which field: guessed from the headers (English or Chinese), changed with a
// choice per field, or a value fixed for every record; what a column's values mean (a look-up,
// a date format, a sum over grouped rows); rows grouped into one record by a column; whether rows
// with problems stop the import or are skipped; the sheet and header row of a workbook, the
// encoding and separator of a CSV file; saved to a file and loaded again next month; and the
// first rows as they will be imported.
class CsvMappingPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit CsvMappingPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // For tests: the column chosen for a field ("" when not imported), and choosing one.
    QString columnOf(const QString &field) const;
    void setColumn(const QString &field, const QString &header);
    void setConstant(const QString &field, const QString &value);
    void setRule(const QString &field, const FieldRule &rule); // what the Values... dialog gives
    void setGroupBy(const QString &header);
    void setOnInvalid(OnInvalid onInvalid);
    // The Values... dialog of a field, as it would open (for tests: open() it, edit, accept()).
    class FieldRuleDialog *ruleDialog(const QString &field);
    QTableWidget *preview() const { return m_preview; }
    bool loadMapping(const QString &file);
    bool saveMapping(const QString &file);

private:
    void readFile();
    void showFields();
    void showRule(int row);
    void showPreview();
    void readOptions();
    void collect();
    void changed();
    int rowOf(const QString &field) const;

    ImportWizard *m_wizard;
    QList<ImportField> m_fields;
    CsvPreview m_head;
    QComboBox *m_encoding = nullptr;
    QComboBox *m_separator = nullptr;
    QComboBox *m_sheet = nullptr;
    QSpinBox *m_headerRow = nullptr;
    QComboBox *m_groupBy = nullptr;
    QComboBox *m_onInvalid = nullptr;
    QList<QWidget *> m_csvOnly;
    QList<QWidget *> m_workbookOnly;
    QLabel *m_state = nullptr;
    QTableWidget *m_table = nullptr;
    QTableWidget *m_preview = nullptr;
    bool m_filling = false;
};

} // namespace pd::ui
