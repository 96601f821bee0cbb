#include "record_fields.h"

#include <QHash>
#include <QLocale>
#include <QStringList>

namespace pd {

namespace {

QString dateText(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

QString percentToText(int hundredths)
{
    QString text = QString::number(hundredths / 100);
    if (const int rest = hundredths % 100; rest != 0) {
        text += u'.' + QString::number(rest).rightJustified(2, u'0');
        if (text.endsWith(u'0'))
            text.chop(1);
    }
    return text;
}

FieldMap fieldsOf(const Project &p)
{
    QStringList countries, sectors, goals;
    for (const CountryShare &c : p.countries)
        countries << c.country + u' ' + percentToText(c.percent) + u'%';
    for (const SectorShare &s : p.sectors)
        sectors << s.code + u' ' + percentToText(s.percent) + u'%';
    for (int g : p.sdgGoals)
        goals << QString::number(g);
    return {
        {QStringLiteral("code"), p.code},
        {QStringLiteral("title_en"), p.titleEn},
        {QStringLiteral("title_zh"), p.titleZh},
        {QStringLiteral("business_line"), keyOf(p.line)},
        {QStringLiteral("funding_source"), keyOf(p.funding)},
        {QStringLiteral("status"), QString::number(int(p.status))},
        {QStringLiteral("planned_start"), dateText(p.plannedStart)},
        {QStringLiteral("planned_end"), dateText(p.plannedEnd)},
        {QStringLiteral("actual_start"), dateText(p.actualStart)},
        {QStringLiteral("actual_end"), dateText(p.actualEnd)},
        {QStringLiteral("countries"), countries.join(QStringLiteral(", "))},
        {QStringLiteral("sectors"), sectors.join(QStringLiteral(", "))},
        {QStringLiteral("sdg_goals"), goals.join(QStringLiteral(", "))},
        {QStringLiteral("officer"), p.officer},
        {QStringLiteral("emergency"), p.emergency},
        {QStringLiteral("description_en"), p.descriptionEn},
        {QStringLiteral("description_zh"), p.descriptionZh},
        {QStringLiteral("iati_identifier"), p.iatiIdentifier},
    };
}

FieldMap fieldsOf(const Partner &p)
{
    QStringList contacts;
    for (const Contact &c : p.contacts)
        contacts << QStringList{c.name, c.position, c.email, c.phone}.join(QStringLiteral(" / "));
    return {
        {QStringLiteral("name_en"), p.nameEn},
        {QStringLiteral("name_zh"), p.nameZh},
        {QStringLiteral("acronym"), p.acronym},
        {QStringLiteral("org_type"), p.orgType ? QString::number(p.orgType) : QString()},
        {QStringLiteral("iati_id"), p.iatiId},
        {QStringLiteral("country"), p.country},
        {QStringLiteral("network_member_since"), p.networkMemberSince ? QString::number(p.networkMemberSince) : QString()},
        {QStringLiteral("contacts"), contacts.join(QStringLiteral("; "))},
    };
}

FieldMap fieldsOf(const BudgetLine &b)
{
    return {
        {QStringLiteral("period_start"), dateText(b.periodStart)},
        {QStringLiteral("period_end"), dateText(b.periodEnd)},
        {QStringLiteral("category"), keyOf(b.category)},
        {QStringLiteral("amount"), b.amount.isValid() ? b.amount.toDecimalString() + u' ' + b.amount.currency() : QString()},
        {QStringLiteral("type"), QString::number(b.type)},
        {QStringLiteral("status"), QString::number(b.status)},
    };
}

FieldMap fieldsOf(const FinancialTransaction &t)
{
    return {
        {QStringLiteral("type"), QString::number(t.type)},
        {QStringLiteral("date"), dateText(t.date)},
        {QStringLiteral("value_date"), dateText(t.valueDate)},
        {QStringLiteral("amount"), t.amount.isValid() ? t.amount.toDecimalString() + u' ' + t.amount.currency() : QString()},
        {QStringLiteral("provider"), t.providerId ? QString::number(t.providerId) : t.providerName},
        {QStringLiteral("receiver"), t.receiverId ? QString::number(t.receiverId) : t.receiverName},
        {QStringLiteral("description"), t.description},
        {QStringLiteral("reference"), t.reference},
    };
}

QList<FieldChange> diffFields(const FieldMap &before, const FieldMap &after)
{
    QHash<QString, QString> old;
    for (const auto &[key, value] : before)
        old.insert(key, value);
    QList<FieldChange> changes;
    for (const auto &[key, value] : after) {
        const QString previous = old.take(key);
        if (previous != value)
            changes.append({key, previous, value});
    }
    for (const auto &[key, value] : before) {
        if (old.contains(key))
            changes.append({key, value, QString()});
    }
    return changes;
}

FieldMap fieldsOf(const Delivery &d)
{
    FieldMap fields{
        {QStringLiteral("code"), d.code},
        {QStringLiteral("project"), QString::number(d.projectId)},
        {QStringLiteral("destination_country"), d.destinationCountry},
        {QStringLiteral("consignee"), d.consigneeId > 0 ? QString::number(d.consigneeId) : QString()},
        {QStringLiteral("origin_port"), d.originPort},
        {QStringLiteral("destination_port"), d.destinationPort},
        {QStringLiteral("carrier"), d.carrier},
        {QStringLiteral("transport_document"), d.transportDocument},
        {QStringLiteral("incoterm"), d.incoterm},
        {QStringLiteral("status"), keyOf(d.status)},
        {QStringLiteral("planned_dispatch"), dateText(d.plannedDispatch)},
        {QStringLiteral("planned_arrival"), dateText(d.plannedArrival)},
        {QStringLiteral("planned_handover"), dateText(d.plannedHandover)},
        {QStringLiteral("actual_dispatch"), dateText(d.actualDispatch)},
        {QStringLiteral("actual_arrival"), dateText(d.actualArrival)},
        {QStringLiteral("actual_handover"), dateText(d.actualHandover)},
        {QStringLiteral("certificate_number"), d.certificateNumber},
        {QStringLiteral("certificate_date"), dateText(d.certificateDate)},
        {QStringLiteral("notes"), d.notes},
        {QStringLiteral("currency"), d.currency},
    };
    for (qsizetype i = 0; i < d.items.size(); ++i) {
        const DeliveryItem &item = d.items.at(i);
        fields.append({QStringLiteral("items[%1]").arg(i + 1),
            QStringList{item.descriptionEn, item.descriptionZh, keyOf(item.category), thousandthsToText(item.quantityMilli, QLocale::c()),
                item.unit, item.unitValue.toDecimalString(), thousandthsToText(item.grossWeightGrams, QLocale::c()) + QStringLiteral(" kg")}
                .join(QStringLiteral(" | "))});
    }
    return fields;
}

} // namespace pd
