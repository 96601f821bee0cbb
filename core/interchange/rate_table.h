#pragma once

#include "common/result.h"
#include "domain/finance.h"

namespace pd {

// Reads a rate table pasted from a spreadsheet or read from a CSV file: one rate a line, fields
// separated by comma, semicolon or tab: "currency,date,rate[,source]", or "date,rate" when a
// currency is given. A header line is skipped. Any bad line fails the whole table, naming the
// place ("rates.csv, line 7, rate: ...").
Result<QList<ExchangeRate>> parseRateTable(const QString &text, const QString &place, const QString &currency = {});

} // namespace pd
