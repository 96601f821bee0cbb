#include "csv_table_sink.h"

#include "storage/live_files.h"
#include "storage/storage_errors.h"

#include <QCoreApplication>
#include <QDir>

namespace pd {

CsvTableSink::CsvTableSink(QString path, QChar separator)
    : m_path(std::move(path))
    , m_writer(separator)
    , m_file(m_path)
{ }

CsvTableSink::~CsvTableSink()
{
    cancel();
}

Error CsvTableSink::writeError() const
{
    return pd::writeError(m_path, m_file.errorString());
}

Status CsvTableSink::begin(const QList<ExportColumn> &columns)
{
    if (Status notLive = LiveFiles::refuseIfLive(m_path); !notLive)
        return notLive;
    if (!m_file.open(QIODevice::WriteOnly))
        return writeError();
    if (m_file.write("\xEF\xBB\xBF", 3) != 3)
        return writeError();
    m_columns = columns.size();
    QStringList headers;
    for (const ExportColumn &c : columns)
        headers << c.header;
    return write(headers);
}

Status CsvTableSink::addRow(const TableRow &row)
{
    QStringList fields;
    fields.reserve(m_columns);
    for (const CellValue &cell : row)
        fields << cellText(cell);
    return write(fields);
}

Status CsvTableSink::write(const QStringList &fields)
{
    const QByteArray line = m_writer.line(fields).toUtf8();
    if (m_file.write(line) != line.size())
        return writeError();
    return {};
}

Status CsvTableSink::finish()
{
    if (!m_file.isOpen())
        return writeError();
    if (!m_file.commit())
        return writeError();
    return {};
}

void CsvTableSink::cancel()
{
    if (!m_file.isOpen())
        return;
    m_file.cancelWriting();
    (void)m_file.commit(); // after cancelWriting(): removes the temporary file, leaves the path alone
}

} // namespace pd
