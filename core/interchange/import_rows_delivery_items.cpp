// Packing-list lines from CSV, added to existing deliveries named by code. Each row is checked on
// its own with the delivery's rules; at the end each delivery gets its new lines appended through
// DeliveryService::update (the totals, revision and audit entry as for an edit).
#include "import_fields.h"
#include "services/import_batches.h"
#include "import_values.h"

#include "domain/delivery.h"
#include "services/delivery_service.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QMap>

namespace pd {

namespace {

struct DeliveryRef
{
    qint64 id = 0;
    QString currency;
};

class DeliveryItemImporter final : public RowImporter
{
public:
    explicit DeliveryItemImporter(const ImportSource &source)
        : m_source(source)
    {
        for (ItemCategory c : allItemCategories())
            m_categories.add(c, {keyOf(c), nameOf(c, Language::English), nameOf(c, Language::Chinese)});
    }

    Status prepare() override
    {
        auto r = m_source.db.execute(QStringLiteral("SELECT code, id, currency FROM deliveries"));
        if (!r)
            return r.error();
        while (r->next())
            m_deliveries.insert(r->value(0).toString(), {r->value(1).toLongLong(), r->value(2).toString()});
        return {};
    }

    Status row(const ImportRow &row, bool write) override
    {
        Q_UNUSED(write); // written in finish()
        bool ok = true;
        DeliveryRef delivery;
        if (row.require(QStringLiteral("delivery"))) {
            const auto it = m_deliveries.constFind(row.value(QStringLiteral("delivery")));
            if (it == m_deliveries.cend()) {
                row.problem(QStringLiteral("delivery"), QCoreApplication::translate("Import", "unknown delivery code"));
                ok = false;
            } else {
                delivery = *it;
            }
        } else {
            ok = false;
        }
        DeliveryItem item;
        item.descriptionEn = row.value(QStringLiteral("description_en"));
        item.descriptionZh = row.value(QStringLiteral("description_zh"));
        if (row.require(QStringLiteral("category"))) {
            if (const auto category = m_categories.find(row.value(QStringLiteral("category"))))
                item.category = *category;
            else {
                row.problem(QStringLiteral("category"), QCoreApplication::translate("Import", "unknown category"));
                ok = false;
            }
        } else {
            ok = false;
        }
        ok = thousandths(row, QStringLiteral("quantity"), item.quantityMilli, true) && ok;
        ok = thousandths(row, QStringLiteral("gross_weight_kg"), item.grossWeightGrams, false) && ok;
        item.unit = row.value(QStringLiteral("unit"));
        ok = row.require(QStringLiteral("unit")) && ok;
        if (row.require(QStringLiteral("unit_value")) && !delivery.currency.isEmpty()) {
            auto value = Money::parse(row.value(QStringLiteral("unit_value")) + QLatin1Char(' ') + delivery.currency);
            if (!value) {
                row.problem(QStringLiteral("unit_value"), QCoreApplication::translate("Import", "not an amount: %1").arg(value.error().message));
                ok = false;
            } else {
                item.unitValue = value.value();
            }
        }
        if (!ok)
            return {};
        // The delivery's rules for one line, on a stand-in delivery that is otherwise valid.
        Delivery check;
        check.code = QStringLiteral("CHECK");
        check.projectId = 1;
        check.destinationCountry = QStringLiteral("KE");
        check.currency = delivery.currency;
        check.items = {item};
        const QHash<QString, QString> keys{{QStringLiteral("description"), row.column(QStringLiteral("description_en")).isEmpty()
                                                                                 ? QStringLiteral("description_zh")
                                                                                 : QStringLiteral("description_en")},
            {QStringLiteral("gross_weight"), QStringLiteral("gross_weight_kg")}};
        if (const QList<FieldError> errors = validateDelivery(check); !errors.isEmpty()) {
            row.problems(errors, keys);
            return {};
        }
        m_pending[delivery.id].append({row.line(), item});
        return {};
    }

    Status finish(bool write, ProblemList &problems) override
    {
        if (!write)
            return {};
        DeliveryService service(m_source.db);
        for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
            auto delivery = service.get(it.key());
            if (!delivery)
                return delivery.error();
            Delivery edited = delivery.value();
            for (const auto &[line, item] : it.value())
                edited.items.append(item);
            QByteArray before; // the items are the delivery's: its undo puts the delivery back as it was
            if (m_source.batch) {
                auto image = m_source.batch->before(QStringLiteral("deliveries"), it.key());
                if (!image)
                    return image.error();
                before = image.value();
            }
            auto stored = service.update(edited);
            if (stored && m_source.batch) {
                if (Status s = m_source.batch->updated(QStringLiteral("deliveries"), it.key(), before); !s)
                    return s;
            }
            if (!stored && stored.error().kind == Error::Kind::Validation) {
                for (const FieldError &e : stored.error().fields)
                    problems.add(it.value().first().first, QString(), edited.code, e.message);
            } else if (!stored) {
                return stored.error();
            }
        }
        return {};
    }

private:
    static bool thousandths(const ImportRow &row, const QString &key, qint64 &value, bool required)
    {
        if (!row.has(key))
            return !required || row.require(key);
        const auto parsed = parseThousandths(row.value(key));
        if (!parsed) {
            row.problem(key, QCoreApplication::translate("Import", "not a number (at most three decimals)"));
            return false;
        }
        value = *parsed;
        return true;
    }

    ImportSource m_source;
    NameIndex<ItemCategory> m_categories;
    QHash<QString, DeliveryRef> m_deliveries;
    QMap<qint64, QList<std::pair<qint64, DeliveryItem>>> m_pending; // delivery id -> (line, item), in file order
};

} // namespace

std::unique_ptr<RowImporter> deliveryItemImporter(const ImportSource &source)
{
    return std::make_unique<DeliveryItemImporter>(source);
}

} // namespace pd
