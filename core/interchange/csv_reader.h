#pragma once

#include "common/result.h"

#include <QStringDecoder>
#include <QStringList>

class QIODevice;

namespace pd {

// Reads RFC 4180 records from a device as a stream: quoted fields may hold separators, doubled
// quotes and line breaks; memory holds one chunk of the file and one record, however long the file.
// The encoding and the separator are detected from the head of the file unless given.
class CsvReader final
{
    Q_DISABLE_COPY_MOVE(CsvReader)

public:
    // encoding: "UTF-8", "UTF-16LE", "UTF-16BE", "GB18030" (or another name ICU knows); empty: detect.
    // separator: null to detect.
    CsvReader(QIODevice &device, QString encoding = {}, QChar separator = {});

    // Detects what was not given, from the head of the file (the device must be open).
    Status open();
    const QString &encoding() const { return m_encoding; }
    QChar separator() const { return m_separator; }

    // The next record; false at the end of the file or on a decoding error (see error()).
    // Blank lines are skipped.
    bool next(QStringList &fields);
    // The file line (1-based) the record last returned starts on.
    qint64 line() const { return m_recordLine; }
    // Bytes of the file consumed so far.
    qint64 bytesRead() const;
    // Set when the file could not be read or decoded; empty otherwise.
    const QString &error() const { return m_error; }

    // What the head of a file (its first bytes) is written in: a BOM's encoding, else UTF-16 from
    // the pattern of NUL bytes, else UTF-8 when the bytes are valid UTF-8, else GB18030. (open()
    // then checks that a file taken for UTF-8 is UTF-8 to its end, and reads it as GB18030 if not.)
    static QString detectEncoding(const QByteArray &head);
    // ',', ';' or '\t': the one found outside quotes on the first line the most often as often
    // on the following lines (',' when none is found).
    static QChar detectSeparator(QStringView head);

private:
    // Whether the whole file (from where it stands) is valid UTF-8; the position is kept.
    bool restIsUtf8();
    bool fill();
    bool readRecord(QStringList &fields);

    QIODevice &m_device;
    QString m_encoding;
    QChar m_separator;
    QStringDecoder m_decoder;
    QString m_buffer;
    qsizetype m_pos = 0;
    bool m_atEnd = false;
    qint64 m_line = 1;
    qint64 m_recordLine = 0;
    QString m_error;
};

} // namespace pd
