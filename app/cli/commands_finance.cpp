#include "command.h"
#include "output.h"

#include "analytics/finance_rollup.h"
#include "domain/enums.h"
#include "interchange/rate_table.h"
#include "services/finance_service.h"
#include "services/project_service.h"
#include "storage/database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace pd::cli {

namespace {

QString measureName(int measure)
{
    return measure == kBudgetMeasure ? QStringLiteral("budget") : QStringLiteral("type %1").arg(measure);
}

QJsonObject groupJson(const FinanceGroup &g, const QString &currency)
{
    const FinanceFigures f = figuresOf(g, currency);
    QJsonObject o{{QStringLiteral("budget"), f.budget.toDecimalString()},
                  {QStringLiteral("committed"), f.committed.toDecimalString()},
                  {QStringLiteral("disbursed"), f.disbursed.toDecimalString()},
                  {QStringLiteral("spent"), f.spent.toDecimalString()},
                  {QStringLiteral("balance"), f.balance.toDecimalString()},
                  {QStringLiteral("complete"), f.complete}};
    if (!g.key.isEmpty())
        o.insert(QStringLiteral("key"), g.key);
    if (f.executionBasisPoints >= 0)
        o.insert(QStringLiteral("execution_rate"), QString::number(f.executionBasisPoints / 100.0, 'f', 2));
    return o;
}

int summary(Context &c)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("table or json."), QStringLiteral("F"), QStringLiteral("table"));
    const QCommandLineOption currency(QStringLiteral("currency"), QStringLiteral("Convert into this currency (default: the portfolio's reporting currency)."),
                                      QStringLiteral("CODE"));
    parser.addOptions({format, currency});
    int code = Ok;
    if (!c.parse(parser, QStringLiteral("Counts and sums per transaction type and currency (exact), budget totals, and totals converted "
                                        "into the reporting currency with what could not be converted."),
                 code))
        return code;
    Format f = Format::Table;
    if (!parseFormat(parser.value(format), f) || f == Format::Csv)
        return c.usage(QStringLiteral("--format is table or json"));
    if (parser.isSet(currency) && !isKnownCurrency(parser.value(currency)))
        return c.usage(QStringLiteral("unknown currency \"%1\"").arg(parser.value(currency)));
    auto db = c.open();
    if (!db)
        return Failure;
    auto rollup = computeFinanceRollup(*db, {}, parser.value(currency).toUpper());
    if (!rollup)
        return c.fail(rollup.error());
    const FinanceGroup &total = rollup->total;
    const QString quote = rollup->reportingCurrency;

    if (f == Format::Json) {
        QJsonArray transactions, budgets, converted, unconverted, byYear, byLine;
        for (const NativeTotal &n : total.native) {
            const QJsonObject row{{QStringLiteral("currency"), n.currency},
                                  {QStringLiteral("count"), n.count},
                                  {QStringLiteral("sum"), Money(n.sum, n.currency).toDecimalString()}};
            if (n.measure == kBudgetMeasure) {
                budgets.append(row);
            } else {
                QJsonObject typed = row;
                typed.insert(QStringLiteral("type"), n.measure);
                transactions.append(typed);
            }
        }
        for (auto it = total.converted.cbegin(); it != total.converted.cend(); ++it) {
            if (it.key() != kBudgetMeasure)
                converted.append(QJsonObject{{QStringLiteral("type"), it.key()}, {QStringLiteral("sum"), it.value().toDecimalString()}});
        }
        for (const Unconverted &u : total.unconverted) {
            QJsonObject row{{QStringLiteral("currency"), u.currency}, {QStringLiteral("count"), u.count},
                            {QStringLiteral("first_date"), u.earliest.toString(Qt::ISODate)}};
            if (u.measure == kBudgetMeasure)
                row.insert(QStringLiteral("budget"), true);
            else
                row.insert(QStringLiteral("type"), u.measure);
            unconverted.append(row);
        }
        for (const FinanceGroup &g : rollup->byYear)
            byYear.append(groupJson(g, quote));
        for (const FinanceGroup &g : rollup->byLine)
            byLine.append(groupJson(g, quote));
        printJson(c.out, QJsonObject{{QStringLiteral("reporting_currency"), quote},
                                     {QStringLiteral("transactions"), transactions},
                                     {QStringLiteral("budgets"), budgets},
                                     {QStringLiteral("converted"), converted},
                                     {QStringLiteral("converted_budget"), total.convertedOf(kBudgetMeasure, quote).toDecimalString()},
                                     {QStringLiteral("unconverted"), unconverted},
                                     {QStringLiteral("totals"), groupJson(total, quote)},
                                     {QStringLiteral("by_year"), byYear},
                                     {QStringLiteral("by_line"), byLine}});
        return Ok;
    }
    QList<QStringList> rows;
    for (const NativeTotal &n : total.native) {
        rows.append({measureName(n.measure), n.currency, QString::number(n.count), Money(n.sum, n.currency).toDecimalString(),
                     QString()});
    }
    for (auto it = total.converted.cbegin(); it != total.converted.cend(); ++it)
        rows.append({measureName(it.key()), quote, QString(), QString(), it.value().toDecimalString()});
    for (const Unconverted &u : total.unconverted)
        rows.append({measureName(u.measure), u.currency, QString::number(u.count), QString(), QStringLiteral("no rate from %1").arg(u.earliest.toString(Qt::ISODate))});
    printTable(c.out, {QStringLiteral("measure"), QStringLiteral("currency"), QStringLiteral("count"), QStringLiteral("sum"),
                       QStringLiteral("converted (%1)").arg(quote)},
               rows);
    const FinanceFigures figures = figuresOf(total, quote);
    c.out << "budget " << figures.budget.format(QLocale::c()) << ", disbursed " << figures.disbursed.format(QLocale::c()) << ", spent "
          << figures.spent.format(QLocale::c());
    if (figures.executionBasisPoints >= 0)
        c.out << ", execution " << QString::number(figures.executionBasisPoints / 100.0, 'f', 2) << "%";
    c.out << (figures.complete ? "\n" : " (incomplete: some amounts have no rate)\n");
    return Ok;
}

// Opens the portfolio and finds the project by its code; null (and the error printed) when either fails.
std::unique_ptr<Database> openForProject(Context &c, const QString &code, qint64 &projectId)
{
    auto db = c.open();
    if (!db)
        return nullptr;
    auto p = ProjectService(*db).findByCode(code);
    if (!p) {
        c.fail(p.error());
        return nullptr;
    }
    projectId = p->id;
    return db;
}

int addTransaction(Context &c)
{
    QCommandLineParser parser;
    const QCommandLineOption project(QStringLiteral("project"), QStringLiteral("Project code."), QStringLiteral("CODE"));
    const QCommandLineOption type(QStringLiteral("type"), QStringLiteral("IATI transaction type (1 incoming funds, 2 commitment, 3 disbursement, 4 expenditure, 11 incoming commitment, ...)."),
                                  QStringLiteral("N"));
    const QCommandLineOption date(QStringLiteral("date"), QStringLiteral("Transaction date YYYY-MM-DD."), QStringLiteral("DATE"));
    const QCommandLineOption valueDate(QStringLiteral("value-date"), QStringLiteral("Value date (default: the date)."), QStringLiteral("DATE"));
    const QCommandLineOption amount(QStringLiteral("amount"), QStringLiteral("Amount with currency, e.g. \"1234.56 USD\" (negative for a reversal)."),
                                    QStringLiteral("AMOUNT"));
    const QCommandLineOption description(QStringLiteral("description"), QStringLiteral("Description."), QStringLiteral("TEXT"));
    const QCommandLineOption provider(QStringLiteral("provider"), QStringLiteral("Provider organisation (free text)."), QStringLiteral("NAME"));
    const QCommandLineOption receiver(QStringLiteral("receiver"), QStringLiteral("Receiver organisation (free text)."), QStringLiteral("NAME"));
    parser.addOptions({project, type, date, valueDate, amount, description, provider, receiver});
    int code = Ok;
    if (!c.parse(parser, QStringLiteral("Records a transaction of a project."), code))
        return code;
    if (const int missing = c.requireOptions(parser, {&project, &type, &date, &amount}); missing != Ok)
        return missing;
    FinancialTransaction t;
    bool okType = false;
    t.type = parser.value(type).toInt(&okType);
    t.date = QDate::fromString(parser.value(date), Qt::ISODate);
    t.valueDate = parser.isSet(valueDate) ? QDate::fromString(parser.value(valueDate), Qt::ISODate) : t.date;
    if (!okType)
        return c.usage(QStringLiteral("--type wants a number"));
    if (!t.date.isValid() || !t.valueDate.isValid())
        return c.usage(QStringLiteral("dates are YYYY-MM-DD"));
    auto money = Money::parse(parser.value(amount));
    if (!money)
        return c.usage(money.error().message);
    t.amount = money.value();
    t.description = parser.value(description);
    t.providerName = parser.value(provider);
    t.receiverName = parser.value(receiver);
    auto db = openForProject(c, parser.value(project), t.projectId);
    if (!db)
        return Failure;
    auto stored = FinanceService(*db).addTransaction(t);
    if (!stored)
        return c.fail(stored.error());
    c.out << "recorded transaction " << stored->id << " (type " << t.type << ", " << t.amount.format(QLocale::c()) << ") on "
          << parser.value(project) << '\n';
    return Ok;
}

int addBudget(Context &c)
{
    QCommandLineParser parser;
    const QCommandLineOption project(QStringLiteral("project"), QStringLiteral("Project code."), QStringLiteral("CODE"));
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("Period start YYYY-MM-DD."), QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("Period end YYYY-MM-DD."), QStringLiteral("DATE"));
    const QCommandLineOption amount(QStringLiteral("amount"), QStringLiteral("Amount with currency, e.g. \"50000 USD\"."), QStringLiteral("AMOUNT"));
    const QCommandLineOption category(QStringLiteral("category"),
                                      QStringLiteral("personnel, equipment, training, travel, contracts, monitoring, overhead or other (default)."),
                                      QStringLiteral("C"), QStringLiteral("other"));
    const QCommandLineOption revised(QStringLiteral("revised"), QStringLiteral("A revised budget (IATI BudgetType 2) for the period."));
    const QCommandLineOption indicative(QStringLiteral("indicative"), QStringLiteral("Indicative rather than committed."));
    parser.addOptions({project, from, to, amount, category, revised, indicative});
    int code = Ok;
    if (!c.parse(parser, QStringLiteral("Adds a budget line to a project."), code))
        return code;
    if (const int missing = c.requireOptions(parser, {&project, &from, &to, &amount}); missing != Ok)
        return missing;
    BudgetLine b;
    b.periodStart = QDate::fromString(parser.value(from), Qt::ISODate);
    b.periodEnd = QDate::fromString(parser.value(to), Qt::ISODate);
    if (!b.periodStart.isValid() || !b.periodEnd.isValid())
        return c.usage(QStringLiteral("dates are YYYY-MM-DD"));
    const auto cat = budgetCategoryFromKey(parser.value(category));
    if (!cat)
        return c.usage(QStringLiteral("unknown budget category \"%1\"").arg(parser.value(category)));
    b.category = *cat;
    auto money = Money::parse(parser.value(amount));
    if (!money)
        return c.usage(money.error().message);
    b.amount = money.value();
    b.type = parser.isSet(revised) ? iati::kBudgetRevised : iati::kBudgetOriginal;
    b.status = parser.isSet(indicative) ? iati::kBudgetIndicative : iati::kBudgetCommitted;
    auto db = openForProject(c, parser.value(project), b.projectId);
    if (!db)
        return Failure;
    auto stored = FinanceService(*db).addBudgetLine(b);
    if (!stored)
        return c.fail(stored.error());
    c.out << "added budget line " << stored->id << " (" << b.amount.format(QLocale::c()) << ") to " << parser.value(project) << '\n';
    return Ok;
}

int addRate(Context &c)
{
    QCommandLineParser parser;
    const QCommandLineOption currency(QStringLiteral("currency"), QStringLiteral("The currency converted."), QStringLiteral("CODE"));
    const QCommandLineOption date(QStringLiteral("date"), QStringLiteral("Valid from this day, YYYY-MM-DD."), QStringLiteral("DATE"));
    const QCommandLineOption rate(QStringLiteral("rate"), QStringLiteral("Units of the reporting currency for one unit of the currency."),
                                  QStringLiteral("R"));
    const QCommandLineOption source(QStringLiteral("source"), QStringLiteral("Where the rate comes from."), QStringLiteral("TEXT"));
    parser.addOptions({currency, date, rate, source});
    int code = Ok;
    if (!c.parse(parser, QStringLiteral("Sets the exchange rate of a currency from a date on."), code))
        return code;
    if (const int missing = c.requireOptions(parser, {&currency, &date, &rate}); missing != Ok)
        return missing;
    auto parsed = Rate::parse(parser.value(rate));
    if (!parsed)
        return c.usage(parsed.error().message);
    const ExchangeRate r{parser.value(currency).toUpper(), QDate::fromString(parser.value(date), Qt::ISODate), parsed.value(), parser.value(source)};
    auto db = c.open();
    if (!db)
        return Failure;
    if (Status s = FinanceService(*db).setRate(r); !s)
        return c.fail(s.error());
    c.out << "rate of " << r.currency << " from " << parser.value(date) << ": " << r.rate.toString() << '\n';
    return Ok;
}

int importRates(Context &c)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("CSV with the columns currency,date,rate[,source] (a header line is allowed)."));
    int code = Ok;
    if (!c.parse(parser, QStringLiteral("Imports a rate table; all rows or none."), code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return c.usage(QStringLiteral("rates import wants one file"));
    const QString path = parser.positionalArguments().first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return c.fail(Error::make(Error::Kind::Io, QStringLiteral("cannot read %1: %2").arg(path, file.errorString())));
    auto parsed = readRateTable(file, path);
    if (!parsed)
        return c.fail(parsed.error());
    const QList<ExchangeRate> rates = parsed.value();
    auto db = c.open();
    if (!db)
        return Failure;
    if (Status s = FinanceService(*db).importRates(rates); !s)
        return c.fail(s.error());
    c.out << "imported " << rates.size() << " rates from " << path << '\n';
    return Ok;
}

int listRates(Context &c)
{
    QCommandLineParser parser;
    const QCommandLineOption currency(QStringLiteral("currency"), QStringLiteral("Only this currency."), QStringLiteral("CODE"));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("table, csv or json."), QStringLiteral("F"), QStringLiteral("table"));
    parser.addOptions({currency, format});
    int code = Ok;
    if (!c.parse(parser, QStringLiteral("Lists the exchange rates into the reporting currency."), code))
        return code;
    Format f = Format::Table;
    if (!parseFormat(parser.value(format), f))
        return c.usage(QStringLiteral("--format is table, csv or json"));
    auto db = c.open();
    if (!db)
        return Failure;
    FinanceService finance(*db);
    auto rates = finance.rates(parser.value(currency));
    if (!rates)
        return c.fail(rates.error());
    auto reporting = finance.reportingCurrency();
    if (!reporting)
        return c.fail(reporting.error());
    const QString quote = reporting.value();
    if (f == Format::Json) {
        QJsonArray array;
        for (const ExchangeRate &r : rates.value()) {
            array.append(QJsonObject{{QStringLiteral("currency"), r.currency}, {QStringLiteral("date"), r.date.toString(Qt::ISODate)},
                                     {QStringLiteral("rate"), r.rate.toString()}, {QStringLiteral("quote_currency"), quote},
                                     {QStringLiteral("source"), r.source}});
        }
        printJson(c.out, array);
        return Ok;
    }
    QList<QStringList> rows;
    for (const ExchangeRate &r : rates.value())
        rows.append({r.currency, r.date.toString(Qt::ISODate), r.rate.toString(), r.source});
    const QStringList headers{QStringLiteral("currency"), QStringLiteral("date"), QStringLiteral("rate (%1)").arg(quote), QStringLiteral("source")};
    printRows(c.out, f, headers, rows);
    return Ok;
}

int currency(Context &c)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("CODE"), QStringLiteral("The new reporting currency (USD or CNY); none to print it."));
    int code = Ok;
    if (!c.parse(parser, QStringLiteral("Prints or sets the portfolio's reporting currency."), code))
        return code;
    auto db = c.open();
    if (!db)
        return Failure;
    FinanceService finance(*db);
    if (!parser.positionalArguments().isEmpty()) {
        if (Status s = finance.setReportingCurrency(parser.positionalArguments().first()); !s)
            return c.fail(s.error());
    }
    auto current = finance.reportingCurrency();
    if (!current)
        return c.fail(current.error());
    c.out << current.value() << '\n';
    return Ok;
}

} // namespace

QList<Command> financeCommands()
{
    return {
        {QStringLiteral("finance summary"), QStringLiteral("totals per type and currency, converted [--format json] [--currency CODE]"), summary},
        {QStringLiteral("finance currency"), QStringLiteral("print or set the reporting currency [CODE]"), currency},
        {QStringLiteral("transactions add"), QStringLiteral("record a transaction --project CODE --type N --date D --amount \"1.00 USD\""), addTransaction},
        {QStringLiteral("budget add"), QStringLiteral("add a budget line --project CODE --from D --to D --amount \"...\""), addBudget},
        {QStringLiteral("rates add"), QStringLiteral("set a rate --currency CODE --date D --rate R"), addRate},
        {QStringLiteral("rates import"), QStringLiteral("import a rate table FILE (CSV: currency,date,rate[,source])"), importRates},
        {QStringLiteral("rates list"), QStringLiteral("list the exchange rates [--currency CODE] [--format ...]"), listRates},
    };
}

} // namespace pd::cli
