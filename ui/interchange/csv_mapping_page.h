#pragma once

#include "interchange/csv_import.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QTableWidget;

namespace pd::ui {

class ImportWizard;

// Which column feeds which field: guessed from the headers (English or Chinese), changed with a
// choice per field, saved to a file and loaded again next month; the encoding and separator as
// detected, or chosen; and the first rows as they will be imported.
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
    QTableWidget *preview() const { return m_preview; }
    bool loadMapping(const QString &file);
    bool saveMapping(const QString &file);

private:
    void readFile();
    void showFields();
    void showPreview();
    CsvDialect chosenDialect() const;
    void collect();

    ImportWizard *m_wizard;
    QList<ImportField> m_fields;
    CsvPreview m_head;
    QComboBox *m_encoding = nullptr;
    QComboBox *m_separator = nullptr;
    QLabel *m_state = nullptr;
    QTableWidget *m_table = nullptr;
    QTableWidget *m_preview = nullptr;
    bool m_filling = false;
};

} // namespace pd::ui
