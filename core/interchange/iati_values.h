#pragma once

#include "common/result.h"
#include "money/money.h"

#include <QDate>
#include <QList>

namespace pd {

// An IATI decimal value in currency. More decimals than the currency has are rounded half away
// from zero to its minor unit (IATI values are often computed, "1112742.39948867"); rounded says
// so. An Error for what is not a plain decimal (exponents, separators, empty) or is out of range.
Result<Money> iatiAmount(const QString &text, const QString &currency, bool *rounded = nullptr);

// An IATI percentage ("33.33", "100") in hundredths of a percent, rounded half up; -1 for what is
// not a number from 0 to 100.
int iatiPercent(const QString &text);

// An xsd:date or xsd:dateTime's date; invalid when there is none.
QDate iatiDate(const QString &text);

// The IATI 2.x code of a codelist ("TransactionType", "ActivityDateType", "ActivityStatus",
// "BudgetType", "BudgetStatus") for what a file gives: the 2.x code itself ("3"); an IATI 1.x code
// that 2.x files still carry ("D", "start-actual", in any case); or the code's English name, 1.x or
// 2.x ("Disbursement", "Commitment"). mapped is set when it was not the 2.x code. Empty when it is
// none of these.
QString iatiCode(const QString &list, const QString &given, bool *mapped = nullptr);

// Shares (hundredths, -1 when not given) made to sum to exactly 100%: missing ones share what the
// given ones leave (all equally when none is given), then all are scaled by largest remainder.
// Returns the shares in the same order; a share that comes out 0 is 0 (the caller drops it).
QList<int> fitToWhole(const QList<int> &shares);

} // namespace pd
