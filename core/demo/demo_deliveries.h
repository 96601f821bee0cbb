#pragma once

#include "common/result.h"
#include "domain/delivery.h"
#include "domain/project.h"

#include <QRandomGenerator>
#include <QSqlQuery>

namespace pd {

class Database;
struct DemoShippingCatalogue;

// The shipments of the demo's goods-supply projects: packing lists drawn from a catalogue of
// typical aid goods (resources/demo/deliveries.json) by the project's themes, real ports and
// carriers, and a workflow that has reached, by the demo's "today", the step its dates say: most
// older shipments handed over with a certificate, recent ones on their way, some overdue, a few
// cancelled. Bulk writes with prepared statements, inside the generator's transaction.
class DemoDeliveries final
{
public:
    DemoDeliveries(Database &db, QRandomGenerator &rng, QDate today);
    ~DemoDeliveries();

    Status prepare();
    // Writes the project's deliveries to its (first) country; returns how many.
    Result<int> addProject(qint64 projectId, const Project &project, const QStringList &themes, qint64 consigneeId);
    // One shipment flown to the project's country and handed over on `handover`, its packing list
    // weighing `grams` in all: the shipments of a story whose figures are given (the COVID-19 response).
    Status addHandedOver(qint64 projectId, const Project &project, const QStringList &themes, qint64 consigneeId, const QDate &handover,
        qint64 grams);

private:
    QList<DeliveryItem> packingList(const QStringList &themes, bool emergency);
    Status write(Delivery &delivery);

    Database &m_db;
    QRandomGenerator &m_rng;
    QDate m_today;
    QString m_timestamp;
    const DemoShippingCatalogue &m_catalogue;
    QSqlQuery m_delivery;
    QSqlQuery m_item;
    QSqlQuery m_event;
};

} // namespace pd
