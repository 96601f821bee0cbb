#include "delivery.h"

#include "common/quoted_value.h"
#include "enum_table.h"
#include "money/rate.h"
#include "reference/reference_data.h"

#include <QCoreApplication>
#include <QLocale>

namespace pd {

using namespace enum_table;

namespace {

constexpr EnumInfo<DeliveryStatus> kStatuses[] = {
    {DeliveryStatus::Planned, "planned", "Planned", "计划中"},
    {DeliveryStatus::Procured, "procured", "Procured", "已采购"},
    {DeliveryStatus::Dispatched, "dispatched", "Dispatched", "已发运"},
    {DeliveryStatus::InTransit, "in_transit", "In transit", "运输中"},
    {DeliveryStatus::Arrived, "arrived", "Arrived", "已抵达"},
    {DeliveryStatus::HandedOver, "handed_over", "Handed over", "已交接"},
    {DeliveryStatus::Cancelled, "cancelled", "Cancelled", "已取消"},
};

constexpr EnumInfo<ItemCategory> kCategories[] = {
    {ItemCategory::MedicalSupplies, "medical_supplies", "Medical supplies", "医疗物资"},
    {ItemCategory::Medicine, "medicine", "Medicine", "药品"},
    {ItemCategory::Vaccines, "vaccines", "Vaccines", "疫苗"},
    {ItemCategory::Vehicles, "vehicles", "Vehicles", "车辆"},
    {ItemCategory::MachineryEquipment, "machinery_equipment", "Machinery and equipment", "机械设备"},
    {ItemCategory::InspectionEquipment, "inspection_equipment", "Inspection equipment", "检查检测设备"},
    {ItemCategory::Food, "food", "Food", "粮食食品"},
    {ItemCategory::ShelterRelief, "shelter_relief", "Shelter and relief goods", "帐篷及救灾物资"},
    {ItemCategory::Other, "other", "Other", "其他"},
};

void add(QList<FieldError> &errors, const QString &field, const QString &message)
{
    errors.append({field, message});
}

// Later dates must not come before earlier ones: (dispatch, arrival, handover) in order.
void checkOrder(QList<FieldError> &errors, const QDate (&dates)[3], const char *const (&keys)[3], const QString &message)
{
    for (int later = 1; later < 3; ++later) {
        for (int earlier = 0; earlier < later; ++earlier) {
            if (dates[earlier].isValid() && dates[later].isValid() && dates[later] < dates[earlier]) {
                add(errors, QLatin1String(keys[later]),
                    message.arg(dates[later].toString(Qt::ISODate), dates[earlier].toString(Qt::ISODate)));
                return;
            }
        }
    }
}

void checkItems(QList<FieldError> &errors, const Delivery &d)
{
    for (qsizetype i = 0; i < d.items.size(); ++i) {
        const DeliveryItem &item = d.items.at(i);
        const QString at = QStringLiteral("items[%1].").arg(i + 1);
        const QString row = QString::number(i + 1);
        if (item.descriptionEn.trimmed().isEmpty() && item.descriptionZh.trimmed().isEmpty())
            add(errors, at + QLatin1String("description"),
                QCoreApplication::translate("Validation", "item %1: a description in English or Chinese is required").arg(row));
        if (item.quantityMilli <= 0)
            add(errors, at + QLatin1String("quantity"),
                QCoreApplication::translate("Validation", "item %1: the quantity must be more than 0").arg(row));
        if (item.unit.trimmed().isEmpty())
            add(errors, at + QLatin1String("unit"),
                QCoreApplication::translate("Validation", "item %1: a unit is required (set, box, t...)").arg(row));
        if (!item.unitValue.isValid() || item.unitValue.isNegative())
            add(errors, at + QLatin1String("unit_value"),
                QCoreApplication::translate("Validation", "item %1: the unit value must be an amount of 0 or more").arg(row));
        else if (item.unitValue.currency() != d.currency)
            add(errors, at + QLatin1String("unit_value"),
                QCoreApplication::translate("Validation", "item %1: the unit value is in %2 but the delivery is valued in %3")
                    .arg(row, item.unitValue.currency(), d.currency));
        if (item.grossWeightGrams < 0)
            add(errors, at + QLatin1String("gross_weight"),
                QCoreApplication::translate("Validation", "item %1: the gross weight cannot be negative").arg(row));
    }
}

} // namespace

QList<DeliveryStatus> allDeliveryStatuses()
{
    return values(kStatuses);
}

QString keyOf(DeliveryStatus status)
{
    const auto *info = find(kStatuses, status);
    return info ? QLatin1String(info->key) : QString();
}

std::optional<DeliveryStatus> deliveryStatusFromKey(const QString &key)
{
    return fromKey(kStatuses, key);
}

QString nameOf(DeliveryStatus status, Language language)
{
    return nameIn(find(kStatuses, status), language);
}

QList<DeliveryStatus> legalTransitions(DeliveryStatus from)
{
    switch (from) {
    case DeliveryStatus::HandedOver:
    case DeliveryStatus::Cancelled:
        return {};
    case DeliveryStatus::Arrived:
        return {DeliveryStatus::HandedOver, DeliveryStatus::Cancelled};
    default:
        return {DeliveryStatus(int(from) + 1), DeliveryStatus::Cancelled};
    }
}

QString transitionRefusal(DeliveryStatus from, DeliveryStatus to)
{
    if (legalTransitions(from).contains(to))
        return {};
    // Status names in the language of the messages (the application's locale).
    const Language language = languageOf(QLocale());
    const auto name
        = [language](DeliveryStatus s) { return language == Language::English ? nameOf(s, language).toLower() : nameOf(s, language); };
    const QString fromName = name(from);
    const QString toName = name(to);
    if (from == DeliveryStatus::HandedOver)
        return QCoreApplication::translate("Validation", "the delivery was handed over: its status can no longer change");
    if (from == DeliveryStatus::Cancelled)
        return QCoreApplication::translate("Validation", "the delivery was cancelled: its status can no longer change");
    if (from == to)
        return QCoreApplication::translate("Validation", "the delivery is already %1").arg(fromName);
    if (int(to) < int(from))
        return QCoreApplication::translate("Validation", "a delivery cannot go back from %1 to %2").arg(fromName, toName);
    return QCoreApplication::translate("Validation", "a delivery that is %1 must be %2 first; it cannot become %3 directly")
        .arg(fromName, name(legalTransitions(from).first()), toName);
}

QList<ItemCategory> allItemCategories()
{
    return values(kCategories);
}

QString keyOf(ItemCategory category)
{
    const auto *info = find(kCategories, category);
    return info ? QLatin1String(info->key) : QStringLiteral("other");
}

std::optional<ItemCategory> itemCategoryFromKey(const QString &key)
{
    return fromKey(kCategories, key);
}

QString nameOf(ItemCategory category, Language language)
{
    return nameIn(find(kCategories, category), language);
}

QStringList incoterms()
{
    return {QStringLiteral("EXW"), QStringLiteral("FCA"), QStringLiteral("CPT"), QStringLiteral("CIP"), QStringLiteral("DAP"),
        QStringLiteral("DPU"), QStringLiteral("DDP"), QStringLiteral("FAS"), QStringLiteral("FOB"), QStringLiteral("CFR"),
        QStringLiteral("CIF")};
}

std::optional<qint64> parseThousandths(const QString &text)
{
    QString t = text.trimmed();
    t.remove(u',');
    t.remove(u' ');
    t.remove(QChar(0x00a0));
    t.remove(QChar(0xff0c)); // full-width comma
    if (t.isEmpty())
        return std::nullopt;
    const qsizetype dot = t.indexOf(u'.');
    const QString whole = dot < 0 ? t : t.left(dot);
    QString fraction = dot < 0 ? QString() : t.mid(dot + 1);
    while (fraction.endsWith(u'0'))
        fraction.chop(1);
    if (fraction.size() > 3 || whole.size() > 15 || (whole.isEmpty() && fraction.isEmpty()))
        return std::nullopt;
    for (const QString &part : {whole, fraction}) {
        for (QChar c : part) {
            if (!c.isDigit() || c.unicode() > 127)
                return std::nullopt;
        }
    }
    return whole.toLongLong() * 1000 + fraction.leftJustified(3, u'0').toLongLong();
}

QString thousandthsToText(qint64 value, const QLocale &locale)
{
    const qint64 whole = value / 1000;
    const qint64 rest = (value < 0 ? -value : value) % 1000;
    QString text = locale.toString(whole);
    if (value < 0 && whole == 0)
        text.prepend(locale.negativeSign());
    if (rest != 0) {
        QString digits = QString::number(rest).rightJustified(3, u'0');
        while (digits.endsWith(u'0'))
            digits.chop(1);
        text += locale.decimalPoint() + digits;
    }
    return text;
}

QString tonnesText(qint64 grams, const QLocale &locale)
{
    // Kilograms rounded half up to whole kilograms, shown as tonnes with up to three decimals.
    const qint64 kilograms = (grams + 500) / 1000;
    return thousandthsToText(kilograms, locale);
}

std::optional<Money> DeliveryItem::value() const
{
    if (!unitValue.isValid())
        return std::nullopt;
    // quantity (thousandths) x unit value (minor units) / 1000, half away from zero, in 128 bits.
    const Int128 product = Int128(quantityMilli) * Int128(unitValue.minorUnits());
    Int128 rounded = product / 1000;
    const Int128 rest = product % 1000;
    if (rest >= 500)
        ++rounded;
    else if (rest <= -500)
        --rounded;
    if (rounded > std::numeric_limits<qint64>::max() || rounded < std::numeric_limits<qint64>::min())
        return std::nullopt;
    return Money(qint64(rounded), unitValue.currency());
}

QString Delivery::recordName() const
{
    return QCoreApplication::translate("Services", "delivery %1").arg(code);
}

bool deliveryOverdue(DeliveryStatus status, const QDate &plannedArrival, const QDate &actualArrival, const QDate &today)
{
    const bool underway = status == DeliveryStatus::Planned || status == DeliveryStatus::Procured || status == DeliveryStatus::Dispatched
        || status == DeliveryStatus::InTransit;
    return underway && plannedArrival.isValid() && plannedArrival < today && !actualArrival.isValid();
}

QString deliveryOverdueSql()
{
    return QStringLiteral("(d.status IN (1, 2, 3, 4) AND d.planned_arrival < ? AND d.actual_arrival IS NULL)");
}

std::optional<DeliveryTotals> totalsOf(const Delivery &d)
{
    DeliveryTotals totals{Money::zero(d.currency), 0, int(d.items.size())};
    for (const DeliveryItem &item : d.items) {
        const std::optional<Money> value = item.value();
        if (!value || value->currency() != d.currency)
            return std::nullopt;
        auto sum = totals.value.plus(value.value());
        if (!sum)
            return std::nullopt;
        totals.value = sum.value();
        if (qAddOverflow(totals.grossWeightGrams, item.grossWeightGrams, &totals.grossWeightGrams))
            return std::nullopt;
    }
    return totals;
}

QList<FieldError> validateDelivery(const Delivery &d)
{
    QList<FieldError> errors;
    if (d.code.trimmed().isEmpty())
        add(errors, QStringLiteral("code"), QCoreApplication::translate("Validation", "a delivery code is required"));
    else if (d.code.size() > 40)
        add(errors, QStringLiteral("code"), QCoreApplication::translate("Validation", "the code is longer than 40 characters"));
    if (d.projectId <= 0)
        add(errors, QStringLiteral("project"), QCoreApplication::translate("Validation", "the delivery must belong to a project"));
    if (!ReferenceData::instance().country(d.destinationCountry))
        add(errors, QStringLiteral("destination_country"),
            d.destinationCountry.isEmpty()
                ? QCoreApplication::translate("Validation", "a destination country is required")
                : QCoreApplication::translate("Validation", "unknown country code \"%1\"").arg(quotedValue(d.destinationCountry)));
    if (!isKnownCurrency(d.currency))
        add(errors, QStringLiteral("currency"), QCoreApplication::translate("Validation", "unknown currency \"%1\"").arg(quotedValue(d.currency)));
    if (!d.incoterm.isEmpty() && !incoterms().contains(d.incoterm))
        add(errors, QStringLiteral("incoterm"),
            QCoreApplication::translate("Validation", "\"%1\" is not an Incoterms 2020 rule").arg(quotedValue(d.incoterm)));
    checkOrder(errors, {d.plannedDispatch, d.plannedArrival, d.plannedHandover},
        {"planned_dispatch", "planned_arrival", "planned_handover"},
        QCoreApplication::translate("Validation", "planned date %1 comes before %2"));
    checkOrder(errors, {d.actualDispatch, d.actualArrival, d.actualHandover}, {"actual_dispatch", "actual_arrival", "actual_handover"},
        QCoreApplication::translate("Validation", "actual date %1 comes before %2"));
    // What the status says happened must be dated.
    const int s = int(d.status);
    if (d.status != DeliveryStatus::Cancelled) {
        if (s >= int(DeliveryStatus::Dispatched) && !d.actualDispatch.isValid())
            add(errors, QStringLiteral("actual_dispatch"),
                QCoreApplication::translate("Validation", "a dispatched delivery needs its dispatch date"));
        if (s >= int(DeliveryStatus::Arrived) && !d.actualArrival.isValid())
            add(errors, QStringLiteral("actual_arrival"),
                QCoreApplication::translate("Validation", "an arrived delivery needs its arrival date"));
        if (d.status == DeliveryStatus::HandedOver && !d.actualHandover.isValid())
            add(errors, QStringLiteral("actual_handover"),
                QCoreApplication::translate("Validation", "a handed-over delivery needs its handover date"));
        if (s < int(DeliveryStatus::Dispatched) && d.actualDispatch.isValid())
            add(errors, QStringLiteral("actual_dispatch"),
                QCoreApplication::translate("Validation", "a dispatch date is set but the delivery is not dispatched"));
        if (s < int(DeliveryStatus::Arrived) && d.actualArrival.isValid())
            add(errors, QStringLiteral("actual_arrival"),
                QCoreApplication::translate("Validation", "an arrival date is set but the delivery has not arrived"));
        if (s < int(DeliveryStatus::HandedOver) && d.actualHandover.isValid())
            add(errors, QStringLiteral("actual_handover"),
                QCoreApplication::translate("Validation", "a handover date is set but the delivery is not handed over"));
    }
    checkItems(errors, d);
    if (errors.isEmpty() && !totalsOf(d))
        add(errors, QStringLiteral("items"), QCoreApplication::translate("Validation", "the packing list's totals are too large"));
    return errors;
}

} // namespace pd
