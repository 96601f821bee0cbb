#include "import_values.h"

#include "import_fields.h"
#include "reference/reference_data.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace pd {

QDate parseImportDate(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})$"));
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
}

namespace {

bool isPlainDecimal(QStringView text)
{
    qsizetype i = text.startsWith(QLatin1Char('-')) ? 1 : 0;
    const qsizetype digitsFrom = i;
    while (i < text.size() && text.at(i).isDigit() && text.at(i).unicode() < 128)
        ++i;
    if (i == digitsFrom)
        return false;
    if (i < text.size() && text.at(i) == QLatin1Char('.')) {
        const qsizetype decimalsFrom = ++i;
        while (i < text.size() && text.at(i).isDigit() && text.at(i).unicode() < 128)
            ++i;
        if (i == decimalsFrom)
            return false;
    }
    return i == text.size();
}

} // namespace

bool readDate(const ImportRow &row, const QString &key, QDate &date)
{
    const QString text = row.value(key);
    date = {};
    if (text.isEmpty())
        return true;
    date = parseImportDate(text);
    if (!date.isValid()) {
        row.problem(key, QCoreApplication::translate("Import", "not a date (YYYY-MM-DD)"));
        return false;
    }
    return true;
}

std::optional<Money> readMoney(const ImportRow &row, const QString &amountKey, const QString &currencyKey)
{
    const QString amount = row.value(amountKey);
    if (!row.require(amountKey))
        return std::nullopt;
    QString text = amount;
    if (row.has(currencyKey)) {
        const CurrencyInfo *currency = ReferenceData::instance().currencyByCodeOrName(row.value(currencyKey));
        if (!currency) {
            row.problem(currencyKey, QCoreApplication::translate("Import", "unknown currency"));
            return std::nullopt;
        }
        // The common case of a plain "-1234.56" skips the general parser's patterns (a million rows).
        if (isPlainDecimal(amount)) {
            auto money = Money::fromDecimal(amount, currency->code);
            if (money)
                return money.value();
            row.problem(amountKey, QCoreApplication::translate("Import", "not an amount: %1").arg(money.error().message));
            return std::nullopt;
        }
        text += QLatin1Char(' ') + currency->code;
    } else if (!row.column(currencyKey).isEmpty()) {
        row.require(currencyKey); // mapped but empty
        return std::nullopt;
    }
    auto money = Money::parse(text);
    if (!money) {
        row.problem(amountKey, QCoreApplication::translate("Import", "not an amount: %1").arg(money.error().message));
        return std::nullopt;
    }
    return money.value();
}

NameIndex<int> codelistValues(const QString &list)
{
    NameIndex<int> values;
    for (const CodeItem &item : ReferenceData::instance().codelist(list))
        values.add(item.code.toInt(), {item.code, item.nameEn, item.nameZh});
    return values;
}

Result<QHash<QString, ProjectRef>> projectsByCode(Database &db)
{
    auto r = db.execute(QStringLiteral("SELECT code, id, business_line FROM projects"));
    if (!r)
        return r.error();
    QHash<QString, ProjectRef> projects;
    while (r->next())
        projects.insert(r->value(0).toString(), {r->value(1).toLongLong(), r->value(2).toString()});
    return projects;
}

Result<QHash<QString, qint64>> partnersByName(Database &db)
{
    auto r = db.execute(QStringLiteral("SELECT id, name_en, name_zh, acronym, iati_id FROM partners ORDER BY id DESC"));
    if (!r)
        return r.error();
    QHash<QString, qint64> partners;
    while (r->next()) {
        for (int column = 1; column <= 4; ++column) {
            const QString name = r->value(column).toString().trimmed().toCaseFolded();
            if (!name.isEmpty())
                partners.insert(name, r->value(0).toLongLong()); // by id descending: the oldest partner wins a shared name
        }
    }
    return partners;
}

bool readProject(const ImportRow &row, const QHash<QString, ProjectRef> &projects, ProjectRef &project)
{
    if (!row.require(QStringLiteral("project")))
        return false;
    const auto it = projects.constFind(row.value(QStringLiteral("project")));
    if (it == projects.cend()) {
        row.problem(QStringLiteral("project"), QCoreApplication::translate("Import", "unknown project code"));
        return false;
    }
    project = *it;
    return true;
}

} // namespace pd
