#pragma once

#include "common/language.h"
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
// The values a field takes when it is one of a list (business lines, statuses, transaction types):
// what to import and how to show it; empty for free fields.
struct ImportChoice
{
    QString value; // "sscaf", "4"
    QString label; // "South-South Cooperation Assistance Fund", "4 – Closed"
};
QList<ImportChoice> importFieldChoices(ImportEntity entity, const QString &key, Language language);

// How the file is read: detected unless given.
struct CsvDialect
{
    QString encoding; // "UTF-8", "UTF-16LE", "UTF-16BE", "GB18030"; empty: detect (BOM, UTF-8 validity line by line, else GB18030)
    QChar separator;  // ',', ';' or '\t'; null: detect from the first lines (outside quotes)
};

// What a field's value means beyond "the text of its column" (JSON: the object form of a field in
// "columns"): a constant, a look-up of the column's values, a date format, a sum over grouped rows.
// Look-up first, then the format. An empty rule is the plain column.
struct FieldRule
{
    std::optional<QString> constant;            // {"value": "sscaf"}: the same for every record
    QList<std::pair<QString, QString>> lookup;  // {"values": {"Completion": "4"}}: matched trimmed, ignoring case;
                                                // values not in the table are read as written
    QString format;                             // "excel-serial", "excel-serial-1904" or a Qt date format ("dd.MM.yyyy", "yyyy")
    bool sum = false;                           // {"sum": true}: grouped rows add their values
    bool isEmpty() const { return !constant && lookup.isEmpty() && format.isEmpty() && !sum; }
    friend bool operator==(const FieldRule &, const FieldRule &) = default;
};

// What happens to records with problems: none is imported (all or nothing), or the valid ones are
// and each rejected source row goes to a rejects file with the reason.
enum class OnInvalid { Stop, Skip };
std::optional<OnInvalid> onInvalidFromKey(const QString &key); // "stop", "skip"

// Which file column (by its header text) feeds which field. Saved as JSON to be used again.
struct CsvMapping
{
    ImportEntity entity = ImportEntity::Projects;
    QMap<QString, QString> columns; // field key -> header text as it stands in the file (none for a constant)
    QMap<QString, FieldRule> rules; // field key -> what its values mean, when more than the column's text
    QStringList groupBy;            // source headers: rows with equal values in them form one record
    OnInvalid onInvalid = OnInvalid::Stop;
    QString sheet;                  // a workbook's sheet, by name or 1-based index; empty: the first
    int headerRow = 0;              // the 1-based line (sheet row) of the header; 0: the first non-empty one
    CsvDialect dialect;             // what was chosen, when it was not left to detection
    // The fields that take a value: mapped to a column or given a constant.
    bool maps(const QString &field) const
    {
        return !columns.value(field).isEmpty() || (rules.contains(field) && rules.value(field).constant.has_value());
    }
};
// Fields matched to the header by their aliases (and by the field key itself).
CsvMapping autoMapping(ImportEntity entity, const QStringList &header);
QByteArray mappingToJson(const CsvMapping &mapping);
Result<CsvMapping> mappingFromJson(const QByteArray &json); // errors name what is wrong

// The head of a file as read: for the wizard's preview. A workbook (.xlsx) is read as a table too:
// its sheet, from the header row the mapping names.
struct CsvPreview
{
    QString encoding; // as detected or given (empty for a workbook)
    QChar separator;
    QStringList sheets; // a workbook's sheets; empty for a CSV file
    QStringList header;
    QList<QStringList> rows; // the first rows after the header, fields as read
    QList<qint64> lines;     // the file line (sheet row) each of those rows starts on
};
Result<CsvPreview> previewCsv(const QString &path, const CsvDialect &dialect = {}, int rows = 20);
Result<CsvPreview> previewTable(const QString &path, const CsvMapping &mapping, int rows = 20);
// A file ending in .xlsx is read as an Excel workbook; any other as CSV.
bool isWorkbook(const QString &path);

// One thing wrong with the file: where (line in the file, header of the column) and why.
struct ImportProblem
{
    qint64 line = 0;  // 0: the file as a whole (e.g. a required column is not mapped)
    QString column;   // the header text (quotedValue() too), empty for the file or the row as a whole
    QString value;    // what the cell held, as messages quote it: quotedValue(), at most 80 characters
    QString reason;   // "unknown country \"XX\"", "not a date (YYYY-MM-DD)", "duplicate code GS-2020-001" ...
};

// Problems of one kind (the same column and reason, whatever the values): how many, and the first.
struct ProblemGroup
{
    QString column;
    QString reason;              // the first problem's reason, as an example
    qint64 count = 0;
    QList<qint64> firstLines;    // at most 5
};

struct ImportReport
{
    qint64 rows = 0;      // data rows read
    qint64 records = 0;   // records they formed (rows, or groups of rows with "group_by")
    qint64 imported = 0;  // records added: 0 for a dry run, a cancel or any problem (unless skipping)
    qint64 updated = 0;   // records that changed one already there (a project by its code...)
    qint64 unchanged = 0; // records already there with the same values: skipped
    qint64 rejected = 0;  // records left out for their problems (skipping)
    QString rejectsFile;  // where the rejected rows went (skipping, when there were any)
    qint64 batchId = 0;   // the import's id for ImportBatches::undo (0: nothing was written)
    QList<ImportProblem> problems; // every problem, in file order (at most maxProblems kept, problemCount counts all)
    qint64 problemCount = 0;
    QList<ProblemGroup> problemGroups; // by kind, in the order first met
    // What the source says that an editor would not let a user enter (a closed project without an
    // actual end): kept as written, listed here.
    QList<ImportProblem> warnings;
    qint64 warningCount = 0;
    QList<ProblemGroup> warningGroups;
    bool ok() const { return problemCount == 0; }
};

struct CsvImportOptions
{
    bool dryRun = false;      // validate only; nothing is written
    int maxProblems = 1000;   // problems kept in the report (all are counted)
    QString rejectsPath;      // skipping: where rejected rows go; empty: NAME.rejected.csv beside the input
};
// NAME.rejected.csv beside NAME.csv or NAME.xlsx.
QString defaultRejectsPath(const QString &input);

// How far the work is (bytes of the file read of its size); returns false to cancel.
using ImportProgress = std::function<bool(qint64 done, qint64 total)>;

// Reads the whole file, validating every row, in one database transaction: all rows are written
// or none (a problem in any row, a cancel or an error rolls everything back: the database is
// exactly as it was). Problems are data in the report; the Error is for what stops the reading
// itself (the file cannot be read, the database fails, Cancelled).
Result<ImportReport> importCsv(Database &db, const QString &path, const CsvMapping &mapping, const CsvImportOptions &options = {},
    const ImportProgress &progress = {});

} // namespace pd
