#pragma once

#include "common/result.h"

#include <QStringDecoder>
#include <QStringList>

#include <optional>

class QIODevice;

namespace pd {

// Reads RFC 4180 records from a device as a stream: quoted fields may hold separators, doubled
// quotes and line breaks; memory holds one chunk of the file and one record, however long the file,
// and a record is refused as soon as it passes one of the limits below. The encoding and the
// separator are detected unless given; a file whose bytes are not valid in its encoding, or that
// mixes UTF-8 lines with others, is refused naming the lines (on a sequential device, which cannot
// be read twice, only bytes invalid in the encoding taken from its head are found, as they come).
class CsvReader final
{
    Q_DISABLE_COPY_MOVE(CsvReader)

public:
    // What one record may hold, so that a line of millions of fields or a quote never closed cannot
    // take the memory of the machine: the whole record stays under 16 MB of text (10,000 cells of
    // 1 MB would be 10 GB).
    static constexpr qsizetype kMaxColumns = 10'000;
    static constexpr qsizetype kMaxCellChars = 1'000'000;    // about 1 MB
    static constexpr qsizetype kMaxRecordChars = 16'000'000; // about 16 MB

    // encoding: "UTF-8", "UTF-16LE", "UTF-16BE", "GB18030" (or another name ICU knows); empty: detect.
    // separator: null to detect.
    CsvReader(QIODevice &device, QString encoding = {}, QChar separator = {});

    // Detects what was not given (the device must be open): the separator from the head of the
    // file, the encoding from its head and, on a file that is not sequential, from a pass over all
    // its lines. An error for an unknown encoding only: what is wrong with the file's bytes is a
    // reading error (next() returns false, error() says why).
    Status open();
    const QString &encoding() const { return m_encoding; }
    QChar separator() const { return m_separator; }

    // The next record; false at the end of the file or when it cannot be read (see error()): bytes
    // invalid in its encoding, a record over a limit. Blank lines are skipped.
    bool next(QStringList &fields);
    // The file line (1-based) the record last returned starts on.
    qint64 line() const { return m_recordLine; }
    // Bytes of the file consumed so far.
    qint64 bytesRead() const;
    // Set when the file could not be read or decoded or passes a limit, naming the line; empty otherwise.
    const QString &error() const { return m_error; }

    // What the head of a file (its first bytes) is written in: a BOM's encoding, else UTF-16 from
    // the pattern of NUL bytes, else UTF-8 when the bytes are valid UTF-8, else GB18030. (open()
    // then reads the lines of a file taken for UTF-8 or GB18030 to its end: UTF-8 when every line
    // is, GB18030 when no line with bytes above 0x7F is, and refused when some are and some not.)
    static QString detectEncoding(const QByteArray &head);
    // ',', ';' or '\t': the one found outside quotes on the first line the most often as often
    // on the following lines (',' when none is found).
    static QChar detectSeparator(QStringView head);

private:
    // Settles the encoding from all the lines of the file (which is put back where it was); the
    // reason the file cannot be read when its lines mix encodings or are not valid in the one taken.
    QString checkLines(bool chosen, bool bom);
    bool fill();
    bool readRecord(QStringList &fields);
    // Ends the field being read; false when the record has become too large to read.
    bool endField(QStringList &fields, QString &field, qsizetype &recordChars);
    // Stops the reading with the error of the limit passed; returns false.
    enum class Limit { Columns, Cell, Record };
    bool refuse(Limit limit, QStringList &fields, QString &field);

    QIODevice &m_device;
    QString m_encoding;
    QChar m_separator;
    std::optional<QStringDecoder> m_decoder; // made in place (see makeDecoder)
    QString m_buffer;
    qsizetype m_pos = 0;
    bool m_atEnd = false;
    qint64 m_line = 1;
    qint64 m_recordLine = 0;
    QString m_error;
};

} // namespace pd
