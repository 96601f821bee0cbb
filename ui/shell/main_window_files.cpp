// The MainWindow's actions on portfolio files: new, demo, open (with the question a second window
// asks), backup, and what the window does about a read-only or damaged portfolio.
#include "main_window.h"

#include "storage/server_address.h"

#include "common/log.h"

#include "demo/demo_generator.h"
#include "error_reporter.h"
#include "lock_wait.h"
#include "long_operation.h"
#include "message_banner.h"
#include "platform/file_system.h"
#include "portfolio_file_dialogs.h"
#include "registers/background_job.h"
#include "services/finance_service.h"
#include "services/portfolio.h"
#include "storage/live_files.h"
#include "storage/lock_record.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

namespace pd::ui {

namespace {

// Removes a database file with its journal files, so that a new one does not pick them up. Never
// one that a program has open: its write-ahead log would go with it.
bool removeDatabaseFiles(const QString &path)
{
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
    return !QFileInfo::exists(path) || QFile::remove(path);
}

struct PageCheck
{
    QStringList problems;
    std::optional<Error> error;
};

} // namespace

void MainWindow::newPortfolio()
{
    const QString file = askNewPortfolioFile(this, tr("New Portfolio"));
    if (!file.isEmpty())
        createPortfolio(file);
}

bool MainWindow::createPortfolio(const QString &file)
{
    if (LiveFiles::isLive(file)) {
        showError(tr("%1 is the portfolio open now; choose another file.").arg(QDir::toNativeSeparators(file)));
        return false;
    }
    if (const auto holder = LockRecord::holder(file, LockRecord::Kind::Editing)) {
        showError(tr("%1 is open in ProjectDesk (%2); it cannot be replaced while it is.").arg(QDir::toNativeSeparators(file), holder->describe()));
        return false;
    }
    if (!removeDatabaseFiles(file)) {
        showError(tr("%1 could not be replaced.").arg(QDir::toNativeSeparators(file)));
        return false;
    }
    Database::Options options;
    options.mode = Database::OpenMode::CreateIfMissing;
    options.lockForEditing = true;
    auto portfolio = Portfolio::open(file, options);
    if (!portfolio) {
        showError(portfolio.error());
        return false;
    }
    // A new portfolio reports in the currency chosen in Preferences.
    if (Status s = FinanceService(portfolio.value()->database()).setReportingCurrency(m_settings.reportingCurrency()); !s)
        showError(s.error());
    setPortfolio(std::move(portfolio).value());
    return true;
}

void MainWindow::newDemoPortfolio()
{
    const QString file = askNewPortfolioFile(this, tr("New Demo Portfolio"));
    if (file.isEmpty())
        return;
    if (QFileInfo::exists(file)) {
        showError(tr("%1 exists already; choose a new file for the demo portfolio.").arg(QDir::toNativeSeparators(file)));
        return;
    }
    // The demo is made on a worker thread with its own connection; cancelling leaves no file.
    const Status made = runWithProgress(this, tr("New Demo Portfolio"), tr("Generating the demo portfolio..."),
                                        [file](const ProgressCallback &progress) -> Status {
                                            auto db = Database::openFile(file);
                                            if (!db)
                                                return db.error();
                                            DemoOptions options;
                                            options.scale = DemoGenerator::kStandardScale; // as the first run and the CLI
                                            auto summary = DemoGenerator(*db.value(), options).run(progress);
                                            if (!summary)
                                                return summary.error();
                                            return {};
                                        });
    if (!made) {
        removeDatabaseFiles(file);
        showError(made.error());
        return;
    }
    openPortfolio(file);
}

void MainWindow::openPortfolioDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Portfolio"), QString(), portfolioFileFilter());
    if (!path.isEmpty())
        openPortfolio(path);
}

MainWindow::OtherWindowChoice MainWindow::askAboutOtherWindow(const QString &path, const Error &held)
{
    const bool network = platform::fileSystemKind(path) == platform::FileSystemKind::Network;
    QMessageBox box(QMessageBox::Question, tr("Portfolio Open Elsewhere"), held.message, QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("openElsewhereBox"));
    box.setInformativeText(network ? tr("It is on a network share, where one program at a time may write. You can open it "
                                        "read-only to look, search, report and export. To work on one portfolio together, use a "
                                        "team server.")
                                   : tr("You can open it read-only to look, search, report and export without changing anything. "
                                        "Editing it in two windows at once means each may change what the other shows."));
    QPushButton *readOnly = box.addButton(tr("Open Read-Only"), QMessageBox::AcceptRole);
    QPushButton *edit = network ? nullptr : box.addButton(tr("Edit Anyway"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(readOnly);
    box.exec();
    if (box.clickedButton() == readOnly)
        return OtherWindowChoice::ReadOnly;
    if (edit && box.clickedButton() == edit)
        return OtherWindowChoice::Edit;
    return OtherWindowChoice::Cancel;
}

bool MainWindow::openPortfolio(const QString &path, OpenIntent intent)
{
    if (ServerAddress::isServerUrl(path))
        return openServerPortfolio(path, intent);
    Database::Options options;
    options.mode = Database::OpenMode::ExistingOnly;
    options.lockForEditing = true;
    auto portfolio = Portfolio::open(path, options);
    if (!portfolio && portfolio.error().kind == Error::Kind::Locked) {
        // Another window has it open for editing: never race it silently.
        OtherWindowChoice choice = OtherWindowChoice::ReadOnly;
        if (intent == OpenIntent::Ask)
            choice = askAboutOtherWindow(path, portfolio.error());
        if (choice == OtherWindowChoice::Cancel)
            return false;
        options.lockForEditing = false;
        options.readOnly = choice == OtherWindowChoice::ReadOnly;
        options.cause = platform::fileSystemKind(path) == platform::FileSystemKind::Network ? ReadOnlyCause::HeldElsewhere
                                                                                           : ReadOnlyCause::Requested;
        portfolio = Portfolio::open(path, options);
    }
    if (!portfolio) {
        if (intent == OpenIntent::Ask)
            showError(portfolio.error());
        m_lastOpenError = portfolio.error();
        return false;
    }
    setPortfolio(std::move(portfolio).value());
    return true;
}

void MainWindow::backupPortfolio()
{
    if (!m_portfolio)
        return;
    const QString target = askNewPortfolioFile(this, tr("Backup Portfolio"));
    if (target.isEmpty())
        return;
    if (QFileInfo::exists(target)) {
        showError(tr("%1 exists already; a backup is written to a new file.").arg(QDir::toNativeSeparators(target)));
        return;
    }
    const ConnectionSpec source = m_portfolio->database().spec();
    // A copy of a big portfolio takes a while: made on a worker thread with its own connection.
    bool cancelled = false;
    const Status saved = runOnDatabaseWithProgress(this, tr("Backup"), tr("Writing a consistent copy of the portfolio..."), source,
                                                   [target, &cancelled](Database &db, const ProgressCallback &progress) -> Status {
                                                       Status s = db.backupTo(target);
                                                       cancelled = !progress(1, 1);
                                                       return s;
                                                   });
    // The copy itself cannot be interrupted; a cancelled backup is removed once it is written.
    if (cancelled && saved) {
        removeDatabaseFiles(target);
        statusBar()->showMessage(tr("Backup cancelled"), 5000);
        return;
    }
    if (!saved) {
        showError(saved.error());
        return;
    }
    statusBar()->showMessage(tr("Backup written to %1").arg(QDir::toNativeSeparators(target)), 8000);
}

void MainWindow::updateAccess()
{
    const bool writable = m_portfolio && m_portfolio->database().isWritable();
    for (QAction *action : std::as_const(m_editActions))
        action->setEnabled(writable);
    setReadOnlyPages(m_portfolio && !writable);
    if (!m_portfolio || writable) {
        m_accessBanner->dismiss();
        return;
    }
    const ConnectionSpec &spec = m_portfolio->database().spec();
    const bool damaged = spec.cause == ReadOnlyCause::Damaged;
    m_accessBanner->showMessage(damaged ? MessageBanner::Tone::Error : MessageBanner::Tone::Warning,
        spec.readOnlyReason + u' ' + tr("You can look, search, report and export; changes are turned off."), m_damageReport.join(u'\n'));
    if (damaged) {
        connect(m_accessBanner->addButton(tr("Recover...")), &QPushButton::clicked, this, [this] { recoverPortfolio(); });
    } else if (!spec.onServer() && (spec.cause == ReadOnlyCause::Requested || spec.cause == ReadOnlyCause::HeldElsewhere)) {
        const QString path = spec.path;
        connect(m_accessBanner->addButton(tr("Open for Editing")), &QPushButton::clicked, this, [this, path] {
            // Asks again if the other window still has it.
            setPortfolio(nullptr);
            openPortfolio(path);
        });
    }
}

void MainWindow::checkPagesInBackground()
{
    if (!m_portfolio || m_portfolio->database().spec().cause == ReadOnlyCause::Damaged)
        return;
    // Damage is found where it lies, not only when a page is read: quick_check reads every page once.
    auto *watcher = new QFutureWatcher<PageCheck>(this);
    const QString path = m_portfolio->database().path();
    connect(watcher, &QFutureWatcher<PageCheck>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        const PageCheck result = watcher->result();
        if (!m_portfolio || m_portfolio->database().path() != path)
            return; // another portfolio is open by now
        if (result.error) {
            showError(*result.error);
            return;
        }
        if (result.problems.isEmpty())
            return;
        for (const QString &problem : result.problems)
            log::write(QStringLiteral("quick_check %1: %2").arg(path, problem));
        Database::Options options;
        options.readOnly = true;
        options.cause = ReadOnlyCause::Damaged;
        auto reopened = Portfolio::open(path, options);
        if (!reopened) {
            showError(reopened.error());
            return;
        }
        m_damageReport = result.problems.mid(0, 20);
        setPortfolio(std::move(reopened).value());
    });
    watcher->setFuture(runOnPortfolio<PageCheck>(m_portfolio->database().spec(), [](Portfolio &p) {
        PageCheck check;
        auto problems = p.database().quickCheck();
        if (problems)
            check.problems = problems.value();
        else
            check.error = problems.error();
        return check;
    }));
}

} // namespace pd::ui
