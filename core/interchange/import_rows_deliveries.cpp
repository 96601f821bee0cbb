// Deliveries from CSV, each through DeliveryService::create. They are imported as planned: the
// workflow's later steps carry dates and a history that only DeliveryService::transition writes,
// so a status other than planned is a problem (advance the deliveries after the import). A delivery
// already in the portfolio (by its code) takes the file's values through DeliveryService::update, or
// is left as it is when they are the same; its status must be the one it has.
#include "import_fields.h"
#include "import_values.h"

#include "common/quoted_value.h"
#include "domain/delivery.h"
#include "domain/record_fields.h"
#include "services/import_batches.h"
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
        for (DeliveryStatus status : allDeliveryStatuses())
            m_statuses.add(status, {keyOf(status), QString::number(int(status)), nameOf(status, Language::English), nameOf(status, Language::Chinese)});
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
        auto r = m_source.db.execute(QStringLiteral("SELECT code, id, status FROM deliveries"));
        if (!r)
            return r.error();
        while (r->next())
            m_stored.insert(r->value(0).toString().toCaseFolded(), {r->value(1).toLongLong(), DeliveryStatus(r->value(2).toInt())});
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
        if (const QString code = countryCodeOf(row.value(QStringLiteral("destination"))); !code.isEmpty())
            d.destinationCountry = code; // "Kenya", "KEN", "404" or 肯尼亚 as KE (the register exports names)
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
        const auto stored = m_stored.constFind(folded);
        const DeliveryStatus expected = stored == m_stored.cend() ? DeliveryStatus::Planned : stored->status;
        if (row.has(QStringLiteral("status")) && m_statuses.find(row.value(QStringLiteral("status"))) != expected) {
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
        if (stored != m_stored.cend())
            return update(row, stored->id, d, keys);
        auto created = DeliveryService(m_source.db).create(d);
        if (!created && created.error().kind == Error::Kind::Validation) {
            row.problems(created.error().fields, keys);
            return {};
        }
        if (!created)
            return created.error();
        if (m_source.batch)
            return m_source.batch->added(QStringLiteral("deliveries"), created->id);
        return {};
    }

private:
    struct Stored
    {
        qint64 id = 0;
        DeliveryStatus status = DeliveryStatus::Planned;
    };

    Status update(const ImportRow &row, qint64 id, const Delivery &read, const QHash<QString, QString> &keys)
    {
        DeliveryService service(m_source.db);
        auto stored = service.get(id);
        if (!stored)
            return stored.error();
        Delivery d = stored.value();
        auto mapped = [&row](const char *key) { return !row.column(QLatin1String(key)).isEmpty(); };
        if (mapped("project")) d.projectId = read.projectId;
        if (mapped("destination")) d.destinationCountry = read.destinationCountry;
        if (mapped("consignee")) d.consigneeId = read.consigneeId;
        if (mapped("planned_dispatch")) d.plannedDispatch = read.plannedDispatch;
        if (mapped("planned_arrival")) d.plannedArrival = read.plannedArrival;
        if (mapped("origin_port")) d.originPort = read.originPort;
        if (mapped("destination_port")) d.destinationPort = read.destinationPort;
        if (mapped("carrier")) d.carrier = read.carrier;
        if (mapped("transport_document")) d.transportDocument = read.transportDocument;
        if (mapped("incoterm")) d.incoterm = read.incoterm;
        if (mapped("currency") && !read.currency.isEmpty()) d.currency = read.currency;
        if (fieldsOf(d) == fieldsOf(stored.value())) {
            if (m_source.report)
                ++m_source.report->unchanged;
            return {};
        }
        QByteArray before;
        if (m_source.batch) {
            auto image = m_source.batch->before(QStringLiteral("deliveries"), id);
            if (!image)
                return image.error();
            before = image.value();
        }
        auto updated = service.update(d);
        if (!updated && updated.error().kind == Error::Kind::Validation) {
            row.problems(updated.error().fields, keys);
            return {};
        }
        if (!updated)
            return updated.error();
        if (m_source.report)
            ++m_source.report->updated;
        if (m_source.batch)
            return m_source.batch->updated(QStringLiteral("deliveries"), id, before);
        return {};
    }

    ImportSource m_source;
    QHash<QString, ProjectRef> m_projects;
    QHash<QString, qint64> m_partners;
    NameIndex<DeliveryStatus> m_statuses;
    QHash<QString, Stored> m_stored; // code (case folded)
    QHash<QString, qint64> m_inFile;
};

} // namespace

std::unique_ptr<RowImporter> deliveryImporter(const ImportSource &source)
{
    return std::make_unique<DeliveryImporter>(source);
}

} // namespace pd
