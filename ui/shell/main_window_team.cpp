// The window on a team server: connecting (address, login, the keychain), and live updates.
#include "main_window.h"

#include "live_updates.h"
#include "server_passwords.h"
#include "team_server_dialog.h"

#include "services/portfolio.h"
#include "storage/server_address.h"

#include <QLineEdit>
#include <QStatusBar>
#include <QUrl>

namespace pd::ui {

namespace {

// The URL with the password, for this one opening only (never kept or shown).
QString withPassword(const ServerAddress &address)
{
    QUrl url(address.displayUrl());
    if (!address.password.isEmpty())
        url.setPassword(address.password);
    return url.toString();
}

} // namespace

void MainWindow::connectToServer()
{
    TeamServerDialog dialog(this);
    if (const QString last = m_settings.lastPortfolio(); ServerAddress::isServerUrl(last)) {
        if (auto address = ServerAddress::parse(last))
            dialog.setAddress(address.value());
    }
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ServerAddress address = dialog.address();
    if (!openServerPortfolio(withPassword(address), OpenIntent::Ask))
        return;
    if (dialog.rememberPassword() && !address.password.isEmpty() && !ServerPasswords::store(address.displayUrl(), address.password))
        statusBar()->showMessage(tr("The password could not be kept: no system keychain answered. You will be asked for it next time."), 8000);
}

bool MainWindow::openServerPortfolio(const QString &url, OpenIntent intent)
{
    auto parsed = ServerAddress::parse(url);
    if (!parsed) {
        if (intent == OpenIntent::Ask)
            showError(parsed.error());
        m_lastOpenError = parsed.error();
        return false;
    }
    ServerAddress address = parsed.value();
    if (address.password.isEmpty() && qEnvironmentVariableIsEmpty("PGPASSWORD"))
        address.password = ServerPasswords::stored(address.displayUrl());
    Database::Options options;
    options.mode = Database::OpenMode::ExistingOnly;
    for (;;) {
        auto portfolio = Portfolio::open(withPassword(address), options);
        if (portfolio) {
            setPortfolio(std::move(portfolio).value());
            return true;
        }
        m_lastOpenError = portfolio.error();
        if (intent != OpenIntent::Ask)
            return false;
        if (portfolio.error().kind != Error::Kind::Unreachable) {
            showError(portfolio.error());
            return false;
        }
        // Refused or unreachable: say so, and let the user correct the address or the password.
        TeamServerDialog dialog(this);
        dialog.setAddress(address);
        dialog.passwordField()->clear();
        dialog.setWindowTitle(tr("Connect to Team Server"));
        showError(portfolio.error());
        if (dialog.exec() != QDialog::Accepted)
            return false;
        address = dialog.address();
        if (dialog.rememberPassword() && !address.password.isEmpty())
            ServerPasswords::store(address.displayUrl(), address.password);
    }
}

void MainWindow::startLiveUpdates()
{
    if (!m_portfolio || !m_portfolio->database().onServer())
        return;
    m_live = std::make_unique<LiveUpdates>(m_portfolio->database(), *m_events);
    connect(m_live.get(), &LiveUpdates::arrived, this,
        [this](const QString &who) { statusBar()->showMessage(tr("Updated with a change by %1").arg(who), 5000); });
}

} // namespace pd::ui
