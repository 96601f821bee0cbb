// File > Recover: salvages what can be read of a damaged portfolio into a new one.
#include "main_window.h"

#include "long_operation.h"
#include "portfolio_file_dialogs.h"
#include "services/portfolio.h"
#include "storage/salvage.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace pd::ui {

void MainWindow::recoverPortfolio()
{
    // The damaged portfolio open now, or one the user picks.
    QString source;
    if (m_portfolio && m_portfolio->database().spec().cause == ReadOnlyCause::Damaged)
        source = m_portfolio->database().path();
    else
        source = QFileDialog::getOpenFileName(this, tr("Recover a Damaged Portfolio"), QString(), portfolioFileFilter());
    if (source.isEmpty())
        return;
    const QString target = askNewPortfolioFile(this, tr("Save the Recovered Portfolio As"));
    if (target.isEmpty())
        return;
    recoverPortfolio(source, target);
}

void MainWindow::recoverPortfolio(const QString &source, const QString &target)
{
    if (QFileInfo::exists(target)) {
        showError(tr("%1 exists already; the recovered portfolio is written to a new file.").arg(QDir::toNativeSeparators(target)));
        return;
    }
    Result<SalvageReport> report = Error::make(Error::Kind::Cancelled, QString());
    const Status done = runWithProgress(this, tr("Recover"), tr("Reading what can be read of %1...").arg(QFileInfo(source).fileName()),
        [&](const ProgressCallback &progress) -> Status {
            report = Salvage(source, target).run(progress);
            return report ? Status() : Status(report.error());
        });
    if (!done) {
        showError(done.error());
        return;
    }
    QStringList lines;
    for (const TableSalvage &table : report->tables)
        lines << tableLine(table);
    QMessageBox box(report->complete() ? QMessageBox::Information : QMessageBox::Warning, tr("Recover"), salvageSummary(report.value()),
        QMessageBox::Close, this);
    box.setObjectName(QStringLiteral("recoverReportBox"));
    box.setInformativeText(tr("The damaged file was not changed. The recovered portfolio is %1.").arg(QDir::toNativeSeparators(target)));
    box.setDetailedText(lines.join(u'\n'));
    QPushButton *open = box.addButton(tr("Open Recovered Portfolio"), QMessageBox::AcceptRole);
    box.setDefaultButton(open);
    box.exec();
    if (box.clickedButton() == open)
        openPortfolio(target);
}

} // namespace pd::ui
