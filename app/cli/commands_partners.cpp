#include "command.h"
#include "output.h"

#include "reference/reference_data.h"
#include "services/partner_service.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonObject>

namespace pd::cli {

namespace {

int list(Context &c)
{
    QCommandLineParser parser;
    const QCommandLineOption search(
        QStringLiteral("search"), QStringLiteral("Words to find in names, acronym or IATI identifier."), QStringLiteral("TEXT"));
    const QCommandLineOption network(QStringLiteral("network"), QStringLiteral("Only SSC Network members."));
    const QCommandLineOption format(
        QStringLiteral("format"), QStringLiteral("table, csv or json."), QStringLiteral("F"), QStringLiteral("table"));
    const QCommandLineOption lang(
        QStringLiteral("lang"), QStringLiteral("Language of names: en or zh."), QStringLiteral("L"), QStringLiteral("en"));
    parser.addOptions({search, network, format, lang});
    int code = Ok;
    if (!c.parse(parser, QStringLiteral("Lists partners with their number of projects."), code))
        return code;
    Format f = Format::Table;
    if (!parseFormat(parser.value(format), f))
        return c.usage(QStringLiteral("--format is table, csv or json"));
    const Language language = parser.value(lang) == QLatin1String("zh") ? Language::Chinese : Language::English;
    auto db = c.open();
    if (!db)
        return Failure;
    PartnerQuery query;
    query.search = parser.value(search);
    query.networkOnly = parser.isSet(network);
    auto rows = PartnerService(*db).list(query);
    if (!rows)
        return c.fail(rows.error());

    const ReferenceData &ref = ReferenceData::instance();
    if (f == Format::Json) {
        QJsonArray array;
        for (const PartnerSummary &s : rows.value()) {
            const Partner &p = s.partner;
            array.append(QJsonObject{{QStringLiteral("name_en"), p.nameEn}, {QStringLiteral("name_zh"), p.nameZh},
                {QStringLiteral("acronym"), p.acronym}, {QStringLiteral("org_type"), p.orgType}, {QStringLiteral("iati_id"), p.iatiId},
                {QStringLiteral("country"), p.country}, {QStringLiteral("network_member_since"), p.networkMemberSince},
                {QStringLiteral("projects"), s.projectCount}});
        }
        printJson(c.out, array);
        return Ok;
    }
    const QStringList headers{QStringLiteral("name"), QStringLiteral("acronym"), QStringLiteral("type"), QStringLiteral("country"),
        QStringLiteral("IATI identifier"), QStringLiteral("network since"), QStringLiteral("projects")};
    QList<QStringList> table;
    for (const PartnerSummary &s : rows.value()) {
        const Partner &p = s.partner;
        const CodeItem *type = ref.code(QStringLiteral("OrganisationType"), QString::number(p.orgType));
        table.append({p.name(language), p.acronym, type ? type->name(language) : QString(), p.country, p.iatiId,
            p.networkMemberSince ? QString::number(p.networkMemberSince) : QString(), QString::number(s.projectCount)});
    }
    if (f == Format::Csv) {
        printCsv(c.out, headers, table);
    } else {
        printTable(c.out, headers, table);
        c.out << table.size() << " partners\n";
    }
    return Ok;
}

} // namespace

QList<Command> partnerCommands()
{
    return {{QStringLiteral("partners list"), QStringLiteral("list partners [--search TEXT] [--network] [--format table|csv|json]"), list}};
}

} // namespace pd::cli
