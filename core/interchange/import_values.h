#pragma once

// Cells of an imported row read into the domain's values, and the look-ups of what rows name.
#include "common/result.h"
#include "import_fields.h"
#include "money/money.h"

#include <QCoreApplication>

#include <QDate>
#include <QHash>

#include <optional>

namespace pd {

class Database;
class ImportRow;

// YYYY-MM-DD, or YYYY/M/D as Chinese Excel writes it. Invalid QDate when it is neither.
QDate parseImportDate(const QString &text);
// The date of a field (null when empty); a problem on the row when it is not a date.
bool readDate(const ImportRow &row, const QString &key, QDate &date);
// The amount of `amountKey` in the currency of `currencyKey`: "1,234.56" or "1234.56" (grouping
// commas, '.' decimal mark). When the currency field is not mapped (or empty), the amount's cell
// may carry the code: "1234.56 USD". Problems on the row; nullopt when there is one.
std::optional<Money> readMoney(const ImportRow &row, const QString &amountKey, const QString &currencyKey);
// Enumerated values found by their key, IATI code or English or Chinese name, in any case.
template <typename E> class NameIndex final
{
public:
    void add(E value, const QStringList &names)
    {
        for (const QString &name : names) {
            const QString folded = name.trimmed().toCaseFolded();
            if (!folded.isEmpty() && !m_index.contains(folded))
                m_index.insert(folded, value);
        }
    }
    std::optional<E> find(const QString &text) const
    {
        const auto it = m_index.constFind(text.trimmed().toCaseFolded());
        return it == m_index.cend() ? std::nullopt : std::optional<E>(*it);
    }

private:
    QHash<QString, E> m_index;
};
// The value a field names by key, code or name (left as it is when the cell is empty); a problem on
// the row when it names none, or when it is required and empty. False when there was a problem.
template <typename E> bool readNamed(const ImportRow &row, const QString &key, const NameIndex<E> &index, E &value, bool required = false)
{
    if (!row.has(key))
        return !required || row.require(key);
    const auto found = index.find(row.value(key));
    if (!found) {
        row.problem(key, QCoreApplication::translate("Import", "unknown %1").arg(key));
        return false;
    }
    value = *found;
    return true;
}

// Codes of an IATI codelist by code and English or Chinese name.
NameIndex<int> codelistValues(const QString &list);

// Projects by code, with their id and business line key.
struct ProjectRef
{
    qint64 id = 0;
    QString line;
};
Result<QHash<QString, ProjectRef>> projectsByCode(Database &db);
// The row's project (its "project" field, a code): false, with the problem noted, when it is
// missing or unknown.
bool readProject(const ImportRow &row, const QHash<QString, ProjectRef> &projects, ProjectRef &project);
// Partners by case-folded English name, Chinese name, acronym and IATI identifier.
Result<QHash<QString, qint64>> partnersByName(Database &db);

} // namespace pd
