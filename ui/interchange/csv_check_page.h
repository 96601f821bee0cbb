#pragma once

#include "interchange/csv_import.h"

#include <QWizardPage>

class QLabel;
class QTableWidget;

namespace pd::ui {

class ImportWizard;

// The whole file checked before anything is written: every problem with its line, column, value
// and reason. The officer fixes the file and checks again; only a clean file goes on.
class CsvCheckPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit CsvCheckPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;

    // Runs the check (a dry run on a worker thread, with progress and Cancel).
    void check();
    const ImportReport &report() const { return m_report; }
    QTableWidget *problems() const { return m_problems; }

private:
    ImportWizard *m_wizard;
    ImportReport m_report;
    bool m_checked = false;
    QLabel *m_summary = nullptr;
    QTableWidget *m_problems = nullptr;
};

// "12 rows, 3 problems" tables: the problems of a report as rows of line, column, value, reason.
void fillProblemTable(QTableWidget *table, const QList<ImportProblem> &problems);

} // namespace pd::ui
