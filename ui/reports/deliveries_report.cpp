#include "deliveries_report.h"

#include "analytics/delivery_summary.h"
#include "reference/reference_data.h"
#include "report_document.h"
#include "report_scope.h"
#include "services/delivery_service.h"

namespace pd::ui {

Result<std::unique_ptr<ReportDocument>> DeliveriesReport::build(Database &db, const ReportRequest &request) const
{
    DeliveryFilter handed;
    handed.projects = request.filter;
    handed.handedOverFrom = request.from;
    handed.handedOverTo = request.to;
    handed.today = request.today;
    auto computed = computeDeliverySummary(db, handed, request.today);
    if (!computed)
        return computed.error();
    const DeliverySummary &s = computed.value();
    const Wording &w = wording();
    const Language l = w.language();
    const ReportScope scope(l);
    const QString currency = s.reportingCurrency;

    auto doc = std::make_unique<ReportDocument>(trl("Deliveries report"), l);
    doc->heading(trl("Deliveries report"), 0);
    doc->paragraph(scope.period(request.from, request.to));
    if (!request.filter.isEmpty())
        doc->paragraph(scope.projects(request.filter));
    doc->paragraph(scope.currencyNote(currency, request.today), true);
    doc->heading(summarySentence(s, l), 2);
    if (!s.value.complete())
        doc->paragraph(trl("No exchange rate for %1: those values are left out of the converted totals.").arg(s.value.unconverted.join(trl(", "))), true);

    doc->facts({
        {trl("Deliveries handed over"), w.number(s.delivered)},
        {trl("Destination countries"), w.number(s.countries)},
        {trl("International organisations"), w.number(s.organisations)},
        {trl("Consignees"), w.number(s.consignees)},
        {trl("Projects"), w.number(s.projects)},
        {trl("Tonnes"), deliveredTonnesText(s.grossWeightGrams, w.locale())},
        {trl("Value"), w.money(s.value.converted)},
        {trl("Overdue on %1").arg(w.date(request.today)), w.number(s.overdue)},
    });

    const QString valueHeader = trl("Value (%1)").arg(currency);
    doc->heading(trl("By destination country"));
    QList<QStringList> rows;
    for (const DeliveryBreakdown &b : s.byCountry)
        rows << QStringList{countryName(b.key, l), w.number(b.deliveries), deliveredTonnesText(b.grossWeightGrams, w.locale()), w.amount(b.value.converted)};
    rows << QStringList{trl("Total"), w.number(s.delivered), deliveredTonnesText(s.grossWeightGrams, w.locale()), w.amount(s.value.converted)};
    doc->table({{trl("Country"), Qt::AlignLeft, 40}, {trl("Deliveries"), Qt::AlignRight, 16}, {trl("Tonnes"), Qt::AlignRight, 18}, {valueHeader, Qt::AlignRight, 26}},
        rows, 1);

    doc->heading(trl("By category of goods"));
    doc->paragraph(trl("A delivery counts in each category it carries."), true);
    rows.clear();
    for (const DeliveryBreakdown &b : s.byCategory) {
        const auto category = itemCategoryFromKey(b.key);
        rows << QStringList{category ? nameOf(*category, l) : b.key, w.number(b.deliveries), deliveredTonnesText(b.grossWeightGrams, w.locale()), w.amount(b.value.converted)};
    }
    doc->table({{trl("Category"), Qt::AlignLeft, 40}, {trl("Deliveries"), Qt::AlignRight, 16}, {trl("Tonnes"), Qt::AlignRight, 18}, {valueHeader, Qt::AlignRight, 26}},
        rows, 0, trl("None recorded."));

    DeliveryService service(db);
    DeliveryQuery query;
    query.filter = handed;
    query.filter.statuses = {DeliveryStatus::HandedOver};
    query.sort = DeliverySort::Handover;
    query.limit = kMaxListedRows;
    auto shipped = service.list(query);
    if (!shipped)
        return shipped.error();
    doc->heading(trl("Shipments handed over"));
    if (s.delivered > shipped->size())
        doc->paragraph(trl("The first %1 of %2, by handover date.").arg(w.number(shipped->size()), w.number(s.delivered)), true);
    rows.clear();
    for (const DeliveryRow &r : shipped.value())
        rows << QStringList{r.code, r.projectCode, countryName(r.destinationCountry, l), pick(l, r.consigneeEn, r.consigneeZh), w.date(r.actualHandover),
            tonnesText(r.grossWeightGrams, w.locale()), w.money(r.totalValue)};
    doc->table({{trl("Delivery"), Qt::AlignLeft, 15}, {trl("Project"), Qt::AlignLeft, 14}, {trl("Destination"), Qt::AlignLeft, 13}, {trl("Consignee"), Qt::AlignLeft, 20},
                   {trl("Handover"), Qt::AlignLeft, 12}, {trl("Tonnes"), Qt::AlignRight, 9}, {trl("Value"), Qt::AlignRight, 17}},
        rows, 0, trl("None recorded."));

    DeliveryQuery open;
    open.filter.projects = request.filter;
    open.filter.statuses = {DeliveryStatus::Planned, DeliveryStatus::Procured, DeliveryStatus::Dispatched, DeliveryStatus::InTransit, DeliveryStatus::Arrived};
    open.sort = DeliverySort::PlannedArrival;
    open.limit = kMaxListedRows;
    auto underWay = service.list(open);
    if (!underWay)
        return underWay.error();
    doc->heading(trl("Shipments under way on %1").arg(w.date(request.today)));
    if (underWay->size() == kMaxListedRows) {
        auto all = service.count(open.filter);
        if (!all)
            return all.error();
        if (all.value() > kMaxListedRows)
            doc->paragraph(trl("The first %1 of %2, by planned arrival.").arg(w.number(kMaxListedRows), w.number(all.value())), true);
    }
    rows.clear();
    for (const DeliveryRow &r : underWay.value())
        rows << QStringList{r.code, r.projectCode, countryName(r.destinationCountry, l), nameOf(r.status, l), w.date(r.plannedArrival),
            r.isOverdue(request.today) ? trl("overdue") : QString(), tonnesText(r.grossWeightGrams, w.locale())};
    doc->table({{trl("Delivery"), Qt::AlignLeft, 16}, {trl("Project"), Qt::AlignLeft, 16}, {trl("Destination"), Qt::AlignLeft, 16}, {trl("Status"), Qt::AlignLeft, 16},
                   {trl("Planned arrival"), Qt::AlignLeft, 14}, {QString(), Qt::AlignLeft, 11}, {trl("Tonnes"), Qt::AlignRight, 11}},
        rows, 0, trl("None."));
    return doc;
}

} // namespace pd::ui
