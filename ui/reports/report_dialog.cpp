#include "report_dialog.h"

#include "portfolio_report.h"
#include "report_document.h"
#include "report_printer.h"
#include "report_scope.h"
#include "services/portfolio.h"
#include "shell/date_field.h"
#include "shell/long_operation.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>

namespace pd::ui {

namespace {

} // namespace

ReportDialog::ReportDialog(Portfolio &portfolio, Language language, QWidget *parent)
    : QDialog(parent)
    , m_portfolio(portfolio)
{
    setWindowTitle(tr("Reports"));
    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Portfolio report"), int(ReportKind::Portfolio));
    m_kind->addItem(tr("Project fact sheet"), int(ReportKind::Project));
    m_kind->addItem(tr("Deliveries report"), int(ReportKind::Deliveries));
    m_kind->addItem(tr("Financial report"), int(ReportKind::Finance));
    m_kind->setObjectName(QStringLiteral("kind"));
    m_project = new QLineEdit(this);
    m_project->setPlaceholderText(tr("Project code, e.g. SSCAF-2019-007"));
    m_project->setObjectName(QStringLiteral("project"));
    m_language = new QComboBox(this);
    m_language->addItem(QStringLiteral("English"), int(Language::English));
    m_language->addItem(QStringLiteral("中文"), int(Language::Chinese));
    m_language->setCurrentIndex(language == Language::Chinese ? 1 : 0);
    m_language->setObjectName(QStringLiteral("language"));
    m_paper = new QComboBox(this);
    m_paper->addItem(tr("A4"), int(QPageSize::A4));
    m_paper->addItem(tr("Letter"), int(QPageSize::Letter));
    m_paper->setObjectName(QStringLiteral("paper"));
    m_useFilter = new QCheckBox(this);
    m_useFilter->setVisible(false);
    // An empty end leaves the period open on that side.
    m_from = new DateField(this);
    m_to = new DateField(this);
    m_from->lineEdit()->setPlaceholderText(tr("from the first record"));
    m_to->lineEdit()->setPlaceholderText(tr("to the last record"));
    m_from->setAccessibleName(tr("Period from"));
    m_to->setAccessibleName(tr("Period to"));
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    form->addRow(tr("&Report:"), m_kind);
    form->addRow(tr("Pro&ject:"), m_project);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Paper:"), m_paper);
    auto *period = new QHBoxLayout;
    period->addWidget(m_from, 1);
    period->addWidget(new QLabel(QStringLiteral("–"), this));
    period->addWidget(m_to, 1);
    form->addRow(tr("Period:"), period);
    form->addRow(QString(), m_useFilter);
    form->addRow(QString(), m_hint);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *previewButton = buttons->addButton(tr("Pre&view..."), QDialogButtonBox::ActionRole);
    QPushButton *printButton = buttons->addButton(tr("&Print..."), QDialogButtonBox::ActionRole);
    QPushButton *saveButton = buttons->addButton(tr("&Save PDF..."), QDialogButtonBox::AcceptRole);
    saveButton->setDefault(true);
    connect(previewButton, &QPushButton::clicked, this, &ReportDialog::preview);
    connect(printButton, &QPushButton::clicked, this, &ReportDialog::print);
    connect(saveButton, &QPushButton::clicked, this, &ReportDialog::askAndSave);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReportDialog::updateFields);
    updateFields();
    resize(520, sizeHint().height());
}

void ReportDialog::setKind(ReportKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

void ReportDialog::setProjectCode(const QString &code)
{
    m_project->setText(code);
}

void ReportDialog::setFilter(const ProjectFilter &filter)
{
    m_filter = filter;
    const Language language = Language(m_language->currentData().toInt());
    m_useFilter->setText(tr("Only the dashboard's projects: %1").arg(ReportScope(language).projects(filter)));
    m_useFilter->setChecked(!filter.isEmpty());
    updateFields();
}

void ReportDialog::updateFields()
{
    const auto kind = ReportKind(m_kind->currentData().toInt());
    m_project->setEnabled(kind == ReportKind::Project);
    m_useFilter->setVisible(!m_filter.isEmpty() && kind != ReportKind::Project);
    switch (kind) {
    case ReportKind::Portfolio:
        m_hint->setText(tr("Key figures, the dashboard's charts, tables by business line, year and country. The period counts in whole years."));
        break;
    case ReportKind::Project:
        m_hint->setText(tr("Identity, partners, countries, budget against actuals, transactions, deliveries and milestones."));
        break;
    case ReportKind::Deliveries:
        m_hint->setText(tr("Deliveries handed over in the period, by country and category, and the shipments under way."));
        break;
    case ReportKind::Finance:
        m_hint->setText(tr("Budget against committed, disbursed and spent: in total, by year, by business line and by project."));
        break;
    }
}

ReportRequest ReportDialog::request() const
{
    ReportRequest r;
    r.kind = ReportKind(m_kind->currentData().toInt());
    r.language = Language(m_language->currentData().toInt());
    r.pageSize = QPageSize::PageSizeId(m_paper->currentData().toInt());
    r.projectCode = m_project->text().trimmed();
    if (m_useFilter->isVisible() && m_useFilter->isChecked())
        r.filter = m_filter;
    r.from = m_from->date();
    r.to = m_to->date();
    return r;
}

Status ReportDialog::validate(const ReportRequest &r) const
{
    if (r.kind == ReportKind::Project && r.projectCode.isEmpty())
        return Error::make(Error::Kind::Validation, tr("Enter the code of the project for its fact sheet."));
    for (const DateField *field : {m_from, m_to}) {
        if (auto bad = field->inputError(QString()))
            return Error::make(Error::Kind::Validation, bad->message);
    }
    if (r.from.isValid() && r.to.isValid() && r.from > r.to)
        return Error::make(Error::Kind::Validation, tr("The period starts after it ends."));
    return {};
}

Result<std::unique_ptr<ReportDocument>> ReportDialog::build()
{
    const ReportRequest r = request();
    if (Status valid = validate(r); !valid)
        return valid.error();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto built = buildReport(m_portfolio.database(), r);
    QApplication::restoreOverrideCursor();
    return built;
}

void ReportDialog::showError(const Error &error)
{
    QMessageBox::warning(this, windowTitle(), error.describe());
}

bool ReportDialog::savePdf(const QString &path)
{
    const ReportRequest r = request();
    Status done = validate(r);
    if (done)
        done = r.kind == ReportKind::Portfolio ? savePortfolioPdf(r, path) : saveInBackground(r, path);
    if (!done && done.error().kind != Error::Kind::Cancelled)
        showError(done.error());
    return done.ok();
}

Status ReportDialog::saveInBackground(const ReportRequest &r, const QString &path)
{
    // Built and written on a worker thread with a connection of its own, page by page, cancellable:
    // a document without charts needs nothing of the GUI thread.
    const ConnectionSpec database = m_portfolio.database().spec();
    return runOnDatabaseWithProgress(this, windowTitle(), tr("Writing %1...").arg(QDir::toNativeSeparators(path)), database,
        [&](Database &db, const ProgressCallback &progress) -> Status {
        auto document = buildReport(db, r);
        if (!document)
            return document.error();
        auto pages = ReportPrinter(*document.value()).writePdf(path, r.pageSize, [&progress](int page, int count) { return progress(page, count); });
        if (!pages)
            return pages.error();
        return {};
    });
}

Status ReportDialog::savePortfolioPdf(const ReportRequest &r, const QString &path)
{
    // The figures on a worker thread; the charts are graphics items, drawn here.
    const ConnectionSpec database = m_portfolio.database().spec();
    Result<Dashboard> figures = Error::make(Error::Kind::Cancelled, QString());
    Status computed = runOnDatabaseWithProgress(this, windowTitle(), tr("Computing the figures..."), database,
        [&](Database &db, const ProgressCallback &progress) -> Status {
        figures = PortfolioReport::figures(db, r);
        if (!figures)
            return figures.error();
        if (!progress(1, 1))
            return Error::make(Error::Kind::Cancelled, tr("The report was cancelled."));
        return {};
    });
    if (!computed)
        return computed;
    auto document = PortfolioReport(r.language).compose(figures.value(), r);
    if (Status labelled = labelReport(m_portfolio.database(), *document, r); !labelled)
        return labelled;
    auto pages = ReportPrinter(*document).writePdf(path, r.pageSize);
    if (!pages)
        return pages.error();
    return {};
}

Result<int> ReportDialog::printOn(QPrinter &printer)
{
    auto document = build();
    if (!document)
        return document.error();
    return ReportPrinter(*document.value()).print(printer);
}

void ReportDialog::askAndSave()
{
    const ReportRequest r = request();
    QString name = keyOf(r.kind) + (r.kind == ReportKind::Project ? u'-' + r.projectCode : QString()) + u'-'
        + (r.language == Language::Chinese ? QStringLiteral("zh") : QStringLiteral("en")) + QStringLiteral(".pdf");
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Report"), QDir::home().filePath(name), tr("PDF documents (*.pdf)"));
    if (!path.isEmpty() && savePdf(path))
        accept();
}

void ReportDialog::preview()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(request().pageSize));
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Report Preview"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *p) {
        if (auto printed = printOn(*p); !printed)
            showError(printed.error());
    });
    dialog.exec();
}

void ReportDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(request().pageSize));
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (auto printed = printOn(printer); !printed)
        showError(printed.error());
}

} // namespace pd::ui
