#include "finance.h"

#include "common/quoted_value.h"
#include "reference/reference_data.h"

#include <QCoreApplication>

namespace pd {

namespace {

constexpr EnumInfo<BudgetCategory> kCategories[] = {
    {BudgetCategory::Personnel, "personnel", "Personnel", "人员"},
    {BudgetCategory::Equipment, "equipment", "Equipment and goods", "设备和物资"},
    {BudgetCategory::Training, "training", "Training", "培训"},
    {BudgetCategory::Travel, "travel", "Travel", "差旅"},
    {BudgetCategory::Contracts, "contracts", "Contracts", "合同服务"},
    {BudgetCategory::MonitoringEvaluation, "monitoring", "Monitoring and evaluation", "监测与评估"},
    {BudgetCategory::Overhead, "overhead", "Overhead", "管理费"},
    {BudgetCategory::Other, "other", "Other", "其他"},
};

void add(QList<FieldError> &errors, const char *field, const QString &message)
{
    errors.append({QString::fromLatin1(field), message});
}

void checkAmount(QList<FieldError> &errors, const Money &amount)
{
    if (!amount.isValid() || !isKnownCurrency(amount.currency()))
        add(errors, "amount", QCoreApplication::translate("Validation", "an amount with a known currency is required"));
}

} // namespace

QList<BudgetCategory> allBudgetCategories()
{
    QList<BudgetCategory> list;
    for (const auto &c : kCategories)
        list.append(c.value);
    return list;
}

QString keyOf(BudgetCategory category)
{
    for (const auto &c : kCategories) {
        if (c.value == category)
            return QLatin1String(c.key);
    }
    return QStringLiteral("other");
}

std::optional<BudgetCategory> budgetCategoryFromKey(const QString &key)
{
    for (const auto &c : kCategories) {
        if (key == QLatin1String(c.key))
            return c.value;
    }
    return std::nullopt;
}

QString nameOf(BudgetCategory category, Language language)
{
    for (const auto &c : kCategories) {
        if (c.value == category)
            return QString::fromUtf8(language == Language::Chinese ? c.nameZh : c.nameEn);
    }
    return {};
}

QList<FieldError> validateBudgetLine(const BudgetLine &b)
{
    QList<FieldError> errors;
    if (!b.periodStart.isValid() || !b.periodEnd.isValid())
        add(errors, "period", QCoreApplication::translate("Validation", "a budget period needs a start and an end date"));
    else if (b.periodEnd < b.periodStart)
        add(errors, "period", QCoreApplication::translate("Validation", "the period ends %1, before it starts %2")
                                  .arg(b.periodEnd.toString(Qt::ISODate), b.periodStart.toString(Qt::ISODate)));
    checkAmount(errors, b.amount);
    if (b.type != iati::kBudgetOriginal && b.type != iati::kBudgetRevised)
        add(errors, "type", QCoreApplication::translate("Validation", "budget type %1 is neither original (1) nor revised (2)").arg(b.type));
    if (b.status != iati::kBudgetIndicative && b.status != iati::kBudgetCommitted)
        add(errors, "status", QCoreApplication::translate("Validation", "budget status %1 is neither indicative (1) nor committed (2)").arg(b.status));
    return errors;
}

QList<FieldError> validateTransaction(const FinancialTransaction &t)
{
    QList<FieldError> errors;
    if (!ReferenceData::instance().code(QStringLiteral("TransactionType"), QString::number(t.type)))
        add(errors, "type", QCoreApplication::translate("Validation", "%1 is not an IATI transaction type (1-13)").arg(t.type));
    if (!t.date.isValid())
        add(errors, "date", QCoreApplication::translate("Validation", "a transaction date is required"));
    checkAmount(errors, t.amount);
    return errors;
}

QList<FieldError> validateExchangeRate(const ExchangeRate &r, const QString &reportingCurrency)
{
    QList<FieldError> errors;
    if (!isKnownCurrency(r.currency))
        add(errors, "currency", QCoreApplication::translate("Validation", "unknown currency code \"%1\"").arg(quotedValue(r.currency)));
    else if (r.currency == reportingCurrency)
        add(errors, "currency", QCoreApplication::translate("Validation", "%1 is the reporting currency itself").arg(r.currency));
    if (!r.date.isValid())
        add(errors, "date", QCoreApplication::translate("Validation", "a rate needs the date it applies from"));
    if (!r.rate.isValid())
        add(errors, "rate", QCoreApplication::translate("Validation", "a rate must be more than 0"));
    return errors;
}

} // namespace pd
