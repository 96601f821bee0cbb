#pragma once

#include "common/language.h"
#include "services/delivery_query.h"
#include "services/partner_service.h"
#include "services/transaction_query.h"
#include "table_sink.h"

namespace pd {

// What a cell may depend on besides its row.
struct CellContext
{
    Language language = Language::English;
    QDate today; // deliveries: the day overdue is judged on
};

// One exportable column of a register: its key, its header (translated when used) and how the
// typed value is taken from a row.
template <typename Row> struct ColumnDef
{
    const char *key;
    const char *header; // QT_TRANSLATE_NOOP("Export", ...)
    ColumnKind kind;
    int decimals;
    CellValue (*value)(const Row &row, const CellContext &context);
};

const QList<ColumnDef<ProjectSummary>> &projectColumns();
const QList<ColumnDef<PartnerSummary>> &partnerColumns();
const QList<ColumnDef<TransactionRow>> &transactionColumns();
const QList<ColumnDef<DeliveryRow>> &deliveryColumns();

} // namespace pd
