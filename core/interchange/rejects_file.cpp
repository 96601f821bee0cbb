#include "rejects_file.h"

#include "csv_writer.h"
#include "storage/live_files.h"

#include <QCoreApplication>

namespace pd {

RejectsFile::RejectsFile(QString path, QStringList header)
    : m_path(std::move(path))
    , m_header(std::move(header))
{ }

Status RejectsFile::add(const QStringList &row, const QStringList &reasons)
{
    const CsvWriter writer;
    if (!m_file) {
        if (Status notLive = LiveFiles::refuseIfLive(m_path); !notLive)
            return notLive;
        m_file = std::make_unique<QSaveFile>(m_path);
        if (!m_file->open(QIODevice::WriteOnly))
            return Error::make(Error::Kind::Io, QCoreApplication::translate("Import", "the rejected rows cannot be written to %1: %2").arg(m_path, m_file->errorString()), m_path);
        // A BOM, so that spreadsheet programs read the UTF-8 as such.
        m_file->write("\xEF\xBB\xBF");
        m_file->write(writer.line(m_header + QStringList{QCoreApplication::translate("Import", "Reason")}).toUtf8());
    }
    QStringList cells = row;
    while (cells.size() < m_header.size())
        cells.append(QString());
    cells = cells.mid(0, m_header.size());
    cells.append(reasons.join(QStringLiteral("; ")));
    if (m_file->write(writer.line(cells).toUtf8()) < 0)
        return Error::make(Error::Kind::Io, QCoreApplication::translate("Import", "the rejected rows cannot be written to %1: %2").arg(m_path, m_file->errorString()), m_path);
    ++m_rows;
    return {};
}

Status RejectsFile::commit()
{
    if (!m_file)
        return {};
    if (!m_file->commit())
        return Error::make(Error::Kind::Io, QCoreApplication::translate("Import", "the rejected rows cannot be written to %1: %2").arg(m_path, m_file->errorString()), m_path);
    m_file.reset();
    return {};
}

} // namespace pd
