#pragma once

#include "common/language.h"
#include "common/result.h"
#include "money/money.h"
#include "services/delivery_query.h"

#include <QMap>

namespace pd {

class Database;

// Value of goods in the reporting currency: native sums per currency, the converted total (at the
// rate on or before each handover date, exact, one rounding), and the currencies that had no rate.
struct GoodsValue
{
    QList<Money> native; // by currency
    Money converted; // what could be converted
    QStringList unconverted; // currencies with amounts that had no rate
    bool complete() const { return unconverted.isEmpty(); }
};

// One row of a breakdown of the delivered goods (by country, month, year or category).
struct DeliveryBreakdown
{
    QString key; // "KE", "2024-03", "2024", "medical_supplies"
    qint64 deliveries = 0; // handed over (for a category: deliveries with such items)
    qint64 grossWeightGrams = 0;
    GoodsValue value;
};

// The figures officers quote, for a filter. "Delivered" means handed over to the consignee, dated
// by the handover; the filter's handover dates set the period. Counts by status and overdue are of
// every delivery the filter matches, whatever the period.
struct DeliverySummary
{
    QString reportingCurrency;
    QDate from; // the period; open when invalid
    QDate to;

    qint64 delivered = 0; // deliveries handed over in the period
    qint64 countries = 0; // distinct destination countries of those
    qint64 organisations = 0; // distinct consignees that are international organisations (IATI types 40, 21)
    qint64 consignees = 0; // distinct consignees
    qint64 projects = 0; // distinct projects
    qint64 grossWeightGrams = 0;
    GoodsValue value;

    QMap<DeliveryStatus, qint64> byStatus; // every delivery matching, by status
    qint64 overdue = 0; // of those, overdue on `today`

    QList<DeliveryBreakdown> byCountry; // by weight, heaviest first
    QList<DeliveryBreakdown> byMonth; // "yyyy-MM", in order
    QList<DeliveryBreakdown> byYear; // "yyyy", in order
    QList<DeliveryBreakdown> byCategory; // by weight, heaviest first
};

// Computes the summary. reportingCurrency empty: the portfolio's. Without categories, byCategory
// stays empty and the packing lists are not read.
Result<DeliverySummary> computeDeliverySummary(const Database &db, const DeliveryFilter &filter, const QDate &today,
    const QString &reportingCurrency = {}, bool withCategories = true);

// Tonnes delivered, as every total of them is written (the dashboard's tile, the registers'
// sentence, the reports): whole tonnes from 100 t ("55,618"), one decimal below ("7.6"), half up.
// A single shipment's or packing list's weight keeps its kilograms (tonnesText).
QString deliveredTonnesText(qint64 grams, const QLocale &locale);

// The sentence of CICETE's reports: "307 projects to 150 countries and 4 international
// organisations: 890 deliveries, 2,327 tonnes" or in Chinese.
QString summarySentence(const DeliverySummary &summary, Language language);

} // namespace pd
