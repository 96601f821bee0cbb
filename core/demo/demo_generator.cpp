#include "demo_generator.h"

#include "demo_deliveries.h"
#include "demo_finance.h"
#include "demo_vocabulary.h"
#include "domain/validation.h"
#include "reference/reference_data.h"
#include "services/audit_log.h"
#include "services/partner_service.h"
#include "services/portfolio_settings.h"
#include "services/project_writer.h"
#include "storage/write_activity.h"
#include "storage/database.h"
#include "storage/sql_values.h"
#include "storage/transaction.h"

#include <QDateTime>
#include <QRandomGenerator>

namespace pd {

namespace {

struct LinePlan
{
    BusinessLine line;
    int perUnit;
};

// Shares per 100 projects, close to CICETE's mix: goods supply is the largest line.
constexpr LinePlan kPlans[] = {
    {BusinessLine::GoodsSupply, 38},
    {BusinessLine::Sscaf, 14},
    {BusinessLine::UnProgramme, 12},
    {BusinessLine::HumanResources, 18},
    {BusinessLine::Conferences, 6},
    {BusinessLine::SscNetwork, 12},
};

// SSCAF projects started by the end of 2019, as China's white paper counts them.
constexpr qint64 kSscafBy2019 = 82;

// The 14 organisations SSCAF projects run with (by acronym in the vocabulary).
const char *const kSscafOrgs[]
    = {"WFP", "WHO", "UNICEF", "UNFPA", "UNHCR", "IOM", "ICRC", "UNDP", "FAO", "UN Women", "UNAIDS", "UNESCO", "UNIDO", "IFRC"};

struct Placeholders
{
    const Country *country = nullptr;
    const Bilingual *province = nullptr;
    const DemoOrganisation *org = nullptr;
    const DemoSubject *subject = nullptr;
    int year = 0;
};

// ISO's list order ("Palestine, State of") turned to the order of a sentence ("State of Palestine").
QString inSentence(const QString &isoName)
{
    const qsizetype comma = isoName.indexOf(QLatin1String(", "));
    if (comma < 0)
        return isoName;
    QString tail = isoName.mid(comma + 2);
    if (tail.startsWith(QLatin1String("The ")))
        tail.remove(0, 4);
    const bool reorders = tail.endsWith(QLatin1String(" of")) || tail.endsWith(QLatin1String(" of the")) || !tail.contains(u' ');
    return reorders ? tail + u' ' + isoName.left(comma) : isoName;
}

QString fill(QString text, const Placeholders &p, bool zh)
{
    if (p.country)
        text.replace(zh ? QLatin1String("{country_zh}") : QLatin1String("{country_en}"), zh ? p.country->nameZh : inSentence(p.country->nameEn));
    if (p.province)
        text.replace(zh ? QLatin1String("{province_zh}") : QLatin1String("{province_en}"), zh ? p.province->zh : p.province->en);
    if (p.org) {
        text.replace(zh ? QLatin1String("{org_zh}") : QLatin1String("{org_en}"), zh ? p.org->name.zh : p.org->name.en);
        text.replace(QLatin1String("{org_acronym}"), p.org->acronym);
    }
    if (p.subject)
        text.replace(zh ? QLatin1String("{subject_zh}") : QLatin1String("{subject_en}"), zh ? p.subject->name.zh : p.subject->name.en);
    text.replace(QLatin1String("{year}"), QString::number(p.year));
    return text;
}

// Years a project may start in; by lastMonth at the latest.
struct YearSpan
{
    int from = 2013;
    int to = 2026;
    int lastMonth = 12;
};

class Builder
{
public:
    Builder(Database &db, const DemoOptions &options)
        : m_db(db)
        , m_options(options)
        , m_rng(options.seed)
        , m_vocabulary(DemoVocabulary::instance())
        , m_writer(db)
        , m_finance(db, m_rng, options.today)
        , m_shippingRng(options.seed + 1)
        , m_deliveries(db, m_shippingRng, options.today)
    { }

    Status createPartners();
    Result<DemoSummary> createProjects(const DemoGenerator::Progress &progress);

private:
    struct Draft
    {
        Project project;
        QList<std::pair<qint64, OrganisationRole>> roles;
        QStringList themes;    // of the title: what a supply project ships
        qint64 consignee = 0;  // who receives a supply project's goods
    };

    Result<qint64> addPartner(const DemoOrganisation &org, const QString &country);
    Result<qint64> recipientOrg(const Country &country);
    const DemoOrganisation *org(const QString &acronym) const;
    qint64 orgId(const QString &acronym) const { return m_partnerIds.value(acronym); }
    template <typename T> const T &pickFrom(const QList<T> &list) { return list.at(m_rng.bounded(int(list.size()))); }
    const Country &developingCountry(qint64 index);

    Result<Draft> draft(BusinessLine line, qint64 index);
    Status addRoles(QSqlQuery &insert, qint64 projectId, const QList<std::pair<qint64, OrganisationRole>> &roles, DemoSummary &summary);
    Status createCovidResponse(QSqlQuery &roleInsert, const QString &timestamp, DemoSummary &summary);
    void schedule(Project &p, int minMonths, int maxMonths, const YearSpan &span = {});
    QString nextCode(const QString &prefix, int year);

    Database &m_db;
    DemoOptions m_options;
    QRandomGenerator m_rng;
    const DemoVocabulary &m_vocabulary;
    ProjectWriter m_writer;
    DemoFinance m_finance;
    QRandomGenerator m_shippingRng; // its own stream: shipments do not shift the projects' draws
    DemoDeliveries m_deliveries;
    QHash<QString, qint64> m_partnerIds; // acronym or "recipient:CC" -> id
    QHash<QString, int> m_codeCounters;
    qint64 m_partners = 0;
};

Result<qint64> Builder::addPartner(const DemoOrganisation &o, const QString &country)
{
    Partner p;
    p.nameEn = o.name.en;
    p.nameZh = o.name.zh;
    p.acronym = o.acronym;
    p.orgType = o.orgType;
    p.iatiId = o.iatiId;
    p.country = country;
    p.networkMemberSince = o.memberSince;
    auto stored = PartnerService(m_db).create(p);
    if (!stored)
        return stored.error();
    ++m_partners;
    return stored->id;
}

Status Builder::createPartners()
{
    const QString china = QStringLiteral("CN");
    QList<std::pair<const DemoOrganisation *, QString>> all{{&m_vocabulary.cicete, china}};
    for (const DemoOrganisation &o : m_vocabulary.governmentFunders)
        all.append({&o, china});
    for (const DemoOrganisation &o : m_vocabulary.internationalOrgs)
        all.append({&o, QString()});
    for (const DemoOrganisation &o : m_vocabulary.networkMembers)
        all.append({&o, china});
    for (const auto &[o, country] : all) {
        auto id = addPartner(*o, country);
        if (!id)
            return id.error();
        m_partnerIds.insert(o->acronym.isEmpty() ? o->name.en : o->acronym, id.value());
    }
    return {};
}

Result<qint64> Builder::recipientOrg(const Country &country)
{
    const QString key = QStringLiteral("recipient:") + country.alpha2;
    if (const auto it = m_partnerIds.constFind(key); it != m_partnerIds.constEnd())
        return *it;
    // A fixed function of the code (qHash may change between Qt versions) keeps the demo reproducible.
    const int pickIndex
        = (country.alpha2.at(0).unicode() * 31 + country.alpha2.at(1).unicode()) % int(m_vocabulary.recipientOrgTemplates.size());
    const DemoOrganisation &tpl = m_vocabulary.recipientOrgTemplates.at(pickIndex);
    DemoOrganisation o = tpl;
    const Placeholders p{&country, nullptr, nullptr, nullptr, 0};
    o.name = {fill(tpl.name.en, p, false), fill(tpl.name.zh, p, true)};
    auto id = addPartner(o, country.alpha2);
    if (id)
        m_partnerIds.insert(key, id.value());
    return id;
}

const DemoOrganisation *Builder::org(const QString &acronym) const
{
    for (const DemoOrganisation &o : m_vocabulary.internationalOrgs) {
        if (o.acronym == acronym)
            return &o;
    }
    return nullptr;
}

const Country &Builder::developingCountry(qint64 index)
{
    // A stride coprime with the list's length visits every country before repeating one.
    const QStringList &codes = m_vocabulary.goodsCountries;
    const qint64 stride = 37;
    return *ReferenceData::instance().country(codes.at((index * stride) % codes.size()));
}

void Builder::schedule(Project &p, int minMonths, int maxMonths, const YearSpan &span)
{
    // The same draws whatever the span, so that a span changes these dates and nothing after them.
    const int drawn = m_rng.bounded(14);
    const int year = span.from + drawn % (span.to - span.from + 1);
    p.plannedStart = QDate(year, 1 + m_rng.bounded(12) % span.lastMonth, 1 + m_rng.bounded(28));
    const int months = minMonths + m_rng.bounded(maxMonths - minMonths + 1);
    p.plannedEnd = months == 0 ? p.plannedStart.addDays(2 + m_rng.bounded(4)) : p.plannedStart.addMonths(months).addDays(-1);

    const QDate today = m_options.today;
    const int roll = m_rng.bounded(100);
    if (p.plannedStart > today) {
        p.status = ActivityStatus::Pipeline;
    } else if (roll < 3) {
        p.status = ActivityStatus::Cancelled;
    } else {
        p.actualStart = std::min(today, p.plannedStart.addDays(m_rng.bounded(45)));
        const QDate end = p.plannedEnd.addDays(m_rng.bounded(90));
        if (end > today)
            p.status = roll < 8 ? ActivityStatus::Suspended : ActivityStatus::Implementation;
        else if (end > today.addMonths(-6))
            p.status = ActivityStatus::Finalisation;
        else {
            p.status = ActivityStatus::Closed;
            p.actualEnd = std::max(end, p.actualStart);
        }
    }
}

QString Builder::nextCode(const QString &prefix, int year)
{
    const int n = ++m_codeCounters[prefix + QString::number(year)];
    return QStringLiteral("%1-%2-%3").arg(prefix).arg(year).arg(n, 3, 10, QLatin1Char('0'));
}

Result<Builder::Draft> Builder::draft(BusinessLine line, qint64 index)
{
    Draft d;
    Project &p = d.project;
    p.line = line;
    p.officer = pickFrom(m_vocabulary.officers).en;
    Placeholders ph;
    QString prefix;
    const QString lineKey = keyOf(line);
    const QList<DemoTitle> &titles = m_vocabulary.titles.value(lineKey);
    const DemoTitle *title = &pickFrom(titles);
    const qint64 funder = orgId(QStringLiteral("MOFCOM"));
    const qint64 cicete = orgId(m_vocabulary.cicete.acronym);

    switch (line) {
    case BusinessLine::GoodsSupply: {
        prefix = QStringLiteral("GS");
        ph.country = &developingCountry(index);
        p.funding = FundingSource::ChinaAidGrant;
        schedule(p, 4, 18);
        // A title tied to its years (COVID-19, Ebola) is never dated outside them: the next title of
        // the same kind of goods (its first theme) that fits stands in. The goods shipped keep the
        // themes drawn, and nothing else is drawn, so that the rest of the portfolio stays the same.
        // COVID-19 supplies are the COVID-19 response's own (createCovidResponse); here they are drawn
        // like any title and stood in for the same way.
        d.themes = title->themes;
        const auto usable = [&p](const DemoTitle &t) { return t.fits(p.plannedStart.year()) && t.emergency != QLatin1String("covid-19"); };
        for (qsizetype k = 0; !usable(*title) && k < 2 * titles.size(); ++k) {
            const DemoTitle &other = titles.at((index + k) % titles.size());
            if (usable(other) && (k >= titles.size() || other.themes.value(0) == d.themes.value(0)))
                title = &other;
        }
        p.emergency = title->emergency;
        auto consignee = recipientOrg(*ph.country);
        if (!consignee)
            return consignee.error();
        d.consignee = consignee.value();
        // One supply project in twelve goes through an international organisation in the country.
        if (index % 12 == 7) {
            const QString agency = d.themes.contains(QLatin1String("food_security")) ? QStringLiteral("WFP")
                : d.themes.contains(QLatin1String("health"))                          ? QStringLiteral("WHO")
                : d.themes.contains(QLatin1String("education"))                       ? QStringLiteral("UNICEF")
                                                                                           : QStringLiteral("UNHCR");
            if (const qint64 id = orgId(agency))
                d.consignee = id;
        }
        d.roles = {{funder, OrganisationRole::Funding}, {cicete, OrganisationRole::Extending}, {d.consignee, OrganisationRole::Consignee}};
        break;
    }
    case BusinessLine::Sscaf: {
        prefix = QStringLiteral("SSCAF");
        const QString acronym = QLatin1String(kSscafOrgs[index % std::size(kSscafOrgs)]);
        ph.org = org(acronym);
        QList<const DemoTitle *> fitting;
        for (const DemoTitle &t : titles) {
            if (t.partners.contains(acronym))
                fitting << &t;
        }
        if (!fitting.isEmpty())
            title = fitting.at(m_rng.bounded(int(fitting.size())));
        ph.country = &developingCountry(index * 3 + 1);
        p.funding = FundingSource::Sscaf;
        // CICETE's figure: 82 SSCAF projects with 14 international organisations by the end of 2019.
        // The first 82 start (planned, and actually within 45 days) by then; the others from 2020.
        schedule(p, 12, 36, index < kSscafBy2019 ? YearSpan{2016, 2019, 10} : YearSpan{2020, 2026, 12});
        d.roles = {
            {funder, OrganisationRole::Funding}, {cicete, OrganisationRole::Extending}, {orgId(acronym), OrganisationRole::Implementing}};
        break;
    }
    case BusinessLine::UnProgramme: {
        prefix = QStringLiteral("UN");
        const int roll = m_rng.bounded(10);
        const QString acronym = roll < 7 ? QStringLiteral("UNDP") : roll < 9 ? QStringLiteral("UNIDO") : QStringLiteral("UNOSSC");
        ph.org = org(acronym);
        ph.province = &pickFrom(m_vocabulary.provinces);
        ph.country = title->text.en.contains(QLatin1String("{country_en}")) ? &developingCountry(index * 5 + 2)
                                                                            : ReferenceData::instance().country(QStringLiteral("CN"));
        p.funding = acronym == QLatin1String("UNIDO") ? FundingSource::Unido
            : title->fund == QLatin1String("PGTF")    ? FundingSource::Pgtf
                                                      : FundingSource::Undp;
        schedule(p, 24, 60);
        d.roles = {{orgId(acronym), OrganisationRole::Funding}, {funder, OrganisationRole::Funding},
            {orgId(acronym), OrganisationRole::Accountable}, {cicete, OrganisationRole::Implementing}};
        break;
    }
    case BusinessLine::HumanResources: {
        prefix = QStringLiteral("HRD");
        ph.subject = &pickFrom(m_vocabulary.subjects);
        const DemoOrganisation &host = m_vocabulary.networkMembers.at(index % m_vocabulary.networkMembers.size());
        ph.org = &host;
        p.funding = FundingSource::ChinaAidGrant;
        schedule(p, 0, 1);
        // Participants' countries share the seminar equally; the first takes the remainder.
        const int n = 3 + m_rng.bounded(6);
        for (int i = 0; i < n; ++i) {
            const Country &c = developingCountry(index * 11 + i * 13 + m_rng.bounded(5));
            if (std::none_of(p.countries.cbegin(), p.countries.cend(), [&](const CountryShare &s) { return s.country == c.alpha2; }))
                p.countries.append({c.alpha2, 0});
        }
        // A bilateral or in-country course ("... for {country_en}") is for the one country its title names.
        if (title->text.en.contains(QLatin1String("{country_en}")) && !p.countries.isEmpty()) {
            p.countries.resize(1);
            ph.country = ReferenceData::instance().country(p.countries.first().country);
        }
        d.roles = {{funder, OrganisationRole::Funding}, {cicete, OrganisationRole::Extending},
            {orgId(host.acronym.isEmpty() ? host.name.en : host.acronym), OrganisationRole::Implementing}};
        break;
    }
    case BusinessLine::Conferences:
        prefix = QStringLiteral("CONF");
        p.funding = m_rng.bounded(4) == 0 ? FundingSource::Other : FundingSource::ChinaAidGrant;
        schedule(p, 0, 0);
        d.roles = {{funder, OrganisationRole::Funding}, {cicete, OrganisationRole::Implementing}};
        break;
    case BusinessLine::SscNetwork: {
        const DemoOrganisation &member = m_vocabulary.networkMembers.at((index * 7) % m_vocabulary.networkMembers.size());
        ph.org = &member;
        ph.country = &developingCountry(index * 7 + 3);
        const bool pgtf = title->fund == QLatin1String("PGTF");
        prefix = pgtf ? QStringLiteral("PGTF") : QStringLiteral("DEMO");
        p.funding = pgtf ? FundingSource::Pgtf : FundingSource::Gssd;
        schedule(p, 12, 24);
        d.roles = {{pgtf ? orgId(QStringLiteral("PGTF")) : orgId(QStringLiteral("UNOSSC")), OrganisationRole::Funding},
            {cicete, OrganisationRole::Accountable},
            {orgId(member.acronym.isEmpty() ? member.name.en : member.acronym), OrganisationRole::Implementing}};
        break;
    }
    }

    ph.year = p.plannedStart.year();
    p.code = nextCode(prefix, ph.year);
    p.titleEn = fill(title->text.en, ph, false);
    p.titleZh = fill(title->text.zh, ph, true);
    const QList<Bilingual> &descriptions = m_vocabulary.descriptions.value(lineKey);
    if (!descriptions.isEmpty()) {
        const Bilingual &text = pickFrom(descriptions);
        p.descriptionEn = fill(text.en, ph, false);
        p.descriptionZh = fill(text.zh, ph, true);
    }
    if (p.countries.isEmpty() && ph.country)
        p.countries.append({ph.country->alpha2, kWholePercent});
    const int share = p.countries.isEmpty() ? 0 : kWholePercent / int(p.countries.size());
    for (CountryShare &c : p.countries)
        c.percent = share;
    if (!p.countries.isEmpty())
        p.countries.first().percent += kWholePercent - share * int(p.countries.size());
    QStringList sectors = title->sectors;
    if (ph.subject && !ph.subject->sector.isEmpty())
        sectors = {ph.subject->sector};
    for (int i = 0; i < sectors.size(); ++i)
        p.sectors.append({sectors.at(i), kWholePercent / int(sectors.size()) + (i == 0 ? kWholePercent % int(sectors.size()) : 0)});
    p.sdgGoals = title->sdgs;

    d.roles.erase(std::remove_if(d.roles.begin(), d.roles.end(), [](const auto &r) { return r.first == 0; }), d.roles.end());
    return d;
}

Result<DemoSummary> Builder::createProjects(const DemoGenerator::Progress &progress)
{
    DemoSummary summary;
    const qint64 total = qint64(m_options.scale) * DemoGenerator::kProjectsPerUnit;
    auto roleInsert = m_db.prepare(QStringLiteral("INSERT INTO project_partners (project_id, partner_id, role) VALUES (?, ?, ?)"));
    if (!roleInsert)
        return roleInsert.error();
    const QString timestamp = utcNow();
    if (Status s = m_finance.prepare(); !s)
        return s.error();
    if (Status s = m_finance.writeRates(); !s)
        return s.error();
    if (Status s = m_deliveries.prepare(); !s)
        return s.error();
    QHash<int, qint64> perLine;
    for (int unit = 0; unit < m_options.scale; ++unit) {
        for (const LinePlan &plan : kPlans) {
            for (int i = 0; i < plan.perUnit; ++i) {
                auto d = draft(plan.line, perLine[int(plan.line)]++);
                if (!d)
                    return d.error();
                if (const QList<FieldError> errors = validateProject(d->project); !errors.isEmpty())
                    return Error::validation(errors, d->project.recordName());
                auto id = m_writer.insert(d->project, timestamp);
                if (!id)
                    return id.error();
                auto money = m_finance.addProject(id.value(), d->project);
                if (!money)
                    return money.error();
                summary.transactions += money.value();
                if (plan.line == BusinessLine::GoodsSupply) {
                    auto shipped = m_deliveries.addProject(id.value(), d->project, d->themes, d->consignee);
                    if (!shipped)
                        return shipped.error();
                    summary.deliveries += shipped.value();
                }
                if (Status s = addRoles(roleInsert.value(), id.value(), d->roles, summary); !s)
                    return s.error();
                if (++summary.projects % 500 == 0 && progress && !progress(summary.projects, total))
                    return Error::make(Error::Kind::Cancelled, QStringLiteral("cancelled; nothing was written"));
            }
        }
    }
    if (m_options.scale >= DemoGenerator::kStandardScale) {
        if (Status s = createCovidResponse(roleInsert.value(), timestamp, summary); !s)
            return s.error();
    }
    summary.partners = m_partners;
    return summary;
}

Status Builder::addRoles(QSqlQuery &insert, qint64 projectId, const QList<std::pair<qint64, OrganisationRole>> &roles, DemoSummary &summary)
{
    QSet<std::pair<qint64, int>> seen;
    for (const auto &[partner, role] : roles) {
        if (partner == 0 || seen.contains({partner, int(role)}))
            continue;
        seen.insert({partner, int(role)});
        if (Status s = m_db.run(insert, {projectId, partner, int(role)}); !s)
            return s;
        ++summary.roles;
    }
    return {};
}

// CICETE's COVID-19 response as its report tells it: "by March 2021, 307 projects to 150 countries
// and 4 international organisations, delivering 2,327 tons". Every goods-recipient country gets
// supplies (150 of them), six shipments go to WHO, UNICEF, WFP and UNHCR, and the weights add up to
// 2,327 tonnes; then 30 vaccine shipments from April 2021, after the figure's period.
Status Builder::createCovidResponse(QSqlQuery &roleInsert, const QString &timestamp, DemoSummary &summary)
{
    const DemoTitle *supplies = nullptr;
    const DemoTitle *vaccines = nullptr;
    const QList<DemoTitle> &goodsTitles = m_vocabulary.titles.value(QStringLiteral("goods")); // kept alive to the end
    for (const DemoTitle &t : goodsTitles) {
        if (t.emergency == QLatin1String("covid-19"))
            (t.themes.contains(QLatin1String("humanitarian")) ? supplies : vaccines) = &t;
    }
    if (!supplies || !vaccines)
        return Error::make(Error::Kind::InvalidArgument, QStringLiteral("the demo vocabulary has no COVID-19 titles"));
    constexpr int kProjects = 307, kCountries = 150, kVaccines = 30;
    constexpr qint64 kGrams = 2'327'000'000;
    const char *const agencies[] = {"WHO", "UNICEF", "WFP", "UNHCR"};
    // Shares of the weight: uneven, fixed; the last shipment takes what rounding leaves.
    qint64 parts = 0;
    for (int k = 0; k < kProjects; ++k)
        parts += 3 + (k * 7) % 13;
    qint64 gramsLeft = kGrams;
    const qint64 funder = orgId(QStringLiteral("MOFCOM"));
    const qint64 cicete = orgId(m_vocabulary.cicete.acronym);
    for (int k = 0; k < kProjects + kVaccines; ++k) {
        const bool vaccine = k >= kProjects;
        const DemoTitle &title = vaccine ? *vaccines : *supplies;
        const Country &country = developingCountry(vaccine ? (k - kProjects) * 5 : k % kCountries);
        Project p;
        p.line = BusinessLine::GoodsSupply;
        p.funding = FundingSource::ChinaAidGrant;
        p.emergency = title.emergency;
        p.officer = pickFrom(m_vocabulary.officers).en;
        p.plannedStart = vaccine ? QDate(2021, 4, 15).addDays((k - kProjects) * 12) : QDate(2020, 2, 1).addDays(k * 400 / kProjects);
        p.plannedEnd = p.plannedStart.addMonths(3).addDays(-1);
        p.actualStart = p.plannedStart;
        p.actualEnd = p.plannedEnd;
        p.status = ActivityStatus::Closed;
        p.code = nextCode(QStringLiteral("GS"), p.plannedStart.year());
        const Placeholders ph{&country, nullptr, nullptr, nullptr, p.plannedStart.year()};
        p.titleEn = fill(title.text.en, ph, false);
        p.titleZh = fill(title.text.zh, ph, true);
        p.countries = {{country.alpha2, kWholePercent}};
        for (qsizetype i = 0; i < title.sectors.size(); ++i)
            p.sectors.append({title.sectors.at(i), kWholePercent / int(title.sectors.size()) + (i == 0 ? kWholePercent % int(title.sectors.size()) : 0)});
        p.sdgGoals = title.sdgs;
        qint64 consignee = 0;
        if (!vaccine && k % 44 == 43) {
            consignee = orgId(QLatin1String(agencies[(k / 44) % std::size(agencies)]));
        } else {
            auto recipient = recipientOrg(country);
            if (!recipient)
                return recipient.error();
            consignee = recipient.value();
        }
        if (const QList<FieldError> errors = validateProject(p); !errors.isEmpty())
            return Error::validation(errors, p.recordName());
        auto id = m_writer.insert(p, timestamp);
        if (!id)
            return id.error();
        auto money = m_finance.addProject(id.value(), p);
        if (!money)
            return money.error();
        summary.transactions += money.value();
        const qint64 grams = vaccine ? 4'000'000 + (k % 9) * 1'500'000
            : k + 1 == kProjects      ? gramsLeft
                                      : kGrams * (3 + (k * 7) % 13) / parts;
        if (!vaccine)
            gramsLeft -= grams;
        const QDate handover = p.plannedStart.addDays(10 + k % 15);
        if (Status s = m_deliveries.addHandedOver(id.value(), p, title.themes, consignee, handover, grams); !s)
            return s;
        ++summary.deliveries;
        if (Status s = addRoles(roleInsert, id.value(),
                {{funder, OrganisationRole::Funding}, {cicete, OrganisationRole::Extending}, {consignee, OrganisationRole::Consignee}}, summary);
            !s)
            return s;
        ++summary.projects;
    }
    return {};
}

} // namespace

DemoGenerator::DemoGenerator(Database &db, DemoOptions options)
    : m_db(db)
    , m_options(options)
{ }

Result<DemoSummary> DemoGenerator::run(const Progress &progress)
{
    if (m_options.scale < 1)
        return Error::make(Error::Kind::InvalidArgument, QStringLiteral("the scale must be 1 or more"));
    auto existing = m_db.execute(QStringLiteral("SELECT (SELECT count(*) FROM projects) + (SELECT count(*) FROM partners)"));
    if (!existing)
        return existing.error();
    if (existing->next() && existing->value(0).toLongLong() > 0)
        return Error::make(
            Error::Kind::InvalidArgument, QStringLiteral("%1 already holds data; the demo is made in an empty portfolio").arg(m_db.path()));
    existing->finish();

    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    const WriteActivity activity(m_db, QCoreApplication::translate("Demo", "the making of the demo portfolio"));
    Builder builder(m_db, m_options);
    if (Status partners = builder.createPartners(); !partners)
        return partners.error();
    auto summary = builder.createProjects(progress);
    if (!summary)
        return summary.error();
    PortfolioSettings settings(m_db);
    for (const auto &[key, value] : {std::pair{PortfolioSettings::nameKey(), QStringLiteral("CICETE demo portfolio")},
             std::pair{PortfolioSettings::reportingCurrencyKey(), QStringLiteral("USD")}}) {
        if (Status s = settings.setValue(key, value); !s)
            return s.error();
    }
    if (Status logged = AuditLog(m_db).record(QStringLiteral("portfolio"), 0, QStringLiteral("demo"), QStringLiteral("generate"),
            {{QStringLiteral("projects"), QString(), QString::number(summary->projects)},
                {QStringLiteral("seed"), QString(), QString::number(m_options.seed)},
                {QStringLiteral("scale"), QString(), QString::number(m_options.scale)}});
        !logged)
        return logged.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return summary;
}

} // namespace pd
