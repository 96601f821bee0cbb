#pragma once

#include "app_settings.h"
#include "common/error.h"
#include "common/language.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>
#include <optional>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QUndoStack;

namespace pd {
class Portfolio;
}

namespace pd::ui {

class DashboardPage;
class DeliveriesPage;
class DeliveryEditor;
class PartnerEditor;
class ErrorReporter;
class FinancePage;
class MessageBanner;
class LiveUpdates;
class PartnersPage;
class PortfolioEvents;
class ProjectEditor;
class ProjectsPage;
class UserGuide;

// The application window: navigation on the left, one page per area of work, the menus, the
// undo stack shared by registers and editors, and the portfolio file operations.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows the portfolio (null closes it); the window owns it from now on.
    void setPortfolio(std::unique_ptr<Portfolio> portfolio);
    Portfolio *portfolio() const { return m_portfolio.get(); }
    // How a portfolio that another window has open for editing is opened: by asking the user
    // (read-only, edit anyway, cancel), or read-only without asking (a run that only makes a
    // picture or an export).
    enum class OpenIntent { Ask, ReadOnlyIfHeld };
    // Opens a portfolio file or a team server's (a postgresql:// URL); shows the error (when asking)
    // and returns false when it cannot.
    bool openPortfolio(const QString &path, OpenIntent intent = OpenIntent::Ask);
    // Makes a new, empty portfolio in `file` (replacing what is there) and opens it.
    bool createPortfolio(const QString &file);
    // File > Connect to Team Server: asks where and who, keeps the password in the keychain if
    // asked to, and opens the team's portfolio.
    void connectToServer();
    // Live updates from the team server (null on a file).
    LiveUpdates *liveUpdates() const { return m_live.get(); }
    // Why the last openPortfolio() failed.
    const std::optional<Error> &lastOpenError() const { return m_lastOpenError; }

    // Page keys: dashboard, projects, partners, finance, deliveries.
    static QStringList pageNames();
    bool showPage(const QString &name);
    QString currentPage() const;

    ProjectsPage *projectsPage() const { return m_projectsPage; }
    PartnersPage *partnersPage() const { return m_partnersPage; }
    FinancePage *financePage() const { return m_financePage; }
    DeliveriesPage *deliveriesPage() const { return m_deliveriesPage; }
    DashboardPage *dashboardPage() const { return m_dashboardPage; }
    // Help > User Guide (F1): the guide in the windows' language, at the current page's section.
    UserGuide *showUserGuide();
    QUndoStack *undoStack() const { return m_undo; }
    PortfolioEvents *events() const { return m_events; }
    // The strip saying the portfolio is read-only and why; the one showing file failures.
    MessageBanner *accessBanner() const { return m_accessBanner; }
    MessageBanner *failureBanner() const { return m_failureBanner; }
    ErrorReporter *errorReporter() const { return m_errors; }
    // Shows a failure once: in the banner when the portfolio file failed, else in one dialog.
    void showError(const Error &error);
    void showError(const QString &message);
    // File > Recover: salvages a damaged portfolio (the one open if it is damaged, else one the user
    // picks) into a new one the user names, shows what was lost and offers to open it.
    void recoverPortfolio();
    void recoverPortfolio(const QString &source, const QString &target);

    // The editor of a project (0: a new one), not yet shown; the caller owns it.
    ProjectEditor *createProjectEditor(qint64 projectId);
    // The editor of a delivery (0: a new one), not yet shown; the caller owns it.
    DeliveryEditor *createDeliveryEditor(qint64 deliveryId);
    // Deletes after asking (unless confirm is false); undoable.
    bool deleteDelivery(qint64 deliveryId, bool confirm = true);
    // What deleting the project takes with it, as the confirmation says it.
    QString deletionQuestion(qint64 projectId) const;
    // Deletes after asking (unless confirm is false); undoable.
    bool deleteProject(qint64 projectId, bool confirm = true);
    // The editor of a partner (0: a new one), not yet shown; the caller owns it.
    PartnerEditor *createPartnerEditor(qint64 partnerId);
    // Deletes a partner after asking (unless confirm is false); undoable.
    bool deletePartner(qint64 partnerId, bool confirm = true);
    // Joins the partner into the record kept (asked in a dialog unless keptId is given); undoable.
    bool mergePartner(qint64 partnerId, qint64 keptId = 0);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildPages();
    void buildMenus();
    void updateRecentMenu();
    void updateTitle();
    void fitToScreen();
    void editProject(qint64 projectId);
    void editDelivery(qint64 deliveryId);
    void openPartner(qint64 partnerId);
    void showRates();
    // File > Reports, with the current project (on the projects page) and the dashboard's filter.
    void showReports();
    // File > Import: the import wizard (CSV or IATI).
    void showImport();
    void showUndoImport();
    // File > Export IATI: the projects the register shows, as an IATI 2.03 activities file.
    void exportIatiFile();
    void newPortfolio();
    void newDemoPortfolio();
    void openPortfolioDialog();
    void backupPortfolio();
    void focusSearch();
    void showAbout();
    QPointer<UserGuide> m_guide;
    enum class OtherWindowChoice { ReadOnly, Edit, Cancel };
    OtherWindowChoice askAboutOtherWindow(const QString &path, const Error &held);
    // Edits on or off as the portfolio may be written, and the banner saying why not.
    void updateAccess();
    void setReadOnlyPages(bool readOnly);
    // A team server's portfolio: the password from the URL, the keychain or a prompt (when asking).
    bool openServerPortfolio(const QString &url, OpenIntent intent);
    void startLiveUpdates();
    // PRAGMA quick_check on a worker after opening; a damaged file is then reopened read-only.
    void checkPagesInBackground();

    AppSettings m_settings;
    Language m_language = Language::English;
    std::unique_ptr<Portfolio> m_portfolio;
    std::unique_ptr<LiveUpdates> m_live;
    PortfolioEvents *m_events = nullptr;
    QUndoStack *m_undo = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    ProjectsPage *m_projectsPage = nullptr;
    PartnersPage *m_partnersPage = nullptr;
    FinancePage *m_financePage = nullptr;
    DeliveriesPage *m_deliveriesPage = nullptr;
    DashboardPage *m_dashboardPage = nullptr;
    QMenu *m_recentMenu = nullptr;
    QList<QAction *> m_portfolioActions; // enabled only while a portfolio is open
    QList<QAction *> m_editActions; // enabled only while the portfolio may be written
    QLabel *m_portfolioLabel = nullptr;
    MessageBanner *m_accessBanner = nullptr;
    MessageBanner *m_failureBanner = nullptr;
    ErrorReporter *m_errors = nullptr;
    QStringList m_damageReport; // what quick_check found, behind the banner's Details
    std::optional<Error> m_lastOpenError;
};

} // namespace pd::ui
