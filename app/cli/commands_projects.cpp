#include "command.h"
#include "filter_options.h"
#include "output.h"

#include "domain/record_fields.h"
#include "reference/reference_data.h"
#include "services/project_service.h"
#include "services/role_service.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonObject>

namespace pd::cli {

namespace {

Language languageOption(const QCommandLineParser &parser, const QCommandLineOption &lang)
{
    return parser.value(lang) == QLatin1String("zh") ? Language::Chinese : Language::English;
}

QCommandLineOption langOption()
{
    return {QStringLiteral("lang"), QStringLiteral("Language of titles and names: en or zh."), QStringLiteral("L"), QStringLiteral("en")};
}

int list(Context &c)
{
    QCommandLineParser parser;
    const QCommandLineOption search(
        QStringLiteral("search"), QStringLiteral("Words to find in code, titles, officer, countries, partners."), QStringLiteral("TEXT"));
    const ProjectFilterOptions filters;
    const QCommandLineOption limit(QStringLiteral("limit"), QStringLiteral("At most N rows (default: every match)."), QStringLiteral("N"));
    const QCommandLineOption format(
        QStringLiteral("format"), QStringLiteral("table, csv or json."), QStringLiteral("F"), QStringLiteral("table"));
    const QCommandLineOption lang = langOption();
    parser.addOptions({search, limit, format, lang});
    filters.addTo(parser);
    int code = Ok;
    if (!c.parse(parser, QStringLiteral("Lists the projects that match, ordered by code."), code))
        return code;

    ProjectQuery query;
    query.filter.search = parser.value(search);
    if (!filters.read(c, parser, query.filter, code))
        return code;
    if (!c.limit(parser, limit, query.limit, code))
        return code;
    Format f = Format::Table;
    if (!parseFormat(parser.value(format), f))
        return c.usage(QStringLiteral("--format is table, csv or json"));
    const Language language = languageOption(parser, lang);

    auto db = c.open();
    if (!db)
        return Failure;
    ProjectService projects(*db);
    auto rows = projects.list(query);
    if (!rows)
        return c.fail(rows.error());

    if (f == Format::Json) {
        QJsonArray array;
        for (const ProjectSummary &p : rows.value()) {
            array.append(QJsonObject{{QStringLiteral("code"), p.code}, {QStringLiteral("title_en"), p.titleEn},
                {QStringLiteral("title_zh"), p.titleZh}, {QStringLiteral("line"), keyOf(p.line)},
                {QStringLiteral("funding_source"), keyOf(p.funding)}, {QStringLiteral("status"), int(p.status)},
                {QStringLiteral("planned_start"), dateText(p.plannedStart)}, {QStringLiteral("planned_end"), dateText(p.plannedEnd)},
                {QStringLiteral("officer"), p.officer}, {QStringLiteral("countries"), QJsonArray::fromStringList(p.countries)}});
        }
        printJson(c.out, array);
        return Ok;
    }
    const QStringList headers{QStringLiteral("code"), QStringLiteral("line"), QStringLiteral("status"), QStringLiteral("start"),
        QStringLiteral("end"), QStringLiteral("countries"), QStringLiteral("officer"), QStringLiteral("title")};
    QList<QStringList> table;
    table.reserve(rows->size());
    for (const ProjectSummary &p : rows.value()) {
        table.append({p.code, keyOf(p.line), QString::number(int(p.status)), dateText(p.plannedStart), dateText(p.plannedEnd),
            p.countries.join(u' '), p.officer, pick(language, p.titleEn, p.titleZh)});
    }
    if (f == Format::Csv)
        printCsv(c.out, headers, table);
    else {
        printTable(c.out, headers, table);
        auto total = projects.count(query.filter);
        c.out << table.size() << " of " << (total ? total.value() : table.size()) << " matching projects\n";
    }
    return Ok;
}

int show(Context &c)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("text or json."), QStringLiteral("F"), QStringLiteral("text"));
    const QCommandLineOption lang = langOption();
    parser.addOptions({format, lang});
    parser.addPositionalArgument(QStringLiteral("CODE"), QStringLiteral("The project's code."));
    int code = Ok;
    if (!c.parse(parser, QStringLiteral("Shows one project with its countries, sectors, SDGs and partners."), code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return c.usage(QStringLiteral("projects show wants exactly one project code"));
    const QString which = parser.value(format);
    if (which != QLatin1String("text") && which != QLatin1String("json"))
        return c.usage(QStringLiteral("--format is text or json"));
    auto db = c.open();
    if (!db)
        return Failure;
    auto project = ProjectService(*db).findByCode(parser.positionalArguments().first());
    if (!project)
        return c.fail(project.error());
    auto roles = RoleService(*db).rolesOfProject(project->id);
    if (!roles)
        return c.fail(roles.error());
    const Language language = languageOption(parser, lang);

    if (which == QLatin1String("json")) {
        QJsonObject json;
        for (const auto &[key, value] : fieldsOf(project.value()))
            json.insert(key, value);
        QJsonArray countries, sectors, goals, partners;
        for (const CountryShare &s : project->countries)
            countries.append(QJsonObject{{QStringLiteral("country"), s.country}, {QStringLiteral("percentage"), s.percent / 100.0}});
        for (const SectorShare &s : project->sectors)
            sectors.append(QJsonObject{{QStringLiteral("code"), s.code}, {QStringLiteral("percentage"), s.percent / 100.0}});
        for (int g : project->sdgGoals)
            goals.append(g);
        for (const RoleView &r : roles.value()) {
            partners.append(QJsonObject{{QStringLiteral("role"), keyOf(r.role.role)}, {QStringLiteral("role_code"), int(r.role.role)},
                {QStringLiteral("name_en"), r.partnerNameEn}, {QStringLiteral("name_zh"), r.partnerNameZh},
                {QStringLiteral("acronym"), r.partnerAcronym}});
        }
        json.insert(QStringLiteral("status"), int(project->status));
        json.insert(QStringLiteral("revision"), project->revision);
        json.insert(QStringLiteral("countries"), countries);
        json.insert(QStringLiteral("sectors"), sectors);
        json.insert(QStringLiteral("sdg_goals"), goals);
        json.insert(QStringLiteral("partners"), partners);
        printJson(c.out, json);
        return Ok;
    }
    const Project &p = project.value();
    const ReferenceData &ref = ReferenceData::instance();
    QList<QStringList> rows{
        {QStringLiteral("code"), p.code},
        {QStringLiteral("title (en)"), p.titleEn},
        {QStringLiteral("title (zh)"), p.titleZh},
        {QStringLiteral("business line"), nameOf(p.line, language)},
        {QStringLiteral("funding source"), nameOf(p.funding, language)},
        {QStringLiteral("status"), nameOf(p.status, language)},
        {QStringLiteral("planned"), dateText(p.plannedStart) + QStringLiteral(" .. ") + dateText(p.plannedEnd)},
        {QStringLiteral("actual"), dateText(p.actualStart) + QStringLiteral(" .. ") + dateText(p.actualEnd)},
        {QStringLiteral("officer"), p.officer},
    };
    for (const CountryShare &s : p.countries) {
        const Country *country = ref.country(s.country);
        rows.append({QStringLiteral("country"),
            QStringLiteral("%1 %2 (%3%)").arg(s.country, country ? country->name(language) : QString(), percentToText(s.percent))});
    }
    for (const SectorShare &s : p.sectors) {
        const CodeItem *sector = ref.code(QStringLiteral("Sector"), s.code);
        rows.append({QStringLiteral("sector"),
            QStringLiteral("%1 %2 (%3%)").arg(s.code, sector ? sector->name(language) : QString(), percentToText(s.percent))});
    }
    for (int g : p.sdgGoals) {
        rows.append({QStringLiteral("SDG"), QStringLiteral("%1 %2").arg(g).arg(sdgShortName(g, language))});
    }
    for (const RoleView &r : roles.value())
        rows.append({QStringLiteral("partner"),
            QStringLiteral("%1: %2").arg(nameOf(r.role.role, language), pick(language, r.partnerNameEn, r.partnerNameZh))});
    const QString description = pick(language, p.descriptionEn, p.descriptionZh);
    if (!description.isEmpty())
        rows.append({QStringLiteral("description"), description});
    printTable(c.out, {QStringLiteral("field"), QStringLiteral("value")}, rows);
    return Ok;
}

// "CN" or "CN:60" (percent); countries without a share split the rest equally.
bool parseCountries(const QStringList &values, QList<CountryShare> &shares, QString &problem)
{
    int given = 0;
    int open = 0;
    for (const QString &v : values) {
        const QStringList parts = v.split(u':');
        CountryShare share{parts.first().trimmed().toUpper(), 0};
        if (parts.size() == 2) {
            bool ok = false;
            const double percent = parts.at(1).toDouble(&ok);
            if (!ok) {
                problem = QStringLiteral("\"%1\": the share after ':' is not a number").arg(v);
                return false;
            }
            share.percent = int(std::lround(percent * 100));
            given += share.percent;
        } else {
            ++open;
        }
        shares.append(share);
    }
    if (open > 0) {
        const int each = (kWholePercent - given) / open;
        int remainder = kWholePercent - given - each * open;
        for (CountryShare &s : shares) {
            if (s.percent == 0) {
                s.percent = each + remainder;
                remainder = 0;
            }
        }
    }
    return true;
}

int add(Context &c)
{
    QCommandLineParser parser;
    const QCommandLineOption codeOpt(
        QStringLiteral("code"), QStringLiteral("Project code, e.g. SSCAF-2024-001 (required)."), QStringLiteral("CODE"));
    const QCommandLineOption titleEn(QStringLiteral("title-en"), QStringLiteral("English title."), QStringLiteral("TEXT"));
    const QCommandLineOption titleZh(QStringLiteral("title-zh"), QStringLiteral("Chinese title."), QStringLiteral("TEXT"));
    const QCommandLineOption line(QStringLiteral("line"),
        QStringLiteral("Business line: un, goods, sscaf, hrd, conference, network (default un)."), QStringLiteral("LINE"),
        QStringLiteral("un"));
    const QCommandLineOption funding(QStringLiteral("funding"), QStringLiteral("Funding source key (china_grant, sscaf, pgtf, undp, ...)."),
        QStringLiteral("KEY"), QStringLiteral("china_grant"));
    const QCommandLineOption status(QStringLiteral("status"), QStringLiteral("IATI activity status 1-6 (default 1, pipeline)."),
        QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption country(
        QStringLiteral("country"), QStringLiteral("Recipient country, repeatable: CC or CC:PERCENT."), QStringLiteral("CC"));
    const QCommandLineOption sector(
        QStringLiteral("sector"), QStringLiteral("DAC 5-digit sector, repeatable (equal shares)."), QStringLiteral("CODE"));
    const QCommandLineOption sdg(QStringLiteral("sdg"), QStringLiteral("SDG goal 1-17, repeatable."), QStringLiteral("N"));
    const QCommandLineOption start(QStringLiteral("start"), QStringLiteral("Planned start, YYYY-MM-DD."), QStringLiteral("DATE"));
    const QCommandLineOption end(QStringLiteral("end"), QStringLiteral("Planned end, YYYY-MM-DD."), QStringLiteral("DATE"));
    const QCommandLineOption officer(QStringLiteral("officer"), QStringLiteral("Responsible officer."), QStringLiteral("NAME"));
    parser.addOptions({codeOpt, titleEn, titleZh, line, funding, status, country, sector, sdg, start, end, officer});
    int code = Ok;
    if (!c.parse(parser, QStringLiteral("Registers a new project."), code))
        return code;

    Project p;
    p.code = parser.value(codeOpt);
    p.titleEn = parser.value(titleEn);
    p.titleZh = parser.value(titleZh);
    p.officer = parser.value(officer);
    const auto l = businessLineFromKey(parser.value(line));
    if (!l)
        return c.usage(QStringLiteral("unknown business line \"%1\"").arg(parser.value(line)));
    p.line = *l;
    const auto f = fundingSourceFromKey(parser.value(funding));
    if (!f)
        return c.usage(QStringLiteral("unknown funding source \"%1\"").arg(parser.value(funding)));
    p.funding = *f;
    const auto s = activityStatusFromCode(parser.value(status).toInt());
    if (!s)
        return c.usage(QStringLiteral("--status is an IATI activity status code, 1 to 6"));
    p.status = *s;
    for (const auto &[option, target] : {std::pair{&start, &p.plannedStart}, std::pair{&end, &p.plannedEnd}}) {
        if (!parser.isSet(*option))
            continue;
        *target = QDate::fromString(parser.value(*option), Qt::ISODate);
        if (!target->isValid())
            return c.usage(QStringLiteral("--%1: \"%2\" is not a date (YYYY-MM-DD)").arg(option->names().first(), parser.value(*option)));
    }
    QString problem;
    if (!parseCountries(parser.values(country), p.countries, problem))
        return c.usage(problem);
    const QStringList sectors = parser.values(sector);
    for (qsizetype i = 0; i < sectors.size(); ++i) {
        const int share = kWholePercent / int(sectors.size());
        p.sectors.append({sectors.at(i), share + (i == 0 ? kWholePercent - share * int(sectors.size()) : 0)});
    }
    for (const QString &g : parser.values(sdg))
        p.sdgGoals.append(g.toInt());

    auto db = c.open();
    if (!db)
        return Failure;
    auto stored = ProjectService(*db).create(p);
    if (!stored)
        return c.fail(stored.error());
    c.out << "created project " << stored->code << " (id " << stored->id << ")\n";
    return Ok;
}

} // namespace

QList<Command> projectCommands()
{
    return {
        {QStringLiteral("projects list"), QStringLiteral("list projects [--search TEXT] [--limit N] [--format table|csv|json]"), list},
        {QStringLiteral("projects show"), QStringLiteral("one project CODE [--format text|json]"), show},
        {QStringLiteral("projects add"), QStringLiteral("register a project --code CODE --title-en TEXT ..."), add},
    };
}

} // namespace pd::cli
