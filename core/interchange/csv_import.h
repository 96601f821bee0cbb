#pragma once

#include "common/result.h"

#include <QMap>
#include <QStringList>

#include <functional>
#include <optional>

namespace pd {

class Database;

// What a CSV file can bring in; each is imported on its own, into an existing portfolio.
enum class ImportEntity { Projects, Partners, Transactions, BudgetLines, Deliveries, DeliveryItems, ExchangeRates };
QList<ImportEntity> allImportEntities();
// "projects", "partners", "transactions", "budget-lines", "deliveries", "delivery-items", "rates"
QString keyOf(ImportEntity entity);
std::optional<ImportEntity> importEntityFromKey(const QString &key);
QString nameOf(ImportEntity entity); // "Transactions", in the installed translator's language

// One field the entity takes: its key, the header names it is found under (English and Chinese,
// compared without case and spaces), whether a row must have it.
struct ImportField
{
    QString key;      // "project", "amount", "value_date"
    QString label;    // for the wizard, in the installed translator's language
    QStringList aliases; // "Project code", "项目编号", ...
    bool required = false;
};
QList<ImportField> importFields(ImportEntity entity);

// How the file is read: detected unless given.
struct CsvDialect
{
    QString encoding; // "UTF-8", "UTF-16LE", "UTF-16BE", "GB18030"; empty: detect (BOM, UTF-8 validity line by line, else GB18030)
    QChar separator;  // ',', ';' or '\t'; null: detect from the first lines (outside quotes)
};

// Which file column (by its header text) feeds which field. Saved as JSON to be used again.
struct CsvMapping
{
    ImportEntity entity = ImportEntity::Projects;
    QMap<QString, QString> columns; // field key -> header text as it stands in the file
    CsvDialect dialect;             // what was chosen, when it was not left to detection
};
// Fields matched to the header by their aliases (and by the field key itself).
CsvMapping autoMapping(ImportEntity entity, const QStringList &header);
QByteArray mappingToJson(const CsvMapping &mapping);
Result<CsvMapping> mappingFromJson(const QByteArray &json); // errors name what is wrong

// The head of a file as read: for the wizard's preview.
struct CsvPreview
{
    QString encoding; // as detected or given
    QChar separator;
    QStringList header;
    QList<QStringList> rows; // the first rows after the header, fields as read
    QList<qint64> lines;     // the file line each of those rows starts on (1 = the header's)
};
Result<CsvPreview> previewCsv(const QString &path, const CsvDialect &dialect = {}, int rows = 20);

// One thing wrong with the file: where (line in the file, header of the column) and why.
struct ImportProblem
{
    qint64 line = 0;  // 0: the file as a whole (e.g. a required column is not mapped)
    QString column;   // the header text (quotedValue() too), empty for the file or the row as a whole
    QString value;    // what the cell held, as messages quote it: quotedValue(), at most 80 characters
    QString reason;   // "unknown country \"XX\"", "not a date (YYYY-MM-DD)", "duplicate code GS-2020-001" ...
};

struct ImportReport
{
    qint64 rows = 0;      // data rows read
    qint64 imported = 0;  // rows added: 0 for a dry run, a cancel or any problem
    qint64 updated = 0;   // rows that changed a record already there (a project by its code...)
    qint64 unchanged = 0; // rows whose record is already there with the same values: skipped
    qint64 batchId = 0;   // the import's id for ImportBatches::undo (0: nothing was written)
    QList<ImportProblem> problems; // every problem, in file order (at most maxProblems kept, problemCount counts all)
    qint64 problemCount = 0;
    bool ok() const { return problemCount == 0; }
};

struct CsvImportOptions
{
    bool dryRun = false;      // validate only; nothing is written
    int maxProblems = 1000;   // problems kept in the report (all are counted)
};

// How far the work is (bytes of the file read of its size); returns false to cancel.
using ImportProgress = std::function<bool(qint64 done, qint64 total)>;

// Reads the whole file, validating every row, in one database transaction: all rows are written
// or none (a problem in any row, a cancel or an error rolls everything back: the database is
// exactly as it was). Problems are data in the report; the Error is for what stops the reading
// itself (the file cannot be read, the database fails, Cancelled).
Result<ImportReport> importCsv(Database &db, const QString &path, const CsvMapping &mapping, const CsvImportOptions &options = {},
    const ImportProgress &progress = {});

} // namespace pd
