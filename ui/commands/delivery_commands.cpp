#include "delivery_commands.h"

#include "portfolio_events.h"
#include "services/delivery_service.h"
#include "services/portfolio.h"
#include "unchanged.h"

#include <QCoreApplication>

namespace pd::ui {

namespace {

DeliveryService service(Portfolio &portfolio)
{
    return DeliveryService(portfolio.database());
}

// The delivery as stored, provided it still holds what `expected` holds.
Result<Delivery> unchangedDelivery(Portfolio &portfolio, const Delivery &expected)
{
    return unchanged(
        expected, [&](qint64 id) { return service(portfolio).get(id); },
        QCoreApplication::translate("DeliveryCommands", "delivery %1 was changed by someone else meanwhile").arg(expected.code));
}

// Deletes the delivery provided it still holds what `expected` holds; returns it as it was, with
// its history, to be put back later.
Result<Delivery> removeUnchanged(Portfolio &portfolio, const Delivery &expected)
{
    auto current = unchangedDelivery(portfolio, expected);
    if (!current)
        return current.error();
    return service(portfolio).remove(expected.id, current->revision);
}

} // namespace

AddDeliveryCommand::AddDeliveryCommand(Portfolio &portfolio, PortfolioEvents &events, const Delivery &delivery)
    : ServiceCommand(portfolio, events, QCoreApplication::translate("DeliveryCommands", "Add delivery %1").arg(delivery.code))
    , m_delivery(delivery)
{ }

Status AddDeliveryCommand::apply()
{
    auto stored = m_created ? service(m_portfolio).restore(m_delivery) : service(m_portfolio).create(m_delivery);
    if (!stored)
        return stored.error();
    m_delivery = stored.value();
    m_created = true;
    return {};
}

Status AddDeliveryCommand::revert()
{
    auto removed = removeUnchanged(m_portfolio, m_delivery);
    if (!removed)
        return removed.error();
    m_delivery = removed.value();
    return {};
}

void AddDeliveryCommand::announce()
{
    Q_EMIT m_events.deliveriesChanged();
}

EditDeliveryCommand::EditDeliveryCommand(Portfolio &portfolio, PortfolioEvents &events, const Delivery &before, const Delivery &after)
    : ServiceCommand(portfolio, events, QCoreApplication::translate("DeliveryCommands", "Edit delivery %1").arg(after.code))
    , m_before(before)
    , m_after(after)
{ }

Status EditDeliveryCommand::store(const Delivery &content, const Delivery &expected)
{
    Delivery next = content;
    next.id = m_before.id;
    next.revision = m_before.revision;
    if (m_applied) {
        // Later steps: the delivery must still hold what this command left.
        auto current = unchangedDelivery(m_portfolio, expected);
        if (!current)
            return current.error();
        next.revision = current->revision;
        next.status = current->status;
    }
    auto stored = service(m_portfolio).update(next);
    if (!stored)
        return stored.error();
    if (!m_applied)
        m_after = stored.value(); // as the service stored it (trimmed...): what undo will find
    m_applied = true;
    return {};
}

Status EditDeliveryCommand::apply()
{
    return store(m_after, m_before);
}

Status EditDeliveryCommand::revert()
{
    return store(m_before, m_after);
}

void EditDeliveryCommand::announce()
{
    Q_EMIT m_events.deliveriesChanged();
}

RemoveDeliveryCommand::RemoveDeliveryCommand(Portfolio &portfolio, PortfolioEvents &events, const Delivery &delivery)
    : ServiceCommand(portfolio, events, QCoreApplication::translate("DeliveryCommands", "Delete delivery %1").arg(delivery.code))
    , m_delivery(delivery)
{ }

Status RemoveDeliveryCommand::apply()
{
    auto removed = removeUnchanged(m_portfolio, m_delivery);
    if (!removed)
        return removed.error();
    m_delivery = removed.value(); // with its history, to put back as it was
    return {};
}

Status RemoveDeliveryCommand::revert()
{
    auto restored = service(m_portfolio).restore(m_delivery);
    if (!restored)
        return restored.error();
    return {};
}

void RemoveDeliveryCommand::announce()
{
    Q_EMIT m_events.deliveriesChanged();
}

MoveDeliveryCommand::MoveDeliveryCommand(Portfolio &portfolio, PortfolioEvents &events, const Delivery &before, DeliveryStatus to,
    const QDate &date, const QString &certificateNumber)
    : ServiceCommand(portfolio, events,
        QCoreApplication::translate("DeliveryCommands", "Mark delivery %1 %2").arg(before.code, nameOf(to, languageOf(QLocale()))))
    , m_before(before)
    , m_to(to)
    , m_date(date)
    , m_certificate(certificateNumber)
{ }

Status MoveDeliveryCommand::apply()
{
    auto current = unchangedDelivery(m_portfolio, m_before);
    if (!current)
        return current.error();
    auto moved = service(m_portfolio).transition(m_before.id, current->revision, m_to, m_date, m_certificate);
    if (!moved)
        return moved.error();
    m_after = moved.value();
    return {};
}

Status MoveDeliveryCommand::revert()
{
    auto current = unchangedDelivery(m_portfolio, m_after);
    if (!current)
        return current.error();
    auto reverted = service(m_portfolio).revertTransition(m_before, current->revision);
    if (!reverted)
        return reverted.error();
    return {};
}

void MoveDeliveryCommand::announce()
{
    Q_EMIT m_events.deliveriesChanged();
}

} // namespace pd::ui
