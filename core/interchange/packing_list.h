#pragma once

#include "common/result.h"
#include "domain/delivery.h"

namespace pd {

// Reads packing-list rows pasted from a spreadsheet (tab-separated; comma or semicolon also
// accepted). With a header row the columns are found by name, in English or Chinese
// ("Quantity"/"数量", "Unit value"/"单价", "Gross weight (kg)"/"毛重"...); without one they are,
// in order: description (en), description (zh), category, quantity, unit, unit value, gross
// weight in kg. Categories by key, English or Chinese name. Unit values are in `currency`.
// Every problem is reported as a field error "line 3, quantity: ..." and nothing is returned
// unless every row is sound: a paste is all or nothing.
Result<QList<DeliveryItem>> parsePackingList(const QString &text, const QString &currency);

// The rows as tab-separated text with a header, what a copy to a spreadsheet gives.
QString packingListText(const QList<DeliveryItem> &items, Language language);

} // namespace pd
