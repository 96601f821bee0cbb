#pragma once

#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>

namespace pd {
class ChangeFeed;
class Database;
struct Change;
} // namespace pd

namespace pd::ui {

class PortfolioEvents;

// Team mode: what other officers save reaches this window within a second. Listens to the server's
// announcements on the window's own connection (the GUI thread owns it), tells open editors at once
// (changedElsewhere) and refreshes the registers and the dashboard once per burst of changes.
// On a file it does nothing.
class LiveUpdates final : public QObject
{
    Q_OBJECT

public:
    LiveUpdates(Database &db, PortfolioEvents &events, QObject *parent = nullptr);
    ~LiveUpdates() override;
    bool isListening() const;
    // How many changes made elsewhere arrived (for the status bar and tests).
    int received() const { return m_received; }

Q_SIGNALS:
    void arrived(const QString &who);

private:
    void onChange(const Change &change);
    void flush();

    std::unique_ptr<ChangeFeed> m_feed;
    PortfolioEvents &m_events;
    QTimer m_debounce;
    QSet<QString> m_pendingTables;
    int m_received = 0;
};

} // namespace pd::ui
