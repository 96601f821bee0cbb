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
    // An undo or redo could not be carried out; the error says why.
    void commandFailed(const pd::Error &error);
};

} // namespace pd::ui
