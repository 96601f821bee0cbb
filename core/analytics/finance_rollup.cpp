#include "finance_rollup.h"

#include "money/apportion.h"
#include "money/rate.h"
#include "finance_accumulator.h"
#include "rate_history.h"
#include "services/portfolio_settings.h"
#include "storage/database.h"

#include <QtNumeric>

#include <algorithm>
#include <thread>

namespace pd {

namespace {

// Each group's converted totals are rounded on their own: a year's or a line's rounding moves
// onto the largest groups so that the breakdown adds up to the total, as reports print it.
void balanceGroups(QList<FinanceGroup> &groups, const FinanceGroup &total)
{
    for (auto it = total.converted.cbegin(); it != total.converted.cend(); ++it) {
        QList<Money *> parts; // a group without the measure has none of it to move
        for (FinanceGroup &g : groups) {
            if (const auto found = g.converted.find(it.key()); found != g.converted.end())
                parts << &found.value();
        }
        apportionRounding(parts, it.value()); // a true gap (a group with other amounts) is left to show
    }
}

using Groups = QMap<QString, GroupAccumulator>;

Result<QList<FinanceGroup>> finish(const Groups &groups)
{
    QList<FinanceGroup> list;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        auto g = it->result(it.key());
        if (!g)
            return g.error();
        list.append(g.value());
    }
    return list;
}

// Sums of one figure, one currency, one year and one rate period.
struct Cell
{
    QString line;
    int measure = 0;
    QString category; // budgets
    QString currency;
    int year = 0;
    int rateIndex = RateHistory::kNone;
    QDate earliest;
    qint64 sum = 0;
    qint64 count = 0;
};
using Cells = QList<Cell>;

// Reads rows of (line, type or budget category, currency, ISO date, sum, count) into cells. Rows
// are many (a day each): texts are interned to small numbers, the date is read without copies and
// each cell is found by one integer key.
Result<Cells> readCells(const Database &db, const QString &sql, const QVariantList &values, const RateHistory &rates, bool budgets)
{
    auto rows = db.execute(sql, values);
    if (!rows)
        return rows.error();
    Cells cells;
    QHash<quint64, qsizetype> cellIndex;
    QHash<QString, quint64> interned; // line, category and currency texts -> small numbers
    const auto intern = [&interned](const QString &text) {
        auto it = interned.constFind(text);
        if (it == interned.constEnd())
            it = interned.insert(text, quint64(interned.size()));
        return *it;
    };
    while (rows->next()) {
        const QString line = rows->value(0).toString();
        const QString kind = rows->value(1).toString(); // a type code, or a budget category
        const QString currency = rows->value(2).toString();
        const QString iso = rows->value(3).toString();
        const QStringView day(iso);
        const QDate date(day.left(4).toInt(), day.mid(5, 2).toInt(), day.mid(8, 2).toInt());
        const int rateIndex = rates.indexAt(currency, date);
        if (interned.size() > 0xffd)
            return Error::make(Error::Kind::InvalidArgument, QStringLiteral("too many distinct lines, categories and currencies"));
        // line | kind | currency | year | rate index: 12 + 12 + 12 + 12 + 16 bits.
        const quint64 key = (intern(line) << 52) | (intern(kind) << 40) | (intern(currency) << 28) | (quint64(date.year() & 0xfff) << 16)
            | quint64((rateIndex + 2) & 0xffff);
        auto found = cellIndex.constFind(key);
        if (found == cellIndex.constEnd()) {
            found = cellIndex.insert(key, cells.size());
            cells.append(Cell{
                line, budgets ? kBudgetMeasure : kind.toInt(), budgets ? kind : QString(), currency, date.year(), rateIndex, date, 0, 0});
        }
        Cell &cell = cells[*found];
        if (date < cell.earliest)
            cell.earliest = date;
        if (qAddOverflow(cell.sum, rows->value(4).toLongLong(), &cell.sum))
            return Error::make(Error::Kind::InvalidArgument, QStringLiteral("a total in %1 is out of range").arg(currency));
        cell.count += rows->value(5).toLongLong();
    }
    return cells;
}

} // namespace

Money FinanceGroup::convertedOf(int measure, const QString &currency) const
{
    return converted.value(measure, Money::zero(currency));
}

int executionBasisPoints(const FinanceFigures &f)
{
    if (f.budget.minorUnits() <= 0)
        return -1;
    // Capped: a tiny budget under large payments must not wrap into a negative "no budget".
    const Int128 basisPoints = (Int128(f.disbursed.minorUnits()) + f.spent.minorUnits()) * 10000 / f.budget.minorUnits();
    return int(std::clamp<Int128>(basisPoints, 0, std::numeric_limits<int>::max()));
}

FinanceFigures figuresOf(const FinanceGroup &g, const QString &currency)
{
    FinanceFigures f;
    f.budget = g.convertedOf(kBudgetMeasure, currency);
    f.committed = g.convertedOf(2, currency);
    f.disbursed = g.convertedOf(3, currency);
    f.spent = g.convertedOf(4, currency);
    f.balance = Money(f.budget.minorUnits() - f.disbursed.minorUnits() - f.spent.minorUnits(), currency);
    f.executionBasisPoints = executionBasisPoints(f);
    f.complete = g.unconverted.isEmpty();
    return f;
}

Result<FinanceRollup> computeFinanceRollup(
    const Database &db, const ProjectFilter &filter, const QString &reportingCurrency, const FinancePeriod &period)
{
    FinanceRollup rollup;
    rollup.reportingCurrency = reportingCurrency;
    if (rollup.reportingCurrency.isEmpty()) {
        auto stored = PortfolioSettings(db).value(PortfolioSettings::reportingCurrencyKey(), QStringLiteral("USD"));
        if (!stored)
            return stored.error();
        rollup.reportingCurrency = stored.value();
    }
    const QString quote = rollup.reportingCurrency.toUpper();
    rollup.reportingCurrency = quote;
    RateHistory rates(quote);
    if (Status loaded = rates.load(db); !loaded)
        return loaded.error();

    GroupAccumulator total;
    Groups byYear, byLine, byCategory;
    const SqlCondition where = projectCondition(filter, db.dialect());

    // Transactions: sums per line, type, currency and value date (without a filter read from
    // transaction_days, which triggers keep up to date with every change). Budgets: per project and
    // period the latest revision (FinanceService keeps `superseded` up to date). Both are summed
    // further per rate period in exact integers, so that each distinct (group, rate) is converted
    // once; the budgets are read on a second connection while the transactions are read here.
    // The period, when given: transactions by value date, budgets by period start.
    QStringList txPeriod, budgetPeriod;
    QVariantList periodValues;
    if (period.from.isValid()) {
        txPeriod << QStringLiteral("%1value_date >= ?");
        budgetPeriod << QStringLiteral("b.period_start >= ?");
        periodValues << period.from.toString(Qt::ISODate);
    }
    if (period.to.isValid()) {
        txPeriod << QStringLiteral("%1value_date <= ?");
        budgetPeriod << QStringLiteral("b.period_start <= ?");
        periodValues << period.to.toString(Qt::ISODate);
    }
    const auto txWhere = [&](const QString &alias) {
        return txPeriod.isEmpty() ? QString() : txPeriod.join(QStringLiteral(" AND ")).arg(alias);
    };
    const QString budgetExtra = (QStringList{QStringLiteral("b.superseded = 0")} + budgetPeriod).join(QStringLiteral(" AND "));
    const QString txSql = filter.isEmpty()
        ? QStringLiteral("SELECT business_line, type, currency, value_date, amount, count FROM transaction_days %1")
              .arg(txPeriod.isEmpty() ? QString() : QStringLiteral("WHERE ") + txWhere(QString()))
        : QStringLiteral("SELECT p.business_line, t.type, t.currency, t.value_date, SUM(t.amount), COUNT(*) "
                         "FROM transactions t JOIN projects p ON p.id = t.project_id %1 "
                         "GROUP BY p.business_line, t.type, t.currency, t.value_date")
              .arg(txPeriod.isEmpty() ? where.sql : whereWith(where, txWhere(QStringLiteral("t."))));
    const QString budgetSql = filter.isEmpty()
        ? QStringLiteral("SELECT b.business_line, b.category, b.currency, b.period_start, SUM(b.amount), COUNT(*) FROM budget_lines b "
                         "WHERE %1 GROUP BY b.business_line, b.category, b.currency, b.period_start")
              .arg(budgetExtra)
        : QStringLiteral("SELECT p.business_line, b.category, b.currency, b.period_start, SUM(b.amount), COUNT(*) "
                         "FROM budget_lines b JOIN projects p ON p.id = b.project_id %1 "
                         "GROUP BY p.business_line, b.category, b.currency, b.period_start")
              .arg(whereWith(where, budgetExtra));
    const QVariantList values = (filter.isEmpty() ? QVariantList() : where.values) + periodValues;

    Result<Cells> budgetCells = Cells();
    std::thread budgetReader([&] {
        auto second = Database::connect(db.spec());
        budgetCells = second ? readCells(*second.value(), budgetSql, values, rates, true) : Result<Cells>(second.error());
    });
    Result<Cells> txCells = readCells(db, txSql, values, rates, false);
    budgetReader.join();
    for (const Result<Cells> *cells : {&txCells, &budgetCells}) {
        if (!*cells)
            return cells->error();
        for (const Cell &cell : cells->value()) {
            const Rate rate = rates.byIndex(cell.currency, cell.rateIndex);
            GroupAccumulator *groups[] = {&total, &byYear[QString::number(cell.year)], &byLine[cell.line],
                cell.measure == kBudgetMeasure ? &byCategory[cell.category] : nullptr};
            for (GroupAccumulator *group : groups) {
                if (group)
                    group->add(cell.measure, cell.currency, cell.earliest, cell.sum, cell.count, rate, quote);
            }
        }
    }

    auto all = total.result(QString());
    if (!all)
        return all.error();
    rollup.total = all.value();
    for (const auto &[target, groups] :
        {std::pair{&rollup.byYear, &byYear}, std::pair{&rollup.byLine, &byLine}, std::pair{&rollup.byCategory, &byCategory}}) {
        auto list = finish(*groups);
        if (!list)
            return list.error();
        *target = list.value();
        balanceGroups(*target, rollup.total);
    }
    return rollup;
}

} // namespace pd
