#pragma once

#include "common/result.h"

#include <QUndoCommand>

class QUndoStack;

namespace pd {
class Portfolio;
}

namespace pd::ui {

class PortfolioEvents;

// An undoable edit that is one core service call each way. It is applied before it is pushed, so
// that a refused edit (invalid, conflict) never reaches the undo stack and the caller can show why.
// Should a later undo or redo fail (someone else changed the record meanwhile), the command reports
// it, changes nothing, and is made obsolete: nothing is overwritten silently.
class ServiceCommand : public QUndoCommand
{
public:
    ServiceCommand(Portfolio &portfolio, PortfolioEvents &events, const QString &text);

    // Applies the command and, if that worked, pushes it onto the stack (which takes it).
    // On failure the command is deleted and the error returned.
    static Status run(QUndoStack &stack, ServiceCommand *command);

    void redo() final;
    void undo() final;

protected:
    virtual Status apply() = 0;
    virtual Status revert() = 0;
    // Which views must refresh after a change.
    virtual void announce();

    Portfolio &m_portfolio;
    PortfolioEvents &m_events;

private:
    bool m_applied = false;
};

} // namespace pd::ui
