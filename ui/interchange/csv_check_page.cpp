#include "csv_check_page.h"

#include "import_wizard.h"
#include "storage/database.h"
#include "shell/long_operation.h"

#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
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

QTableWidget *newGroupTable(QWidget *parent)
{
    auto *table = new QTableWidget(0, 4, parent);
    table->setObjectName(QStringLiteral("problemGroups"));
    table->setAccessibleName(CsvCheckPage::tr("Problems by kind"));
    table->setHorizontalHeaderLabels({CsvCheckPage::tr("Rows"), CsvCheckPage::tr("Column"), CsvCheckPage::tr("Problem (the first of its kind)"),
        CsvCheckPage::tr("First lines")});
    table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return table;
}

void fillGroupTable(QTableWidget *table, const ImportReport &report)
{
    table->setRowCount(int(report.problemGroups.size() + report.warningGroups.size()));
    int r = 0;
    auto add = [&](const ProblemGroup &g, bool warning) {
        QStringList lines;
        for (qint64 line : g.firstLines)
            lines << (line > 0 ? QString::number(line) : CsvCheckPage::tr("file"));
        auto *count = new QTableWidgetItem(QLocale().toString(g.count));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table->setItem(r, 0, count);
        table->setItem(r, 1, new QTableWidgetItem(g.column));
        table->setItem(r, 2, new QTableWidgetItem(warning ? CsvCheckPage::tr("Warning, kept as written: %1").arg(g.reason) : g.reason));
        table->setItem(r, 3, new QTableWidgetItem(lines.join(QStringLiteral(", ")) + (g.count > g.firstLines.size() ? QStringLiteral(", …") : QString())));
        ++r;
    };
    for (const ProblemGroup &g : report.problemGroups)
        add(g, false);
    for (const ProblemGroup &g : report.warningGroups)
        add(g, true);
    table->resizeColumnToContents(0);
    table->resizeColumnToContents(1);
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
    m_groups = newGroupTable(this);
    auto *again = new QPushButton(tr("&Check Again"), this);
    connect(again, &QPushButton::clicked, this, &CsvCheckPage::check);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_groups, 1);
    layout->addWidget(new QLabel(tr("Each problem:"), this));
    layout->addWidget(m_problems, 2);
    layout->addWidget(again, 0, Qt::AlignLeft);
}

void CsvCheckPage::initializePage()
{
    m_checked = false;
    m_report = ImportReport();
    m_summary->setText(tr("Checking..."));
    m_problems->setRowCount(0);
    m_groups->setRowCount(0);
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
    const QString records = report.records == report.rows
        ? tr("%n row(s) checked", nullptr, int(report.rows))
        : tr("%n row(s) checked, forming %1 records", nullptr, int(report.rows)).arg(report.records);
    const QString warnings = report.warningCount == 0
        ? QString()
        : u' ' + tr("%n warning(s): what the file says is kept as written and listed here.", nullptr, int(report.warningCount));
    const QString listed = report.problemCount > report.problems.size() ? u' ' + tr("The first %1 are listed.").arg(report.problems.size()) : QString();
    if (!done)
        m_summary->setText(done.error().kind == Error::Kind::Cancelled ? tr("The check was cancelled.") : done.error().describe());
    else if (report.ok())
        m_summary->setText(tr("%1: no problems. Import writes them all in one go.").arg(records) + warnings);
    else if (mapping.onInvalid == OnInvalid::Skip)
        m_summary->setText(tr("%1; %n record(s) with problems will be left out, their rows written to %2. The others are imported.", nullptr,
                               int(report.rejected))
                               .arg(records, QDir::toNativeSeparators(defaultRejectsPath(path)))
            + warnings + listed);
    else
        m_summary->setText(tr("%1, problems: %2. Nothing will be written until the file has none.").arg(records).arg(report.problemCount) + warnings
            + listed);
    fillGroupTable(m_groups, report);
    fillProblemTable(m_problems, report.problems);
    Q_EMIT completeChanged();
}

bool CsvCheckPage::isComplete() const
{
    if (!m_checked || m_report.rows == 0)
        return false;
    if (m_wizard->mapping.onInvalid == OnInvalid::Skip)
        return m_report.rejected < m_report.records;
    return m_report.ok();
}

} // namespace pd::ui
