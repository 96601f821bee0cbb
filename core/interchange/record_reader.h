#pragma once

// Source rows into the records an entity's importer reads: each mapped field's cell through its
// rule (constant, look-up, date format), and rows gathered into one record by "group_by".
#include "csv_import.h"
#include "import_fields.h"

#include <QHash>
#include <QStringList>

namespace pd {

struct ImportRecord
{
    QStringList cells;       // one per field the mapping maps, at RecordReader::columns()
    qint64 line = 0;         // the source line of its first row
    QList<QStringList> rows; // its source rows, when kept (for a rejects file)
    QList<qint64> lines;
    bool readable = true;    // false: a cell could not be read through its rule (the problem is noted)
};

class RecordReader final
{
public:
    RecordReader(const CsvMapping &mapping, const QStringList &header, ProblemList &problems, bool keepRows);

    // Problems for the file as a whole: a mapped or grouping header that is not in the file, a
    // required field that is not mapped, a date format the import does not read. False when any.
    bool resolve();
    const QHash<QString, int> &columns() const { return m_columns; } // field key -> cell
    const QStringList &header() const { return m_fieldHeaders; }      // cell -> the header messages name

    bool grouping() const { return !m_groupColumns.isEmpty(); }
    // One row as one record (no grouping).
    ImportRecord read(const QStringList &row, qint64 line);
    // Grouping: the row joins the record of its group's values; takeGroups() gives them in the
    // order their first rows came.
    void gather(const QStringList &row, qint64 line);
    QList<ImportRecord> takeGroups();

private:
    struct Field
    {
        QString key;
        int source = -1; // the file column; -1 for a constant
        FieldRule rule;
        bool list = false; // countries, sectors, SDGs: grouped rows collect their distinct values
    };
    int sourceColumn(const QString &header) const;
    // The cell of the field in the row, through its rule; a problem (and false) when unreadable.
    bool cell(const Field &field, const QStringList &row, qint64 line, QString &value);

    const CsvMapping &m_mapping;
    const QStringList &m_header;
    QStringList m_normalised;
    ProblemList &m_problems;
    bool m_keepRows = false;
    QList<Field> m_fields;
    QHash<QString, int> m_columns;
    QStringList m_fieldHeaders;
    QList<int> m_groupColumns;
    QHash<QString, qsizetype> m_groupIndex;
    QList<ImportRecord> m_groups;
};

} // namespace pd
