#include "import_fields.h"

#include "common/quoted_value.h"

#include <QCoreApplication>

namespace pd {

void ProblemList::add(qint64 line, const QString &column, const QString &value, const QString &reason)
{
    ++m_report.problemCount;
    if (m_report.problems.size() < m_max)
        m_report.problems.append({line, quotedValue(column), quotedValue(value), reason});
}

QString ImportRow::value(const QString &key) const
{
    const int at = m_columns.value(key, -1);
    return at >= 0 && at < m_fields.size() ? m_fields.at(at).trimmed() : QString();
}

QString ImportRow::column(const QString &key) const
{
    const int at = m_columns.value(key, -1);
    return at >= 0 ? m_header.at(at) : QString();
}

void ImportRow::problem(const QString &key, const QString &reason) const
{
    m_problems.add(m_line, column(key), value(key), reason);
}

bool ImportRow::require(const QString &key) const
{
    if (has(key))
        return true;
    problem(key, QCoreApplication::translate("Import", "a value is required"));
    return false;
}

void ImportRow::problems(const QList<FieldError> &errors, const QHash<QString, QString> &fieldToKey) const
{
    for (const FieldError &e : errors) {
        QString key = e.field.section(QLatin1Char('['), 0, 0).section(QLatin1Char('.'), 0, 0);
        key = fieldToKey.value(key, key);
        if (m_columns.contains(key))
            problem(key, e.message);
        else
            m_problems.add(m_line, QString(), QString(), e.message);
    }
}

} // namespace pd
