#pragma once

#include "common/result.h"
#include "iati_activity.h"

#include <QXmlStreamReader>

class QIODevice;

namespace pd {

// Reads an IATI activities file one activity at a time, feeding the XML reader in chunks so that
// memory holds one activity whatever the file's size. Refuses (Error naming file and line) what it
// will not read: an organisation file, a version other than 2.01-2.03, XML that is not well-formed,
// and a hostile file: a DTD declaring entities, elements nested deeper than kMaxDepth, a text or a
// tag longer than kMaxText. Nothing is fetched: QXmlStreamReader resolves no external entity.
class IatiReader final
{
    Q_DISABLE_COPY_MOVE(IatiReader)

public:
    static constexpr int kMaxDepth = 64;
    static constexpr qint64 kMaxText = 1024 * 1024; // characters of one element's text, bytes of one token

    IatiReader(QIODevice &device, QString fileName);

    // Reads up to the root element and checks it; sets version().
    Status readHeader();
    // The next activity into activity (cleared first); false after the last one.
    Result<bool> next(IatiActivityIn &activity);

    const QString &version() const { return m_version; }
    qint64 bytesRead() const { return m_bytesRead; }

private:
    Result<QXmlStreamReader::TokenType> pull();
    Status readActivity(IatiActivityIn &activity);
    Error refuse(const QString &reason) const;
    IatiNarratives *narrativeTarget(IatiActivityIn &activity, const QString &parent);

    QIODevice &m_device;
    QString m_fileName;
    QXmlStreamReader m_xml;
    QString m_version;
    int m_depth = 0;
    qint64 m_bytesRead = 0;
    qint64 m_bytesSinceToken = 0;

    // The element being read inside an activity, completed at its end.
    IatiOrg m_org;
    IatiTransactionIn m_transaction;
    IatiBudgetIn m_budget;
    IatiNarratives m_description;
    QString m_defaultLanguage;
};

} // namespace pd
