#include "live_updates.h"

#include "commands/portfolio_events.h"
#include "common/log.h"
#include "storage/change_feed.h"
#include "storage/database.h"

namespace pd::ui {

namespace {
// Changes that come in a burst (an import, a colleague's save of a project with its partners) are
// shown once: the registers are fetched again this long after the last one.
constexpr int kDebounceMs = 250;
} // namespace

LiveUpdates::LiveUpdates(Database &db, PortfolioEvents &events, QObject *parent)
    : QObject(parent)
    , m_feed(std::make_unique<ChangeFeed>(db))
    , m_events(events)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &LiveUpdates::flush);
    if (Status started = m_feed->start(); !started) {
        // The window works on without live updates; the reason goes to the log.
        log::error(started.error(), QStringLiteral("live updates"));
        return;
    }
    connect(m_feed.get(), &ChangeFeed::changed, this, &LiveUpdates::onChange);
}

LiveUpdates::~LiveUpdates() = default;

bool LiveUpdates::isListening() const
{
    return m_feed->isListening();
}

void LiveUpdates::onChange(const Change &change)
{
    if (change.fromThisConnection)
        return; // this window's own saves refresh its views already
    ++m_received;
    Q_EMIT m_events.changedElsewhere(change.table, change.id, change.revision, change.who);
    Q_EMIT arrived(change.who);
    m_pendingTables.insert(change.table);
    m_debounce.start();
}

void LiveUpdates::flush()
{
    const QSet<QString> tables = std::exchange(m_pendingTables, {});
    if (tables.contains(QStringLiteral("partners")))
        Q_EMIT m_events.partnersChanged();
    if (tables.contains(QStringLiteral("deliveries")))
        Q_EMIT m_events.deliveriesChanged();
    // Projects, budgets, transactions and rates all change what the registers, the finance page and
    // the dashboard show.
    for (const char *table : {"projects", "budget_lines", "transactions", "exchange_rates"}) {
        if (tables.contains(QLatin1String(table))) {
            Q_EMIT m_events.projectsChanged();
            break;
        }
    }
}

} // namespace pd::ui
