#pragma once

#include "common/result.h"

#include <QSaveFile>
#include <QStringList>

#include <memory>

namespace pd {

// The rows an import left out for their problems, as a CSV file: the source's columns as read plus
// a reason column, so that they can be corrected and imported again. Written beside the input and
// put in place only when the import is committed (a cancelled or failed import leaves no file).
class RejectsFile final
{
public:
    RejectsFile(QString path, QStringList header);
    Status add(const QStringList &row, const QStringList &reasons);
    Status commit(); // nothing to do when no row was added
    qint64 rows() const { return m_rows; }
    const QString &path() const { return m_path; }

private:
    QString m_path;
    QStringList m_header;
    std::unique_ptr<QSaveFile> m_file;
    qint64 m_rows = 0;
};

} // namespace pd
