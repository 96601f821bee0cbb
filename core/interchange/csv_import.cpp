// The CSV import's dispatcher: reads the file as a stream, hands each row to the entity's
// importer, all inside one database transaction that is committed only when every row was good.
#include "csv_import.h"

#include "import_fields.h"
#include "record_reader.h"
#include "rejects_file.h"
#include "table_source.h"

#include "services/import_batches.h"
#include "storage/write_activity.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace pd {

namespace {

constexpr int kProgressEvery = 1024; // rows between progress calls (and chances to cancel)

Error cancelled()
{
    return Error::make(Error::Kind::Cancelled, QCoreApplication::translate("Import", "the import was cancelled; nothing was changed"));
}

std::unique_ptr<RowImporter> importerFor(ImportEntity entity, const ImportSource &source)
{
    switch (entity) {
    case ImportEntity::Projects: return projectImporter(source);
    case ImportEntity::Partners: return partnerImporter(source);
    case ImportEntity::Transactions: return transactionImporter(source);
    case ImportEntity::BudgetLines: return budgetLineImporter(source);
    case ImportEntity::Deliveries: return deliveryImporter(source);
    case ImportEntity::DeliveryItems: return deliveryItemImporter(source);
    case ImportEntity::ExchangeRates: return rateImporter(source);
    }
    return {};
}

} // namespace

Result<CsvPreview> previewTable(const QString &path, const CsvMapping &mapping, int rows)
{
    auto source = TableSource::open(path, mapping);
    if (!source)
        return source.error();
    TableSource &table = *source.value();
    CsvPreview preview;
    preview.encoding = table.encoding();
    preview.separator = table.separator();
    preview.sheets = table.sheets();
    preview.header = table.header();
    QStringList fields;
    while (preview.rows.size() < rows && table.next(fields)) {
        preview.rows.append(fields);
        preview.lines.append(table.line());
    }
    if (!table.error().isEmpty())
        return Error::make(Error::Kind::Io, table.error(), path);
    return preview;
}

Result<CsvPreview> previewCsv(const QString &path, const CsvDialect &dialect, int rows)
{
    CsvMapping mapping;
    mapping.dialect = dialect;
    return previewTable(path, mapping, rows);
}

QString defaultRejectsPath(const QString &input)
{
    const QFileInfo info(input);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".rejected.csv"));
}

Result<ImportReport> importCsv(
    Database &db, const QString &path, const CsvMapping &mapping, const CsvImportOptions &options, const ImportProgress &progress)
{
    auto opened = TableSource::open(path, mapping);
    if (!opened)
        return opened.error();
    TableSource &source = *opened.value();
    const qint64 total = source.total();

    ImportReport report;
    ProblemList problems(report, std::max(0, options.maxProblems));
    if (source.header().isEmpty()) {
        problems.add(0, QString(), QString(), QCoreApplication::translate("Import", "the file is empty"));
        return report;
    }
    const bool skip = mapping.onInvalid == OnInvalid::Skip;
    RecordReader records(mapping, source.header(), problems, skip && !options.dryRun);
    if (!records.resolve())
        return report; // the rows cannot be read without their columns

    // A dry run reads one snapshot without the write lock; nothing it does is ever committed.
    Transaction transaction(db, options.dryRun ? Transaction::Mode::Read : Transaction::Mode::Write);
    if (!transaction.isActive())
        return transaction.error();
    // Holding the write lock, it says so: an edit in another program waiting for it names the import.
    std::optional<WriteActivity> activity;
    if (!options.dryRun)
        activity.emplace(db, QCoreApplication::translate("Import", "an import of %1").arg(QFileInfo(path).fileName()));
    // The import is one step that can be undone: its batch is kept only if it commits.
    ImportBatch batch(db);
    if (!options.dryRun) {
        if (Status s = batch.begin(isWorkbook(path) ? QStringLiteral("xlsx") : QStringLiteral("csv"), QFileInfo(path).fileName(), keyOf(mapping.entity)); !s)
            return s.error();
    }
    std::unique_ptr<RowImporter> importer
        = importerFor(mapping.entity, {db, QFileInfo(path).fileName(), options.dryRun ? nullptr : &batch, &report});
    if (Status s = importer->prepare(); !s)
        return s.error();

    std::optional<RejectsFile> rejects;
    if (skip && !options.dryRun)
        rejects.emplace(options.rejectsPath.isEmpty() ? defaultRejectsPath(path) : options.rejectsPath, source.header());
    // One record to its importer; when skipping, a record with problems goes to the rejects file.
    auto take = [&](const ImportRecord &record) -> Status {
        ++report.records;
        const qint64 before = problems.count();
        problems.beginRecord();
        if (record.readable) {
            const ImportRow row(record.cells, record.line, records.columns(), records.header(), problems);
            const bool write = !options.dryRun && (skip || problems.count() == 0);
            if (Status s = importer->row(row, write); !s)
                return s;
        }
        if (problems.count() == before)
            return {};
        ++report.rejected;
        if (rejects) {
            for (const QStringList &r : record.rows) {
                if (Status s = rejects->add(r, problems.recordReasons()); !s)
                    return s;
            }
        }
        return {};
    };

    QStringList fields;
    while (source.next(fields)) {
        if (std::all_of(fields.cbegin(), fields.cend(), [](const QString &f) { return f.trimmed().isEmpty(); }))
            continue; // a row of empty cells (",,,") is no record
        ++report.rows;
        if (records.grouping()) {
            records.gather(fields, source.line());
        } else if (Status s = take(records.read(fields, source.line())); !s) {
            return s.error();
        }
        if (progress && report.rows % kProgressEvery == 0 && !progress(source.done(), total))
            return cancelled();
    }
    if (!source.error().isEmpty())
        return Error::make(Error::Kind::Io, source.error(), path);
    for (const ImportRecord &record : records.takeGroups()) {
        if (Status s = take(record); !s)
            return s.error();
    }
    const bool write = !options.dryRun && (skip || problems.count() == 0);
    if (Status s = importer->finish(write, problems); !s)
        return s.error();
    if (progress && !progress(total, total))
        return cancelled();
    // Problems found at the end (a delivery's packing list as a whole) join the others in file order.
    std::stable_sort(report.problems.begin(), report.problems.end(),
        [](const ImportProblem &a, const ImportProblem &b) { return a.line < b.line; });
    if (!write)
        return report; // the transaction rolls back
    if (rejects) {
        if (Status s = rejects->commit(); !s)
            return s.error();
        if (rejects->rows() > 0)
            report.rejectsFile = rejects->path();
    }
    if (Status s = batch.finish(); !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    report.imported = report.records - report.rejected - report.updated - report.unchanged;
    report.batchId = batch.id();
    return report;
}

} // namespace pd
