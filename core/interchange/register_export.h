#pragma once

#include "common/language.h"
#include "services/delivery_query.h"
#include "services/partner_service.h"
#include "services/transaction_query.h"
#include "table_sink.h"

#include <functional>

namespace pd {

class Database;

enum class ExportRegister { Projects, Partners, Transactions, Deliveries };

// How many rows are written of how many; returns false to cancel the export.
using ExportProgress = std::function<bool(qint64 done, qint64 total)>;

struct ExportOptions
{
    QStringList columns; // keys in the order wanted; empty: defaultExportColumns()
    Language language = Language::English; // of titles, names, statuses and countries in the cells
    int pageSize = 2000; // rows read and written per step (and between two progress reports)
};

// Every column a register exports: the columns its page shows (under the same keys as its table
// model's columnKeys()) and a few more, headers in the installed translator's language.
QList<ExportColumn> exportableColumns(ExportRegister which);
// The columns the command line writes unless told otherwise.
QStringList defaultExportColumns(ExportRegister which);
// "Projects", "Partners"...: the sheet's name.
QString registerTitle(ExportRegister which);

// Each writes the rows its query matches, in the query's order (limit and offset aside), to the sink
// and finishes it; returns how many rows were written. All is read in one read transaction, a page
// at a time, so memory stays bounded however many match. On an error or a cancel the sink is
// cancelled (nothing is left at its path) and the Error (kind Cancelled for a cancel) is returned.
// Deliveries are judged overdue on query.filter.today (today when not set).
Result<qint64> exportProjects(
    Database &db, const ProjectQuery &query, const ExportOptions &options, TableSink &sink, const ExportProgress &progress = {});
Result<qint64> exportPartners(
    Database &db, const PartnerQuery &query, const ExportOptions &options, TableSink &sink, const ExportProgress &progress = {});
Result<qint64> exportTransactions(
    Database &db, const TransactionQuery &query, const ExportOptions &options, TableSink &sink, const ExportProgress &progress = {});
Result<qint64> exportDeliveries(
    Database &db, const DeliveryQuery &query, const ExportOptions &options, TableSink &sink, const ExportProgress &progress = {});

} // namespace pd
