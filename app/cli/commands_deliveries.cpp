#include "command.h"
#include "filter_options.h"
#include "output.h"

#include "analytics/delivery_summary.h"
#include "reference/reference_data.h"
#include "services/delivery_service.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonObject>

namespace pd::cli {

namespace {

QString tonnes(qint64 grams)
{
    return tonnesText(grams, QLocale::c());
}

QJsonObject breakdownJson(const DeliveryBreakdown &b, const char *keyName)
{
    QJsonArray native;
    for (const Money &m : b.value.native)
        native.append(QJsonObject{{QStringLiteral("currency"), m.currency()}, {QStringLiteral("sum"), m.toDecimalString()}});
    QJsonObject o{{QLatin1String(keyName), b.key}, {QStringLiteral("deliveries"), b.deliveries},
        {QStringLiteral("tonnes"), tonnes(b.grossWeightGrams)}, {QStringLiteral("value"), b.value.converted.toDecimalString()},
        {QStringLiteral("value_native"), native}, {QStringLiteral("complete"), b.value.complete()}};
    if (QLatin1String(keyName) == QLatin1String("country")) {
        if (const Country *c = ReferenceData::instance().country(b.key))
            o.insert(QStringLiteral("name_en"), c->nameEn);
    }
    return o;
}

int list(Context &c)
{
    QCommandLineParser parser;
    const QCommandLineOption search(QStringLiteral("search"),
        QStringLiteral("Words to find in code, bill of lading, carrier, project, consignee or country."), QStringLiteral("TEXT"));
    const DeliveryFilterOptions filters;
    const QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("At most N rows (default: every match)."), QStringLiteral("N"));
    const QCommandLineOption format(
        QStringLiteral("format"), QStringLiteral("table, csv or json."), QStringLiteral("F"), QStringLiteral("table"));
    parser.addOptions({search, limit, format});
    filters.addTo(parser);
    int code = Ok;
    if (!c.parse(parser, QStringLiteral("Lists the deliveries that match, ordered by code, with their totals."), code))
        return code;
    DeliveryQuery query;
    query.filter.search = parser.value(search);
    if (!filters.read(c, parser, query.filter, code))
        return code;
    const QDate today = query.filter.today;
    if (!c.limit(parser, limit, query.limit, code))
        return code;
    Format f = Format::Table;
    if (!parseFormat(parser.value(format), f))
        return c.usage(QStringLiteral("--format is table, csv or json"));
    auto db = c.open();
    if (!db)
        return Failure;
    DeliveryService deliveries(*db);
    auto rows = deliveries.list(query);
    if (!rows)
        return c.fail(rows.error());
    if (f == Format::Json) {
        QJsonArray array;
        for (const DeliveryRow &r : rows.value()) {
            array.append(QJsonObject{{QStringLiteral("code"), r.code}, {QStringLiteral("project"), r.projectCode},
                {QStringLiteral("country"), r.destinationCountry}, {QStringLiteral("consignee"), r.consigneeEn},
                {QStringLiteral("status"), keyOf(r.status)}, {QStringLiteral("planned_dispatch"), dateText(r.plannedDispatch)},
                {QStringLiteral("planned_arrival"), dateText(r.plannedArrival)},
                {QStringLiteral("actual_arrival"), dateText(r.actualArrival)}, {QStringLiteral("handover"), dateText(r.actualHandover)},
                {QStringLiteral("items"), r.itemCount}, {QStringLiteral("tonnes"), tonnes(r.grossWeightGrams)},
                {QStringLiteral("value"), r.totalValue.toDecimalString()}, {QStringLiteral("currency"), r.totalValue.currency()},
                {QStringLiteral("overdue"), r.isOverdue(today)}});
        }
        printJson(c.out, array);
        return Ok;
    }
    const QStringList headers{QStringLiteral("code"), QStringLiteral("project"), QStringLiteral("country"), QStringLiteral("status"),
        QStringLiteral("planned arrival"), QStringLiteral("handover"), QStringLiteral("items"), QStringLiteral("tonnes"),
        QStringLiteral("value"), QStringLiteral("consignee")};
    QList<QStringList> table;
    for (const DeliveryRow &r : rows.value()) {
        table.append(
            {r.code, r.projectCode, r.destinationCountry, keyOf(r.status) + (r.isOverdue(today) ? QStringLiteral(" (overdue)") : QString()),
                dateText(r.plannedArrival), dateText(r.actualHandover), QString::number(r.itemCount), tonnes(r.grossWeightGrams),
                r.totalValue.format(QLocale::c()), r.consigneeEn});
    }
    if (f == Format::Csv) {
        printCsv(c.out, headers, table);
    } else {
        printTable(c.out, headers, table);
        auto total = deliveries.count(query.filter);
        c.out << table.size() << " of " << (total ? total.value() : table.size()) << " matching deliveries\n";
    }
    return Ok;
}

int show(Context &c)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("CODE"), QStringLiteral("The delivery's code."));
    int code = Ok;
    if (!c.parse(parser, QStringLiteral("Shows one delivery: its shipment, packing list, totals and workflow history."), code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return c.usage(QStringLiteral("give one delivery code"));
    auto db = c.open();
    if (!db)
        return Failure;
    auto d = DeliveryService(*db).findByCode(parser.positionalArguments().first());
    if (!d)
        return c.fail(d.error());
    auto summed = totalsOf(d.value());
    if (!summed)
        return c.fail(Error::make(Error::Kind::InvalidArgument, QStringLiteral("the packing list of %1 sums to more than can be counted").arg(d->code)));
    const DeliveryTotals totals = summed.value();
    c.out << "Delivery " << d->code << " (" << keyOf(d->status) << ") to " << d->destinationCountry << '\n'
          << "  route: " << d->originPort << " -> " << d->destinationPort << ", " << d->carrier << ", " << d->transportDocument << ' '
          << d->incoterm << '\n'
          << "  planned: dispatch " << dateText(d->plannedDispatch) << ", arrival " << dateText(d->plannedArrival) << ", handover "
          << dateText(d->plannedHandover) << '\n'
          << "  actual:  dispatch " << dateText(d->actualDispatch) << ", arrival " << dateText(d->actualArrival) << ", handover "
          << dateText(d->actualHandover) << '\n';
    if (!d->certificateNumber.isEmpty())
        c.out << "  handover certificate " << d->certificateNumber << " of " << dateText(d->certificateDate) << '\n';
    QList<QStringList> items;
    for (const DeliveryItem &item : d->items) {
        const auto value = item.value();
        if (!value)
            return c.fail(Error::make(Error::Kind::InvalidArgument, QStringLiteral("a line of the packing list of %1 is worth more than can be counted").arg(d->code)));
        items.append({keyOf(item.category), item.descriptionEn, item.descriptionZh, thousandthsToText(item.quantityMilli, QLocale::c()),
            item.unit, item.unitValue.toDecimalString(), value->toDecimalString(),
            thousandthsToText(item.grossWeightGrams, QLocale::c())});
    }
    printTable(c.out,
        {QStringLiteral("category"), QStringLiteral("description"), QStringLiteral("描述"), QStringLiteral("quantity"),
            QStringLiteral("unit"), QStringLiteral("unit value"), QStringLiteral("value"), QStringLiteral("kg")},
        items);
    c.out << "total " << totals.value.format(QLocale::c()) << ", " << tonnes(totals.grossWeightGrams) << " t, " << totals.items
          << " items\n";
    for (const DeliveryEvent &e : d->history)
        c.out << "  " << dateText(e.date) << "  " << keyOf(e.from) << " -> " << keyOf(e.to) << "  (" << e.recordedBy << ")\n";
    return Ok;
}

int advance(Context &c)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("CODE"), QStringLiteral("The delivery's code."));
    const QCommandLineOption to(
        QStringLiteral("to"), QStringLiteral("The next status (procured, dispatched, ..., cancelled)."), QStringLiteral("S"));
    const QCommandLineOption date(QStringLiteral("date"), QStringLiteral("The day it happened (default: today)."), QStringLiteral("DATE"));
    const QCommandLineOption certificate(
        QStringLiteral("certificate"), QStringLiteral("The handover certificate's number."), QStringLiteral("N"));
    parser.addOptions({to, date, certificate});
    int code = Ok;
    if (!c.parse(parser, QStringLiteral("Moves a delivery one step of its workflow, dated."), code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return c.usage(QStringLiteral("give one delivery code"));
    if (const int missing = c.requireOptions(parser, {&to}); missing != Ok)
        return missing;
    const auto status = deliveryStatusFromKey(parser.value(to));
    if (!status)
        return c.usage(QStringLiteral("unknown status \"%1\"").arg(parser.value(to)));
    QDate day = QDate::currentDate();
    if (!c.date(parser, date, day, code))
        return code;
    auto db = c.open();
    if (!db)
        return Failure;
    DeliveryService deliveries(*db);
    auto d = deliveries.findByCode(parser.positionalArguments().first());
    if (!d)
        return c.fail(d.error());
    auto moved = deliveries.transition(d->id, d->revision, *status, day, parser.value(certificate));
    if (!moved)
        return c.fail(moved.error());
    c.out << moved->code << ": " << keyOf(d->status) << " -> " << keyOf(moved->status) << " on " << dateText(day) << '\n';
    return Ok;
}

int summary(Context &c)
{
    QCommandLineParser parser;
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("Handed over on or after DATE."), QStringLiteral("DATE"));
    const QCommandLineOption until(QStringLiteral("to"), QStringLiteral("Handed over on or before DATE."), QStringLiteral("DATE"));
    const QCommandLineOption country(QStringLiteral("country"), QStringLiteral("Only to this country (repeatable)."), QStringLiteral("CC"));
    const QCommandLineOption asOf(
        QStringLiteral("as-of"), QStringLiteral("The day overdue is judged on (default: today)."), QStringLiteral("DATE"));
    const QCommandLineOption currency(
        QStringLiteral("currency"), QStringLiteral("Value in this currency (default: the reporting currency)."), QStringLiteral("CODE"));
    const QCommandLineOption format(
        QStringLiteral("format"), QStringLiteral("table or json."), QStringLiteral("F"), QStringLiteral("table"));
    const EmergencyOption emergency;
    parser.addOptions({from, until, country, asOf, currency, format, emergency.option});
    int code = Ok;
    if (!c.parse(parser,
            QStringLiteral("What was delivered (handed over) in the period: deliveries, countries, international organisations, projects, "
                           "tonnes and value, by country, month, year and category; and every delivery by status, with the overdue ones."),
            code))
        return code;
    DeliveryFilter filter;
    if (!c.date(parser, from, filter.handedOverFrom, code) || !c.date(parser, until, filter.handedOverTo, code))
        return code;
    if (!c.countries(parser, country, filter.countries, code))
        return code;
    if (!emergency.read(c, parser, filter.projects.emergency, code))
        return code;
    QDate today = QDate::currentDate();
    if (!c.date(parser, asOf, today, code))
        return code;
    if (parser.isSet(currency) && !isKnownCurrency(parser.value(currency)))
        return c.usage(QStringLiteral("unknown currency \"%1\"").arg(parser.value(currency)));
    Format f = Format::Table;
    if (!parseFormat(parser.value(format), f) || f == Format::Csv)
        return c.usage(QStringLiteral("--format is table or json"));
    auto db = c.open();
    if (!db)
        return Failure;
    auto s = computeDeliverySummary(*db, filter, today, parser.value(currency));
    if (!s)
        return c.fail(s.error());
    if (f == Format::Json) {
        QJsonObject statuses;
        for (auto it = s->byStatus.cbegin(); it != s->byStatus.cend(); ++it)
            statuses.insert(keyOf(it.key()), it.value());
        QJsonArray native, unconverted;
        for (const Money &m : s->value.native)
            native.append(QJsonObject{{QStringLiteral("currency"), m.currency()}, {QStringLiteral("sum"), m.toDecimalString()}});
        for (const QString &u : s->value.unconverted)
            unconverted.append(u);
        QJsonObject root{{QStringLiteral("from"), dateText(s->from)}, {QStringLiteral("to"), dateText(s->to)},
            {QStringLiteral("reporting_currency"), s->reportingCurrency}, {QStringLiteral("deliveries"), s->delivered},
            {QStringLiteral("countries"), s->countries}, {QStringLiteral("organisations"), s->organisations},
            {QStringLiteral("consignees"), s->consignees}, {QStringLiteral("projects"), s->projects},
            {QStringLiteral("tonnes_delivered"), tonnes(s->grossWeightGrams)},
            {QStringLiteral("value"), s->value.converted.toDecimalString()}, {QStringLiteral("value_native"), native},
            {QStringLiteral("unconverted_currencies"), unconverted}, {QStringLiteral("by_status"), statuses},
            {QStringLiteral("overdue"), s->overdue}, {QStringLiteral("sentence_en"), summarySentence(s.value(), Language::English)},
            {QStringLiteral("sentence_zh"), summarySentence(s.value(), Language::Chinese)}};
        for (const auto &[key, list, keyName] :
            {std::tuple{"by_country", &s->byCountry, "country"}, std::tuple{"by_month", &s->byMonth, "month"},
                std::tuple{"by_year", &s->byYear, "year"}, std::tuple{"by_category", &s->byCategory, "category"}}) {
            QJsonArray rows;
            for (const DeliveryBreakdown &b : *list)
                rows.append(breakdownJson(b, keyName));
            root.insert(QLatin1String(key), rows);
        }
        printJson(c.out, root);
        return Ok;
    }
    c.out << summarySentence(s.value(), Language::English) << '\n';
    c.out << "value " << s->value.converted.format(QLocale::c())
          << (s->value.complete() ? "" : " (incomplete: some currencies have no rate)") << "; overdue " << s->overdue << '\n';
    QList<QStringList> rows;
    for (const DeliveryBreakdown &b : s->byCategory)
        rows.append({b.key, QString::number(b.deliveries), tonnes(b.grossWeightGrams), b.value.converted.toDecimalString()});
    printTable(c.out,
        {QStringLiteral("category"), QStringLiteral("deliveries"), QStringLiteral("tonnes"),
            QStringLiteral("value (%1)").arg(s->reportingCurrency)},
        rows);
    rows.clear();
    for (const DeliveryBreakdown &b : s->byYear)
        rows.append({b.key, QString::number(b.deliveries), tonnes(b.grossWeightGrams), b.value.converted.toDecimalString()});
    printTable(c.out,
        {QStringLiteral("year"), QStringLiteral("deliveries"), QStringLiteral("tonnes"),
            QStringLiteral("value (%1)").arg(s->reportingCurrency)},
        rows);
    return Ok;
}

} // namespace

QList<Command> deliveryCommands()
{
    return {
        {QStringLiteral("deliveries list"),
            QStringLiteral("list deliveries [--status S] [--country CC] [--overdue] [--format table|csv|json]"), list},
        {QStringLiteral("deliveries show"), QStringLiteral("one delivery CODE with its packing list and history"), show},
        {QStringLiteral("deliveries advance"), QStringLiteral("move a delivery one step CODE --to S [--date D]"), advance},
        {QStringLiteral("deliveries summary"), QStringLiteral("what was delivered [--from D] [--to D] [--format table|json]"), summary},
    };
}

} // namespace pd::cli
