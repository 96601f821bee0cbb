#pragma once

#include "interchange/csv_import.h"

#include <QWizardPage>

class QLabel;
class QTableWidget;

namespace pd::ui {

class ImportWizard;

// The whole file checked before anything is written: the problems grouped by kind with their
// counts and first lines, then each with its line, column, value and reason, and the warnings
// (what is kept as the file says). The officer fixes the file and checks again; only a clean file
// goes on, unless the mapping skips records with problems (at least one record must be valid).
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
    QTableWidget *groups() const { return m_groups; }

private:
    ImportWizard *m_wizard;
    ImportReport m_report;
    bool m_checked = false;
    QLabel *m_summary = nullptr;
    QTableWidget *m_problems = nullptr;
    QTableWidget *m_groups = nullptr;
};

// "12 rows, 3 problems" tables: the problems of a report as rows of line, column, value, reason.
void fillProblemTable(QTableWidget *table, const QList<ImportProblem> &problems);
// Problems (and warnings) by kind: count, column, reason, first lines.
void fillGroupTable(QTableWidget *table, const ImportReport &report);
QTableWidget *newGroupTable(QWidget *parent);

} // namespace pd::ui
