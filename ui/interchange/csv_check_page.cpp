#include "csv_check_page.h"

#include "import_wizard.h"
#include "storage/database.h"
#include "shell/long_operation.h"

#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace pd::ui {

void fillProblemTable(QTableWidget *table, const QList<ImportProblem> &problems)
{
    table->setRowCount(int(problems.size()));
    for (int r = 0; r < problems.size(); ++r) {
        const ImportProblem &p = problems.at(r);
        table->setItem(r, 0, new QTableWidgetItem(p.line > 0 ? QString::number(p.line) : QString()));
        table->setItem(r, 1, new QTableWidgetItem(p.column));
        table->setItem(r, 2, new QTableWidgetItem(p.value));
        table->setItem(r, 3, new QTableWidgetItem(p.reason));
    }
    table->resizeColumnsToContents();
}

CsvCheckPage::CsvCheckPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Check the File"));
    setSubTitle(tr("Every row is checked before anything is written. Fix what is listed in the file, save it, and check again."));
    setButtonText(QWizard::NextButton, tr("&Import"));
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("checkSummary"));
    m_problems = new QTableWidget(0, 4, this);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setAccessibleName(tr("Problems"));
    m_problems->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Value"), tr("Problem")});
    m_problems->horizontalHeader()->setStretchLastSection(true);
    m_problems->verticalHeader()->hide();
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *again = new QPushButton(tr("&Check Again"), this);
    connect(again, &QPushButton::clicked, this, &CsvCheckPage::check);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems, 1);
    layout->addWidget(again, 0, Qt::AlignLeft);
}

void CsvCheckPage::initializePage()
{
    m_checked = false;
    m_report = ImportReport();
    m_summary->setText(tr("Checking..."));
    m_problems->setRowCount(0);
    // Once the page is on screen.
    QTimer::singleShot(0, this, &CsvCheckPage::check);
}

void CsvCheckPage::check()
{
    const ConnectionSpec database = m_wizard->database();
    const QString path = m_wizard->path;
    const CsvMapping mapping = m_wizard->mapping;
    ImportReport report;
    CsvImportOptions options;
    options.dryRun = true;
    const Status done = runOnDatabaseWithProgress(this, tr("Import"), tr("Checking %1...").arg(QDir::toNativeSeparators(path)), database,
        [&](Database &db, const ProgressCallback &progress) -> Status {
            auto checked = importCsv(db, path, mapping, options, progress);
            if (!checked)
                return checked.error();
            report = checked.value();
            return {};
        });
    m_checked = done.ok();
    m_report = report;
    if (!done)
        m_summary->setText(done.error().kind == Error::Kind::Cancelled ? tr("The check was cancelled.") : done.error().describe());
    else if (report.ok())
        m_summary->setText(tr("%n row(s) checked: no problems. Import writes them all in one go.", nullptr, int(report.rows)));
    else
        m_summary->setText(tr("%n row(s) checked, problems: %1. Nothing will be written until the file has none.", nullptr, int(report.rows))
                               .arg(report.problemCount)
            + (report.problemCount > report.problems.size() ? u' ' + tr("The first %1 are listed.").arg(report.problems.size()) : QString()));
    fillProblemTable(m_problems, report.problems);
    Q_EMIT completeChanged();
}

bool CsvCheckPage::isComplete() const
{
    return m_checked && m_report.ok() && m_report.rows > 0;
}

} // namespace pd::ui
