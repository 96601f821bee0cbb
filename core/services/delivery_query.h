#pragma once

#include "domain/delivery.h"
#include "project_query.h"

namespace pd {

// Which deliveries: the register, the CLI and the roll-ups filter with this.
struct DeliveryFilter
{
    QString search; // every word must match code, transport document, carrier, project, consignee or country
    QList<DeliveryStatus> statuses;
    QStringList countries; // destination, ISO alpha-2
    qint64 projectId = 0;
    qint64 consigneeId = 0;
    bool overdueOnly = false; // planned arrival before `today`, not yet arrived
    QDate today; // for overdueOnly; the current date when not set
    QDate handedOverFrom; // handover date within [from, to]; open when not set
    QDate handedOverTo;
    QDate plannedArrivalFrom; // planned arrival within [from, to]: what was due in a period
    QDate plannedArrivalTo;
    ProjectFilter projects; // of the delivery's project: line, officer, partner...
    bool isEmpty() const;
};

enum class DeliverySort { Code, Project, Country, WorkflowStatus, PlannedDispatch, PlannedArrival, Handover, Value, Weight };

struct DeliveryQuery
{
    DeliveryFilter filter;
    DeliverySort sort = DeliverySort::Code;
    Qt::SortOrder order = Qt::AscendingOrder;
    int limit = -1;
    int offset = 0;
};

// One register row: the delivery with its totals and the names it shows, without the packing list.
struct DeliveryRow
{
    qint64 id = 0;
    QString code;
    qint64 projectId = 0;
    QString projectCode;
    QString projectTitleEn;
    QString projectTitleZh;
    QString destinationCountry;
    QString consigneeEn;
    QString consigneeZh;
    DeliveryStatus status = DeliveryStatus::Planned;
    QDate plannedDispatch;
    QDate plannedArrival;
    QDate actualDispatch;
    QDate actualArrival;
    QDate actualHandover;
    QString carrier;
    QString transportDocument;
    Money totalValue;
    qint64 grossWeightGrams = 0;
    int itemCount = 0;

    bool isOverdue(const QDate &today) const;
};

// The WHERE clause over `deliveries d` for a filter, with bound parameters only.
SqlCondition deliveryCondition(const DeliveryFilter &filter, const Dialect &dialect);

} // namespace pd
