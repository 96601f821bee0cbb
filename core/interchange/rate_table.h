#pragma once

#include "common/result.h"
#include "domain/finance.h"

class QIODevice;

namespace pd {

// Reads a rate table pasted from a spreadsheet or read from a CSV file: one rate a line, fields
// separated by comma, semicolon or tab: "currency,date,rate[,source]", or "date,rate" when a
// currency is given. A header line is skipped. Any bad line fails the whole table, naming the
// place ("rates.csv, line 7, rate: ...").
Result<QList<ExchangeRate>> parseRateTable(const QString &text, const QString &place, const QString &currency = {});
// The same from a file (open, for reading), as CsvReader reads it: its encoding detected and checked,
// a line over the reader's limits refused before it fills the memory.
Result<QList<ExchangeRate>> readRateTable(QIODevice &device, const QString &place, const QString &currency = {});

} // namespace pd
