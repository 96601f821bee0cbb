#include "demo_deliveries.h"

#include "services/audit_log.h"
#include "storage/database.h"
#include "storage/sql_values.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace pd {

struct DemoGood
{
    QString en;
    QString zh;
    QString unit;
    Money unitValue; // CNY
    qint64 unitGrams = 0;
    int minQuantity = 1;
    int maxQuantity = 1;
};

struct DemoPlace
{
    QString en;
    QString zh;
    QString locode;
    QString mode; // sea, air, rail, road
};

struct DemoShippingCatalogue
{
    QHash<QString, QList<DemoGood>> goods; // by item category key
    QHash<QString, QStringList> themes; // theme -> category keys
    QList<DemoPlace> origins;
    QList<DemoPlace> carriers;
    QHash<QString, DemoPlace> destinations; // by country code

    static const DemoShippingCatalogue &instance()
    {
        static const DemoShippingCatalogue catalogue = load();
        return catalogue;
    }

private:
    static DemoPlace place(const QJsonObject &o)
    {
        return {o.value(QLatin1String("en")).toString(), o.value(QLatin1String("zh")).toString(),
            o.value(QLatin1String("locode")).toString(), o.value(QLatin1String("mode")).toString()};
    }

    static DemoShippingCatalogue load()
    {
        QFile file(QStringLiteral(":/demo/deliveries.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("ProjectDesk: the demo shipping catalogue is missing from the build");
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        DemoShippingCatalogue c;
        const QJsonObject items = root.value(QLatin1String("items")).toObject();
        for (auto it = items.begin(); it != items.end(); ++it) {
            for (const QJsonValue &v : it.value().toArray()) {
                const QJsonObject o = v.toObject();
                const QJsonArray range = o.value(QLatin1String("quantity")).toArray();
                DemoGood g{o.value(QLatin1String("en")).toString(), o.value(QLatin1String("zh")).toString(),
                    o.value(QLatin1String("unit_en")).toString(),
                    Money::fromDecimal(o.value(QLatin1String("unit_value_cny")).toString(), QStringLiteral("CNY")).value_or(Money()),
                    parseThousandths(o.value(QLatin1String("unit_weight_kg")).toString()).value_or(0), range.at(0).toInt(),
                    range.at(1).toInt()};
                c.goods[it.key()].append(g);
            }
        }
        const QJsonObject themes = root.value(QLatin1String("themes")).toObject();
        for (auto it = themes.begin(); it != themes.end(); ++it) {
            for (const QJsonValue &v : it.value().toArray())
                c.themes[it.key()] << v.toString();
        }
        for (const QJsonValue &v : root.value(QLatin1String("origin_ports")).toArray())
            c.origins.append(place(v.toObject()));
        for (const QJsonValue &v : root.value(QLatin1String("carriers")).toArray())
            c.carriers.append(place(v.toObject()));
        const QJsonObject destinations = root.value(QLatin1String("destination_ports")).toObject();
        for (auto it = destinations.begin(); it != destinations.end(); ++it)
            c.destinations.insert(it.key(), place(it.value().toObject()));
        return c;
    }
};

namespace {

// Days a shipment takes by mode: the fastest and the slowest usual.
std::pair<int, int> transitDays(const QString &mode)
{
    if (mode == QLatin1String("air"))
        return {2, 6};
    if (mode == QLatin1String("rail"))
        return {12, 20};
    if (mode == QLatin1String("road"))
        return {5, 12};
    return {25, 50};
}

const DemoPlace *withMode(const QList<DemoPlace> &places, const QString &mode, quint32 draw)
{
    QList<const DemoPlace *> fitting;
    for (const DemoPlace &p : places) {
        if (p.mode == mode)
            fitting << &p;
    }
    if (fitting.isEmpty()) {
        for (const DemoPlace &p : places)
            fitting << &p;
    }
    return fitting.isEmpty() ? nullptr : fitting.at(int(draw % quint32(fitting.size())));
}

} // namespace

DemoDeliveries::DemoDeliveries(Database &db, QRandomGenerator &rng, QDate today)
    : m_db(db)
    , m_rng(rng)
    , m_today(today)
    , m_timestamp(utcNow())
    , m_catalogue(DemoShippingCatalogue::instance())
{ }

DemoDeliveries::~DemoDeliveries() = default;

Status DemoDeliveries::prepare()
{
    auto delivery = m_db.prepare(QStringLiteral(
        "INSERT INTO deliveries (code, project_id, destination_country, consignee_id, origin_port, destination_port, carrier, "
        "transport_document, incoterm, status, planned_dispatch, planned_arrival, planned_handover, actual_dispatch, actual_arrival, "
        "actual_handover, certificate_number, certificate_date, notes, currency, total_value, gross_weight_g, item_count, created_at, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    auto item
        = m_db.prepare(QStringLiteral("INSERT INTO delivery_items (delivery_id, position, description_en, description_zh, category, "
                                      "quantity_milli, unit, unit_value, value, gross_weight_g) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    auto event = m_db.prepare(QStringLiteral("INSERT INTO delivery_events (delivery_id, from_status, to_status, date, recorded_at, "
                                             "recorded_by) VALUES (?, ?, ?, ?, ?, ?)"));
    for (auto *r : {&delivery, &item, &event}) {
        if (!*r)
            return r->error();
    }
    m_delivery = std::move(delivery).value();
    m_item = std::move(item).value();
    m_event = std::move(event).value();
    return {};
}

QList<DeliveryItem> DemoDeliveries::packingList(const QStringList &themes, bool emergency)
{
    QStringList categories;
    for (const QString &theme : themes)
        categories << m_catalogue.themes.value(theme);
    categories.removeDuplicates();
    if (categories.isEmpty())
        categories << QStringLiteral("other");
    QList<DeliveryItem> items;
    const int lines = 1 + int(m_rng.bounded(emergency ? 5 : 3));
    QSet<QString> taken;
    for (int i = 0; i < lines; ++i) {
        const QString category = categories.at(int(m_rng.bounded(int(categories.size()))));
        const QList<DemoGood> &goods = m_catalogue.goods.value(category);
        if (goods.isEmpty())
            continue;
        const DemoGood &g = goods.at(int(m_rng.bounded(int(goods.size()))));
        if (taken.contains(g.en))
            continue;
        taken.insert(g.en);
        // Most shipments are near the small end of the usual range: u^3 leans towards it.
        const double u = m_rng.generateDouble();
        const qint64 quantity = g.minQuantity + qint64(std::llround((g.maxQuantity - g.minQuantity) * u * u * u));
        DeliveryItem item;
        item.descriptionEn = g.en;
        item.descriptionZh = g.zh;
        item.category = itemCategoryFromKey(category).value_or(ItemCategory::Other);
        item.quantityMilli = quantity * 1000;
        item.unit = g.unit;
        item.unitValue = g.unitValue;
        item.grossWeightGrams = quantity * g.unitGrams;
        items.append(item);
    }
    return items;
}

Result<int> DemoDeliveries::addProject(qint64 projectId, const Project &p, const QStringList &themes, qint64 consigneeId)
{
    if (p.countries.isEmpty() || !p.plannedStart.isValid())
        return 0;
    const QString country = p.countries.first().country;
    const DemoPlace destination = m_catalogue.destinations.value(
        country, DemoPlace{QStringLiteral("Port of entry"), QStringLiteral("入境口岸"), QString(), QStringLiteral("sea")});
    const bool emergency = themes.contains(QLatin1String("humanitarian")) || themes.contains(QLatin1String("disaster"));
    const int count = emergency ? 1 + int(m_rng.bounded(2)) : 1 + int(m_rng.bounded(3));
    QDate plannedDispatch = p.plannedStart.addDays(emergency ? 7 + m_rng.bounded(14) : 45 + m_rng.bounded(60));
    for (int n = 1; n <= count; ++n) {
        Delivery d;
        d.code = QStringLiteral("%1-D%2").arg(p.code).arg(n, 2, 10, QLatin1Char('0'));
        d.projectId = projectId;
        d.destinationCountry = country;
        d.consigneeId = consigneeId;
        // Emergencies and light goods fly; the rest goes the way the destination is served.
        const QString mode = emergency && m_rng.bounded(2) == 0 ? QStringLiteral("air") : destination.mode;
        const DemoPlace *origin = withMode(m_catalogue.origins, mode, m_rng.generate());
        const DemoPlace *carrier = withMode(m_catalogue.carriers, mode, m_rng.generate());
        d.originPort = origin ? origin->en : QString();
        d.destinationPort = destination.en;
        d.carrier = carrier ? carrier->en : QString();
        d.transportDocument = mode == QLatin1String("air") ? QStringLiteral("999-%1").arg(m_rng.bounded(10000000, 99999999))
                                                           : QStringLiteral("COSU%1").arg(m_rng.bounded(100000000, 999999999));
        d.incoterm = mode == QLatin1String("air") ? QStringLiteral("CIP")
            : mode == QLatin1String("sea")        ? QStringLiteral("CIF")
                                                  : QStringLiteral("DAP");
        d.currency = QStringLiteral("CNY");
        d.items = packingList(themes, emergency);
        const auto [fastest, slowest] = transitDays(mode);
        d.plannedDispatch = plannedDispatch;
        d.plannedArrival = plannedDispatch.addDays(fastest + m_rng.bounded(slowest - fastest + 1));
        d.plannedHandover = d.plannedArrival.addDays(10 + m_rng.bounded(16));

        // The workflow as far as the demo's today: each step dated, later steps only if their day has come.
        const QDate procured = plannedDispatch.addDays(-20 - m_rng.bounded(20));
        const QDate dispatched = plannedDispatch.addDays(m_rng.bounded(15));
        const QDate sailing = dispatched.addDays(1 + m_rng.bounded(3));
        // One shipment in ten is held up for weeks (port congestion, customs); more among those still at sea.
        const int lateChance = dispatched.daysTo(m_today) < 150 ? 40 : 10;
        const int late = m_rng.bounded(100) < lateChance ? 30 + m_rng.bounded(90) : m_rng.bounded(10);
        const QDate arrived = dispatched.addDays(fastest + m_rng.bounded(slowest - fastest + 1) + late);
        const QDate handedOver = arrived.addDays(5 + m_rng.bounded(25));
        const bool cancelled = p.status == ActivityStatus::Cancelled || m_rng.bounded(100) < 2;
        const std::pair<DeliveryStatus, QDate> steps[] = {{DeliveryStatus::Procured, procured}, {DeliveryStatus::Dispatched, dispatched},
            {DeliveryStatus::InTransit, sailing}, {DeliveryStatus::Arrived, arrived}, {DeliveryStatus::HandedOver, handedOver}};
        for (const auto &[status, date] : steps) {
            if (date > m_today || (cancelled && status == DeliveryStatus::Dispatched))
                break;
            d.history.append({d.status, status, date, m_timestamp, QStringLiteral("demo")});
            d.status = status;
        }
        if (cancelled) {
            const QDate when = d.history.isEmpty() ? std::min(m_today, procured) : d.history.last().date.addDays(3);
            if (when <= m_today) {
                d.history.append({d.status, DeliveryStatus::Cancelled, when, m_timestamp, QStringLiteral("demo")});
                d.status = DeliveryStatus::Cancelled;
                d.notes = QStringLiteral("Cancelled at the recipient's request.");
            }
        }
        for (const DeliveryEvent &e : std::as_const(d.history)) {
            if (e.to == DeliveryStatus::Dispatched)
                d.actualDispatch = e.date;
            else if (e.to == DeliveryStatus::Arrived)
                d.actualArrival = e.date;
            else if (e.to == DeliveryStatus::HandedOver)
                d.actualHandover = e.date;
        }
        if (d.status == DeliveryStatus::HandedOver) {
            d.certificateNumber = QStringLiteral("HC-%1-%2").arg(d.actualHandover.year()).arg(projectId * 10 + n, 6, 10, QLatin1Char('0'));
            d.certificateDate = d.actualHandover;
        }
        if (Status s = write(d); !s)
            return s.error();
        plannedDispatch = plannedDispatch.addDays(60 + m_rng.bounded(90));
    }
    return count;
}

Status DemoDeliveries::addHandedOver(
    qint64 projectId, const Project &p, const QStringList &themes, qint64 consigneeId, const QDate &handover, qint64 grams)
{
    Delivery d;
    d.code = QStringLiteral("%1-D01").arg(p.code);
    d.projectId = projectId;
    d.destinationCountry = p.countries.value(0).country;
    d.consigneeId = consigneeId;
    const DemoPlace destination = m_catalogue.destinations.value(
        d.destinationCountry, DemoPlace{QStringLiteral("Port of entry"), QStringLiteral("入境口岸"), QString(), QStringLiteral("air")});
    const DemoPlace *origin = withMode(m_catalogue.origins, QStringLiteral("air"), m_rng.generate());
    const DemoPlace *carrier = withMode(m_catalogue.carriers, QStringLiteral("air"), m_rng.generate());
    d.originPort = origin ? origin->en : QString();
    d.destinationPort = destination.en;
    d.carrier = carrier ? carrier->en : QString();
    d.transportDocument = QStringLiteral("999-%1").arg(m_rng.bounded(10000000, 99999999));
    d.incoterm = QStringLiteral("CIP");
    d.currency = QStringLiteral("CNY");
    d.items = packingList(themes, true);
    if (d.items.isEmpty())
        return Error::make(Error::Kind::InvalidArgument, QStringLiteral("demo delivery %1 has no goods").arg(d.code));
    // The packing list's weights, scaled to the given total: the last line takes what rounding leaves.
    qint64 drawn = 0;
    for (const DeliveryItem &item : std::as_const(d.items))
        drawn += std::max<qint64>(1, item.grossWeightGrams);
    qint64 left = grams;
    for (qsizetype i = 0; i < d.items.size(); ++i) {
        DeliveryItem &item = d.items[i];
        item.grossWeightGrams = i + 1 == d.items.size() ? left : qint64(double(grams) * std::max<qint64>(1, item.grossWeightGrams) / double(drawn));
        left -= item.grossWeightGrams;
    }
    const QDate dispatched = handover.addDays(-12);
    d.plannedDispatch = dispatched;
    d.plannedArrival = handover.addDays(-7);
    d.plannedHandover = handover;
    const std::pair<DeliveryStatus, QDate> steps[] = {{DeliveryStatus::Procured, dispatched.addDays(-10)},
        {DeliveryStatus::Dispatched, dispatched}, {DeliveryStatus::InTransit, dispatched.addDays(1)},
        {DeliveryStatus::Arrived, handover.addDays(-7)}, {DeliveryStatus::HandedOver, handover}};
    for (const auto &[status, date] : steps) {
        d.history.append({d.status, status, date, m_timestamp, QStringLiteral("demo")});
        d.status = status;
    }
    d.actualDispatch = dispatched;
    d.actualArrival = handover.addDays(-7);
    d.actualHandover = handover;
    d.certificateNumber = QStringLiteral("HC-%1-%2").arg(handover.year()).arg(projectId * 10 + 1, 6, 10, QLatin1Char('0'));
    d.certificateDate = handover;
    return write(d);
}

Status DemoDeliveries::write(Delivery &d)
{
    if (const QList<FieldError> errors = validateDelivery(d); !errors.isEmpty())
        return Error::validation(errors, d.recordName());
    const std::optional<DeliveryTotals> totals = totalsOf(d);
    if (!totals)
        return Error::make(Error::Kind::InvalidArgument, QStringLiteral("demo delivery %1 has no valid totals").arg(d.code));
    if (Status s = m_db.run(m_delivery,
            {d.code, d.projectId, d.destinationCountry, d.consigneeId > 0 ? QVariant(d.consigneeId) : QVariant(), d.originPort,
                d.destinationPort, d.carrier, d.transportDocument, d.incoterm, int(d.status), dateValue(d.plannedDispatch),
                dateValue(d.plannedArrival), dateValue(d.plannedHandover), dateValue(d.actualDispatch), dateValue(d.actualArrival),
                dateValue(d.actualHandover), d.certificateNumber, dateValue(d.certificateDate), d.notes, d.currency,
                totals->value.minorUnits(), totals->grossWeightGrams, totals->items, m_timestamp, m_timestamp});
        !s)
        return s;
    d.id = m_delivery.lastInsertId().toLongLong();
    for (qsizetype i = 0; i < d.items.size(); ++i) {
        const DeliveryItem &item = d.items.at(i);
        if (Status s = m_db.run(m_item,
                {d.id, int(i + 1), item.descriptionEn, item.descriptionZh, keyOf(item.category), item.quantityMilli, item.unit,
                    item.unitValue.minorUnits(), item.value().value_or(Money()).minorUnits(), item.grossWeightGrams});
            !s)
            return s;
    }
    for (const DeliveryEvent &e : std::as_const(d.history)) {
        if (Status s = m_db.run(m_event, {d.id, int(e.from), int(e.to), dateValue(e.date), e.recordedAt, e.recordedBy}); !s)
            return s;
    }
    return {};
}

} // namespace pd
