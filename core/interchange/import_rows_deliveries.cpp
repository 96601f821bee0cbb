// Deliveries from CSV, each through DeliveryService::create. They are imported as planned: the
// workflow's later steps carry dates and a history that only DeliveryService::transition writes,
// so a status other than planned is a problem (advance the deliveries after the import).
#include "import_fields.h"
#include "import_values.h"

#include "common/quoted_value.h"
#include "domain/delivery.h"
#include "reference/reference_data.h"
#include "services/delivery_service.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QSet>

namespace pd {

namespace {

class DeliveryImporter final : public RowImporter
{
public:
    explicit DeliveryImporter(const ImportSource &source)
        : m_source(source)
    {
        m_planned.add(DeliveryStatus::Planned, {keyOf(DeliveryStatus::Planned), QString::number(int(DeliveryStatus::Planned)),
                                                   nameOf(DeliveryStatus::Planned, Language::English),
                                                   nameOf(DeliveryStatus::Planned, Language::Chinese)});
    }

    Status prepare() override
    {
        auto projects = projectsByCode(m_source.db);
        if (!projects)
            return projects.error();
        m_projects = std::move(projects).value();
        auto partners = partnersByName(m_source.db);
        if (!partners)
            return partners.error();
        m_partners = std::move(partners).value();
        auto r = m_source.db.execute(QStringLiteral("SELECT code FROM deliveries"));
        if (!r)
            return r.error();
        while (r->next())
            m_stored.insert(r->value(0).toString().toCaseFolded());
        return {};
    }

    Status row(const ImportRow &row, bool write) override
    {
        bool ok = true;
        Delivery d;
        d.code = row.value(QStringLiteral("code"));
        const QString folded = d.code.toCaseFolded();
        if (!row.require(QStringLiteral("code"))) {
            ok = false;
        } else if (m_stored.contains(folded)) {
            row.problem(QStringLiteral("code"), QCoreApplication::translate("Import", "duplicate code %1: already in the portfolio").arg(quotedValue(d.code)));
            ok = false;
        } else if (const qint64 line = m_inFile.value(folded); line > 0) {
            row.problem(QStringLiteral("code"), QCoreApplication::translate("Import", "duplicate code %1: already on line %2").arg(quotedValue(d.code)).arg(line));
            ok = false;
        } else {
            m_inFile.insert(folded, row.line());
        }
        if (ProjectRef project; readProject(row, m_projects, project))
            d.projectId = project.id;
        else
            ok = false;
        d.destinationCountry = row.value(QStringLiteral("destination")).toUpper();
        if (const Country *named = ReferenceData::instance().countryByCodeOrName(row.value(QStringLiteral("destination"))))
            d.destinationCountry = named->alpha2; // "Kenya", "KEN", "404" or 肯尼亚 as KE
        if (!row.require(QStringLiteral("destination"))) {
            ok = false;
        } else if (!ReferenceData::instance().country(d.destinationCountry)) {
            row.problem(QStringLiteral("destination"), QCoreApplication::translate("Import", "unknown country \"%1\"").arg(quotedValue(d.destinationCountry)));
            ok = false;
        }
        if (row.has(QStringLiteral("consignee"))) {
            d.consigneeId = m_partners.value(row.value(QStringLiteral("consignee")).toCaseFolded(), 0);
            if (d.consigneeId == 0) {
                row.problem(QStringLiteral("consignee"),
                    QCoreApplication::translate("Import", "no partner has this name, acronym or IATI identifier"));
                ok = false;
            }
        }
        if (row.has(QStringLiteral("status")) && !m_planned.find(row.value(QStringLiteral("status")))) {
            row.problem(QStringLiteral("status"),
                QCoreApplication::translate("Import", "deliveries are imported as planned; advance them after the import"));
            ok = false;
        }
        ok = readDate(row, QStringLiteral("planned_dispatch"), d.plannedDispatch) && ok;
        ok = readDate(row, QStringLiteral("planned_arrival"), d.plannedArrival) && ok;
        d.originPort = row.value(QStringLiteral("origin_port"));
        d.destinationPort = row.value(QStringLiteral("destination_port"));
        d.carrier = row.value(QStringLiteral("carrier"));
        d.transportDocument = row.value(QStringLiteral("transport_document"));
        d.incoterm = row.value(QStringLiteral("incoterm")).toUpper();
        if (row.has(QStringLiteral("currency"))) {
            const CurrencyInfo *currency = ReferenceData::instance().currencyByCodeOrName(row.value(QStringLiteral("currency")));
            if (!currency) {
                row.problem(QStringLiteral("currency"), QCoreApplication::translate("Import", "unknown currency"));
                ok = false;
            } else {
                d.currency = currency->code;
            }
        }
        if (!ok)
            return {};
        const QHash<QString, QString> keys{{QStringLiteral("destination_country"), QStringLiteral("destination")}};
        if (const QList<FieldError> errors = validateDelivery(d); !errors.isEmpty()) {
            row.problems(errors, keys);
            return {};
        }
        if (!write)
            return {};
        auto stored = DeliveryService(m_source.db).create(d);
        if (!stored && stored.error().kind == Error::Kind::Validation) {
            row.problems(stored.error().fields, keys);
            return {};
        }
        return stored ? Status() : Status(stored.error());
    }

private:
    ImportSource m_source;
    QHash<QString, ProjectRef> m_projects;
    QHash<QString, qint64> m_partners;
    NameIndex<DeliveryStatus> m_planned;
    QSet<QString> m_stored;
    QHash<QString, qint64> m_inFile;
};

} // namespace

std::unique_ptr<RowImporter> deliveryImporter(const ImportSource &source)
{
    return std::make_unique<DeliveryImporter>(source);
}

} // namespace pd
