#include "record_reader.h"

#include "field_rules.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace pd {

namespace {

bool isListField(ImportEntity entity, const QString &key)
{
    return entity == ImportEntity::Projects
        && (key == QLatin1String("countries") || key == QLatin1String("sectors") || key == QLatin1String("sdgs"));
}

// The values a list cell holds: "KE;UG", "Kenya | Uganda" ('，' '；' '、' too). Commas are left
// alone: "Korea, Republic of" is one name, and the importer splits "KE,UG" itself.
QStringList listValues(const QString &cell)
{
    static const QRegularExpression between(QStringLiteral("[;|；、\\n]"));
    QStringList values;
    for (const QString &v : cell.split(between, Qt::SkipEmptyParts)) {
        if (!v.trimmed().isEmpty())
            values.append(v.trimmed());
    }
    return values;
}

} // namespace

RecordReader::RecordReader(const CsvMapping &mapping, const QStringList &header, ProblemList &problems, bool keepRows)
    : m_mapping(mapping)
    , m_header(header)
    , m_problems(problems)
    , m_keepRows(keepRows)
{
    for (const QString &h : header)
        m_normalised.append(normalisedHeader(h));
}

int RecordReader::sourceColumn(const QString &header) const
{
    qsizetype at = m_header.indexOf(header);
    if (at < 0)
        at = m_normalised.indexOf(normalisedHeader(header));
    return int(at);
}

bool RecordReader::resolve()
{
    const qint64 before = m_problems.count();
    QStringList keys = m_mapping.columns.keys();
    for (auto it = m_mapping.rules.cbegin(); it != m_mapping.rules.cend(); ++it) {
        if (it.value().constant && !keys.contains(it.key()))
            keys.append(it.key());
    }
    for (const QString &key : std::as_const(keys)) {
        Field field{key, -1, m_mapping.rules.value(key), isListField(m_mapping.entity, key)};
        const QString header = m_mapping.columns.value(key);
        if (field.rule.constant) {
            // A constant stands for the column: the header messages name is the rule itself.
            m_fieldHeaders.append(QStringLiteral("%1 = %2").arg(key, *field.rule.constant));
        } else if (header.isEmpty()) {
            continue;
        } else {
            field.source = sourceColumn(header);
            if (field.source < 0) {
                m_problems.add(0, header, QString(), QCoreApplication::translate("Import", "the column mapped to %1 is not in the file").arg(key));
                continue;
            }
            m_fieldHeaders.append(m_header.at(field.source));
        }
        if (const QString why = formatProblem(field.rule.format); !field.rule.format.isEmpty() && !why.isEmpty())
            m_problems.add(0, header, QString(), why);
        m_columns.insert(key, int(m_fields.size()));
        m_fields.append(field);
    }
    for (const QString &header : m_mapping.groupBy) {
        const int at = sourceColumn(header);
        if (at < 0)
            m_problems.add(0, header, QString(), QCoreApplication::translate("Import", "the column to group rows by is not in the file"));
        else
            m_groupColumns.append(at);
    }
    // The currency may come in the amount's cell ("1234.56 USD") when no column is mapped to it.
    const bool amountCarriesCurrency = (m_mapping.entity == ImportEntity::Transactions || m_mapping.entity == ImportEntity::BudgetLines)
        && m_columns.contains(QStringLiteral("amount"));
    for (const ImportField &field : importFields(m_mapping.entity)) {
        if (amountCarriesCurrency && field.key == QLatin1String("currency"))
            continue;
        if (field.required && !m_columns.contains(field.key))
            m_problems.add(0, QString(), QString(),
                QCoreApplication::translate("Import", "no column is mapped to the required field %1 (%2)").arg(field.key, field.label));
    }
    for (const QStringList &group : requiredAlternatives(m_mapping.entity)) {
        if (std::none_of(group.cbegin(), group.cend(), [&](const QString &key) { return m_columns.contains(key); }))
            m_problems.add(0, QString(), QString(),
                QCoreApplication::translate("Import", "no column is mapped to any of %1; one is required").arg(group.join(QStringLiteral(", "))));
    }
    return m_problems.count() == before;
}

bool RecordReader::cell(const Field &field, const QStringList &row, qint64 line, QString &value)
{
    if (field.rule.constant) {
        value = *field.rule.constant;
        return true;
    }
    value = field.source < row.size() ? row.at(field.source).trimmed() : QString();
    if (!field.rule.lookup.isEmpty())
        value = lookedUp(field.rule, value);
    QString why;
    if (!field.rule.format.isEmpty() && !readInFormat(field.rule.format, value, why)) {
        m_problems.add(line, m_header.at(field.source), value, why);
        return false;
    }
    return true;
}

ImportRecord RecordReader::read(const QStringList &row, qint64 line)
{
    ImportRecord record;
    record.line = line;
    record.cells.reserve(m_fields.size());
    for (const Field &field : std::as_const(m_fields)) {
        QString value;
        record.readable = cell(field, row, line, value) && record.readable;
        record.cells.append(value);
    }
    if (m_keepRows) {
        record.rows.append(row);
        record.lines.append(line);
    }
    return record;
}

void RecordReader::gather(const QStringList &row, qint64 line)
{
    QStringList keyParts;
    for (int at : std::as_const(m_groupColumns))
        keyParts.append(at < row.size() ? row.at(at).trimmed().toCaseFolded() : QString());
    const QString key = keyParts.join(QChar(0x1F));
    const auto found = m_groupIndex.constFind(key);
    if (found == m_groupIndex.cend()) {
        m_groupIndex.insert(key, m_groups.size());
        m_groups.append(read(row, line));
        if (!m_keepRows) { // the first row is still needed to merge list values in order
            m_groups.last().rows.clear();
            m_groups.last().lines.clear();
        }
        return;
    }
    ImportRecord &record = m_groups[*found];
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        const Field &field = m_fields.at(i);
        QString value;
        if (!cell(field, row, line, value)) {
            record.readable = false;
            continue;
        }
        QString &merged = record.cells[i];
        if (field.rule.sum) {
            if (!addDecimal(merged, value)) {
                m_problems.add(line, m_header.at(field.source), value,
                    QCoreApplication::translate("Import", "cannot be added to the group's %1: not a number").arg(field.key));
                record.readable = false;
            }
        } else if (field.list) {
            QStringList values = listValues(merged);
            QStringList folded;
            for (const QString &v : std::as_const(values))
                folded.append(v.toCaseFolded());
            for (const QString &v : listValues(value)) {
                if (!folded.contains(v.toCaseFolded())) {
                    values.append(v);
                    folded.append(v.toCaseFolded());
                }
            }
            merged = values.join(QLatin1Char(';'));
        } else if (merged.isEmpty()) {
            merged = value;
        }
    }
    if (m_keepRows) {
        record.rows.append(row);
        record.lines.append(line);
    }
}

QList<ImportRecord> RecordReader::takeGroups()
{
    m_groupIndex.clear();
    return std::exchange(m_groups, {});
}

} // namespace pd
