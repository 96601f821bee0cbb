#pragma once

// Inside the CSV import: what the row importers of each entity share. Not for the UI.
#include "csv_import.h"

#include <QHash>

#include <memory>

namespace pd {

// Groups of fields of which a row needs one (a title in English or Chinese).
QList<QStringList> requiredAlternatives(ImportEntity entity);
// The headers a register export writes for the field (English, the installed language, Chinese).
QStringList registerHeaders(ImportEntity entity, const QString &field);
// A country by its code or its English or Chinese name (as the registers export it); empty for none.
QString countryCodeOf(const QString &text);
// A list of country names or codes as codes joined by ';' ("Kenya, Uganda" -> "KE;UG"); the text as
// it is when it is not such a list (shares with percentages, an unknown name).
QString countryListToCodes(const QString &text);
// How headers and aliases are compared: case folded, without spaces, '_', '-' and '*'.
QString normalisedHeader(const QString &text);

// The problems found, in file order; at most maxProblems kept, all counted and grouped by kind.
// Warnings likewise: what the source says that entry would refuse, kept as written.
class ProblemList final
{
public:
    ProblemList(ImportReport &report, int maxProblems)
        : m_report(report)
        , m_max(maxProblems)
    { }
    void add(qint64 line, const QString &column, const QString &value, const QString &reason);
    void warn(qint64 line, const QString &column, const QString &value, const QString &reason);
    qint64 count() const { return m_report.problemCount; }
    // The reasons of the problems of one record (for a rejects file): from beginRecord() on.
    void beginRecord() { m_recordReasons.clear(); }
    const QStringList &recordReasons() const { return m_recordReasons; }

private:
    void group(QList<ProblemGroup> &groups, QHash<QString, qsizetype> &index, qint64 line, const QString &column, const QString &reason);

    ImportReport &m_report;
    int m_max = 0;
    QHash<QString, qsizetype> m_problemGroups; // kind -> position in report.problemGroups
    QHash<QString, qsizetype> m_warningGroups;
    QStringList m_recordReasons;
};
// The kind of a problem: its column and reason with quoted values and numbers left out.
QString problemKind(const QString &column, const QString &reason);

// One data row with the mapped fields by key.
class ImportRow final
{
public:
    ImportRow(const QStringList &fields, qint64 line, const QHash<QString, int> &columns, const QStringList &header, ProblemList &problems)
        : m_fields(fields)
        , m_line(line)
        , m_columns(columns)
        , m_header(header)
        , m_problems(problems)
    { }

    qint64 line() const { return m_line; }
    // The cell of the field, trimmed; empty when the field is not mapped or the row is short.
    QString value(const QString &key) const;
    bool has(const QString &key) const { return !value(key).isEmpty(); }
    QString column(const QString &key) const; // the header of the field's column
    // A problem of the field's cell.
    void problem(const QString &key, const QString &reason) const;
    // A warning on the field's cell: the value is kept as the source says.
    void warn(const QString &key, const QString &reason) const;
    // A problem of the field's cell when the field is required and empty; true when it has a value.
    bool require(const QString &key) const;
    // Field errors of the domain's validation, each to the column it names (through `fieldToKey`
    // for domain field names that are not import keys, "title" -> "title_en").
    void problems(const QList<FieldError> &errors, const QHash<QString, QString> &fieldToKey = {}) const;

private:
    const QStringList &m_fields;
    qint64 m_line = 0;
    const QHash<QString, int> &m_columns;
    const QStringList &m_header;
    ProblemList &m_problems;
};

// Imports the rows of one entity. row() validates a row and writes it when `write` is true (no
// problem so far and not a dry run); finish() writes what is written at the end (delivery items
// grouped by delivery). Problems go to the row; an Error stops the import.
class RowImporter
{
public:
    virtual ~RowImporter() = default;
    virtual Status prepare() { return {}; }
    virtual Status row(const ImportRow &row, bool write) = 0;
    virtual Status finish(bool write, ProblemList &problems)
    {
        Q_UNUSED(write);
        Q_UNUSED(problems);
        return {};
    }
};

class ImportBatch;

struct ImportSource
{
    Database &db;
    QString fileName; // for the audit log
    ImportBatch *batch = nullptr;   // what the import adds and changes is marked on it (null: a dry run)
    ImportReport *report = nullptr; // counts rows that updated a record or found it unchanged
};

std::unique_ptr<RowImporter> projectImporter(const ImportSource &source);
std::unique_ptr<RowImporter> partnerImporter(const ImportSource &source);
std::unique_ptr<RowImporter> transactionImporter(const ImportSource &source);
std::unique_ptr<RowImporter> budgetLineImporter(const ImportSource &source);
std::unique_ptr<RowImporter> deliveryImporter(const ImportSource &source);
std::unique_ptr<RowImporter> deliveryItemImporter(const ImportSource &source);
std::unique_ptr<RowImporter> rateImporter(const ImportSource &source);

} // namespace pd
