#include "iati_import.h"

#include "iati_reader.h"
#include "iati_values.h"
#include "domain/validation.h"
#include "reference/reference_data.h"
#include "services/import_batches.h"
#include "services/finance_service.h"
#include "services/partner_service.h"
#include "services/project_service.h"
#include "services/role_service.h"
#include "storage/write_activity.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include "storage/live_files.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace pd {

namespace {

const QString kUndpRef = QStringLiteral("XM-DAC-41114");

// What a partner's IATI identifier may be (validatePartner's rule).
bool isIatiId(const QString &ref)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
    return pattern.match(ref).hasMatch();
}

// A readable project code from the identifier: its characters that a code takes, the tail kept
// when it is too long (the activity's own number is at the end), with a short hash when cut.
QString codeFromIdentifier(const QString &identifier, bool withHash)
{
    QString code;
    for (QChar c : identifier) {
        const bool allowed = (c.isLetterOrNumber() && c.unicode() < 128) || c == u'.' || c == u'_' || c == u'/' || c == u'-';
        code += allowed ? c : u'-';
    }
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(identifier.toUtf8(), QCryptographicHash::Sha1).toHex().left(8));
    if (withHash || code.size() > 40)
        code = code.right(31) + u'-' + hash;
    while (!code.isEmpty() && !code.front().isLetterOrNumber())
        code.remove(0, 1);
    return code.isEmpty() ? QStringLiteral("IATI-") + hash : code;
}

class FileImport
{
public:
    FileImport(Database &db, const QString &fileName, IatiImportSummary &summary)
        : m_db(db)
        , m_file(fileName)
        , m_summary(summary)
    { }

    Status importActivity(const IatiActivityIn &a);
    ImportBatch *batch = nullptr; // what the file adds and changes is marked on it, for its undo

private:
    void skip(qint64 line, const QString &activity, const QString &what, const QString &reason)
    {
        m_summary.skips.append({m_file, line, activity, what, reason});
    }
    void warn(qint64 line, const QString &activity, const QString &what, const QString &reason)
    {
        m_summary.warnings.append({m_file, line, activity, what, reason});
    }
    // The 2.x code of what the file gives, a 1.x code or a name reported as mapped; empty when unknown.
    QString codeOf(const QString &list, const QString &given, qint64 line, const QString &activity, const QString &what)
    {
        bool mapped = false;
        QString code = iatiCode(list, given, &mapped);
        if (mapped)
            m_summary.mapped.append({m_file, line, activity, what,
                QCoreApplication::translate("Iati", "\"%1\" (IATI 1.x or a name) read as code %2").arg(given, code)});
        return code;
    }
    Project mapProject(const IatiActivityIn &a);
    void mapShares(const IatiActivityIn &a, Project &p);
    Result<QString> freeCode(const QString &identifier);
    Result<qint64> partnerFor(const IatiOrg &org, const QString &activity, bool create, bool byRefOnly = false);
    Status replaceFinance(qint64 projectId);
    Status importRoles(const IatiActivityIn &a, qint64 projectId);
    Status importBudgets(const IatiActivityIn &a, qint64 projectId);
    Status importTransactions(const IatiActivityIn &a, qint64 projectId);
    std::optional<Money> amountOf(const IatiValue &value, const IatiActivityIn &a, qint64 line, const QString &what);

    Database &m_db;
    QString m_file;
    IatiImportSummary &m_summary;
    ProjectService m_projects{m_db};
    PartnerService m_partners{m_db};
    RoleService m_roles{m_db};
    FinanceService m_finance{m_db};
    Result<qint64> partnerNamed(const QString &name, bool withoutIdentifier);
    void noteNames(qint64 id, const QString &nameEn, const QString &nameZh, const QString &iatiId);

    QHash<QString, qint64> m_partnerByRef;
    // Every partner by lower-case English name and by Chinese name, with its IATI identifier: read once
    // per file and kept up to date, so that a name costs a look-up, not a scan of all partners.
    bool m_namesLoaded = false;
    QHash<QString, QList<qint64>> m_partnersByEnglish;
    QHash<QString, QList<qint64>> m_partnersByChinese;
    QHash<qint64, QString> m_iatiIdOf;
};

void FileImport::noteNames(qint64 id, const QString &nameEn, const QString &nameZh, const QString &iatiId)
{
    if (!nameEn.isEmpty())
        m_partnersByEnglish[nameEn.toLower()].append(id);
    if (!nameZh.isEmpty())
        m_partnersByChinese[nameZh].append(id);
    m_iatiIdOf.insert(id, iatiId);
}

// The first partner (lowest id) whose English name is name (case aside) or whose Chinese name is
// name; only among those without an IATI identifier when withoutIdentifier. 0 when none.
Result<qint64> FileImport::partnerNamed(const QString &name, bool withoutIdentifier)
{
    if (!m_namesLoaded) {
        auto all = m_db.execute(QStringLiteral("SELECT id, name_en, name_zh, iati_id FROM partners"));
        if (!all)
            return all.error();
        while (all->next())
            noteNames(all->value(0).toLongLong(), all->value(1).toString(), all->value(2).toString(), all->value(3).toString());
        m_namesLoaded = true;
    }
    qint64 first = 0;
    for (const QList<qint64> &ids : {m_partnersByEnglish.value(name.toLower()), m_partnersByChinese.value(name)}) {
        for (qint64 id : ids) {
            if ((first == 0 || id < first) && (!withoutIdentifier || m_iatiIdOf.value(id).isEmpty()))
                first = id;
        }
    }
    return first;
}

Project FileImport::mapProject(const IatiActivityIn &a)
{
    Project p;
    p.iatiIdentifier = a.identifier;
    p.line = BusinessLine::UnProgramme;
    p.funding = a.reportingOrgRef == kUndpRef ? FundingSource::Undp : FundingSource::Other;
    // Titles: en and zh; a title in another language only is taken as the English one.
    p.titleEn = a.title.en.isEmpty() && a.title.zh.isEmpty() ? a.title.anyEnglishOrOther() : a.title.en;
    p.titleZh = a.title.zh;
    QStringList en, zh;
    for (const auto &other : a.title.others) {
        if (other.second != p.titleEn)
            en << QStringLiteral("[%1] %2").arg(other.first, other.second);
    }
    for (const IatiNarratives &d : a.descriptions) {
        if (!d.en.isEmpty())
            en << d.en;
        if (!d.zh.isEmpty())
            zh << d.zh;
        for (const auto &other : d.others)
            en << QStringLiteral("[%1] %2").arg(other.first, other.second);
    }
    p.descriptionEn = en.join(QStringLiteral("\n\n"));
    p.descriptionZh = zh.join(QStringLiteral("\n\n"));
    if (!a.status.isEmpty()) {
        const QString status = codeOf(QStringLiteral("ActivityStatus"), a.status, a.statusLine, a.identifier, QStringLiteral("activity-status"));
        if (auto known = activityStatusFromCode(status.toInt()); known && !status.isEmpty())
            p.status = *known;
        else
            skip(a.statusLine, a.identifier, QStringLiteral("activity-status"), QCoreApplication::translate("Iati", "unknown activity status \"%1\"").arg(a.status));
    }
    for (const auto &[type, iso] : a.dates) {
        const QDate date = iatiDate(iso);
        if (!date.isValid()) {
            skip(a.line, a.identifier, QStringLiteral("activity-date"), QCoreApplication::translate("Iati", "\"%1\" is not a date").arg(iso));
            continue;
        }
        const int code = codeOf(QStringLiteral("ActivityDateType"), type, a.line, a.identifier, QStringLiteral("activity-date")).toInt();
        QDate *field = code == 1 ? &p.plannedStart
            : code == 2          ? &p.actualStart
            : code == 3          ? &p.plannedEnd
            : code == 4          ? &p.actualEnd
                                 : nullptr;
        if (field)
            *field = date;
        else
            skip(a.line, a.identifier, QStringLiteral("activity-date"), QCoreApplication::translate("Iati", "unknown activity date type \"%1\"").arg(type));
    }
    // Dates that contradict each other are the publisher's record: kept as they are, and said.
    for (const FieldError &warning : projectDateWarnings(p))
        warn(a.line, a.identifier, QStringLiteral("activity-date"), warning.message);
    mapShares(a, p);
    return p;
}

void FileImport::mapShares(const IatiActivityIn &a, Project &p)
{
    const ReferenceData &ref = ReferenceData::instance();
    auto fit = [&](const QString &what, const QStringList &codes, const QList<int> &given, qint64 line, auto &&add) {
        const QList<int> fitted = fitToWhole(given);
        if (fitted != given && given.contains(-1) == false && !given.isEmpty()) {
            int total = 0;
            for (int g : given)
                total += g;
            skip(line, a.identifier, what, QCoreApplication::translate("Iati", "percentages sum to %1%, scaled to 100%").arg(QString::number(total / 100.0, 'f', 2)));
        }
        for (qsizetype i = 0; i < codes.size(); ++i) {
            if (fitted.at(i) > 0)
                add(codes.at(i), fitted.at(i));
            else
                skip(line, a.identifier, what, QCoreApplication::translate("Iati", "%1 has no share left after scaling; not kept").arg(codes.at(i)));
        }
    };

    QStringList codes;
    QList<int> given;
    for (const IatiShare &c : a.countries) {
        const int percent = c.percentage.isEmpty() ? -1 : iatiPercent(c.percentage);
        if (!ref.country(c.code))
            skip(c.line, a.identifier, QStringLiteral("recipient-country"), QCoreApplication::translate("Iati", "unknown country code \"%1\"").arg(c.code));
        else if (codes.contains(c.code))
            skip(c.line, a.identifier, QStringLiteral("recipient-country"), QCoreApplication::translate("Iati", "country %1 is given twice").arg(c.code));
        else if (!c.percentage.isEmpty() && percent <= 0)
            skip(c.line, a.identifier, QStringLiteral("recipient-country"),
                QCoreApplication::translate("Iati", "%1: percentage \"%2\" is not above 0 and at most 100").arg(c.code, c.percentage));
        else {
            codes << c.code;
            given << percent;
        }
    }
    fit(QStringLiteral("recipient-country"), codes, given, a.countries.isEmpty() ? a.line : a.countries.first().line,
        [&](const QString &code, int percent) {
            p.countries.append({code, percent});
        });

    codes.clear();
    given.clear();
    QSet<int> goals;
    auto addGoal = [&](int goal, qint64 line, const QString &what, const QString &code) {
        if (goal < 1 || goal > 17)
            skip(line, a.identifier, what, QCoreApplication::translate("Iati", "\"%1\" is not an SDG goal or target").arg(code));
        else if (!goals.contains(goal)) {
            goals.insert(goal);
            p.sdgGoals.append(goal);
        }
    };
    for (const IatiShare &s : a.sectors) {
        const QString vocabulary = s.vocabulary.isEmpty() ? QStringLiteral("1") : s.vocabulary;
        if (vocabulary == QLatin1String("7") || vocabulary == QLatin1String("8") || vocabulary == QLatin1String("9")) {
            addGoal(s.code.section(u'.', 0, 0).toInt(), s.line, QStringLiteral("sector"), s.code); // goals, targets, indicators
            continue;
        }
        if (vocabulary != QLatin1String("1")) {
            skip(s.line, a.identifier, QStringLiteral("sector"),
                QCoreApplication::translate("Iati", "sector %1 of vocabulary %2: only DAC 5-digit sectors (vocabulary 1) are held").arg(s.code, vocabulary));
            continue;
        }
        const int percent = s.percentage.isEmpty() ? -1 : iatiPercent(s.percentage);
        if (!ref.code(QStringLiteral("Sector"), s.code))
            skip(s.line, a.identifier, QStringLiteral("sector"), QCoreApplication::translate("Iati", "unknown DAC sector code \"%1\"").arg(s.code));
        else if (codes.contains(s.code))
            skip(s.line, a.identifier, QStringLiteral("sector"), QCoreApplication::translate("Iati", "sector %1 is given twice").arg(s.code));
        else if (!s.percentage.isEmpty() && percent <= 0)
            skip(s.line, a.identifier, QStringLiteral("sector"),
                QCoreApplication::translate("Iati", "%1: percentage \"%2\" is not above 0 and at most 100").arg(s.code, s.percentage));
        else {
            codes << s.code;
            given << percent;
        }
    }
    fit(QStringLiteral("sector"), codes, given, a.sectors.isEmpty() ? a.line : a.sectors.first().line,
        [&](const QString &code, int percent) {
            p.sectors.append({code, percent});
        });

    for (const IatiTag &t : a.tags) {
        if (t.vocabulary == QLatin1String("2") || t.vocabulary == QLatin1String("3"))
            addGoal(t.code.section(u'.', 0, 0).toInt(), t.line, QStringLiteral("tag"), t.code);
    }
}

Result<QString> FileImport::freeCode(const QString &identifier)
{
    for (int attempt = 0; attempt < 3; ++attempt) {
        const QString code = codeFromIdentifier(attempt < 2 ? identifier : identifier + QString::number(attempt), attempt > 0);
        auto taken = m_db.execute(QStringLiteral("SELECT 1 FROM projects WHERE code = ?"), {code});
        if (!taken)
            return taken.error();
        if (!taken->next())
            return code;
    }
    return Error::make(Error::Kind::Duplicate, QCoreApplication::translate("Iati", "no free project code for %1").arg(identifier));
}

Result<qint64> FileImport::partnerFor(const IatiOrg &org, const QString &activity, bool create, bool byRefOnly)
{
    const QString name = org.name.en.isEmpty() && org.name.zh.isEmpty() ? org.name.anyEnglishOrOther() : org.name.en;
    if (!org.ref.isEmpty()) {
        if (auto it = m_partnerByRef.constFind(org.ref); it != m_partnerByRef.cend())
            return it.value();
        auto found = m_partners.findByIatiId(org.ref);
        if (found) {
            m_partnerByRef.insert(org.ref, found->id);
            return found->id;
        }
        if (found.error().kind != Error::Kind::NotFound)
            return found.error();
    }
    // A partner without a name is named by its reference. A name finds a partner only when that
    // partner has no other identifier; it then takes this one, so that a re-import finds it by it.
    const QString shown = !name.isEmpty() ? name : !org.name.zh.isEmpty() ? org.name.zh : org.ref;
    const QString key = shown.toLower();
    const bool withRef = isIatiId(org.ref);
    if (!key.isEmpty() && !byRefOnly) {
        auto found = partnerNamed(shown, withRef);
        if (!found)
            return found.error();
        const qint64 id = found.value();
        if (id > 0) {
            if (withRef) {
                auto partner = m_partners.get(id);
                if (!partner)
                    return partner.error();
                Partner adopted = partner.value();
                adopted.iatiId = org.ref;
                auto image = batch ? batch->before(QStringLiteral("partners"), id) : Result<QByteArray>(QByteArray());
                if (!image)
                    return image.error();
                if (auto updated = m_partners.update(adopted); !updated)
                    return updated.error();
                if (Status s = batch ? batch->updated(QStringLiteral("partners"), id, image.value()) : Status(); !s)
                    return s.error();
                m_partnerByRef.insert(org.ref, id);
                m_iatiIdOf.insert(id, org.ref);
            }
            return id;
        }
    }
    if (!create)
        return qint64(0);
    Partner partner;
    partner.nameEn = name.isEmpty() && org.name.zh.isEmpty() ? org.ref : name;
    partner.nameZh = org.name.zh;
    if (isIatiId(org.ref))
        partner.iatiId = org.ref;
    if (!org.type.isEmpty()) {
        if (ReferenceData::instance().code(QStringLiteral("OrganisationType"), org.type))
            partner.orgType = org.type.toInt();
        else
            skip(org.line, activity, QStringLiteral("participating-org"),
                QCoreApplication::translate("Iati", "unknown organisation type \"%1\" of %2").arg(org.type, partner.nameEn));
    }
    auto created = m_partners.create(partner);
    if (!created)
        return created.error();
    if (Status s = batch ? batch->added(QStringLiteral("partners"), created->id) : Status(); !s)
        return s.error();
    ++m_summary.partnersCreated;
    if (!org.ref.isEmpty())
        m_partnerByRef.insert(org.ref, created->id);
    if (m_namesLoaded)
        noteNames(created->id, partner.nameEn.trimmed(), partner.nameZh.trimmed(), partner.iatiId);
    return created->id;
}

Status FileImport::importRoles(const IatiActivityIn &a, qint64 projectId)
{
    auto existing = m_roles.rolesOfProject(projectId);
    if (!existing)
        return existing.error();
    QSet<QPair<qint64, int>> have;
    for (const RoleView &v : existing.value())
        have.insert({v.role.partnerId, int(v.role.role)});
    for (const IatiOrg &org : a.orgs) {
        const auto role = organisationRoleFromCode(org.role.toInt());
        if (!role || int(*role) > 4) {
            skip(org.line, a.identifier, QStringLiteral("participating-org"),
                org.role.isEmpty() ? QCoreApplication::translate("Iati", "no role") : QCoreApplication::translate("Iati", "unknown organisation role \"%1\"").arg(org.role));
            continue;
        }
        if (org.ref.isEmpty() && org.name.isEmpty()) {
            skip(org.line, a.identifier, QStringLiteral("participating-org"), QCoreApplication::translate("Iati", "neither an identifier nor a name"));
            continue;
        }
        auto partner = partnerFor(org, a.identifier, true);
        if (!partner) {
            if (partner.error().kind != Error::Kind::Validation)
                return partner.error();
            skip(org.line, a.identifier, QStringLiteral("participating-org"), partner.error().describe());
            continue;
        }
        if (have.contains({partner.value(), int(*role)}))
            continue;
        auto added = m_roles.add({0, projectId, partner.value(), *role});
        if (!added)
            return added.error();
        have.insert({partner.value(), int(*role)});
    }
    return {};
}

Status FileImport::replaceFinance(qint64 projectId)
{
    auto transactions = m_finance.transactions(projectId);
    if (!transactions)
        return transactions.error();
    for (const FinancialTransaction &t : transactions.value()) {
        if (Status removed = m_finance.removeTransaction(t.id, t.revision); !removed)
            return removed;
    }
    auto budgets = m_finance.budgetLines(projectId);
    if (!budgets)
        return budgets.error();
    for (const BudgetLine &b : budgets.value()) {
        if (Status removed = m_finance.removeBudgetLine(b.id, b.revision); !removed)
            return removed;
    }
    return {};
}

std::optional<Money> FileImport::amountOf(const IatiValue &value, const IatiActivityIn &a, qint64 line, const QString &what)
{
    if (value.text.isEmpty()) {
        skip(line, a.identifier, what, QCoreApplication::translate("Iati", "empty value"));
        return std::nullopt;
    }
    const QString currency = value.currency.isEmpty() ? a.defaultCurrency : value.currency;
    if (currency.isEmpty()) {
        skip(line, a.identifier, what, QCoreApplication::translate("Iati", "value %1 has no currency and the activity no default-currency").arg(value.text));
        return std::nullopt;
    }
    if (!isKnownCurrency(currency)) {
        skip(line, a.identifier, what, QCoreApplication::translate("Iati", "unknown currency \"%1\"").arg(currency));
        return std::nullopt;
    }
    bool rounded = false;
    auto amount = iatiAmount(value.text, currency, &rounded);
    if (!amount) {
        skip(line, a.identifier, what, amount.error().message);
        return std::nullopt;
    }
    if (rounded) // imported: a note, not counted as a skip
        skip(line, a.identifier, what + QStringLiteral(" value"),
            QCoreApplication::translate("Iati", "%1 rounded to %2 %3").arg(value.text, amount->toDecimalString(), currency));
    return amount.value();
}

Status FileImport::importBudgets(const IatiActivityIn &a, qint64 projectId)
{
    const QString what = QStringLiteral("budget");
    for (const IatiBudgetIn &b : a.budgets) {
        auto refuse = [&](const QString &reason) {
            skip(b.line, a.identifier, what, reason);
            ++m_summary.budgetsSkipped;
        };
        BudgetLine line;
        line.projectId = projectId;
        const QString type = b.type.isEmpty() ? QString() : codeOf(QStringLiteral("BudgetType"), b.type, b.line, a.identifier, what);
        const QString status = b.status.isEmpty() ? QString() : codeOf(QStringLiteral("BudgetStatus"), b.status, b.line, a.identifier, what);
        line.type = b.type.isEmpty() ? iati::kBudgetOriginal : type.isEmpty() ? -1 : type.toInt();
        line.status = b.status.isEmpty() ? iati::kBudgetIndicative : status.isEmpty() ? -1 : status.toInt();
        if (line.type != iati::kBudgetOriginal && line.type != iati::kBudgetRevised) {
            refuse(QCoreApplication::translate("Iati", "unknown budget type \"%1\"").arg(b.type));
            continue;
        }
        if (line.status != iati::kBudgetIndicative && line.status != iati::kBudgetCommitted) {
            refuse(QCoreApplication::translate("Iati", "unknown budget status \"%1\"").arg(b.status));
            continue;
        }
        line.periodStart = iatiDate(b.periodStart);
        line.periodEnd = iatiDate(b.periodEnd);
        if (!line.periodStart.isValid() || !line.periodEnd.isValid()) {
            refuse(QCoreApplication::translate("Iati", "no period start or end"));
            continue;
        }
        const auto amount = amountOf(b.value, a, b.line, what);
        if (!amount) {
            ++m_summary.budgetsSkipped;
            continue;
        }
        line.amount = *amount;
        auto added = m_finance.addBudgetLine(line);
        if (added && batch) {
            if (Status marked = batch->added(QStringLiteral("budget_lines"), added->id); !marked)
                return marked;
        }
        if (!added) {
            if (added.error().kind != Error::Kind::Validation)
                return added.error();
            refuse(added.error().describe());
            continue;
        }
        ++m_summary.budgetsImported;
    }
    return {};
}

Status FileImport::importTransactions(const IatiActivityIn &a, qint64 projectId)
{
    const QString what = QStringLiteral("transaction");
    for (const IatiTransactionIn &t : a.transactions) {
        auto refuse = [&](const QString &reason) {
            skip(t.line, a.identifier, what, reason);
            ++m_summary.transactionsSkipped;
        };
        FinancialTransaction tx;
        tx.projectId = projectId;
        if (t.type.isEmpty()) {
            refuse(QCoreApplication::translate("Iati", "no transaction type"));
            continue;
        }
        const QString type = codeOf(QStringLiteral("TransactionType"), t.type, t.line, a.identifier, what);
        if (type.isEmpty()) {
            refuse(QCoreApplication::translate("Iati", "unknown transaction type \"%1\"").arg(t.type));
            continue;
        }
        if (t.typeInText && type == t.type)
            m_summary.mapped.append({m_file, t.line, a.identifier, what,
                QCoreApplication::translate("Iati", "transaction type %1 given as the element's text, not its code").arg(type)});
        tx.type = type.toInt();
        tx.valueDate = iatiDate(t.value.valueDate);
        tx.date = iatiDate(t.date);
        if (!tx.date.isValid())
            tx.date = tx.valueDate; // the value date stands in for a missing transaction date
        if (!tx.date.isValid()) {
            refuse(QCoreApplication::translate("Iati", "no transaction date"));
            continue;
        }
        if (!t.hasValue) {
            refuse(QCoreApplication::translate("Iati", "no value"));
            continue;
        }
        const auto amount = amountOf(t.value, a, t.line, what);
        if (!amount) {
            ++m_summary.transactionsSkipped;
            continue;
        }
        tx.amount = *amount;
        tx.reference = t.ref;
        tx.description = t.description.en.isEmpty() ? (t.description.zh.isEmpty() ? t.description.anyEnglishOrOther() : t.description.zh)
                                                    : t.description.en;
        // A provider or receiver with an identifier is a partner (created when new); one known by a
        // name only stays a name. The name is kept when it says more than the partner's.
        for (auto [org, id, name] :
            {std::tuple{&t.provider, &tx.providerId, &tx.providerName}, std::tuple{&t.receiver, &tx.receiverId, &tx.receiverName}}) {
            *name = org->name.en.isEmpty() ? (org->name.zh.isEmpty() ? org->name.anyEnglishOrOther() : org->name.zh) : org->name.en;
            if (!isIatiId(org->ref)) {
                if (name->isEmpty())
                    *name = org->ref;
                continue;
            }
            auto partner = partnerFor(*org, a.identifier, true, true);
            if (!partner) {
                if (partner.error().kind != Error::Kind::Validation)
                    return partner.error();
                if (name->isEmpty())
                    *name = org->ref;
                continue;
            }
            *id = partner.value();
            auto known = m_partners.get(*id);
            if (!known)
                return known.error();
            if (*name == known->name(Language::English))
                name->clear();
        }
        auto added = m_finance.addTransaction(tx);
        if (added && batch) {
            if (Status marked = batch->added(QStringLiteral("transactions"), added->id); !marked)
                return marked;
        }
        if (!added) {
            if (added.error().kind != Error::Kind::Validation)
                return added.error();
            refuse(added.error().describe());
            continue;
        }
        ++m_summary.transactionsImported;
    }
    return {};
}

Status FileImport::importActivity(const IatiActivityIn &a)
{
    if (a.identifier.isEmpty()) {
        skip(a.line, a.identifier, QStringLiteral("activity"), QCoreApplication::translate("Iati", "no iati-identifier"));
        ++m_summary.activitiesSkipped;
        m_summary.transactionsSkipped += a.transactions.size();
        m_summary.budgetsSkipped += a.budgets.size();
        return {};
    }
    Project project = mapProject(a);
    // "<> ''" lets SQLite use the partial index on iati_identifier: without it each activity scans all projects.
    auto existing = m_db.execute(
        QStringLiteral("SELECT id FROM projects WHERE iati_identifier = ? AND iati_identifier <> '' ORDER BY id LIMIT 1"), {a.identifier});
    if (!existing)
        return existing.error();
    const qint64 existingId = existing->next() ? existing->value(0).toLongLong() : 0;
    existing->finish();
    Result<Project> stored = Error{};
    QByteArray beforeImage;
    if (existingId > 0) {
        // The officer's own choices stay: code, line, funding source, officer.
        auto before = m_projects.get(existingId);
        if (!before)
            return before.error();
        project.id = before->id;
        project.revision = before->revision;
        project.code = before->code;
        project.line = before->line;
        project.funding = before->funding;
        project.officer = before->officer;
        auto image = batch ? batch->before(QStringLiteral("projects_with_finance"), existingId) : Result<QByteArray>(QByteArray());
        if (!image)
            return image.error();
        beforeImage = image.value();
        stored = m_projects.update(project, ValidationRules::Import);
    } else {
        auto code = freeCode(a.identifier);
        if (!code)
            return code.error();
        project.code = code.value();
        stored = m_projects.create(project, ValidationRules::Import);
    }
    if (!stored) {
        if (stored.error().kind != Error::Kind::Validation)
            return stored.error();
        skip(a.line, a.identifier, QStringLiteral("activity"), stored.error().describe());
        ++m_summary.activitiesSkipped;
        m_summary.transactionsSkipped += a.transactions.size();
        m_summary.budgetsSkipped += a.budgets.size();
        return {};
    }
    ++(existingId > 0 ? m_summary.activitiesUpdated : m_summary.activitiesCreated);
    if (existingId > 0) {
        if (Status replaced = replaceFinance(existingId); !replaced)
            return replaced;
    }
    if (Status roles = importRoles(a, stored->id); !roles)
        return roles;
    if (Status budgets = importBudgets(a, stored->id); !budgets)
        return budgets;
    if (Status transactions = importTransactions(a, stored->id); !transactions || !batch)
        return transactions;
    return existingId > 0 ? batch->updated(QStringLiteral("projects_with_finance"), existingId, beforeImage)
                          : batch->added(QStringLiteral("projects"), stored->id);
}

Status importFile(Database &db, const QString &path, IatiImportSummary &summary, const ImportProgress &progress)
{
    const QString name = QFileInfo(path).fileName();
    // The portfolio itself is not an IATI file, and opening it by other means would drop SQLite's locks.
    if (Status notLive = LiveFiles::refuseIfLive(path); !notLive)
        return notLive;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Kind::Io, QCoreApplication::translate("Iati", "%1: cannot be read: %2").arg(path, file.errorString()));
    IatiReader reader(file, name);
    if (Status header = reader.readHeader(); !header)
        return header;
    summary.version = reader.version();
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    const WriteActivity writing(db, QCoreApplication::translate("Iati", "an import of %1").arg(name));
    ImportBatch batch(db);
    if (Status begun = batch.begin(QStringLiteral("iati"), name, QStringLiteral("activities")); !begun)
        return begun;
    FileImport import(db, name, summary);
    import.batch = &batch;
    IatiActivityIn activity;
    for (;;) {
        auto more = reader.next(activity);
        if (!more)
            return more.error();
        if (!more.value())
            break;
        if (Status done = import.importActivity(activity); !done)
            return done;
        if (progress && !progress(reader.bytesRead(), file.size()))
            return Error::make(Error::Kind::Cancelled, QCoreApplication::translate("Iati", "the import was cancelled; nothing was changed"));
    }
    if (Status kept = batch.finish(); !kept)
        return kept;
    return transaction.commit();
}

} // namespace

void IatiImportSummary::add(const IatiImportSummary &other)
{
    version = other.version;
    activitiesCreated += other.activitiesCreated;
    activitiesUpdated += other.activitiesUpdated;
    activitiesSkipped += other.activitiesSkipped;
    transactionsImported += other.transactionsImported;
    transactionsSkipped += other.transactionsSkipped;
    budgetsImported += other.budgetsImported;
    budgetsSkipped += other.budgetsSkipped;
    partnersCreated += other.partnersCreated;
    skips += other.skips;
    warnings += other.warnings;
    mapped += other.mapped;
}

QList<IatiFileOutcome> importIatiFiles(Database &db, const QStringList &paths, const ImportProgress &progress)
{
    QList<IatiFileOutcome> outcomes;
    for (const QString &path : paths) {
        IatiFileOutcome outcome;
        outcome.path = path;
        if (Status done = importFile(db, path, outcome.summary, progress); !done) {
            outcome.error = done.error();
            outcome.summary = {}; // rolled back: nothing of the file is kept
        } else {
            outcome.ok = true;
        }
        outcomes.append(outcome);
        if (!outcome.ok && outcome.error.kind == Error::Kind::Cancelled)
            break; // the user stopped the whole import, not one file
    }
    return outcomes;
}

Result<IatiImportSummary> importIati(Database &db, const QStringList &paths, const ImportProgress &progress)
{
    IatiImportSummary summary;
    for (const IatiFileOutcome &outcome : importIatiFiles(db, paths, progress)) {
        if (!outcome.ok)
            return outcome.error;
        summary.add(outcome.summary);
    }
    return summary;
}

} // namespace pd
