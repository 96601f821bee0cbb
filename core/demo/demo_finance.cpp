#include "demo_finance.h"

#include "domain/finance.h"
#include "money/rate.h"
#include "storage/database.h"
#include "storage/sql_values.h"

#include <QDateTime>

#include <cmath>

namespace pd {

namespace {

// Typical size of a project's budget, in major units of its currency.
std::pair<qint64, qint64> budgetRange(BusinessLine line)
{
    switch (line) {
    case BusinessLine::GoodsSupply:
        return {2000000, 30000000}; // CNY
    case BusinessLine::Sscaf:
        return {500000, 5000000}; // USD
    case BusinessLine::UnProgramme:
        return {300000, 3000000}; // USD
    case BusinessLine::HumanResources:
        return {300000, 2000000}; // CNY
    case BusinessLine::Conferences:
        return {500000, 5000000}; // CNY
    case BusinessLine::SscNetwork:
        return {30000, 150000}; // USD
    }
    return {100000, 1000000};
}

// USD per unit, around their 2013-2026 levels, with a slow deterministic drift.
struct RateCurve
{
    const char *currency;
    double level;
    double swing;
};
// Every currency the demo writes amounts in (currencyFor), so that all of it converts.
constexpr RateCurve kCurves[] = {{"CNY", 0.150, 0.010}, {"EUR", 1.120, 0.060}, {"JPY", 0.0082, 0.0010}, {"GBP", 1.320, 0.080}, {"XDR", 1.380, 0.030}};

} // namespace

DemoFinance::DemoFinance(Database &db, QRandomGenerator &rng, QDate today)
    : m_db(db)
    , m_rng(rng)
    , m_today(today)
    , m_timestamp(utcNow())
{ }

Status DemoFinance::prepare()
{
    auto budget = m_db.prepare(QStringLiteral("INSERT INTO budget_lines (project_id, period_start, period_end, category, amount, currency, "
                                              "budget_type, budget_status, created_at, updated_at, business_line, superseded) "
                                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!budget)
        return budget.error();
    auto transaction
        = m_db.prepare(QStringLiteral("INSERT INTO transactions (project_id, type, date, value_date, amount, currency, "
                                      "reference, created_at, updated_at, business_line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!transaction)
        return transaction.error();
    m_budget = std::move(budget).value();
    m_transaction = std::move(transaction).value();
    return {};
}

Status DemoFinance::writeRates()
{
    auto insert = m_db.prepare(
        QStringLiteral("INSERT INTO exchange_rates (quote_currency, currency, date, rate, source) VALUES ('USD', ?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    for (const RateCurve &curve : kCurves) {
        for (QDate month(2012, 1, 1); month <= QDate(2026, 12, 1); month = month.addMonths(1)) {
            const double t = month.year() + (month.month() - 1) / 12.0;
            const double value = curve.level + curve.swing * std::sin(t * 1.3) + curve.swing * 0.3 * std::cos(t * 4.1);
            const QString text = QString::number(value, 'f', 6);
            if (Status s = m_db.run(insert.value(),
                    {QLatin1String(curve.currency), month.toString(Qt::ISODate), text, QStringLiteral("ProjectDesk demo (illustrative)")});
                !s)
                return s;
        }
    }
    return {};
}

QString DemoFinance::currencyFor(const Project &p)
{
    const int roll = m_rng.bounded(100);
    switch (p.line) {
    case BusinessLine::GoodsSupply:
    case BusinessLine::HumanResources:
    case BusinessLine::Conferences:
        return QStringLiteral("CNY");
    case BusinessLine::UnProgramme:
        return roll < 15 ? QStringLiteral("EUR") : QStringLiteral("USD");
    case BusinessLine::Sscaf:
        return roll < 4 ? QStringLiteral("JPY") : roll < 6 ? QStringLiteral("XDR") : QStringLiteral("USD");
    case BusinessLine::SscNetwork:
        return roll < 10 ? QStringLiteral("GBP") : QStringLiteral("USD");
    }
    return QStringLiteral("USD");
}

Status DemoFinance::budget(qint64 id, const Project &p, const QString &currency, qint64 total)
{
    const QDate start = p.plannedStart;
    const QDate end = p.plannedEnd.isValid() ? p.plannedEnd : start.addYears(1).addDays(-1);
    const int years = std::max(1, end.year() - start.year() + 1);
    const QList<BudgetCategory> categories = allBudgetCategories();
    const bool revise = m_rng.bounded(100) < 20;
    qint64 left = total;
    for (int y = 0; y < years; ++y) {
        const QDate from = y == 0 ? start : QDate(start.year() + y, 1, 1);
        const QDate to = y == years - 1 ? end : QDate(start.year() + y, 12, 31);
        const qint64 yearAmount = y == years - 1 ? left : total / years;
        left -= yearAmount;
        const BudgetCategory main = categories.at(m_rng.bounded(int(categories.size())));
        const qint64 overhead = yearAmount / 20;
        const QList<std::pair<BudgetCategory, qint64>> lines{{main, yearAmount - overhead}, {BudgetCategory::Overhead, overhead}};
        for (const auto &[category, amount] : lines) {
            for (int type : {iati::kBudgetOriginal, iati::kBudgetRevised}) {
                if (type == iati::kBudgetRevised && !(revise && y == 0))
                    continue;
                const qint64 value = type == iati::kBudgetRevised ? amount + amount / 10 : amount;
                if (Status s = m_db.run(m_budget,
                        {id, from.toString(Qt::ISODate), to.toString(Qt::ISODate), keyOf(category), value, currency, type,
                            iati::kBudgetCommitted, m_timestamp, m_timestamp, m_line,
                            int(type == iati::kBudgetOriginal && revise && y == 0)});
                    !s)
                    return s;
            }
        }
    }
    return {};
}

Status DemoFinance::transaction(qint64 id, int type, const QDate &date, qint64 amount, const QString &currency, const QString &reference)
{
    return m_db.run(m_transaction,
        {id, type, date.toString(Qt::ISODate), date.toString(Qt::ISODate), amount, currency, reference, m_timestamp, m_timestamp, m_line});
}

Result<int> DemoFinance::addProject(qint64 id, const Project &p)
{
    m_line = keyOf(p.line);
    const QString currency = currencyFor(p);
    const int exponent = minorUnitsOf(currency);
    const auto [low, high] = budgetRange(p.line);
    // Budgets in round thousands of the currency's major unit, in minor units.
    qint64 scale = 1;
    for (int i = 0; i < exponent; ++i)
        scale *= 10;
    const qint64 divisor = currency == QLatin1String("JPY") ? 1 : 1000; // yen budgets are large numbers already
    const qint64 total
        = (low + m_rng.bounded(qint64(high - low))) / divisor * divisor * scale * (currency == QLatin1String("JPY") ? 110 : 1);
    if (Status s = budget(id, p, currency, total); !s)
        return s.error();
    if (p.status == ActivityStatus::Pipeline || p.status == ActivityStatus::Cancelled || !p.actualStart.isValid())
        return 0;

    int written = 0;
    const QDate start = p.actualStart;
    const QDate end = std::min(m_today, p.actualEnd.isValid() ? p.actualEnd : p.plannedEnd.isValid() ? p.plannedEnd : start.addYears(1));
    const qint64 days = std::max<qint64>(1, start.daysTo(end));
    const QString ref = QStringLiteral("%1-").arg(p.code);
    if (p.line == BusinessLine::UnProgramme) {
        if (Status s = transaction(id, iati::kIncomingFunds, start, total, currency, ref + QStringLiteral("IF")); !s)
            return s.error();
        ++written;
    }
    if (Status s = transaction(id, iati::kOutgoingCommitment, start, total, currency, ref + QStringLiteral("C")); !s)
        return s.error();
    ++written;
    // Execution: most of the budget for closed projects, part of it for running ones.
    const bool closed = p.status == ActivityStatus::Closed || p.status == ActivityStatus::Finalisation;
    const int percent = closed ? 80 + m_rng.bounded(21) : 20 + m_rng.bounded(50);
    const qint64 executed = total / 100 * percent;
    const int tranches = 1 + m_rng.bounded(3);
    for (int i = 0; i < tranches; ++i) {
        const QDate date = start.addDays(days * i / tranches + m_rng.bounded(int(std::min<qint64>(days / tranches + 1, 60))));
        const qint64 amount = i == tranches - 1 ? executed - executed / tranches * (tranches - 1) : executed / tranches;
        const int type = (i % 2 == 0) ? iati::kDisbursement : iati::kExpenditure;
        if (Status s = transaction(id, type, std::min(date, m_today), amount, currency, ref + QString::number(i + 1)); !s)
            return s.error();
        ++written;
        // Now and then a payment is reversed and made again.
        if (m_rng.bounded(100) < 2) {
            if (Status s = transaction(id, type, std::min(date.addDays(3), m_today), -amount, currency, ref + QStringLiteral("R")); !s)
                return s.error();
            if (Status s = transaction(id, type, std::min(date.addDays(5), m_today), amount, currency, ref + QStringLiteral("RE")); !s)
                return s.error();
            written += 2;
        }
    }
    return written;
}

} // namespace pd
