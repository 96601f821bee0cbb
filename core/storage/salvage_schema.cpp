#include "salvage_schema.h"

namespace pd {

const QList<SalvageTable> &salvageTables()
{
    static const QList<SalvageTable> tables = [] {
        const QString projects = QStringLiteral("projects");
        const QString partners = QStringLiteral("partners");
        const QString deliveries = QStringLiteral("deliveries");
        const SalvageReference project{QStringLiteral("project_id"), projects};
        const SalvageReference delivery{QStringLiteral("delivery_id"), deliveries};
        return QList<SalvageTable>{
            {QStringLiteral("portfolio_settings"), 1, {}},
            {partners, 1, {}},
            {QStringLiteral("partner_contacts"), 1, {{QStringLiteral("partner_id"), partners}}},
            {QStringLiteral("emergencies"), 6, {}},
            {projects, 1, {}},
            {QStringLiteral("project_countries"), 1, {project}},
            {QStringLiteral("project_sectors"), 1, {project}},
            {QStringLiteral("project_sdgs"), 1, {project}},
            {QStringLiteral("project_partners"), 1, {project, {QStringLiteral("partner_id"), partners}}},
            {QStringLiteral("audit_log"), 1, {}},
            {QStringLiteral("budget_lines"), 2, {project}},
            {QStringLiteral("transactions"), 2,
                {project, {QStringLiteral("provider_id"), partners, true}, {QStringLiteral("receiver_id"), partners, true}}},
            {QStringLiteral("exchange_rates"), 2, {}},
            {deliveries, 3, {project, {QStringLiteral("consignee_id"), partners, true}}},
            {QStringLiteral("delivery_items"), 3, {delivery}},
            {QStringLiteral("delivery_events"), 3, {delivery}},
            {QStringLiteral("import_batches"), 7, {}},
            {QStringLiteral("import_updates"), 7, {{QStringLiteral("batch_id"), QStringLiteral("import_batches")}}},
        };
    }();
    return tables;
}

} // namespace pd
