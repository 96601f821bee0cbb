#include "register_export.h"

#include "register_columns.h"
#include "services/delivery_service.h"
#include "services/finance_service.h"
#include "services/project_service.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QCoreApplication>

namespace pd {

namespace {

template <typename Row> QList<ExportColumn> describe(const QList<const ColumnDef<Row> *> &defs)
{
    QList<ExportColumn> columns;
    for (const ColumnDef<Row> *def : defs)
        columns.append({QLatin1String(def->key), QCoreApplication::translate("Export", def->header), def->kind, def->decimals});
    return columns;
}

template <typename Row> QList<const ColumnDef<Row> *> everyColumn(const QList<ColumnDef<Row>> &catalogue)
{
    QList<const ColumnDef<Row> *> all;
    for (const ColumnDef<Row> &def : catalogue)
        all << &def;
    return all;
}

template <typename Row> Result<QList<const ColumnDef<Row> *>> choose(const QList<ColumnDef<Row>> &catalogue, const QStringList &keys)
{
    QList<const ColumnDef<Row> *> chosen;
    for (const QString &key : keys) {
        const auto found
            = std::find_if(catalogue.cbegin(), catalogue.cend(), [&key](const ColumnDef<Row> &d) { return key == QLatin1String(d.key); });
        if (found == catalogue.cend()) {
            QStringList known;
            for (const ColumnDef<Row> &d : catalogue)
                known << QLatin1String(d.key);
            return Error::make(Error::Kind::InvalidArgument,
                QCoreApplication::translate("Export", "Unknown column \"%1\"; the columns are: %2")
                    .arg(key, known.join(QStringLiteral(", "))));
        }
        chosen << &*found;
    }
    return chosen;
}

// The rows a service reads, a page at a time, for the export.
template <typename Row> using PageReader = std::function<Status(int pageSize, const PageHandler<Row> &onPage)>;

template <typename Row>
Result<qint64> exportRows(Database &db, ExportRegister which, const QList<ColumnDef<Row>> &catalogue, const ExportOptions &options,
    const CellContext &context, const std::function<Result<qint64>()> &count, const PageReader<Row> &read, TableSink &sink,
    const ExportProgress &progress)
{
    auto chosen = choose(catalogue, options.columns.isEmpty() ? defaultExportColumns(which) : options.columns);
    if (!chosen)
        return chosen.error();
    const QList<const ColumnDef<Row> *> &defs = chosen.value();
    // One snapshot: the count and every page agree even while others write.
    Transaction snapshot(db, Transaction::Mode::Read);
    if (!snapshot.isActive())
        return snapshot.error();
    const auto total = count();
    if (!total)
        return total.error();
    const Error cancelled = Error::make(Error::Kind::Cancelled, QCoreApplication::translate("Export", "The export was cancelled."));
    qint64 done = 0;
    Status written = sink.begin(describe(defs));
    if (written && progress && !progress(0, total.value()))
        written = cancelled;
    if (written) {
        written = read(options.pageSize, [&](const QList<Row> &page) -> Status {
            for (const Row &row : page) {
                TableRow cells;
                cells.reserve(defs.size());
                for (const ColumnDef<Row> *def : defs)
                    cells.append(def->value(row, context));
                if (Status s = sink.addRow(cells); !s)
                    return s;
            }
            done += page.size();
            if (progress && !progress(done, std::max(total.value(), done)))
                return cancelled;
            return {};
        });
    }
    if (written)
        written = sink.finish();
    if (!written) {
        sink.cancel();
        return written.error();
    }
    return done;
}

} // namespace

QList<ExportColumn> exportableColumns(ExportRegister which)
{
    switch (which) {
    case ExportRegister::Projects:
        return describe(everyColumn(projectColumns()));
    case ExportRegister::Partners:
        return describe(everyColumn(partnerColumns()));
    case ExportRegister::Transactions:
        return describe(everyColumn(transactionColumns()));
    case ExportRegister::Deliveries:
        return describe(everyColumn(deliveryColumns()));
    }
    return {};
}

QStringList defaultExportColumns(ExportRegister which)
{
    switch (which) {
    case ExportRegister::Projects:
        return {QStringLiteral("code"), QStringLiteral("title_en"), QStringLiteral("title_zh"), QStringLiteral("line"),
            QStringLiteral("funding"), QStringLiteral("status"), QStringLiteral("countries"), QStringLiteral("planned_start"),
            QStringLiteral("planned_end"), QStringLiteral("officer")};
    case ExportRegister::Partners:
        return {QStringLiteral("name_en"), QStringLiteral("name_zh"), QStringLiteral("acronym"), QStringLiteral("type"),
            QStringLiteral("country"), QStringLiteral("iati_id"), QStringLiteral("network_since"), QStringLiteral("projects")};
    case ExportRegister::Transactions:
        return {QStringLiteral("project"), QStringLiteral("date"), QStringLiteral("value_date"), QStringLiteral("type"),
            QStringLiteral("amount"), QStringLiteral("currency"), QStringLiteral("provider"), QStringLiteral("receiver"),
            QStringLiteral("description"), QStringLiteral("reference")};
    case ExportRegister::Deliveries:
        return {QStringLiteral("code"), QStringLiteral("project"), QStringLiteral("country"), QStringLiteral("consignee"),
            QStringLiteral("status"), QStringLiteral("overdue"), QStringLiteral("planned_dispatch"), QStringLiteral("actual_dispatch"),
            QStringLiteral("planned_arrival"), QStringLiteral("actual_arrival"), QStringLiteral("handover"), QStringLiteral("items"),
            QStringLiteral("tonnes"), QStringLiteral("value"), QStringLiteral("currency"), QStringLiteral("document")};
    }
    return {};
}

QString registerTitle(ExportRegister which)
{
    switch (which) {
    case ExportRegister::Projects:
        return QCoreApplication::translate("Export", "Projects");
    case ExportRegister::Partners:
        return QCoreApplication::translate("Export", "Partners");
    case ExportRegister::Transactions:
        return QCoreApplication::translate("Export", "Transactions");
    case ExportRegister::Deliveries:
        return QCoreApplication::translate("Export", "Deliveries");
    }
    return {};
}

Result<qint64> exportProjects(
    Database &db, const ProjectQuery &query, const ExportOptions &options, TableSink &sink, const ExportProgress &progress)
{
    const ProjectService service(db);
    return exportRows<ProjectSummary>(
        db, ExportRegister::Projects, projectColumns(), options, {options.language, {}}, [&] { return service.count(query.filter); },
        [&](int pageSize, const PageHandler<ProjectSummary> &onPage) { return service.forEachPage(query, pageSize, onPage); }, sink,
        progress);
}

Result<qint64> exportPartners(
    Database &db, const PartnerQuery &query, const ExportOptions &options, TableSink &sink, const ExportProgress &progress)
{
    const PartnerService service(db);
    return exportRows<PartnerSummary>(
        db, ExportRegister::Partners, partnerColumns(), options, {options.language, {}}, [&] { return service.count(query); },
        [&](int pageSize, const PageHandler<PartnerSummary> &onPage) { return service.forEachPage(query, pageSize, onPage); }, sink,
        progress);
}

Result<qint64> exportTransactions(
    Database &db, const TransactionQuery &query, const ExportOptions &options, TableSink &sink, const ExportProgress &progress)
{
    const FinanceService service(db);
    return exportRows<TransactionRow>(
        db, ExportRegister::Transactions, transactionColumns(), options, {options.language, {}},
        [&] { return service.countTransactions(query.filter); },
        [&](int pageSize, const PageHandler<TransactionRow> &onPage) { return service.forEachTransactionPage(query, pageSize, onPage); },
        sink, progress);
}

Result<qint64> exportDeliveries(
    Database &db, const DeliveryQuery &query, const ExportOptions &options, TableSink &sink, const ExportProgress &progress)
{
    const DeliveryService service(db);
    const QDate today = query.filter.today.isValid() ? query.filter.today : QDate::currentDate();
    DeliveryQuery judged = query;
    judged.filter.today = today; // the rows' overdue column and an "overdue only" filter on the same day
    return exportRows<DeliveryRow>(
        db, ExportRegister::Deliveries, deliveryColumns(), options, {options.language, today}, [&] { return service.count(judged.filter); },
        [&](int pageSize, const PageHandler<DeliveryRow> &onPage) { return service.forEachPage(judged, pageSize, onPage); }, sink,
        progress);
}

} // namespace pd
