#pragma once

// A mapping's rules applied to cells: look-ups, date formats, sums over grouped rows.
#include "csv_import.h"

#include <QString>

namespace pd {

// The value a look-up gives the cell (trimmed, ignoring case); the cell itself when none matches.
QString lookedUp(const FieldRule &rule, const QString &cell);
// Why a rule's format is not one the import reads; empty when it is: "excel-serial",
// "excel-serial-1904", or a Qt date format with a year ("dd.MM.yyyy", "MM/dd/yyyy", "yyyy").
QString formatProblem(const QString &format);
// The cell read in the format, as an ISO date (YYYY-MM-DD); an empty cell stays empty. A cell that
// already is an ISO date (a workbook's date cell) is taken as it is. False, with why, when the
// cell is not in the format.
bool readInFormat(const QString &format, QString &cell, QString &why);
// Adds a decimal number ("1,234.5", "-3", "282500000.0") to a running sum kept as decimal text,
// exactly (no floating point). False when the value is not such a number or the sum overflows.
bool addDecimal(QString &sum, const QString &value);

} // namespace pd
