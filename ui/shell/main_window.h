#pragma once

#include "common/language.h"

#include <QMainWindow>

#include <memory>

class QListWidget;
class QStackedWidget;

namespace pd {
class Portfolio;
}

namespace pd::ui {

class ProjectTableModel;
class PartnerTableModel;
class RegisterPage;

// The application window: navigation on the left, one page per area of work on the right.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shows the portfolio; the window owns it from now on.
    void setPortfolio(std::unique_ptr<Portfolio> portfolio);
    Portfolio *portfolio() const { return m_portfolio.get(); }

    // Page keys: dashboard, projects, partners, finance, deliveries.
    static QStringList pageNames();
    bool showPage(const QString &name);
    QString currentPage() const;

    RegisterPage *projectsPage() const { return m_projectsPage; }
    RegisterPage *partnersPage() const { return m_partnersPage; }

private:
    void buildMenus();
    void buildPages();
    void openPortfolioDialog();
    void showAbout();
    void showError(const QString &message);
    void updateProjectCount(qint64 matching);

    std::unique_ptr<Portfolio> m_portfolio;
    Language m_language = Language::English;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    RegisterPage *m_projectsPage = nullptr;
    RegisterPage *m_partnersPage = nullptr;
    ProjectTableModel *m_projects = nullptr;
    PartnerTableModel *m_partners = nullptr;
    qint64 m_totalProjects = 0;
};

} // namespace pd::ui
