#include "register_columns.h"

#include "reference/reference_data.h"

#include <QCoreApplication>

namespace pd {

namespace {

using Context = CellContext;

CellValue text(const QString &value)
{
    return value.isEmpty() ? CellValue() : CellValue(value);
}

CellValue date(const QDate &value)
{
    return value.isValid() ? CellValue(value) : CellValue();
}

CellValue countOrEmpty(qint64 value)
{
    return value > 0 ? CellValue(value) : CellValue();
}


QString codeName(const char *list, int code, Language language)
{
    const CodeItem *item = ReferenceData::instance().code(QLatin1String(list), QString::number(code));
    return item ? item->name(language) : QString();
}

} // namespace

const QList<ColumnDef<ProjectSummary>> &projectColumns()
{
    using P = ProjectSummary;
    static const QList<ColumnDef<P>> columns{
        {"code", QT_TRANSLATE_NOOP("Export", "Code"), ColumnKind::Text, 0, [](const P &p, const Context &) { return text(p.code); }},
        {"title", QT_TRANSLATE_NOOP("Export", "Title"), ColumnKind::Text, 0,
            [](const P &p, const Context &c) { return text(pick(c.language, p.titleEn, p.titleZh)); }},
        {"title_en", QT_TRANSLATE_NOOP("Export", "Title (English)"), ColumnKind::Text, 0,
            [](const P &p, const Context &) { return text(p.titleEn); }},
        {"title_zh", QT_TRANSLATE_NOOP("Export", "Title (Chinese)"), ColumnKind::Text, 0,
            [](const P &p, const Context &) { return text(p.titleZh); }},
        {"line", QT_TRANSLATE_NOOP("Export", "Business line"), ColumnKind::Text, 0,
            [](const P &p, const Context &c) { return text(nameOf(p.line, c.language)); }},
        {"funding", QT_TRANSLATE_NOOP("Export", "Funding source"), ColumnKind::Text, 0,
            [](const P &p, const Context &c) { return text(nameOf(p.funding, c.language)); }},
        {"status", QT_TRANSLATE_NOOP("Export", "Status"), ColumnKind::Text, 0,
            [](const P &p, const Context &c) { return text(nameOf(p.status, c.language)); }},
        {"status_code", QT_TRANSLATE_NOOP("Export", "IATI status"), ColumnKind::Integer, 0,
            [](const P &p, const Context &) { return CellValue(qint64(p.status)); }},
        {"countries", QT_TRANSLATE_NOOP("Export", "Countries"), ColumnKind::Text, 0,
            [](const P &p, const Context &c) { return text(countryNames(p.countries, c.language)); }},
        {"country_codes", QT_TRANSLATE_NOOP("Export", "Country codes"), ColumnKind::Text, 0,
            [](const P &p, const Context &) { return text(p.countries.join(QStringLiteral(", "))); }},
        {"planned_start", QT_TRANSLATE_NOOP("Export", "Planned start"), ColumnKind::Date, 0,
            [](const P &p, const Context &) { return date(p.plannedStart); }},
        {"planned_end", QT_TRANSLATE_NOOP("Export", "Planned end"), ColumnKind::Date, 0,
            [](const P &p, const Context &) { return date(p.plannedEnd); }},
        {"officer", QT_TRANSLATE_NOOP("Export", "Officer"), ColumnKind::Text, 0,
            [](const P &p, const Context &) { return text(p.officer); }},
    };
    return columns;
}

const QList<ColumnDef<PartnerSummary>> &partnerColumns()
{
    using S = PartnerSummary;
    static const QList<ColumnDef<S>> columns{
        {"name", QT_TRANSLATE_NOOP("Export", "Name"), ColumnKind::Text, 0,
            [](const S &s, const Context &c) { return text(s.partner.name(c.language)); }},
        {"name_en", QT_TRANSLATE_NOOP("Export", "Name (English)"), ColumnKind::Text, 0,
            [](const S &s, const Context &) { return text(s.partner.nameEn); }},
        {"name_zh", QT_TRANSLATE_NOOP("Export", "Name (Chinese)"), ColumnKind::Text, 0,
            [](const S &s, const Context &) { return text(s.partner.nameZh); }},
        {"acronym", QT_TRANSLATE_NOOP("Export", "Acronym"), ColumnKind::Text, 0,
            [](const S &s, const Context &) { return text(s.partner.acronym); }},
        {"type", QT_TRANSLATE_NOOP("Export", "Type"), ColumnKind::Text, 0,
            [](const S &s, const Context &c) { return text(codeName("OrganisationType", s.partner.orgType, c.language)); }},
        {"type_code", QT_TRANSLATE_NOOP("Export", "IATI organisation type"), ColumnKind::Integer, 0,
            [](const S &s, const Context &) { return countOrEmpty(s.partner.orgType); }},
        {"country", QT_TRANSLATE_NOOP("Export", "Country"), ColumnKind::Text, 0,
            [](const S &s, const Context &c) { return text(countryName(s.partner.country, c.language)); }},
        {"country_code", QT_TRANSLATE_NOOP("Export", "Country code"), ColumnKind::Text, 0,
            [](const S &s, const Context &) { return text(s.partner.country); }},
        {"iati_id", QT_TRANSLATE_NOOP("Export", "IATI identifier"), ColumnKind::Text, 0,
            [](const S &s, const Context &) { return text(s.partner.iatiId); }},
        {"network_since", QT_TRANSLATE_NOOP("Export", "Member since"), ColumnKind::Integer, 0,
            [](const S &s, const Context &) { return countOrEmpty(s.partner.networkMemberSince); }},
        {"projects", QT_TRANSLATE_NOOP("Export", "Projects"), ColumnKind::Integer, 0,
            [](const S &s, const Context &) { return CellValue(s.projectCount); }},
    };
    return columns;
}

const QList<ColumnDef<TransactionRow>> &transactionColumns()
{
    using T = TransactionRow;
    static const QList<ColumnDef<T>> columns{
        {"project", QT_TRANSLATE_NOOP("Export", "Project"), ColumnKind::Text, 0,
            [](const T &t, const Context &) { return text(t.projectCode); }},
        {"project_title", QT_TRANSLATE_NOOP("Export", "Project title"), ColumnKind::Text, 0,
            [](const T &t, const Context &c) { return text(pick(c.language, t.projectTitleEn, t.projectTitleZh)); }},
        {"date", QT_TRANSLATE_NOOP("Export", "Date"), ColumnKind::Date, 0,
            [](const T &t, const Context &) { return date(t.transaction.date); }},
        {"value_date", QT_TRANSLATE_NOOP("Export", "Value date"), ColumnKind::Date, 0,
            [](const T &t, const Context &) { return date(t.transaction.effectiveValueDate()); }},
        {"type", QT_TRANSLATE_NOOP("Export", "Type"), ColumnKind::Text, 0,
            [](const T &t, const Context &c) { return text(codeName("TransactionType", t.transaction.type, c.language)); }},
        {"type_code", QT_TRANSLATE_NOOP("Export", "IATI transaction type"), ColumnKind::Integer, 0,
            [](const T &t, const Context &) { return CellValue(qint64(t.transaction.type)); }},
        {"amount", QT_TRANSLATE_NOOP("Export", "Amount"), ColumnKind::Money, 0,
            [](const T &t, const Context &) { return CellValue(t.transaction.amount); }},
        {"currency", QT_TRANSLATE_NOOP("Export", "Currency"), ColumnKind::Text, 0,
            [](const T &t, const Context &) { return text(t.transaction.amount.currency()); }},
        {"provider", QT_TRANSLATE_NOOP("Export", "Provider"), ColumnKind::Text, 0,
            [](const T &t, const Context &c) { return text(pick(c.language, t.providerEn, t.providerZh)); }},
        {"receiver", QT_TRANSLATE_NOOP("Export", "Receiver"), ColumnKind::Text, 0,
            [](const T &t, const Context &c) { return text(pick(c.language, t.receiverEn, t.receiverZh)); }},
        {"description", QT_TRANSLATE_NOOP("Export", "Description"), ColumnKind::Text, 0,
            [](const T &t, const Context &) { return text(t.transaction.description); }},
        {"reference", QT_TRANSLATE_NOOP("Export", "Reference"), ColumnKind::Text, 0,
            [](const T &t, const Context &) { return text(t.transaction.reference); }},
    };
    return columns;
}

const QList<ColumnDef<DeliveryRow>> &deliveryColumns()
{
    using D = DeliveryRow;
    static const QList<ColumnDef<D>> columns{
        {"code", QT_TRANSLATE_NOOP("Export", "Code"), ColumnKind::Text, 0, [](const D &d, const Context &) { return text(d.code); }},
        {"project", QT_TRANSLATE_NOOP("Export", "Project"), ColumnKind::Text, 0,
            [](const D &d, const Context &) { return text(d.projectCode); }},
        {"project_title", QT_TRANSLATE_NOOP("Export", "Project title"), ColumnKind::Text, 0,
            [](const D &d, const Context &c) { return text(pick(c.language, d.projectTitleEn, d.projectTitleZh)); }},
        {"country", QT_TRANSLATE_NOOP("Export", "Destination"), ColumnKind::Text, 0,
            [](const D &d, const Context &c) { return text(countryName(d.destinationCountry, c.language)); }},
        {"country_code", QT_TRANSLATE_NOOP("Export", "Destination code"), ColumnKind::Text, 0,
            [](const D &d, const Context &) { return text(d.destinationCountry); }},
        {"consignee", QT_TRANSLATE_NOOP("Export", "Consignee"), ColumnKind::Text, 0,
            [](const D &d, const Context &c) { return text(pick(c.language, d.consigneeEn, d.consigneeZh)); }},
        {"status", QT_TRANSLATE_NOOP("Export", "Status"), ColumnKind::Text, 0,
            [](const D &d, const Context &c) { return text(nameOf(d.status, c.language)); }},
        {"overdue", QT_TRANSLATE_NOOP("Export", "Overdue"), ColumnKind::Text, 0,
            [](const D &d, const Context &c) {
                return d.isOverdue(c.today) ? CellValue(QCoreApplication::translate("Export", "Yes")) : CellValue();
            }},
        // The page's dispatch and arrival: the actual date once there is one, the planned date until then.
        {"dispatch", QT_TRANSLATE_NOOP("Export", "Dispatch"), ColumnKind::Date, 0,
            [](const D &d, const Context &) { return date(d.actualDispatch.isValid() ? d.actualDispatch : d.plannedDispatch); }},
        {"arrival", QT_TRANSLATE_NOOP("Export", "Arrival"), ColumnKind::Date, 0,
            [](const D &d, const Context &) { return date(d.actualArrival.isValid() ? d.actualArrival : d.plannedArrival); }},
        {"handover", QT_TRANSLATE_NOOP("Export", "Handed over"), ColumnKind::Date, 0,
            [](const D &d, const Context &) { return date(d.actualHandover); }},
        {"planned_dispatch", QT_TRANSLATE_NOOP("Export", "Planned dispatch"), ColumnKind::Date, 0,
            [](const D &d, const Context &) { return date(d.plannedDispatch); }},
        {"actual_dispatch", QT_TRANSLATE_NOOP("Export", "Actual dispatch"), ColumnKind::Date, 0,
            [](const D &d, const Context &) { return date(d.actualDispatch); }},
        {"planned_arrival", QT_TRANSLATE_NOOP("Export", "Planned arrival"), ColumnKind::Date, 0,
            [](const D &d, const Context &) { return date(d.plannedArrival); }},
        {"actual_arrival", QT_TRANSLATE_NOOP("Export", "Actual arrival"), ColumnKind::Date, 0,
            [](const D &d, const Context &) { return date(d.actualArrival); }},
        {"items", QT_TRANSLATE_NOOP("Export", "Items"), ColumnKind::Integer, 0,
            [](const D &d, const Context &) { return CellValue(qint64(d.itemCount)); }},
        {"tonnes", QT_TRANSLATE_NOOP("Export", "Tonnes"), ColumnKind::Decimal, 3,
            [](const D &d, const Context &) {
                return CellValue(ScaledDecimal{d.grossWeightGrams, 6});
            }},
        {"value", QT_TRANSLATE_NOOP("Export", "Value"), ColumnKind::Money, 0,
            [](const D &d, const Context &) { return CellValue(d.totalValue); }},
        {"currency", QT_TRANSLATE_NOOP("Export", "Currency"), ColumnKind::Text, 0,
            [](const D &d, const Context &) { return text(d.totalValue.currency()); }},
        {"carrier", QT_TRANSLATE_NOOP("Export", "Carrier"), ColumnKind::Text, 0,
            [](const D &d, const Context &) { return text(d.carrier); }},
        {"document", QT_TRANSLATE_NOOP("Export", "B/L or AWB"), ColumnKind::Text, 0,
            [](const D &d, const Context &) { return text(d.transportDocument); }},
    };
    return columns;
}

} // namespace pd
