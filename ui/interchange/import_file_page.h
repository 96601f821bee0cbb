#pragma once

#include <QWizardPage>

class QComboBox;
class QLineEdit;

namespace pd::ui {

class ImportWizard;

// Which file, and what it holds: one kind of record (CSV) or IATI activities (XML).
class ImportFilePage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFilePage(ImportWizard *wizard);

    bool isComplete() const override;
    bool validatePage() override;

    QLineEdit *pathField() const { return m_path; }
    QComboBox *kindField() const { return m_kind; }

private:
    void browse();
    void guessKind();

    ImportWizard *m_wizard;
    QLineEdit *m_path = nullptr;
    QComboBox *m_kind = nullptr;
};

} // namespace pd::ui
