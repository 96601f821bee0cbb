#include "import_fields.h"

#include "common/quoted_value.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace pd {

QString problemKind(const QString &column, const QString &reason)
{
    static const QRegularExpression quoted(QStringLiteral("\"[^\"]*\"|“[^”]*”|「[^」]*」|\\d+"));
    QString kind = reason;
    kind.replace(quoted, QStringLiteral("…"));
    return column + QChar(0x1F) + kind;
}

void ProblemList::group(QList<ProblemGroup> &groups, QHash<QString, qsizetype> &index, qint64 line, const QString &column, const QString &reason)
{
    const QString kind = problemKind(column, reason);
    auto it = index.find(kind);
    if (it == index.end()) {
        it = index.insert(kind, groups.size());
        groups.append({column, reason, 0, {}});
    }
    ProblemGroup &g = groups[*it];
    ++g.count;
    if (g.firstLines.size() < 5 && !g.firstLines.contains(line))
        g.firstLines.append(line);
}

void ProblemList::add(qint64 line, const QString &column, const QString &value, const QString &reason)
{
    ++m_report.problemCount;
    const QString shownColumn = quotedValue(column);
    if (m_report.problems.size() < m_max)
        m_report.problems.append({line, shownColumn, quotedValue(value), reason});
    group(m_report.problemGroups, m_problemGroups, line, shownColumn, reason);
    if (m_recordReasons.size() < 100)
        m_recordReasons.append(column.isEmpty() ? reason : QStringLiteral("%1: %2").arg(column, reason));
}

void ProblemList::warn(qint64 line, const QString &column, const QString &value, const QString &reason)
{
    ++m_report.warningCount;
    const QString shownColumn = quotedValue(column);
    if (m_report.warnings.size() < m_max)
        m_report.warnings.append({line, shownColumn, quotedValue(value), reason});
    group(m_report.warningGroups, m_warningGroups, line, shownColumn, reason);
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

void ImportRow::warn(const QString &key, const QString &reason) const
{
    m_problems.warn(m_line, column(key), value(key), reason);
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
