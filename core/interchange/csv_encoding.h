#pragma once

// Inside CsvReader: which encodings the lines of a file are valid in, found in one pass over its
// bytes before it is read. Not for the UI.
#include <QStringDecoder>

#include <optional>

class QIODevice;

namespace pd {

// Makes `decoder` one for "UTF-8", "UTF-16LE"... or, through ICU, "GB18030", "GBK", "Big5" (invalid
// when the name is unknown). In place, never moved: Qt 6.4's ICU decoders report their errors to the
// address of the state they were made with, so a moved one reports none (and writes to a dead one).
void makeDecoder(std::optional<QStringDecoder> &decoder, const QString &name);
// Whether the encoding writes ASCII as ASCII bytes (UTF-8, GB18030...; not UTF-16 or UTF-32), so
// that its lines can be told apart by their '\n' bytes.
bool isAsciiCompatible(const QString &name);
bool isUtf8(const QString &name);

// The first line (1-based; 0 for none) of each kind. Lines of ASCII alone are of no kind: they read
// the same in UTF-8 and in every encoding scanned for.
struct LineEncodings
{
    qint64 utf8 = 0;    // a line with bytes above 0x7F that is valid UTF-8
    qint64 notUtf8 = 0; // a line that is not valid UTF-8
    qint64 invalid = 0; // a line not valid in the `other` encoding scanned for (0 too when none was)
};

// Scans the device from where it stands to its end, one line (up to a '\n' byte) at a time, and puts
// it back where it was; a UTF-8 BOM at the start is skipped. ASCII bytes are only counted, so that
// the scan costs little more than reading the file. `other` ("GB18030", or the encoding chosen) is
// checked on the lines with bytes above 0x7F (empty: none); with `otherUnlessUtf8`, only until a
// UTF-8 line is found, for a file is then read as UTF-8 or not at all. Stops as soon as a line is
// found of both the first two kinds: the file then mixes encodings whatever the rest holds.
LineEncodings scanLineEncodings(QIODevice &device, const QString &other, bool otherUnlessUtf8 = false);

} // namespace pd
