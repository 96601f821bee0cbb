// The CSV import's dispatcher: reads the file as a stream, hands each row to the entity's
// importer, all inside one database transaction that is committed only when every row was good.
#include "csv_import.h"

#include "csv_reader.h"
#include "import_fields.h"

#include "services/import_batches.h"
#include "storage/write_activity.h"
#include "storage/database.h"
#include "storage/live_files.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace pd {

namespace {

constexpr int kProgressEvery = 1024; // rows between progress calls (and chances to cancel)

Result<std::unique_ptr<QFile>> openFile(const QString &path)
{
    // The portfolio itself is no CSV file, and opening it by other means would drop SQLite's locks.
    if (Status notLive = LiveFiles::refuseIfLive(path); !notLive)
        return notLive.error();
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::Io, QCoreApplication::translate("Import", "%1 cannot be read: %2").arg(path, file->errorString()), path);
    return file;
}

Error readError(const QString &path, const QString &message)
{
    return Error::make(Error::Kind::Io, QStringLiteral("%1: %2").arg(path, message), path);
}

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

// The column of each mapped field; problems for the file as a whole when a mapped header is not
// in the file or a required field has no column.
QHash<QString, int> resolveColumns(const CsvMapping &mapping, const QStringList &header, ProblemList &problems)
{
    QHash<QString, int> columns;
    QStringList normalised;
    for (const QString &h : header)
        normalised.append(normalisedHeader(h));
    for (auto it = mapping.columns.cbegin(); it != mapping.columns.cend(); ++it) {
        if (it.value().isEmpty())
            continue;
        qsizetype at = header.indexOf(it.value());
        if (at < 0)
            at = normalised.indexOf(normalisedHeader(it.value()));
        if (at < 0)
            problems.add(0, it.value(), QString(),
                QCoreApplication::translate("Import", "the column mapped to %1 is not in the file").arg(it.key()));
        else
            columns.insert(it.key(), int(at));
    }
    // The currency may come in the amount's cell ("1234.56 USD") when no column is mapped to it.
    const bool amountCarriesCurrency = (mapping.entity == ImportEntity::Transactions || mapping.entity == ImportEntity::BudgetLines)
        && columns.contains(QStringLiteral("amount"));
    for (const ImportField &field : importFields(mapping.entity)) {
        if (amountCarriesCurrency && field.key == QLatin1String("currency"))
            continue;
        if (field.required && !columns.contains(field.key))
            problems.add(0, QString(), QString(),
                QCoreApplication::translate("Import", "no column is mapped to the required field %1 (%2)").arg(field.key, field.label));
    }
    for (const QStringList &group : requiredAlternatives(mapping.entity)) {
        if (std::none_of(group.cbegin(), group.cend(), [&](const QString &key) { return columns.contains(key); }))
            problems.add(0, QString(), QString(),
                QCoreApplication::translate("Import", "no column is mapped to any of %1; one is required").arg(group.join(QStringLiteral(", "))));
    }
    return columns;
}

} // namespace

Result<CsvPreview> previewCsv(const QString &path, const CsvDialect &dialect, int rows)
{
    auto file = openFile(path);
    if (!file)
        return file.error();
    CsvReader reader(*file.value(), dialect.encoding, dialect.separator);
    if (Status s = reader.open(); !s)
        return s.error();
    CsvPreview preview;
    preview.encoding = reader.encoding();
    preview.separator = reader.separator();
    QStringList fields;
    if (reader.next(fields))
        preview.header = fields;
    while (preview.rows.size() < rows && reader.next(fields)) {
        preview.rows.append(fields);
        preview.lines.append(reader.line());
    }
    if (!reader.error().isEmpty())
        return readError(path, reader.error());
    return preview;
}

Result<ImportReport> importCsv(
    Database &db, const QString &path, const CsvMapping &mapping, const CsvImportOptions &options, const ImportProgress &progress)
{
    auto file = openFile(path);
    if (!file)
        return file.error();
    const qint64 total = file.value()->size();
    CsvReader reader(*file.value(), mapping.dialect.encoding, mapping.dialect.separator);
    if (Status s = reader.open(); !s)
        return s.error();

    ImportReport report;
    ProblemList problems(report, std::max(0, options.maxProblems));
    QStringList header;
    if (!reader.next(header)) {
        if (!reader.error().isEmpty())
            return readError(path, reader.error());
        problems.add(0, QString(), QString(), QCoreApplication::translate("Import", "the file is empty"));
        return report;
    }
    const QHash<QString, int> columns = resolveColumns(mapping, header, problems);
    if (problems.count() > 0)
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
        if (Status s = batch.begin(QStringLiteral("csv"), QFileInfo(path).fileName(), keyOf(mapping.entity)); !s)
            return s.error();
    }
    std::unique_ptr<RowImporter> importer
        = importerFor(mapping.entity, {db, QFileInfo(path).fileName(), options.dryRun ? nullptr : &batch, &report});
    if (Status s = importer->prepare(); !s)
        return s.error();

    QStringList fields;
    while (reader.next(fields)) {
        ++report.rows;
        const ImportRow row(fields, reader.line(), columns, header, problems);
        if (Status s = importer->row(row, !options.dryRun && problems.count() == 0); !s)
            return s.error();
        if (progress && report.rows % kProgressEvery == 0 && !progress(reader.bytesRead(), total))
            return cancelled();
    }
    if (!reader.error().isEmpty())
        return readError(path, reader.error());
    const bool write = !options.dryRun && problems.count() == 0;
    if (Status s = importer->finish(write, problems); !s)
        return s.error();
    if (progress && !progress(total, total))
        return cancelled();
    // Problems found at the end (a delivery's packing list as a whole) join the others in file order.
    std::stable_sort(report.problems.begin(), report.problems.end(),
        [](const ImportProblem &a, const ImportProblem &b) { return a.line < b.line; });
    if (options.dryRun || problems.count() > 0)
        return report; // the transaction rolls back
    if (Status s = batch.finish(); !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    report.imported = report.rows - report.updated - report.unchanged;
    report.batchId = batch.id();
    return report;
}

} // namespace pd
