// partners add | edit | merge | remove: the partner register's writes, with the same checks as the app
// (the AGENCY-ID form of an identifier typed, likely duplicates warned of).
#include "command.h"

#include "domain/validation.h"
#include "reference/reference_data.h"
#include "services/partner_merger.h"
#include "services/partner_service.h"
#include "storage/database.h"

#include <variant>

namespace pd::cli {

namespace {

struct PartnerOptions
{
    QCommandLineOption nameEn{QStringLiteral("name-en"), QStringLiteral("English name."), QStringLiteral("TEXT")};
    QCommandLineOption nameZh{QStringLiteral("name-zh"), QStringLiteral("Chinese name."), QStringLiteral("TEXT")};
    QCommandLineOption acronym{QStringLiteral("acronym"), QStringLiteral("Acronym, e.g. WFP."), QStringLiteral("TEXT")};
    QCommandLineOption type{QStringLiteral("type"), QStringLiteral("IATI organisation type code, e.g. 40 (multilateral)."), QStringLiteral("N")};
    QCommandLineOption iatiId{QStringLiteral("iati-id"), QStringLiteral("IATI organisation identifier, AGENCY-ID (XM-DAC-41140)."), QStringLiteral("ID")};
    QCommandLineOption country{QStringLiteral("country"), QStringLiteral("Country, ISO alpha-2 (none for an international organisation)."), QStringLiteral("CC")};
    QCommandLineOption networkSince{QStringLiteral("network-since"), QStringLiteral("Year it joined the SSC Network (0: not a member)."), QStringLiteral("YEAR")};

    void addTo(QCommandLineParser &parser) const { parser.addOptions({nameEn, nameZh, acronym, type, iatiId, country, networkSince}); }

    // The options given, over `p`; a usage message when one is malformed.
    QString apply(const QCommandLineParser &parser, Partner &p) const
    {
        for (const auto &[option, field] : {std::pair{&nameEn, &p.nameEn}, std::pair{&nameZh, &p.nameZh}, std::pair{&acronym, &p.acronym}}) {
            if (parser.isSet(*option))
                *field = parser.value(*option).trimmed();
        }
        if (parser.isSet(country))
            p.country = parser.value(country).trimmed().toUpper();
        if (parser.isSet(iatiId)) {
            p.iatiId = parser.value(iatiId).trimmed();
            if (const QString problem = iatiOrganisationIdProblem(p.iatiId); !problem.isEmpty())
                return QStringLiteral("--iati-id: ") + problem;
        }
        bool ok = true;
        if (parser.isSet(type)) {
            p.orgType = parser.value(type).toInt(&ok);
            if (!ok)
                return QStringLiteral("--type is an IATI organisation type code, e.g. 40");
        }
        if (parser.isSet(networkSince)) {
            p.networkMemberSince = parser.value(networkSince).toInt(&ok);
            if (!ok)
                return QStringLiteral("--network-since is a year, or 0");
        }
        return {};
    }
};

// A partner named on the command line: its id, IATI identifier, acronym or whole name (either language).
Result<Partner> findPartner(Database &db, const QString &text)
{
    PartnerService partners(db);
    bool isId = false;
    const qint64 id = text.toLongLong(&isId);
    if (isId)
        return partners.get(id);
    PartnerQuery query;
    query.search = text;
    query.countProjects = false;
    auto rows = partners.list(query);
    if (!rows)
        return rows.error();
    const QString wanted = text.trimmed().toCaseFolded();
    QList<Partner> exact;
    for (const PartnerSummary &s : rows.value()) {
        const Partner &p = s.partner;
        if (p.iatiId.toCaseFolded() == wanted || p.acronym.toCaseFolded() == wanted || p.nameEn.toCaseFolded() == wanted || p.nameZh == text.trimmed())
            exact.append(p);
    }
    if (exact.size() == 1)
        return partners.get(exact.first().id);
    if (exact.isEmpty())
        return Error::make(Error::Kind::NotFound, QStringLiteral("no partner has the id, IATI identifier, acronym or name \"%1\"").arg(text));
    return Error::make(Error::Kind::Validation, QStringLiteral("\"%1\" names %2 partners; give the id (see partners list --format json)").arg(text).arg(exact.size()));
}

// The one partner a command names (PARTNER), in the portfolio it opens into `db`; an exit code
// when the arguments or the look-up fail.
std::variant<Partner, int> namedPartner(Context &c, QCommandLineParser &parser, const QString &description, std::unique_ptr<Database> &db)
{
    parser.addPositionalArgument(QStringLiteral("PARTNER"), QStringLiteral("Its id, IATI identifier, acronym or name."));
    int code = Ok;
    if (!c.parse(parser, description, code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return c.usage(QStringLiteral("name one partner: its id, IATI identifier, acronym or name"));
    db = c.open();
    if (!db)
        return int(Failure);
    auto partner = findPartner(*db, parser.positionalArguments().first());
    if (!partner)
        return c.fail(partner.error());
    return partner.value();
}

void warnOfDuplicates(Context &c, Database &db, const Partner &p)
{
    auto likely = PartnerMerger(db).likelyDuplicates(p);
    if (!likely)
        return;
    for (const Partner &other : likely.value()) {
        c.err << "warning: " << p.name(Language::English) << " may be the same organisation as " << other.name(Language::English) << " (id "
              << other.id << (other.iatiId.isEmpty() ? QString() : QStringLiteral(", ") + other.iatiId)
              << "); to join them: partners merge " << other.id << ' ' << (p.id ? p.id : 0) << "\n";
    }
}

int add(Context &c)
{
    QCommandLineParser parser;
    PartnerOptions options;
    options.addTo(parser);
    int code = Ok;
    if (!c.parse(parser, QStringLiteral("Registers a new partner (a name in English or Chinese is required)."), code))
        return code;
    Partner p;
    if (const QString problem = options.apply(parser, p); !problem.isEmpty())
        return c.usage(problem);
    auto db = c.open();
    if (!db)
        return Failure;
    auto stored = PartnerService(*db).create(p);
    if (!stored)
        return c.fail(stored.error());
    warnOfDuplicates(c, *db, stored.value());
    c.out << "created partner " << stored->name(Language::English) << " (id " << stored->id << ")\n";
    return Ok;
}

int edit(Context &c)
{
    QCommandLineParser parser;
    PartnerOptions options;
    options.addTo(parser);
    std::unique_ptr<Database> db;
    auto partner = namedPartner(c, parser, QStringLiteral("Changes a partner's fields; those not given stay as they are."), db);
    if (const int *exit = std::get_if<int>(&partner))
        return *exit;
    Partner p = std::get<Partner>(partner);
    if (const QString problem = options.apply(parser, p); !problem.isEmpty())
        return c.usage(problem);
    auto stored = PartnerService(*db).update(p);
    if (!stored)
        return c.fail(stored.error());
    warnOfDuplicates(c, *db, stored.value());
    c.out << "updated partner " << stored->name(Language::English) << " (id " << stored->id << ", revision " << stored->revision << ")\n";
    return Ok;
}

int merge(Context &c)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("KEEP"), QStringLiteral("The record kept: its id, IATI identifier, acronym or name."));
    parser.addPositionalArgument(QStringLiteral("OTHER"), QStringLiteral("The record joined into it and deleted."));
    int code = Ok;
    if (!c.parse(parser,
            QStringLiteral("Joins two records of one organisation: OTHER's roles, deliveries, transactions and contacts move to KEEP, "
                           "KEEP's empty fields take OTHER's values, and OTHER is deleted."),
            code))
        return code;
    if (parser.positionalArguments().size() != 2)
        return c.usage(QStringLiteral("name the partner to keep and the one to merge into it"));
    auto db = c.open();
    if (!db)
        return Failure;
    auto kept = findPartner(*db, parser.positionalArguments().at(0));
    if (!kept)
        return c.fail(kept.error());
    auto other = findPartner(*db, parser.positionalArguments().at(1));
    if (!other)
        return c.fail(other.error());
    auto merged = PartnerMerger(*db).merge(kept->id, kept->revision, other->id, other->revision);
    if (!merged)
        return c.fail(merged.error());
    const PartnerReferences &moved = merged->merged.references;
    c.out << "merged " << other->name(Language::English) << " (id " << other->id << ") into " << merged->kept.name(Language::English) << " (id "
          << kept->id << "): " << moved.roles.size() - merged->droppedRoles.size() << " roles moved, " << merged->droppedRoles.size()
          << " already held, " << moved.deliveries.size() << " deliveries, " << moved.providerOf.size() + moved.receiverOf.size()
          << " transactions\n";
    return Ok;
}

int remove(Context &c)
{
    QCommandLineParser parser;
    std::unique_ptr<Database> db;
    auto named = namedPartner(
        c, parser, QStringLiteral("Deletes a partner that plays no role in any project (deliveries and transactions lose the link)."), db);
    if (const int *exit = std::get_if<int>(&named))
        return *exit;
    const Partner &partner = std::get<Partner>(named);
    auto removed = PartnerMerger(*db).remove(partner.id, partner.revision);
    if (!removed)
        return c.fail(removed.error());
    c.out << "removed partner " << partner.name(Language::English) << " (id " << partner.id << ")\n";
    return Ok;
}

} // namespace

QList<Command> partnerEditCommands()
{
    return {{QStringLiteral("partners add"), QStringLiteral("register a partner --name-en TEXT [--name-zh] [--acronym] [--type N] [--iati-id ID] [--country CC] [--network-since YEAR]"), add},
        {QStringLiteral("partners edit"), QStringLiteral("change a partner PARTNER [the options of add]"), edit},
        {QStringLiteral("partners merge"), QStringLiteral("join two records of one organisation KEEP OTHER"), merge},
        {QStringLiteral("partners remove"), QStringLiteral("delete a partner PARTNER that plays no role in a project"), remove}};
}

} // namespace pd::cli
