#pragma once

#include "common/result.h"
#include "report_request.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPrinter;

namespace pd {
class Portfolio;
}

namespace pd::ui {

class DateField;

// File > Reports: which report, in which language, on which paper, for which period (and project),
// then Preview, Print or Save PDF. The report is built from the portfolio at the moment it is asked for.
class ReportDialog final : public QDialog
{
    Q_OBJECT

public:
    ReportDialog(Portfolio &portfolio, Language language, QWidget *parent = nullptr);

    void setKind(ReportKind kind);
    void setProjectCode(const QString &code);
    // The dashboard's filter, offered as the scope of the portfolio and financial reports.
    void setFilter(const ProjectFilter &filter);
    ReportRequest request() const;

    // Writes the PDF off the GUI thread with progress and Cancel (the portfolio report's charts are
    // drawn on it); shows what went wrong and returns false on failure or cancel.
    bool savePdf(const QString &path);
    // Draws the report on a printer (or the preview's); the number of pages, or the error.
    Result<int> printOn(QPrinter &printer);

private:
    void updateFields();
    void preview();
    void print();
    void askAndSave();
    Status validate(const ReportRequest &request) const;
    Result<std::unique_ptr<ReportDocument>> build();
    Status saveInBackground(const ReportRequest &request, const QString &path);
    Status savePortfolioPdf(const ReportRequest &request, const QString &path);
    void showError(const Error &error);

    Portfolio &m_portfolio;
    ProjectFilter m_filter;
    QComboBox *m_kind = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_paper = nullptr;
    QLineEdit *m_project = nullptr;
    QCheckBox *m_useFilter = nullptr;
    DateField *m_from = nullptr;
    DateField *m_to = nullptr;
    QLabel *m_hint = nullptr;
};

} // namespace pd::ui
