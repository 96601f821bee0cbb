#pragma once

#include "domain/delivery.h"
#include "service_command.h"

namespace pd::ui {

// Undoable changes to deliveries, each one DeliveryService call each way. Before an undo or redo
// the delivery must still hold what the command left; otherwise nothing is changed.
class AddDeliveryCommand final : public ServiceCommand
{
public:
    AddDeliveryCommand(Portfolio &portfolio, PortfolioEvents &events, const Delivery &delivery);
    qint64 deliveryId() const { return m_delivery.id; }

private:
    Status apply() override;
    Status revert() override;
    void announce() override;
    Delivery m_delivery;
    bool m_created = false; // the first apply creates; a redo restores under the same id
};

class EditDeliveryCommand final : public ServiceCommand
{
public:
    EditDeliveryCommand(Portfolio &portfolio, PortfolioEvents &events, const Delivery &before, const Delivery &after);

private:
    Status apply() override;
    Status revert() override;
    void announce() override;
    Status store(const Delivery &content, const Delivery &expected);
    Delivery m_before;
    Delivery m_after;
    bool m_applied = false;
};

class RemoveDeliveryCommand final : public ServiceCommand
{
public:
    RemoveDeliveryCommand(Portfolio &portfolio, PortfolioEvents &events, const Delivery &delivery);

private:
    Status apply() override;
    Status revert() override;
    void announce() override;
    Delivery m_delivery;
};

// One step of the workflow, dated; undo takes the step back.
class MoveDeliveryCommand final : public ServiceCommand
{
public:
    MoveDeliveryCommand(Portfolio &portfolio, PortfolioEvents &events, const Delivery &before, DeliveryStatus to, const QDate &date,
        const QString &certificateNumber = {});
    const Delivery &after() const { return m_after; }

private:
    Status apply() override;
    Status revert() override;
    void announce() override;
    Delivery m_before;
    Delivery m_after;
    DeliveryStatus m_to;
    QDate m_date;
    QString m_certificate;
};

} // namespace pd::ui
