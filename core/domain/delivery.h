#pragma once

#include "common/error.h"
#include "common/language.h"
#include "money/money.h"

#include <QDate>
#include <QList>

#include <optional>

namespace pd {

// Where a shipment is in its life. The numbers are stored; the order is the workflow's.
enum class DeliveryStatus { Planned = 1, Procured = 2, Dispatched = 3, InTransit = 4, Arrived = 5, HandedOver = 6, Cancelled = 7 };

QList<DeliveryStatus> allDeliveryStatuses();
QString keyOf(DeliveryStatus status); // "planned", "in_transit", ...
std::optional<DeliveryStatus> deliveryStatusFromKey(const QString &key);
QString nameOf(DeliveryStatus status, Language language);

// The states a delivery may move to from `from`: the next step of planned -> procured ->
// dispatched -> in transit -> arrived -> handed over, and cancelled from any state before handover.
QList<DeliveryStatus> legalTransitions(DeliveryStatus from);
// Empty when the move is legal, otherwise why not, in words.
QString transitionRefusal(DeliveryStatus from, DeliveryStatus to);

enum class ItemCategory {
    MedicalSupplies,
    Medicine,
    Vaccines,
    Vehicles,
    MachineryEquipment,
    InspectionEquipment,
    Food,
    ShelterRelief,
    Other
};

QList<ItemCategory> allItemCategories();
QString keyOf(ItemCategory category); // "medical_supplies", ...
std::optional<ItemCategory> itemCategoryFromKey(const QString &key);
QString nameOf(ItemCategory category, Language language);

// The Incoterms 2020 rules, by their three-letter codes.
QStringList incoterms();

// A decimal with three places held as an integer of thousandths: quantities (2.5 t of rice) and
// weights in kilograms (12.345 kg = 12345 grams). Parsing accepts "1,250.5" and "1250.5".
std::optional<qint64> parseThousandths(const QString &text);
QString thousandthsToText(qint64 value, const QLocale &locale); // no trailing zeros: "2.5", "12"

// The overdue rule: still on its way (planned to in transit), its planned arrival passed, not arrived.
// deliveryOverdueSql() is the same rule over `deliveries d`, with one bound value: today.
bool deliveryOverdue(DeliveryStatus status, const QDate &plannedArrival, const QDate &actualArrival, const QDate &today);
QString deliveryOverdueSql();

// One line of the packing list.
struct DeliveryItem
{
    QString descriptionEn;
    QString descriptionZh;
    ItemCategory category = ItemCategory::Other;
    qint64 quantityMilli = 0; // thousandths of a unit
    QString unit; // "set", "box", "t"
    Money unitValue;
    qint64 grossWeightGrams = 0; // of the whole line

    // quantity x unit value, half away from zero to the currency's minor unit; nullopt on overflow.
    std::optional<Money> value() const;
    QString description(Language language) const { return pick(language, descriptionEn, descriptionZh); }
    friend bool operator==(const DeliveryItem &, const DeliveryItem &) = default;
};

// One step of the workflow as it was recorded.
struct DeliveryEvent
{
    DeliveryStatus from = DeliveryStatus::Planned;
    DeliveryStatus to = DeliveryStatus::Planned;
    QDate date; // when it happened
    QString recordedAt; // UTC timestamp of the entry
    QString recordedBy;
    friend bool operator==(const DeliveryEvent &, const DeliveryEvent &) = default;
};

// One shipment of a project with its packing list.
struct Delivery
{
    qint64 id = 0;
    int revision = 0;
    QString code;
    qint64 projectId = 0;
    QString destinationCountry; // ISO alpha-2
    qint64 consigneeId = 0; // a partner, 0 when none is named yet
    QString originPort;
    QString destinationPort;
    QString carrier;
    QString transportDocument; // bill of lading or air waybill number
    QString incoterm;
    DeliveryStatus status = DeliveryStatus::Planned;
    QDate plannedDispatch;
    QDate plannedArrival;
    QDate plannedHandover;
    QDate actualDispatch;
    QDate actualArrival;
    QDate actualHandover;
    QString certificateNumber; // the handover certificate
    QDate certificateDate;
    QString notes;
    QString currency = QStringLiteral("CNY"); // of every item's unit value
    QList<DeliveryItem> items;
    QList<DeliveryEvent> history; // read only: written by the workflow

    QString recordName() const;
    // Planned arrival has passed and the goods have not arrived (nor was the delivery cancelled).
    bool isOverdue(const QDate &today) const { return deliveryOverdue(status, plannedArrival, actualArrival, today); }
    friend bool operator==(const Delivery &, const Delivery &) = default;
};

// The packing list's totals.
struct DeliveryTotals
{
    Money value;
    qint64 grossWeightGrams = 0;
    int items = 0;
};
std::optional<DeliveryTotals> totalsOf(const Delivery &delivery);

// "12.5" tonnes for 12,500,000 grams, with three decimals at most.
QString tonnesText(qint64 grams, const QLocale &locale);

// Field-level problems: code, project, country, currency, dates in order, items (by row).
QList<FieldError> validateDelivery(const Delivery &delivery);

} // namespace pd
