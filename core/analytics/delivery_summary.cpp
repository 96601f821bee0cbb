#include "delivery_summary.h"

#include "money/apportion.h"
#include "money/rate.h"
#include "rate_history.h"
#include "services/portfolio_settings.h"
#include "storage/database.h"

#include <QHash>
#include <QLocale>
#include <QSet>

#include <tuple>

namespace pd {

namespace {

// Sums one breakdown row exactly: native sums per currency and one converted sum.
class Accumulator
{
public:
    explicit Accumulator(const QString &quote = {})
        : m_converted(quote)
    { }

    bool add(qint64 deliveries, qint64 grams, const Money &value, const RateHistory &rates, const QDate &date)
    {
        m_deliveries += deliveries;
        if (qAddOverflow(m_grams, grams, &m_grams)
            || qAddOverflow(m_native[value.currency()], value.minorUnits(), &m_native[value.currency()]))
            return false;
        const int index = rates.indexAt(value.currency(), date);
        if (index == RateHistory::kNone) {
            m_unconverted.insert(value.currency());
            return true;
        }
        return m_converted.add(value, rates.byIndex(value.currency(), index));
    }

    Result<DeliveryBreakdown> result(const QString &key, const QString &quote) const
    {
        DeliveryBreakdown b{key, m_deliveries, m_grams, {}};
        for (auto it = m_native.cbegin(); it != m_native.cend(); ++it)
            b.value.native.append(Money(it.value(), it.key()));
        auto converted = m_converted.isEmpty() ? Result<Money>(Money::zero(quote)) : m_converted.total();
        if (!converted)
            return converted.error();
        b.value.converted = converted.value();
        b.value.unconverted = QStringList(m_unconverted.cbegin(), m_unconverted.cend());
        b.value.unconverted.sort();
        return b;
    }

private:
    qint64 m_deliveries = 0;
    qint64 m_grams = 0;
    QMap<QString, qint64> m_native;
    ConvertedSum m_converted;
    QSet<QString> m_unconverted;
};

using Groups = QMap<QString, Accumulator>;

Error overflow()
{
    return Error::make(Error::Kind::InvalidArgument, QStringLiteral("the delivered values are too large to add up"));
}

Accumulator &group(Groups &groups, const QString &key, const QString &quote)
{
    auto it = groups.find(key);
    if (it == groups.end())
        it = groups.insert(key, Accumulator(quote));
    return it.value();
}

Result<QList<DeliveryBreakdown>> finish(const Groups &groups, const QString &quote, bool heaviestFirst)
{
    QList<DeliveryBreakdown> list;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        auto b = it.value().result(it.key(), quote);
        if (!b)
            return b.error();
        list.append(b.value());
    }
    if (heaviestFirst) {
        std::stable_sort(list.begin(), list.end(), [](const DeliveryBreakdown &a, const DeliveryBreakdown &b) {
            return a.grossWeightGrams != b.grossWeightGrams ? a.grossWeightGrams > b.grossWeightGrams : a.deliveries > b.deliveries;
        });
    }
    return list;
}

QString dateText(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

} // namespace

Result<DeliverySummary> computeDeliverySummary(
    const Database &db, const DeliveryFilter &filter, const QDate &today, const QString &reportingCurrency, bool withCategories)
{
    DeliverySummary s;
    s.from = filter.handedOverFrom;
    s.to = filter.handedOverTo;
    s.reportingCurrency = reportingCurrency.toUpper();
    if (s.reportingCurrency.isEmpty()) {
        auto stored = PortfolioSettings(db).value(PortfolioSettings::reportingCurrencyKey(), QStringLiteral("USD"));
        if (!stored)
            return stored.error();
        s.reportingCurrency = stored->toUpper();
    }
    const QString quote = s.reportingCurrency;
    RateHistory rates(quote);
    if (Status loaded = rates.load(db); !loaded)
        return loaded.error();

    const SqlCondition where = deliveryCondition(filter, db.dialect());
    const QString delivered = whereWith(where, QStringLiteral("d.status = 6"));

    // Delivered goods per country, handover day and currency: converted per day, summed per group.
    Accumulator total(quote);
    Groups byCountry, byMonth, byYear;
    auto r = db.execute(QStringLiteral("SELECT d.destination_country, d.actual_handover, d.currency, count(*), SUM(d.total_value), "
                                       "SUM(d.gross_weight_g) FROM deliveries d %1 GROUP BY 1, 2, 3")
                            .arg(delivered),
        where.values);
    if (!r)
        return r.error();
    while (r->next()) {
        const QDate day = QDate::fromString(r->value(1).toString(), Qt::ISODate);
        const Money value(r->value(4).toLongLong(), r->value(2).toString());
        const qint64 count = r->value(3).toLongLong();
        const qint64 grams = r->value(5).toLongLong();
        for (Accumulator *a : {&total, &group(byCountry, r->value(0).toString(), quote),
                 &group(byMonth, day.toString(QStringLiteral("yyyy-MM")), quote), &group(byYear, QString::number(day.year()), quote)}) {
            if (!a->add(count, grams, value, rates, day))
                return overflow();
        }
    }
    auto all = total.result(QString(), quote);
    if (!all)
        return all.error();
    s.delivered = all->deliveries;
    s.grossWeightGrams = all->grossWeightGrams;
    s.value = all->value;

    auto distinct = db.execute(QStringLiteral("SELECT count(DISTINCT d.destination_country), count(DISTINCT d.project_id), "
                                              "count(DISTINCT d.consignee_id), "
                                              "count(DISTINCT CASE WHEN c.org_type IN (21, 40) THEN d.consignee_id END) "
                                              "FROM deliveries d LEFT JOIN partners c ON c.id = d.consignee_id %1")
                                   .arg(delivered),
        where.values);
    if (!distinct)
        return distinct.error();
    if (distinct->next()) {
        s.countries = distinct->value(0).toLongLong();
        s.projects = distinct->value(1).toLongLong();
        s.consignees = distinct->value(2).toLongLong();
        s.organisations = distinct->value(3).toLongLong();
    }

    Groups byCategory;
    auto items = !withCategories
        ? Result<QSqlQuery>(QSqlQuery())
        : db.execute(QStringLiteral("SELECT i.category, d.actual_handover, d.currency, count(DISTINCT d.id), SUM(i.value), "
                                    "SUM(i.gross_weight_g) FROM delivery_items i JOIN deliveries d ON d.id = i.delivery_id %1 "
                                    "GROUP BY 1, 2, 3")
                         .arg(delivered),
            where.values);
    if (!items)
        return items.error();
    while (withCategories && items->next()) {
        const QDate day = QDate::fromString(items->value(1).toString(), Qt::ISODate);
        if (!group(byCategory, items->value(0).toString(), quote)
                 .add(items->value(3).toLongLong(), items->value(5).toLongLong(),
                     Money(items->value(4).toLongLong(), items->value(2).toString()), rates, day))
            return overflow();
    }

    // Every delivery the filter matches, whatever the period: by status, and overdue.
    DeliveryFilter pipeline = filter;
    pipeline.handedOverFrom = {};
    pipeline.handedOverTo = {};
    const SqlCondition matching = deliveryCondition(pipeline, db.dialect());
    QVariantList values{dateText(today)};
    values << matching.values;
    auto statuses
        = db.execute(QStringLiteral("SELECT d.status, count(*), SUM(CASE WHEN %1 THEN 1 ELSE 0 END) FROM deliveries d %2 GROUP BY d.status")
                         .arg(deliveryOverdueSql(), matching.sql),
            values);
    if (!statuses)
        return statuses.error();
    while (statuses->next()) {
        s.byStatus.insert(DeliveryStatus(statuses->value(0).toInt()), statuses->value(1).toLongLong());
        s.overdue += statuses->value(2).toLongLong();
    }

    for (const auto &[target, groups, heaviestFirst] : {std::tuple{&s.byCountry, &byCountry, true}, std::tuple{&s.byMonth, &byMonth, false},
             std::tuple{&s.byYear, &byYear, false}, std::tuple{&s.byCategory, &byCategory, true}}) {
        auto list = finish(*groups, quote, heaviestFirst);
        if (!list)
            return list.error();
        *target = list.value();
    }
    // Each group's value is rounded on its own: the rounding moves onto the largest values so that
    // countries, months and years each add up to the total, as the report prints them.
    for (QList<DeliveryBreakdown> *breakdown : {&s.byCountry, &s.byMonth, &s.byYear}) {
        QList<Money *> parts;
        for (DeliveryBreakdown &b : *breakdown)
            parts << &b.value.converted;
        apportionRounding(parts, s.value.converted);
    }
    return s;
}

QString deliveredTonnesText(qint64 grams, const QLocale &locale)
{
    if (grams >= 99'950'000) // 100 t and more: whole tonnes, rounded half up
        return locale.toString((grams + 500'000) / 1'000'000);
    const qint64 tenths = (grams + 50'000) / 100'000;
    return locale.toString(tenths / 10) + locale.decimalPoint() + QString::number(tenths % 10);
}

QString summarySentence(const DeliverySummary &s, Language language)
{
    const QLocale locale = language == Language::Chinese ? QLocale(QLocale::Chinese, QLocale::China) : QLocale(QLocale::English);
    const auto n = [&locale](qint64 v) { return locale.toString(v); };
    const QString tonnes = deliveredTonnesText(s.grossWeightGrams, locale);
    if (language == Language::Chinese) {
        QString to = QStringLiteral("%1个国家").arg(n(s.countries));
        if (s.organisations > 0)
            to += QStringLiteral("和%1个国际组织").arg(n(s.organisations));
        return QStringLiteral("向%1交付%2个项目的物资，共%3批次、%4吨").arg(to, n(s.projects), n(s.delivered), tonnes);
    }
    const auto plural
        = [&n](qint64 v, const char *one, const char *many) -> QString { return n(v) + u' ' + QLatin1String(v == 1 ? one : many); };
    QString to = plural(s.countries, "country", "countries");
    if (s.organisations > 0)
        to += QStringLiteral(" and ") + plural(s.organisations, "international organisation", "international organisations");
    // Tonnes are written with a decimal under 100 t ("1.0 tonnes"), so the plural always reads right.
    return QStringLiteral("%1 to %2: %3, %4 tonnes")
        .arg(plural(s.projects, "project", "projects"), to, plural(s.delivered, "delivery", "deliveries"), tonnes);
}

} // namespace pd
