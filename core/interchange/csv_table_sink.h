#pragma once

#include "csv_writer.h"
#include "table_sink.h"

#include <QSaveFile>

namespace pd {

// CSV for spreadsheets: UTF-8 with a byte order mark (so that Excel reads Chinese right), RFC 4180
// quoting and CRLF line ends (CsvWriter), values that would run as formulas neutralised, numbers
// plain ("-12.50") and dates ISO 8601. Rows go straight to a QSaveFile, which puts the file in
// place only when finish() commits it.
class CsvTableSink final : public TableSink
{
public:
    CsvTableSink(QString path, QChar separator = u',');
    ~CsvTableSink() override;

    Status begin(const QList<ExportColumn> &columns) override;
    Status addRow(const TableRow &row) override;
    Status finish() override;
    void cancel() override;

private:
    Status write(const QStringList &fields);
    Error writeError() const;

    QString m_path;
    CsvWriter m_writer;
    QSaveFile m_file;
    qsizetype m_columns = 0;
};

} // namespace pd
