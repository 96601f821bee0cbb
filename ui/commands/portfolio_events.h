#pragma once

#include "common/error.h"

#include <QObject>

namespace pd::ui {

// Announces changes to the portfolio so that every view showing it refreshes; commands emit,
// registers and editors listen.
class PortfolioEvents final : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

Q_SIGNALS:
    void projectsChanged();
    void partnersChanged();
    void deliveriesChanged();
    // On a team server: another officer (or another program) committed a change to a record.
    // table is the register's table ("projects", "deliveries", ...); id 0 for many records at once.
    void changedElsewhere(const QString &table, qint64 id, qint64 revision, const QString &who);
    // An undo or redo could not be carried out; the error says why.
    void commandFailed(const pd::Error &error);
};

} // namespace pd::ui
