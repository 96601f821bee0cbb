#pragma once

#include "common/result.h"
#include "csv_import.h"

#include <QStringList>

#include <memory>

namespace pd {

// The rows of a file an import reads, whatever the file is: a CSV file or a sheet of an Excel
// workbook. Streamed: one row at a time, with where it is in the file for messages and progress.
class TableSource
{
public:
    virtual ~TableSource() = default;
    // The next row with any content; false at the end or when the file cannot be read (error()).
    virtual bool next(QStringList &cells) = 0;
    virtual qint64 line() const = 0;       // the file line (sheet row) of the row last returned
    virtual qint64 done() const = 0;       // how far the reading is, of total()
    virtual qint64 total() const = 0;
    virtual QString error() const = 0;     // empty, or why the file could not be read, naming the place
    virtual QString encoding() const { return {}; }
    virtual QChar separator() const { return {}; }
    virtual QStringList sheets() const { return {}; }

    // Opens the file the mapping describes (the dialect of a CSV file; the sheet of a workbook) and
    // reads up to its header: the first row with content at or after mapping.headerRow.
    static Result<std::unique_ptr<TableSource>> open(const QString &path, const CsvMapping &mapping);
    // The header read by open().
    const QStringList &header() const { return m_header; }
    qint64 headerLine() const { return m_headerLine; }

protected:
    QStringList m_header;
    qint64 m_headerLine = 0;
};

} // namespace pd
