// CSV files and workbook sheets as one stream of rows for the import.
#include "table_source.h"

#include "csv_reader.h"
#include "storage/live_files.h"
#include "xlsx_reader.h"

#include <QCoreApplication>
#include <QFile>

namespace pd {

namespace {

class CsvSource final : public TableSource
{
public:
    explicit CsvSource(std::unique_ptr<QFile> file, const CsvDialect &dialect)
        : m_file(std::move(file))
        , m_reader(*m_file, dialect.encoding, dialect.separator)
    { }
    Status open() { return m_reader.open(); }
    bool next(QStringList &cells) override { return m_reader.next(cells); }
    qint64 line() const override { return m_reader.line(); }
    qint64 done() const override { return m_reader.bytesRead(); }
    qint64 total() const override { return m_file->size(); }
    QString error() const override { return m_reader.error().isEmpty() ? QString() : QStringLiteral("%1: %2").arg(m_file->fileName(), m_reader.error()); }
    QString encoding() const override { return m_reader.encoding(); }
    QChar separator() const override { return m_reader.separator(); }

private:
    std::unique_ptr<QFile> m_file;
    CsvReader m_reader;
};

class SheetSource final : public TableSource
{
public:
    explicit SheetSource(const QString &path)
        : m_path(path)
        , m_reader(path)
    { }
    Status open(const QString &sheet)
    {
        if (Status s = m_reader.open(); !s)
            return s;
        return m_reader.selectSheet(sheet);
    }
    bool next(QStringList &cells) override { return m_reader.next(cells); }
    qint64 line() const override { return m_reader.line(); }
    qint64 done() const override { return m_reader.bytesRead(); }
    qint64 total() const override { return m_reader.totalBytes(); }
    QString error() const override { return m_reader.error().isEmpty() ? QString() : QStringLiteral("%1: %2").arg(m_path, m_reader.error()); }
    QStringList sheets() const override { return m_reader.sheetNames(); }

private:
    QString m_path;
    XlsxReader m_reader;
};

} // namespace

bool isWorkbook(const QString &path)
{
    return path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive);
}

Result<std::unique_ptr<TableSource>> TableSource::open(const QString &path, const CsvMapping &mapping)
{
    // The portfolio itself is no table, and opening it by other means would drop SQLite's locks.
    if (Status notLive = LiveFiles::refuseIfLive(path); !notLive)
        return notLive.error();
    std::unique_ptr<TableSource> source;
    if (isWorkbook(path)) {
        auto sheet = std::make_unique<SheetSource>(path);
        if (Status s = sheet->open(mapping.sheet); !s)
            return s.error();
        source = std::move(sheet);
    } else {
        auto file = std::make_unique<QFile>(path);
        if (!file->open(QIODevice::ReadOnly))
            return Error::make(Error::Kind::Io, QCoreApplication::translate("Import", "%1 cannot be read: %2").arg(path, file->errorString()), path);
        auto csv = std::make_unique<CsvSource>(std::move(file), mapping.dialect);
        if (Status s = csv->open(); !s)
            return s.error();
        source = std::move(csv);
    }
    QStringList cells;
    while (source->next(cells)) {
        if (source->line() >= mapping.headerRow) {
            source->m_header = cells;
            source->m_headerLine = source->line();
            break;
        }
    }
    if (!source->error().isEmpty())
        return Error::make(Error::Kind::Io, source->error(), path);
    return source;
}

} // namespace pd
