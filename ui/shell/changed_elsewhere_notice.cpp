#include "changed_elsewhere_notice.h"

#include "commands/portfolio_events.h"

namespace pd::ui {

ChangedElsewhereNotice::ChangedElsewhereNotice(
    PortfolioEvents &events, QString table, std::function<std::pair<qint64, qint64>()> record, QString message, QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("changedElsewhere"));
    setWordWrap(true);
    setStyleSheet(QStringLiteral("background: #fff4ce; color: #5c4400; padding: 6px; border-radius: 3px;"));
    hide();
    connect(&events, &PortfolioEvents::changedElsewhere, this,
        [this, table = std::move(table), record = std::move(record), message = std::move(message)](
            const QString &changed, qint64 id, qint64 revision, const QString &who) {
            const auto [editedId, editedRevision] = record();
            if (changed != table || id == 0 || id != editedId || revision <= editedRevision)
                return;
            setText(message.arg(who));
            show();
        });
}

} // namespace pd::ui
