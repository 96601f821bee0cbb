// IATI reading: whatever the bytes, IatiReader reads the header and then activity after activity
// until the end or an Error (hostile XML included), never a crash. Each activity's values then go
// through the parsing rules the import applies (amounts, percentages, dates, shares fitted to
// 100%), with the promises those make checked, since the reader hands them text as written.
#include "fuzz_support.h"

#include "domain/project.h"
#include "interchange/iati_reader.h"
#include "interchange/iati_values.h"
#include "money/money.h"

#include <QBuffer>

#include <algorithm>
#include <numeric>

using namespace pd;

namespace {

void parseValue(const IatiValue &value, const QString &defaultCurrency)
{
    (void)iatiDate(value.valueDate);
    const QString currency = value.currency.isEmpty() ? defaultCurrency : value.currency;
    if (!isKnownCurrency(currency))
        return; // the import skips the value before parsing it
    bool rounded = false;
    const auto amount = iatiAmount(value.text, currency, &rounded);
    if (!amount)
        return;
    // What was read is written back exactly: the amount is within the currency's minor unit.
    const auto again = Money::fromDecimal(amount->toDecimalString(), currency);
    PD_FUZZ_CHECK(again.ok() && again.value() == amount.value());
}

void fitShares(const QList<IatiShare> &shares)
{
    // As the import does: shares not given (-1) and those above 0 are kept, then fitted.
    QList<int> given;
    for (const IatiShare &s : shares) {
        const int percent = s.percentage.isEmpty() ? -1 : iatiPercent(s.percentage);
        PD_FUZZ_CHECK(percent >= -1 && percent <= kWholePercent);
        if (s.percentage.isEmpty() || percent > 0)
            given << percent;
    }
    const QList<int> fitted = fitToWhole(given);
    PD_FUZZ_CHECK(fitted.size() == given.size());
    if (given.isEmpty())
        return;
    PD_FUZZ_CHECK(std::all_of(fitted.cbegin(), fitted.cend(), [](int s) { return s >= 0; }));
    PD_FUZZ_CHECK(std::accumulate(fitted.cbegin(), fitted.cend(), qint64(0)) == kWholePercent);
}

void parseValues(const IatiActivityIn &a)
{
    for (const auto &[type, date] : a.dates)
        (void)iatiDate(date);
    fitShares(a.countries);
    fitShares(a.sectors);
    for (const IatiBudgetIn &b : a.budgets) {
        (void)iatiDate(b.periodStart);
        (void)iatiDate(b.periodEnd);
        parseValue(b.value, a.defaultCurrency);
    }
    for (const IatiTransactionIn &t : a.transactions) {
        (void)iatiDate(t.date);
        parseValue(t.value, a.defaultCurrency);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QBuffer buffer;
    buffer.setData(fuzz::bytesOf(data, size));
    buffer.open(QIODevice::ReadOnly);
    IatiReader reader(buffer, QStringLiteral("fuzz.xml"));
    if (!reader.readHeader())
        return 0;
    IatiActivityIn activity;
    for (;;) {
        const auto more = reader.next(activity);
        if (!more || !more.value())
            break;
        parseValues(activity);
        PD_FUZZ_CHECK(reader.bytesRead() <= qint64(size));
    }
    return 0;
}
