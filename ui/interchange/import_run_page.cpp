#include "import_run_page.h"

#include "csv_check_page.h"
#include "import_wizard.h"
#include "storage/database.h"
#include "shell/long_operation.h"

#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace pd::ui {

ImportRunPage::ImportRunPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Import"));
    setFinalPage(true);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_details = new QTableWidget(this);
    m_details->setObjectName(QStringLiteral("importDetails"));
    m_details->setAccessibleName(tr("Details"));
    m_details->horizontalHeader()->setStretchLastSection(true);
    m_details->verticalHeader()->hide();
    m_details->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_details, 1);
}

void ImportRunPage::initializePage()
{
    m_done = false;
    m_succeeded = false;
    m_summary->setText(tr("Importing..."));
    m_details->clear();
    m_details->setRowCount(0);
    m_details->setColumnCount(0);
    QTimer::singleShot(0, this, &ImportRunPage::run);
}

void ImportRunPage::run()
{
    const Status done = m_wizard->iati ? runIati() : runCsv();
    m_succeeded = done.ok();
    if (!done) {
        m_summary->setText(done.error().kind == Error::Kind::Cancelled ? tr("The import was cancelled: nothing was written.")
                                                                        : tr("Nothing was imported: %1").arg(done.error().describe()));
    }
    m_wizard->announceChanges();
    m_done = true;
    Q_EMIT completeChanged();
}

Status ImportRunPage::runCsv()
{
    const ConnectionSpec database = m_wizard->database();
    const QString path = m_wizard->path;
    const CsvMapping mapping = m_wizard->mapping;
    ImportReport report;
    const Status done = runOnDatabaseWithProgress(this, tr("Import"), tr("Importing %1...").arg(QDir::toNativeSeparators(path)), database,
        [&](Database &db, const ProgressCallback &progress) -> Status {
            auto imported = importCsv(db, path, mapping, {}, progress);
            if (!imported)
                return imported.error();
            report = imported.value();
            return {};
        });
    if (!done)
        return done;
    m_details->setColumnCount(4);
    m_details->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Value"), tr("Problem")});
    fillProblemTable(m_details, report.problems);
    if (!report.ok() && mapping.onInvalid == OnInvalid::Stop)
        return Error::make(Error::Kind::Validation, tr("the file changed since it was checked and now has %n problem(s).", nullptr, int(report.problemCount)));
    QString text = tr("Imported %n record(s) of %1 into the portfolio.", nullptr, int(report.imported)).arg(nameOf(mapping.entity));
    if (report.rejected > 0)
        text += u' ' + tr("%n record(s) with problems were left out; their rows are in %1.", nullptr, int(report.rejected))
                           .arg(QDir::toNativeSeparators(report.rejectsFile));
    if (report.warningCount > 0)
        text += u' ' + tr("%n warning(s): kept as the file says.", nullptr, int(report.warningCount));
    m_summary->setText(text);
    return {};
}

Status ImportRunPage::runIati()
{
    const ConnectionSpec database = m_wizard->database();
    const QString path = m_wizard->path;
    IatiImportSummary summary;
    const Status done = runOnDatabaseWithProgress(this, tr("Import"), tr("Importing %1...").arg(QDir::toNativeSeparators(path)), database,
        [&](Database &db, const ProgressCallback &progress) -> Status {
            auto imported = importIati(db, {path}, progress);
            if (!imported)
                return imported.error();
            summary = imported.value();
            return {};
        });
    if (!done)
        return done;
    m_summary->setText(tr("IATI %1: %2 activities imported as new projects, %3 updated, %4 skipped; %5 transactions imported, %6 skipped; "
                          "%7 budgets imported, %8 skipped; %9 new partners.")
                           .arg(summary.version)
                           .arg(summary.activitiesCreated)
                           .arg(summary.activitiesUpdated)
                           .arg(summary.activitiesSkipped)
                           .arg(summary.transactionsImported)
                           .arg(summary.transactionsSkipped)
                           .arg(summary.budgetsImported)
                           .arg(summary.budgetsSkipped)
                           .arg(summary.partnersCreated));
    m_summary->setText(m_summary->text() + u' '
        + tr("%n date warning(s): kept as the file gives them.", nullptr, int(summary.warnings.size())) + u' '
        + tr("%n IATI 1.x code(s) mapped.", nullptr, int(summary.mapped.size())));
    // Skips first, then what was kept with a warning, then the codes mapped: each says which it is.
    const QList<std::pair<QString, const QList<IatiSkip> *>> groups{
        {tr("Left out"), &summary.skips}, {tr("Kept, warning"), &summary.warnings}, {tr("Mapped"), &summary.mapped}};
    m_details->setColumnCount(5);
    m_details->setHorizontalHeaderLabels({tr("Line"), tr("Activity"), tr("Element"), tr("Outcome"), tr("Why")});
    m_details->setRowCount(int(summary.skips.size() + summary.warnings.size() + summary.mapped.size()));
    int r = 0;
    for (const auto &[outcome, notes] : groups) {
        for (const IatiSkip &s : *notes) {
            m_details->setItem(r, 0, new QTableWidgetItem(QString::number(s.line)));
            m_details->setItem(r, 1, new QTableWidgetItem(s.activity));
            m_details->setItem(r, 2, new QTableWidgetItem(s.what));
            m_details->setItem(r, 3, new QTableWidgetItem(outcome));
            m_details->setItem(r, 4, new QTableWidgetItem(s.reason));
            ++r;
        }
    }
    m_details->resizeColumnsToContents();
    return {};
}

} // namespace pd::ui
