#pragma once

#include <QString>

namespace pd {

// How a cell's number format shows its number: as a number, or as a date (with a time or not).
enum class XlsxNumberKind : quint8 { Number, Date, DateTime };

// The kind of a built-in format (numFmtId below 164) or of a custom format code.
XlsxNumberKind xlsxBuiltinFormatKind(int numFmtId);
XlsxNumberKind xlsxFormatCodeKind(const QString &code);

// A number cell's text: the date for a date format (ISO "yyyy-MM-dd", with "THH:mm:ss" when it has a
// time of day in a format that shows one; "HH:mm:ss" for a time under one day), else the shortest
// decimal that reads back as the same double, without an exponent for ordinary magnitudes.
QString xlsxNumberText(double value, XlsxNumberKind kind, bool date1904);

// The shortest decimal text of a double that reads back as the same double.
QString xlsxDecimal(double value);

} // namespace pd
