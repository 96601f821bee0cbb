#include "iati_export.h"

#include "services/finance_service.h"
#include "services/partner_service.h"
#include "services/portfolio_settings.h"
#include "services/project_service.h"
#include "services/role_service.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include "storage/live_files.h"
#include "storage/storage_errors.h"

#include <QFile>
#include <QHash>
#include <QXmlStreamWriter>

#include <algorithm>

namespace pd {

namespace {

const QString kReportingOrgKey = QStringLiteral("iati_reporting_org");
const QString kDefaultReportingOrg = QStringLiteral("CN-CICETE");
constexpr int kGovernment = 10; // IATI OrganisationType: CICETE is a government agency under MOFCOM

QString percentText(int hundredths)
{
    QString text = QString::number(hundredths / 100);
    if (hundredths % 100 != 0)
        text += u'.' + QString::number(hundredths % 100).rightJustified(2, u'0');
    return text;
}

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

class ActivityWriter
{
public:
    ActivityWriter(Database &db, QXmlStreamWriter &xml, QString reportingOrg, QString generated)
        : m_db(db)
        , m_xml(xml)
        , m_reportingOrg(std::move(reportingOrg))
        , m_generated(std::move(generated))
    { }

    QString identifierOf(const Project &p) const { return p.iatiIdentifier.isEmpty() ? m_reportingOrg + u'-' + p.code : p.iatiIdentifier; }
    Status write(const Project &p);

private:
    void narratives(const QString &en, const QString &zh, bool always = false);
    void reportingOrg();
    Result<Partner> partner(qint64 id);
    Status participatingOrgs(const Project &p);
    Status budgets(const Project &p);
    Status transactions(const Project &p);
    Status org(const char *element, qint64 id, const QString &name);

    Database &m_db;
    QXmlStreamWriter &m_xml;
    QString m_reportingOrg;
    QString m_generated;
    PartnerService m_partners{m_db};
    RoleService m_roles{m_db};
    FinanceService m_finance{m_db};
    QHash<qint64, Partner> m_partnerCache;
};

void ActivityWriter::narratives(const QString &en, const QString &zh, bool always)
{
    if (!en.isEmpty() || (zh.isEmpty() && always))
        m_xml.writeTextElement(QStringLiteral("narrative"), en);
    if (!zh.isEmpty()) {
        m_xml.writeStartElement(QStringLiteral("narrative"));
        m_xml.writeAttribute(QStringLiteral("xml:lang"), QStringLiteral("zh"));
        m_xml.writeCharacters(zh);
        m_xml.writeEndElement();
    }
}

void ActivityWriter::reportingOrg()
{
    m_xml.writeStartElement(QStringLiteral("reporting-org"));
    m_xml.writeAttribute(QStringLiteral("ref"), m_reportingOrg);
    m_xml.writeAttribute(QStringLiteral("type"), QString::number(kGovernment));
    narratives(
        QStringLiteral("China International Center for Economic and Technical Exchanges"), QStringLiteral("中国国际经济技术交流中心"));
    m_xml.writeEndElement();
}

Result<Partner> ActivityWriter::partner(qint64 id)
{
    if (auto it = m_partnerCache.constFind(id); it != m_partnerCache.cend())
        return it.value();
    auto p = m_partners.get(id);
    if (p)
        m_partnerCache.insert(id, p.value());
    return p;
}

Status ActivityWriter::participatingOrgs(const Project &p)
{
    auto roles = m_roles.rolesOfProject(p.id);
    if (!roles)
        return roles.error();
    struct Org
    {
        int role;
        Partner partner;
    };
    QList<Org> orgs;
    for (const RoleView &v : roles.value()) {
        // A consignee receives and implements on the spot; a beneficiary has no IATI role.
        const int role = v.role.role == OrganisationRole::Consignee ? int(OrganisationRole::Implementing) : int(v.role.role);
        if (role > 4)
            continue;
        auto partner = this->partner(v.role.partnerId);
        if (!partner)
            return partner.error();
        const bool seen
            = std::any_of(orgs.cbegin(), orgs.cend(), [&](const Org &o) { return o.role == role && o.partner.id == partner->id; });
        if (!seen)
            orgs.append({role, partner.value()});
    }
    // An order that does not depend on ids, so that a re-imported portfolio writes the same file.
    std::stable_sort(orgs.begin(), orgs.end(), [](const Org &a, const Org &b) {
        return std::tuple(a.role, a.partner.nameEn, a.partner.nameZh, a.partner.iatiId)
            < std::tuple(b.role, b.partner.nameEn, b.partner.nameZh, b.partner.iatiId);
    });
    if (orgs.isEmpty()) {
        // The schema wants one: CICETE accounts for its own project.
        m_xml.writeStartElement(QStringLiteral("participating-org"));
        m_xml.writeAttribute(QStringLiteral("ref"), m_reportingOrg);
        m_xml.writeAttribute(QStringLiteral("type"), QString::number(kGovernment));
        m_xml.writeAttribute(QStringLiteral("role"), QString::number(int(OrganisationRole::Accountable)));
        narratives(
            QStringLiteral("China International Center for Economic and Technical Exchanges"), QStringLiteral("中国国际经济技术交流中心"));
        m_xml.writeEndElement();
    }
    for (const Org &o : orgs) {
        m_xml.writeStartElement(QStringLiteral("participating-org"));
        if (!o.partner.iatiId.isEmpty())
            m_xml.writeAttribute(QStringLiteral("ref"), o.partner.iatiId);
        if (o.partner.orgType > 0)
            m_xml.writeAttribute(QStringLiteral("type"), QString::number(o.partner.orgType));
        m_xml.writeAttribute(QStringLiteral("role"), QString::number(o.role));
        narratives(o.partner.nameEn, o.partner.nameZh);
        m_xml.writeEndElement();
    }
    return {};
}

Status ActivityWriter::budgets(const Project &p)
{
    auto lines = m_finance.budgetLines(p.id);
    if (!lines)
        return lines.error();
    for (const BudgetLine &b : lines.value()) {
        m_xml.writeStartElement(QStringLiteral("budget"));
        m_xml.writeAttribute(QStringLiteral("type"), QString::number(b.type));
        m_xml.writeAttribute(QStringLiteral("status"), QString::number(b.status));
        m_xml.writeEmptyElement(QStringLiteral("period-start"));
        m_xml.writeAttribute(QStringLiteral("iso-date"), isoDate(b.periodStart));
        m_xml.writeEmptyElement(QStringLiteral("period-end"));
        m_xml.writeAttribute(QStringLiteral("iso-date"), isoDate(b.periodEnd));
        m_xml.writeStartElement(QStringLiteral("value"));
        m_xml.writeAttribute(QStringLiteral("currency"), b.amount.currency());
        m_xml.writeAttribute(QStringLiteral("value-date"), isoDate(b.periodStart));
        m_xml.writeCharacters(b.amount.toDecimalString());
        m_xml.writeEndElement();
        m_xml.writeEndElement();
    }
    return {};
}

Status ActivityWriter::org(const char *element, qint64 id, const QString &name)
{
    Partner known;
    if (id > 0) {
        auto p = partner(id);
        if (!p)
            return p.error();
        known = p.value();
    }
    if (name.isEmpty() && known.id == 0)
        return {};
    m_xml.writeStartElement(QLatin1String(element));
    if (!known.iatiId.isEmpty()) {
        // An identified partner: its names, unless the transaction names it otherwise.
        m_xml.writeAttribute(QStringLiteral("ref"), known.iatiId);
        if (name.isEmpty() || name == known.name(Language::English))
            narratives(known.nameEn, known.nameZh, true);
        else
            narratives(name, {});
    } else {
        narratives(name.isEmpty() ? known.name(Language::English) : name, {});
    }
    m_xml.writeEndElement();
    return {};
}

Status ActivityWriter::transactions(const Project &p)
{
    auto list = m_finance.transactions(p.id);
    if (!list)
        return list.error();
    QList<FinancialTransaction> ordered = list.value();
    std::stable_sort(ordered.begin(), ordered.end(), [](const FinancialTransaction &a, const FinancialTransaction &b) {
        return std::tuple(a.date, a.type) < std::tuple(b.date, b.type);
    });
    for (const FinancialTransaction &t : ordered) {
        m_xml.writeStartElement(QStringLiteral("transaction"));
        if (!t.reference.isEmpty())
            m_xml.writeAttribute(QStringLiteral("ref"), t.reference);
        m_xml.writeEmptyElement(QStringLiteral("transaction-type"));
        m_xml.writeAttribute(QStringLiteral("code"), QString::number(t.type));
        m_xml.writeEmptyElement(QStringLiteral("transaction-date"));
        m_xml.writeAttribute(QStringLiteral("iso-date"), isoDate(t.date));
        m_xml.writeStartElement(QStringLiteral("value"));
        m_xml.writeAttribute(QStringLiteral("currency"), t.amount.currency());
        m_xml.writeAttribute(QStringLiteral("value-date"), isoDate(t.effectiveValueDate()));
        m_xml.writeCharacters(t.amount.toDecimalString());
        m_xml.writeEndElement();
        if (!t.description.isEmpty()) {
            m_xml.writeStartElement(QStringLiteral("description"));
            narratives(t.description, {});
            m_xml.writeEndElement();
        }
        if (Status s = org("provider-org", t.providerId, t.providerName); !s)
            return s;
        if (Status s = org("receiver-org", t.receiverId, t.receiverName); !s)
            return s;
        m_xml.writeEndElement();
    }
    return {};
}

Status ActivityWriter::write(const Project &p)
{
    const QList<std::pair<int, QDate>> dates{{1, p.plannedStart}, {2, p.actualStart}, {3, p.plannedEnd}, {4, p.actualEnd}};
    if (std::none_of(dates.cbegin(), dates.cend(), [](const auto &d) { return d.second.isValid(); })) {
        return Error::make(
            Error::Kind::Validation, QCoreApplication::translate("Iati", "project %1 has no date; IATI needs at least one (planned start)").arg(p.code), p.recordName());
    }
    m_xml.writeStartElement(QStringLiteral("iati-activity"));
    m_xml.writeAttribute(QStringLiteral("last-updated-datetime"), m_generated);
    m_xml.writeAttribute(QStringLiteral("xml:lang"), QStringLiteral("en"));
    m_xml.writeAttribute(QStringLiteral("hierarchy"), QStringLiteral("1"));
    m_xml.writeTextElement(QStringLiteral("iati-identifier"), identifierOf(p));
    reportingOrg();
    m_xml.writeStartElement(QStringLiteral("title"));
    narratives(p.titleEn, p.titleZh, true);
    m_xml.writeEndElement();
    m_xml.writeStartElement(QStringLiteral("description"));
    m_xml.writeAttribute(QStringLiteral("type"), QStringLiteral("1"));
    narratives(p.descriptionEn, p.descriptionZh, true);
    m_xml.writeEndElement();
    if (Status s = participatingOrgs(p); !s)
        return s;
    m_xml.writeEmptyElement(QStringLiteral("activity-status"));
    m_xml.writeAttribute(QStringLiteral("code"), QString::number(int(p.status)));
    for (const auto &[type, date] : dates) {
        if (!date.isValid())
            continue;
        m_xml.writeEmptyElement(QStringLiteral("activity-date"));
        m_xml.writeAttribute(QStringLiteral("type"), QString::number(type));
        m_xml.writeAttribute(QStringLiteral("iso-date"), isoDate(date));
    }
    for (const CountryShare &c : p.countries) {
        m_xml.writeEmptyElement(QStringLiteral("recipient-country"));
        m_xml.writeAttribute(QStringLiteral("code"), c.country);
        m_xml.writeAttribute(QStringLiteral("percentage"), percentText(c.percent));
    }
    for (const SectorShare &s : p.sectors) {
        m_xml.writeEmptyElement(QStringLiteral("sector"));
        m_xml.writeAttribute(QStringLiteral("vocabulary"), QStringLiteral("1"));
        m_xml.writeAttribute(QStringLiteral("code"), s.code);
        m_xml.writeAttribute(QStringLiteral("percentage"), percentText(s.percent));
    }
    QList<int> goals = p.sdgGoals;
    std::sort(goals.begin(), goals.end());
    for (int goal : goals) {
        m_xml.writeEmptyElement(QStringLiteral("tag"));
        m_xml.writeAttribute(QStringLiteral("vocabulary"), QStringLiteral("2"));
        m_xml.writeAttribute(QStringLiteral("code"), QString::number(goal));
    }
    if (Status s = budgets(p); !s)
        return s;
    if (Status s = transactions(p); !s)
        return s;
    m_xml.writeEndElement();
    return {};
}

} // namespace

Result<qint64> exportIati(const Database &constDb, const ProjectFilter &filter, const QString &path, const IatiExportOptions &options,
    const ImportProgress &progress)
{
    // Only read here; the services and the snapshot take a non-const database for their writers' sake.
    Database &db = const_cast<Database &>(constDb);
    QString reportingOrg = options.reportingOrgRef.trimmed();
    if (reportingOrg.isEmpty()) {
        auto setting = PortfolioSettings(db).value(kReportingOrgKey, kDefaultReportingOrg);
        if (!setting)
            return setting.error();
        reportingOrg = setting.value().isEmpty() ? kDefaultReportingOrg : setting.value();
    }
    Transaction snapshot(db, Transaction::Mode::Read);
    if (!snapshot.isActive())
        return snapshot.error();

    ProjectService projects(db);
    ProjectQuery query;
    query.filter = filter;
    QList<qint64> ids;
    if (Status read = projects.forEachPage(query, 500,
            [&](const QList<ProjectSummary> &page) -> Status {
                for (const ProjectSummary &s : page)
                    ids.append(s.id);
                return {};
            });
        !read)
        return read.error();

    if (Status notLive = LiveFiles::refuseIfLive(path); !notLive)
        return notLive.error();
    const QString partPath = path + QStringLiteral(".part");
    QFile file(partPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return writeError(path, file.errorString());
    const QString generated = QDateTime(options.generated, QTime(0, 0), Qt::UTC).toString(Qt::ISODate);
    QXmlStreamWriter xml(&file);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(1);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("iati-activities"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("2.03"));
    xml.writeAttribute(QStringLiteral("generated-datetime"), generated);
    ActivityWriter writer(db, xml, reportingOrg, generated);

    // In identifier order: the order survives a re-import, where codes may change.
    QList<std::pair<QString, qint64>> order;
    for (qint64 id : ids) {
        auto p = projects.get(id);
        if (!p)
            return p.error();
        order.append({writer.identifierOf(p.value()), id});
    }
    std::sort(order.begin(), order.end());
    auto fail = [&](const Error &e) -> Result<qint64> {
        file.close();
        QFile::remove(partPath);
        return e;
    };
    qint64 done = 0;
    for (const auto &[identifier, id] : order) {
        auto p = projects.get(id);
        if (!p)
            return fail(p.error());
        if (Status s = writer.write(p.value()); !s)
            return fail(s.error());
        ++done;
        if (progress && !progress(done, order.size()))
            return fail(Error::make(Error::Kind::Cancelled, QCoreApplication::translate("Iati", "The export was cancelled.")));
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    if (xml.hasError() || !file.flush())
        return fail(writeError(path, file.errorString()));
    file.close();
    if (QFile::exists(path) && !QFile::remove(path))
        return fail(Error::make(Error::Kind::Io, QCoreApplication::translate("Iati", "%1 cannot be replaced").arg(path)));
    if (!QFile::rename(partPath, path))
        return fail(Error::make(Error::Kind::Io, QCoreApplication::translate("Iati", "%1 cannot be renamed to %2").arg(partPath, path)));
    return done;
}

} // namespace pd
