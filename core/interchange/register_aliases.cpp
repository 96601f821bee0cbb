// The headers the register exports write, as aliases of the import's fields: an exported register
// imports with no mapping, whichever language its headers are in. The headers are taken from the
// register's own columns (register_columns.cpp), in English, in the installed translator's language
// and in Chinese from the application's catalogue where it is built in (the app and the CLI).
#include "import_fields.h"
#include "register_columns.h"

#include <QCoreApplication>
#include <QTranslator>

namespace pd {

namespace {

// Register column key -> import field key, per entity; columns of derived values (counts, totals,
// overdue) have no field.
struct Link
{
    const char *column;
    const char *field;
};

constexpr Link kProjectLinks[] = {{"code", "code"}, {"title_en", "title_en"}, {"title_zh", "title_zh"}, {"line", "line"},
    {"funding", "funding"}, {"status", "status"}, {"status_code", "status"}, {"countries", "countries"}, {"country_codes", "countries"},
    {"planned_start", "planned_start"}, {"planned_end", "planned_end"}, {"officer", "officer"}};
constexpr Link kPartnerLinks[] = {{"name_en", "name_en"}, {"name_zh", "name_zh"}, {"acronym", "acronym"}, {"type", "org_type"},
    {"type_code", "org_type"}, {"country", "country"}, {"country_code", "country"}, {"iati_id", "iati_id"},
    {"network_since", "network_member_since"}};
constexpr Link kTransactionLinks[] = {{"project", "project"}, {"date", "date"}, {"value_date", "value_date"}, {"type", "type"},
    {"type_code", "type"}, {"amount", "amount"}, {"currency", "currency"}, {"provider", "provider"}, {"receiver", "receiver"},
    {"description", "description"}, {"reference", "reference"}};
constexpr Link kDeliveryLinks[] = {{"code", "code"}, {"project", "project"}, {"country", "destination"}, {"country_code", "destination"},
    {"consignee", "consignee"}, {"status", "status"}, {"planned_dispatch", "planned_dispatch"}, {"planned_arrival", "planned_arrival"},
    {"currency", "currency"}, {"carrier", "carrier"}, {"document", "transport_document"}};

const QTranslator *chineseCatalogue()
{
    static QTranslator translator;
    static const bool loaded = translator.load(QStringLiteral(":/i18n/projectdesk_zh_CN.qm"));
    return loaded ? &translator : nullptr;
}

template <typename Row, size_t N>
QStringList headersOf(const QList<ColumnDef<Row>> &columns, const Link (&links)[N], const QString &field)
{
    QStringList headers;
    for (const Link &link : links) {
        if (field != QLatin1String(link.field))
            continue;
        for (const ColumnDef<Row> &c : columns) {
            if (qstrcmp(c.key, link.column) != 0)
                continue;
            headers << QLatin1String(c.header) << QCoreApplication::translate("Export", c.header);
            if (const QTranslator *zh = chineseCatalogue()) {
                if (const QString text = zh->translate("Export", c.header); !text.isEmpty())
                    headers << text;
            }
        }
    }
    headers.removeDuplicates();
    return headers;
}

} // namespace

QStringList registerHeaders(ImportEntity entity, const QString &field)
{
    switch (entity) {
    case ImportEntity::Projects: return headersOf(projectColumns(), kProjectLinks, field);
    case ImportEntity::Partners: return headersOf(partnerColumns(), kPartnerLinks, field);
    case ImportEntity::Transactions: return headersOf(transactionColumns(), kTransactionLinks, field);
    case ImportEntity::Deliveries: return headersOf(deliveryColumns(), kDeliveryLinks, field);
    default: return {};
    }
}

} // namespace pd
