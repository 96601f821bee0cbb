#include "service_command.h"

#include "portfolio_events.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace pd::ui {

ServiceCommand::ServiceCommand(Portfolio &portfolio, PortfolioEvents &events, const QString &text)
    : m_portfolio(portfolio)
    , m_events(events)
{
    setText(text);
}

Status ServiceCommand::run(QUndoStack &stack, ServiceCommand *command)
{
    Status applied = command->apply();
    if (!applied) {
        delete command;
        return applied;
    }
    command->m_applied = true;
    command->announce();
    stack.push(command); // push() calls redo(), which sees the command already applied
    return {};
}

void ServiceCommand::redo()
{
    if (m_applied)
        return;
    if (Status s = apply(); !s) {
        setObsolete(true);
        Error e = s.error();
        e.message = QCoreApplication::translate("ServiceCommand", "Could not redo \"%1\": %2").arg(text(), s.error().describe());
        e.fields.clear();
        Q_EMIT m_events.commandFailed(e);
        return;
    }
    m_applied = true;
    announce();
}

void ServiceCommand::undo()
{
    if (!m_applied)
        return;
    if (Status s = revert(); !s) {
        setObsolete(true);
        Error e = s.error();
        e.message = QCoreApplication::translate("ServiceCommand", "Could not undo \"%1\": %2").arg(text(), s.error().describe());
        e.fields.clear();
        Q_EMIT m_events.commandFailed(e);
        return;
    }
    m_applied = false;
    announce();
}

void ServiceCommand::announce()
{
    Q_EMIT m_events.projectsChanged();
}

} // namespace pd::ui
