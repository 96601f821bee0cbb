#pragma once

#include "interchange/iati_import.h"

#include <QWizardPage>

class QLabel;
class QTableWidget;

namespace pd::ui {

class ImportWizard;

// The import itself, on a worker thread with progress and Cancel, and what it did: the rows
// written, or for IATI files the activities, transactions and budgets imported and every skip.
class ImportRunPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportRunPage(ImportWizard *wizard);

    void initializePage() override;
    bool isComplete() const override { return m_done; }

    void run();
    bool succeeded() const { return m_succeeded; }
    QLabel *summary() const { return m_summary; }
    QTableWidget *details() const { return m_details; }

private:
    Status runCsv();
    Status runIati();

    ImportWizard *m_wizard;
    QLabel *m_summary = nullptr;
    QTableWidget *m_details = nullptr;
    bool m_done = false;
    bool m_succeeded = false;
};

} // namespace pd::ui
