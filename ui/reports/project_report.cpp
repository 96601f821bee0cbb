#include "project_report.h"

#include "analytics/finance_rollup.h"
#include "reference/reference_data.h"
#include "report_document.h"
#include "report_scope.h"
#include "services/delivery_service.h"
#include "services/finance_service.h"
#include "services/partner_service.h"
#include "services/project_service.h"
#include "services/role_service.h"

#include <algorithm>

namespace pd::ui {

namespace {

struct Milestone
{
    QDate date;
    QString what;
    bool planned = false;
};

} // namespace

Result<std::unique_ptr<ReportDocument>> ProjectReport::build(Database &db, const ReportRequest &request) const
{
    auto found = ProjectService(db).findByCode(request.projectCode);
    if (!found)
        return found.error();
    const Project &p = found.value();
    const Wording &w = wording();
    const Language l = w.language();
    const ReferenceData &ref = ReferenceData::instance();

    ProjectFilter only;
    only.projectId = p.id;
    auto rollup = computeFinanceRollup(db, only, QString(), FinancePeriod{request.from, request.to});
    if (!rollup)
        return rollup.error();
    auto roles = RoleService(db).rolesOfProject(p.id);
    if (!roles)
        return roles.error();
    auto transactions = FinanceService(db).transactions(p.id);
    if (!transactions)
        return transactions.error();
    auto deliveries = DeliveryService(db).ofProject(p.id);
    if (!deliveries)
        return deliveries.error();
    const QString currency = rollup->reportingCurrency;

    auto doc = std::make_unique<ReportDocument>(trl("Project fact sheet: %1").arg(p.code), l);
    doc->heading(p.title(l), 0);
    const QString otherTitle = l == Language::Chinese ? p.titleEn : p.titleZh;
    if (!otherTitle.isEmpty() && otherTitle != p.title(l))
        doc->paragraph(otherTitle);
    QStringList sdgs;
    for (int goal : p.sdgGoals)
        sdgs << QStringLiteral("%1 %2").arg(goal).arg(sdgShortName(goal, l));
    QStringList sectors;
    for (const SectorShare &s : p.sectors) {
        const CodeItem *item = ref.code(QStringLiteral("Sector"), s.code);
        sectors << (item ? item->name(l) : s.code);
    }
    doc->heading(trl("Identity"));
    doc->facts({
        {trl("Code"), p.code},
        {trl("Business line"), nameOf(p.line, l)},
        {trl("Funding"), nameOf(p.funding, l)},
        {trl("Status"), nameOf(p.status, l)},
        {trl("Officer"), p.officer},
        {trl("IATI identifier"), p.iatiIdentifier},
        {trl("Planned"), trl("%1 to %2").arg(w.date(p.plannedStart), w.date(p.plannedEnd))},
        {trl("Actual"), p.actualStart.isValid() ? trl("%1 to %2").arg(w.date(p.actualStart), w.date(p.actualEnd)) : QString()},
        {trl("Sectors"), sectors.join(trl(", "))},
        {trl("SDGs"), sdgs.join(trl(", "))},
    });
    const QString &description = pick(l, p.descriptionEn, p.descriptionZh);
    if (!description.isEmpty())
        doc->paragraph(description);

    doc->heading(trl("Partners and roles"));
    QList<QStringList> rows;
    PartnerService partners(db);
    for (const RoleView &r : roles.value()) {
        auto partner = partners.get(r.role.partnerId);
        const CodeItem *type = partner ? ref.code(QStringLiteral("OrganisationType"), QString::number(partner->orgType)) : nullptr;
        rows << QStringList{pick(l, r.partnerNameEn, r.partnerNameZh), r.partnerAcronym, nameOf(r.role.role, l), type ? type->name(l) : QString()};
    }
    doc->table({{trl("Partner"), Qt::AlignLeft, 48}, {trl("Acronym"), Qt::AlignLeft, 14}, {trl("Role"), Qt::AlignLeft, 16}, {trl("Type"), Qt::AlignLeft, 22}}, rows, 0, trl("None recorded."));

    doc->heading(trl("Recipient countries"));
    rows.clear();
    for (const CountryShare &c : p.countries) {
        rows << QStringList{countryName(c.country, l), c.country, w.locale().toString(c.percent / 100.0, 'f', 2) + u'%'};
    }
    doc->table({{trl("Country"), Qt::AlignLeft, 60}, {trl("ISO code"), Qt::AlignLeft, 20}, {trl("Share"), Qt::AlignRight, 20}}, rows, 0, trl("None recorded."));

    doc->heading(trl("Budget and actuals (%1)").arg(currency));
    const ReportScope scope(l);
    doc->paragraph(scope.period(request.from, request.to), true);
    doc->paragraph(scope.currencyNote(currency, request.today), true);
    const FinanceFigures total = figuresOf(rollup->total, currency);
    if (!total.complete)
        doc->paragraph(scope.incompleteNote(), true);
    rows.clear();
    for (const FinanceGroup &year : rollup->byYear) {
        const FinanceFigures f = figuresOf(year, currency);
        rows << QStringList{year.key, w.amount(f.budget), w.amount(f.committed), w.amount(f.disbursed), w.amount(f.spent), w.percentFromBasisPoints(f.executionBasisPoints)};
    }
    rows << QStringList{trl("Total"), w.amount(total.budget), w.amount(total.committed), w.amount(total.disbursed), w.amount(total.spent),
        w.percentFromBasisPoints(total.executionBasisPoints)};
    doc->table({{trl("Year"), Qt::AlignLeft, 12}, {trl("Budget"), Qt::AlignRight, 19}, {trl("Committed"), Qt::AlignRight, 19},
                   {trl("Disbursed"), Qt::AlignRight, 19}, {trl("Spent"), Qt::AlignRight, 19}, {trl("Execution"), Qt::AlignRight, 12}},
        rows, 1);

    doc->heading(trl("Transactions"));
    rows.clear();
    QList<FinancialTransaction> listed = transactions.value();
    std::sort(listed.begin(), listed.end(), [](const FinancialTransaction &a, const FinancialTransaction &b) { return a.date < b.date; });
    for (const FinancialTransaction &t : listed) {
        if ((request.from.isValid() && t.effectiveValueDate() < request.from) || (request.to.isValid() && t.effectiveValueDate() > request.to))
            continue;
        const CodeItem *type = ref.code(QStringLiteral("TransactionType"), QString::number(t.type));
        const QString party = t.type == 1 || t.type == 11 || t.type == 12 ? t.providerName : t.receiverName;
        rows << QStringList{w.date(t.date), type ? type->name(l) : QString::number(t.type), w.money(t.amount), party, t.description};
    }
    doc->table({{trl("Date"), Qt::AlignLeft, 14}, {trl("Type"), Qt::AlignLeft, 16}, {trl("Amount"), Qt::AlignRight, 20}, {trl("Party"), Qt::AlignLeft, 22},
                   {trl("Description"), Qt::AlignLeft, 28}},
        rows, 0, trl("None recorded."));

    doc->heading(trl("Deliveries"));
    rows.clear();
    QList<Milestone> milestones{{p.plannedStart, trl("Planned start"), true}, {p.actualStart, trl("Started"), false},
        {p.plannedEnd, trl("Planned end"), true}, {p.actualEnd, trl("Ended"), false}};
    for (const Delivery &d : deliveries.value()) {
        const auto totals = totalsOf(d);
        rows << QStringList{d.code, countryName(d.destinationCountry, l), nameOf(d.status, l), w.date(d.actualHandover.isValid() ? d.actualHandover : d.plannedHandover),
            totals ? tonnesText(totals->grossWeightGrams, w.locale()) : QString(), totals ? w.money(totals->value) : QString()};
        for (const DeliveryEvent &e : d.history)
            milestones << Milestone{e.date, trl("%1: %2").arg(d.code, nameOf(e.to, l)), false};
        if (d.actualHandover.isNull() && d.plannedHandover.isValid() && d.status != DeliveryStatus::Cancelled)
            milestones << Milestone{d.plannedHandover, trl("%1: handover planned").arg(d.code), true};
    }
    doc->table({{trl("Delivery"), Qt::AlignLeft, 20}, {trl("Destination"), Qt::AlignLeft, 18}, {trl("Status"), Qt::AlignLeft, 16},
                   {trl("Handover"), Qt::AlignLeft, 14}, {trl("Tonnes"), Qt::AlignRight, 12}, {trl("Value"), Qt::AlignRight, 20}},
        rows, 0, trl("None recorded."));

    doc->heading(trl("Milestones"));
    milestones.removeIf([](const Milestone &m) { return !m.date.isValid(); });
    std::stable_sort(milestones.begin(), milestones.end(), [](const Milestone &a, const Milestone &b) { return a.date < b.date; });
    rows.clear();
    for (const Milestone &m : milestones)
        rows << QStringList{w.date(m.date), m.what, m.planned ? trl("planned") : trl("done")};
    doc->table({{trl("Date"), Qt::AlignLeft, 20}, {trl("Milestone"), Qt::AlignLeft, 60}, {trl("State"), Qt::AlignLeft, 20}}, rows, 0, trl("None recorded."));
    return doc;
}

} // namespace pd::ui
