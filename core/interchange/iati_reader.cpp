#include "iati_reader.h"

#include <QCoreApplication>
#include <QIODevice>

namespace pd {

namespace {

constexpr qint64 kChunk = 64 * 1024;

QString attribute(const QXmlStreamReader &xml, const char *name)
{
    return xml.attributes().value(QLatin1String(name)).toString().trimmed();
}

// xml:lang, lower-case; d-portal also writes a look-alike in another namespace, which is not it.
QString languageOf(const QXmlStreamReader &xml)
{
    for (const QXmlStreamAttribute &a : xml.attributes()) {
        if (a.qualifiedName() == QLatin1String("xml:lang"))
            return a.value().toString().trimmed().toLower();
    }
    return {};
}

void addNarrative(IatiNarratives &to, const QString &language, const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return;
    auto append = [&](QString &field) { field = field.isEmpty() ? trimmed : field + u'\n' + trimmed; };
    if (language == QLatin1String("zh") || language == QLatin1String("zho") || language == QLatin1String("chi")
        || language.startsWith(QLatin1String("zh-")))
        append(to.zh);
    else if (language.isEmpty() || language == QLatin1String("en") || language == QLatin1String("eng")
        || language.startsWith(QLatin1String("en-")))
        append(to.en);
    else
        to.others.append({language, trimmed});
}

} // namespace

IatiReader::IatiReader(QIODevice &device, QString fileName)
    : m_device(device)
    , m_fileName(std::move(fileName))
{
    m_xml.setNamespaceProcessing(true);
    // Entities are refused with the DTD that declares them; this bounds what could slip through.
    m_xml.setEntityExpansionLimit(1024);
}

Error IatiReader::refuse(const QString &reason) const
{
    return Error::make(Error::Kind::InvalidArgument, QStringLiteral("%1:%2: %3").arg(m_fileName).arg(m_xml.lineNumber()).arg(reason));
}

Result<QXmlStreamReader::TokenType> IatiReader::pull()
{
    for (;;) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token != QXmlStreamReader::Invalid) {
            m_bytesSinceToken = 0;
            if (token == QXmlStreamReader::DTD && !m_xml.entityDeclarations().isEmpty())
                return refuse(QCoreApplication::translate("Iati", "the file declares entities in a DTD, which are not read"));
            if (token == QXmlStreamReader::EntityReference)
                return refuse(QCoreApplication::translate("Iati", "the file uses an entity, which is not read"));
            if (token == QXmlStreamReader::StartElement && ++m_depth > kMaxDepth)
                return refuse(QCoreApplication::translate("Iati", "elements are nested deeper than %1 levels").arg(kMaxDepth));
            if (token == QXmlStreamReader::EndElement)
                --m_depth;
            return token;
        }
        if (m_xml.error() != QXmlStreamReader::PrematureEndOfDocumentError)
            return refuse(QCoreApplication::translate("Iati", "not well-formed XML: %1").arg(m_xml.errorString()));
        if (m_device.atEnd())
            return refuse(QCoreApplication::translate("Iati", "the file ends before the document does"));
        // The reader holds what it has not made a token of yet: a text or a tag this long is refused
        // before it fills memory.
        if (m_bytesSinceToken > kMaxText)
            return refuse(QCoreApplication::translate("Iati", "a text or tag is longer than %1 MiB").arg(kMaxText / (1024 * 1024)));
        const QByteArray chunk = m_device.read(kChunk);
        if (chunk.isEmpty() && !m_device.atEnd())
            return refuse(QCoreApplication::translate("Iati", "the file cannot be read: %1").arg(m_device.errorString()));
        m_bytesRead += chunk.size();
        m_bytesSinceToken += chunk.size();
        m_xml.addData(chunk);
    }
}

Status IatiReader::readHeader()
{
    for (;;) {
        auto token = pull();
        if (!token)
            return token.error();
        if (token.value() != QXmlStreamReader::StartElement)
            continue;
        const QStringView root = m_xml.name();
        if (root == QLatin1String("iati-organisations"))
            return refuse(
                QCoreApplication::translate("Iati", "an IATI organisation file, not an activities file: organisations are not imported"));
        if (root != QLatin1String("iati-activities"))
            return refuse(
                QCoreApplication::translate("Iati", "not an IATI activities file (the root element is <%1>)").arg(root.toString()));
        m_version = attribute(m_xml, "version");
        if (m_version.isEmpty())
            return refuse(QCoreApplication::translate("Iati", "the file does not say its IATI version"));
        if (m_version.startsWith(QLatin1String("1.")))
            return refuse(QCoreApplication::translate("Iati", "an IATI %1 file: only versions 2.01 to 2.03 are read").arg(m_version));
        if (m_version != QLatin1String("2.01") && m_version != QLatin1String("2.02") && m_version != QLatin1String("2.03"))
            return refuse(QCoreApplication::translate("Iati", "IATI version %1 is not read (2.01 to 2.03 are)").arg(m_version));
        m_defaultLanguage = languageOf(m_xml);
        return {};
    }
}

Result<bool> IatiReader::next(IatiActivityIn &activity)
{
    for (;;) {
        auto token = pull();
        if (!token)
            return token.error();
        if (token.value() == QXmlStreamReader::EndDocument)
            return false;
        if (token.value() == QXmlStreamReader::StartElement && m_depth == 2 && m_xml.name() == QLatin1String("iati-activity")) {
            activity = {};
            if (Status read = readActivity(activity); !read)
                return read.error();
            return true;
        }
    }
}

IatiNarratives *IatiReader::narrativeTarget(IatiActivityIn &activity, const QString &parent)
{
    if (parent == QLatin1String("title"))
        return &activity.title;
    if (parent == QLatin1String("description"))
        return &m_description;
    if (parent == QLatin1String("participating-org"))
        return &m_org.name;
    if (parent == QLatin1String("provider-org"))
        return &m_transaction.provider.name;
    if (parent == QLatin1String("receiver-org"))
        return &m_transaction.receiver.name;
    return nullptr;
}

Status IatiReader::readActivity(IatiActivityIn &a)
{
    a.line = m_xml.lineNumber();
    a.defaultCurrency = attribute(m_xml, "default-currency").toUpper();
    QString language = languageOf(m_xml);
    if (language.isEmpty())
        language = m_defaultLanguage;
    QStringList path{QStringLiteral("iati-activity")}; // the open elements, from the activity down
    QString text;
    QString narrativeLanguage;
    const int activityDepth = m_depth;
    for (;;) {
        auto token = pull();
        if (!token)
            return token.error();
        switch (token.value()) {
        case QXmlStreamReader::StartElement: {
            const QString name = m_xml.name().toString();
            const QString parent = path.last();
            const bool inActivity = path.size() == 1;
            const bool inTransaction = path.size() == 2 && parent == QLatin1String("transaction");
            const bool inBudget = path.size() == 2 && parent == QLatin1String("budget");
            path.append(name);
            text.clear();
            const qint64 line = m_xml.lineNumber();
            if (name == QLatin1String("narrative")) {
                narrativeLanguage = languageOf(m_xml);
                if (narrativeLanguage.isEmpty())
                    narrativeLanguage = language;
            } else if (inActivity) {
                if (name == QLatin1String("reporting-org")) {
                    a.reportingOrgRef = attribute(m_xml, "ref");
                } else if (name == QLatin1String("description")) {
                    m_description = {};
                } else if (name == QLatin1String("participating-org")) {
                    m_org = {line, attribute(m_xml, "ref"), attribute(m_xml, "type"), attribute(m_xml, "role"), {}};
                } else if (name == QLatin1String("activity-status")) {
                    a.status = attribute(m_xml, "code");
                    a.statusLine = line;
                } else if (name == QLatin1String("activity-date")) {
                    a.dates.append({attribute(m_xml, "type"), attribute(m_xml, "iso-date")});
                } else if (name == QLatin1String("recipient-country")) {
                    a.countries.append({line, attribute(m_xml, "code").toUpper(), {}, attribute(m_xml, "percentage")});
                } else if (name == QLatin1String("sector")) {
                    a.sectors.append({line, attribute(m_xml, "code"), attribute(m_xml, "vocabulary"), attribute(m_xml, "percentage")});
                } else if (name == QLatin1String("tag")) {
                    a.tags.append({line, attribute(m_xml, "code"), attribute(m_xml, "vocabulary")});
                } else if (name == QLatin1String("budget")) {
                    m_budget = {};
                    m_budget.line = line;
                    m_budget.type = attribute(m_xml, "type");
                    m_budget.status = attribute(m_xml, "status");
                } else if (name == QLatin1String("transaction")) {
                    m_transaction = {};
                    m_transaction.line = line;
                    m_transaction.ref = attribute(m_xml, "ref");
                }
            } else if (inTransaction) {
                if (name == QLatin1String("transaction-type")) {
                    m_transaction.type = attribute(m_xml, "code");
                } else if (name == QLatin1String("transaction-date")) {
                    m_transaction.date = attribute(m_xml, "iso-date");
                } else if (name == QLatin1String("value")) {
                    m_transaction.hasValue = true;
                    m_transaction.value.currency = attribute(m_xml, "currency").toUpper();
                    m_transaction.value.valueDate = attribute(m_xml, "value-date");
                } else if (name == QLatin1String("provider-org")) {
                    m_transaction.provider = {line, attribute(m_xml, "ref"), attribute(m_xml, "type"), {}, {}};
                } else if (name == QLatin1String("receiver-org")) {
                    m_transaction.receiver = {line, attribute(m_xml, "ref"), attribute(m_xml, "type"), {}, {}};
                }
            } else if (inBudget) {
                if (name == QLatin1String("period-start")) {
                    m_budget.periodStart = attribute(m_xml, "iso-date");
                } else if (name == QLatin1String("period-end")) {
                    m_budget.periodEnd = attribute(m_xml, "iso-date");
                } else if (name == QLatin1String("value")) {
                    m_budget.hasValue = true;
                    m_budget.value.currency = attribute(m_xml, "currency").toUpper();
                    m_budget.value.valueDate = attribute(m_xml, "value-date");
                }
            }
            break;
        }
        case QXmlStreamReader::Characters:
            text += m_xml.text();
            if (text.size() > kMaxText)
                return refuse(QCoreApplication::translate("Iati", "a text is longer than %1 MiB").arg(kMaxText / (1024 * 1024)));
            break;
        case QXmlStreamReader::EndElement: {
            if (m_depth < activityDepth)
                return {}; // the activity's own end
            const QString name = path.takeLast();
            const QString parent = path.last();
            const int level = int(path.size()); // 1: a child of the activity
            if (name == QLatin1String("narrative")) {
                // A description inside a transaction is its own; elsewhere the parent decides.
                IatiNarratives *target = nullptr;
                if (parent == QLatin1String("description") && level == 3 && path.at(1) == QLatin1String("transaction"))
                    target = &m_transaction.description;
                else if (level == 2 || (level == 3 && path.at(1) == QLatin1String("transaction")))
                    target = narrativeTarget(a, parent);
                if (target)
                    addNarrative(*target, narrativeLanguage, text);
            } else if (level == 1) {
                if (name == QLatin1String("iati-identifier"))
                    a.identifier = text.trimmed();
                else if (name == QLatin1String("description"))
                    a.descriptions.append(m_description);
                else if (name == QLatin1String("participating-org"))
                    a.orgs.append(m_org);
                else if (name == QLatin1String("budget"))
                    a.budgets.append(m_budget);
                else if (name == QLatin1String("transaction"))
                    a.transactions.append(m_transaction);
            } else if (level == 2 && name == QLatin1String("transaction-type") && parent == QLatin1String("transaction")) {
                // Some publishers write the code as the element's text: <transaction-type>1</transaction-type>.
                if (m_transaction.type.isEmpty() && !text.trimmed().isEmpty()) {
                    m_transaction.type = text.trimmed();
                    m_transaction.typeInText = true;
                }
            } else if (level == 2 && name == QLatin1String("value")) {
                if (parent == QLatin1String("transaction"))
                    m_transaction.value.text = text.trimmed();
                else if (parent == QLatin1String("budget"))
                    m_budget.value.text = text.trimmed();
            }
            text.clear();
            break;
        }
        case QXmlStreamReader::EndDocument:
            return refuse(QCoreApplication::translate("Iati", "the file ends inside an activity"));
        default:
            break;
        }
    }
}

} // namespace pd
