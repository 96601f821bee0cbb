#pragma once

#include <QList>

namespace pd {

class Money;

// Rounded parts of an exact whole add up to the rounded whole only by chance: 333.333 shared
// 60/40 is 200.00 + 133.33 = 333.33, but three thirds of 1.00 are 0.33 each. Moves the difference
// onto the largest parts, one minor unit each, so that a breakdown adds up to its total; no part
// moves by more than one minor unit. Returns false, and changes nothing, when the gap is wider
// than the parts are many: then it is a true difference, not rounding, and must show.
bool apportionRounding(QList<qint64> &parts, qint64 total);
// The same over amounts kept elsewhere (a breakdown's rows), in total's currency, changed in place.
bool apportionRounding(const QList<Money *> &parts, const Money &total);

// Each part's share of whole in units of 1/scale (1000: tenths of a percent), by largest
// remainders, so that the shares of parts that make up the whole add up to exactly scale.
// Empty when whole is not positive.
QList<qint64> sharesOf(const QList<qint64> &parts, qint64 whole, qint64 scale);

} // namespace pd
