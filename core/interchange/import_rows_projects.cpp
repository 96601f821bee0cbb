// Projects from CSV, each through ProjectService::create (its validation, audit entry and savepoint).
#include "import_fields.h"
#include "import_values.h"

#include "common/quoted_value.h"
#include "domain/record_fields.h"
#include "domain/validation.h"
#include "reference/reference_data.h"
#include "services/import_batches.h"
#include "services/project_service.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <functional>

namespace pd {

namespace {

struct Share
{
    QString code;
    int percent = 0; // hundredths; -1 when not given
};

// "KE;UG", "KE:60;UG:40", "Kenya | Uganda", "Korea, Republic of; Viet Nam" ('、' '；' too, and
// "60%"): entries are split at ';' '|' '、', then at commas unless the whole part names one entry.
// `resolve` gives an entry's code (empty when it names none: the text is kept, and validation
// names it). The percentages are given for all or for none; when none they are shared evenly.
// Empty error when it reads.
QString readShares(const QString &text, QList<Share> &shares, const std::function<QString(const QString &)> &resolve)
{
    static const QRegularExpression between(QStringLiteral("[;|；、\\n]"));
    static const QRegularExpression commas(QStringLiteral("[,，]"));
    static const QRegularExpression percent(QStringLiteral("^(\\d{1,3})(?:\\.(\\d{1,2}))?%?$"));
    int given = 0;
    auto addEntry = [&](const QString &part) -> QString {
        const QString name = part.section(QLatin1Char(':'), 0, 0).trimmed();
        if (name.isEmpty())
            return {};
        const QString code = resolve(name);
        Share share{code.isEmpty() ? name : code, -1};
        // Two names of one country ("Viet Nam", 越南) are one entry.
        if (!code.isEmpty() && !part.contains(QLatin1Char(':'))
            && std::any_of(shares.cbegin(), shares.cend(), [&](const Share &s) { return s.code == code; }))
            return {};
        if (part.contains(QLatin1Char(':'))) {
            const QRegularExpressionMatch m = percent.match(part.section(QLatin1Char(':'), 1).trimmed());
            if (!m.hasMatch())
                return QCoreApplication::translate("Import", "\"%1\" is not CODE or CODE:PERCENT").arg(quotedValue(part.trimmed()));
            share.percent = m.captured(1).toInt() * 100 + m.captured(2).leftJustified(2, QLatin1Char('0')).toInt();
            ++given;
        }
        shares.append(share);
        return {};
    };
    for (const QString &part : text.split(between, Qt::SkipEmptyParts)) {
        // "Korea, Republic of" or "Korea, Republic of:40" is one entry; "KE:75,UG:25" is two.
        const bool percentOnly = !part.contains(QLatin1Char(':')) || percent.match(part.section(QLatin1Char(':'), 1).trimmed()).hasMatch();
        const bool whole = percentOnly && !resolve(part.section(QLatin1Char(':'), 0, 0).trimmed()).isEmpty();
        const QStringList entries = whole ? QStringList{part} : part.split(commas, Qt::SkipEmptyParts);
        for (const QString &entry : entries) {
            if (const QString why = addEntry(entry); !why.isEmpty())
                return why;
        }
    }
    if (given > 0 && given < shares.size())
        return QCoreApplication::translate("Import", "give a percentage for every entry or for none");
    if (given == 0 && !shares.isEmpty()) {
        const int each = kWholePercent / int(shares.size());
        for (Share &s : shares)
            s.percent = each;
        shares.first().percent += kWholePercent - each * int(shares.size());
    }
    return {};
}

QString countryCode(const QString &text)
{
    return countryCodeOf(text);
}

// A DAC 5-digit purpose code as it is; a 3-digit DAC category (311 Agriculture) as the first
// purpose code of the category, which `widened` names.
QString sectorCode(const QString &text, QStringList *widened)
{
    const ReferenceData &ref = ReferenceData::instance();
    if (ref.code(QStringLiteral("Sector"), text))
        return text;
    if (text.size() == 3 && ref.code(QStringLiteral("SectorCategory"), text)) {
        for (const CodeItem &item : ref.codelist(QStringLiteral("Sector"))) {
            if (item.category == text && !item.withdrawn) {
                if (widened)
                    widened->append(QStringLiteral("%1 → %2").arg(text, item.code));
                return item.code;
            }
        }
    }
    return {};
}

class ProjectImporter final : public RowImporter
{
public:
    explicit ProjectImporter(const ImportSource &source)
        : m_source(source)
    {
        for (BusinessLine l : allBusinessLines())
            m_lines.add(l, {keyOf(l), nameOf(l, Language::English), nameOf(l, Language::Chinese), shortNameOf(l, Language::English),
                               shortNameOf(l, Language::Chinese)});
        for (FundingSource f : allFundingSources())
            m_funding.add(f, {keyOf(f), nameOf(f, Language::English), nameOf(f, Language::Chinese)});
        for (ActivityStatus s : allActivityStatuses()) {
            const QString en = nameOf(s, Language::English), zh = nameOf(s, Language::Chinese);
            // "Pipeline/identification" is also known as "Pipeline", "筹备/立项" as "筹备"
            m_statuses.add(s, {QString::number(int(s)), en, zh, en.section(QLatin1Char('/'), 0, 0), zh.section(QLatin1Char('/'), 0, 0)});
        }
    }

    Status prepare() override
    {
        auto projects = projectsByCode(m_source.db);
        if (!projects)
            return projects.error();
        for (auto it = projects->cbegin(); it != projects->cend(); ++it)
            m_stored.insert(it.key().toCaseFolded(), it->id);
        return {};
    }

    Status row(const ImportRow &row, bool write) override
    {
        bool ok = true;
        Project p;
        p.code = row.value(QStringLiteral("code"));
        if (!row.require(QStringLiteral("code"))) {
            ok = false;
        } else if (m_inFile.contains(p.code.toCaseFolded())) {
            row.problem(QStringLiteral("code"), QCoreApplication::translate("Import", "duplicate code %1: already on line %2")
                                                    .arg(quotedValue(p.code)).arg(m_inFile.value(p.code.toCaseFolded())));
            ok = false;
        } else {
            m_inFile.insert(p.code.toCaseFolded(), row.line());
        }
        p.titleEn = row.value(QStringLiteral("title_en"));
        p.titleZh = row.value(QStringLiteral("title_zh"));
        ok = readNamed(row, QStringLiteral("line"), m_lines, p.line, true) && ok;
        ok = readNamed(row, QStringLiteral("funding"), m_funding, p.funding, false) && ok;
        ok = readNamed(row, QStringLiteral("status"), m_statuses, p.status, false) && ok;
        ok = readDate(row, QStringLiteral("planned_start"), p.plannedStart) && ok;
        ok = readDate(row, QStringLiteral("planned_end"), p.plannedEnd) && ok;
        ok = readDate(row, QStringLiteral("actual_start"), p.actualStart) && ok;
        ok = readDate(row, QStringLiteral("actual_end"), p.actualEnd) && ok;
        QList<Share> shares;
        if (const QString why = readShares(countryListToCodes(row.value(QStringLiteral("countries"))), shares, countryCode); !why.isEmpty()) {
            row.problem(QStringLiteral("countries"), why);
            ok = false;
        }
        for (const Share &s : shares)
            p.countries.append({s.code.toUpper(), s.percent});
        shares.clear();
        QStringList widened;
        if (const QString why = readShares(row.value(QStringLiteral("sectors")), shares, [&](const QString &text) { return sectorCode(text, &widened); });
            !why.isEmpty()) {
            row.problem(QStringLiteral("sectors"), why);
            ok = false;
        }
        for (const Share &s : shares)
            p.sectors.append({s.code, s.percent});
        if (!widened.isEmpty()) {
            widened.removeDuplicates();
            row.warn(QStringLiteral("sectors"), QCoreApplication::translate("Import", "DAC categories read as their first purpose code: %1").arg(widened.join(QStringLiteral(", "))));
        }
        static const QRegularExpression between(QStringLiteral("[;,、，；\\s]+"));
        for (const QString &goal : row.value(QStringLiteral("sdgs")).split(between, Qt::SkipEmptyParts)) {
            bool isNumber = false;
            p.sdgGoals.append(goal.toInt(&isNumber));
            if (!isNumber) {
                row.problem(QStringLiteral("sdgs"), QCoreApplication::translate("Import", "\"%1\" is not an SDG number (1-17)").arg(quotedValue(goal)));
                ok = false;
            }
        }
        p.officer = row.value(QStringLiteral("officer"));
        p.descriptionEn = row.value(QStringLiteral("description_en"));
        p.descriptionZh = row.value(QStringLiteral("description_zh"));
        p.iatiIdentifier = row.value(QStringLiteral("iati_identifier"));
        if (!ok)
            return {};
        const QHash<QString, QString> keys{{QString::fromLatin1(fields::title), row.column(QStringLiteral("title_en")).isEmpty()
                                                                                    ? QStringLiteral("title_zh")
                                                                                    : QStringLiteral("title_en")},
            {QString::fromLatin1(fields::sdgGoals), QStringLiteral("sdgs")}};
        // The dates' consistency protects entry in the editor; a file is kept as it says, with a warning.
        if (const QList<FieldError> errors = validateProject(normalised(p), ValidationRules::Import); !errors.isEmpty()) {
            row.problems(errors, keys);
            return {};
        }
        for (const FieldError &w : projectDateWarnings(normalised(p)))
            row.warn(w.field, w.message);
        if (!write)
            return {};
        if (const qint64 id = m_stored.value(p.code.toCaseFolded()); id != 0)
            return update(row, id, p, keys);
        auto stored = ProjectService(m_source.db).create(p, ValidationRules::Import);
        if (!stored && (stored.error().kind == Error::Kind::Validation || stored.error().kind == Error::Kind::Duplicate)) {
            if (stored.error().fields.isEmpty())
                row.problem(QStringLiteral("code"), stored.error().message);
            row.problems(stored.error().fields, keys);
            return {};
        }
        if (!stored)
            return stored.error();
        if (m_source.batch)
            return m_source.batch->added(QStringLiteral("projects"), stored->id);
        return {};
    }

private:
    // A project already in the portfolio (by its code) takes the file's values of the columns the
    // file has; one whose values are all the same is left as it is, and counted unchanged.
    Status update(const ImportRow &row, qint64 id, const Project &read, const QHash<QString, QString> &keys)
    {
        ProjectService service(m_source.db);
        auto stored = service.get(id);
        if (!stored)
            return stored.error();
        Project p = stored.value();
        auto mapped = [&row](const char *key) { return !row.column(QLatin1String(key)).isEmpty(); };
        if (mapped("title_en")) p.titleEn = read.titleEn;
        if (mapped("title_zh")) p.titleZh = read.titleZh;
        if (mapped("line")) p.line = read.line;
        if (mapped("funding")) p.funding = read.funding;
        if (mapped("status")) p.status = read.status;
        if (mapped("planned_start")) p.plannedStart = read.plannedStart;
        if (mapped("planned_end")) p.plannedEnd = read.plannedEnd;
        if (mapped("actual_start")) p.actualStart = read.actualStart;
        if (mapped("actual_end")) p.actualEnd = read.actualEnd;
        if (mapped("officer")) p.officer = read.officer;
        if (mapped("description_en")) p.descriptionEn = read.descriptionEn;
        if (mapped("description_zh")) p.descriptionZh = read.descriptionZh;
        if (mapped("iati_identifier")) p.iatiIdentifier = read.iatiIdentifier;
        if (mapped("sdgs")) p.sdgGoals = read.sdgGoals;
        if (mapped("sectors") && !sameCodes(p.sectors, read.sectors, row.value(QStringLiteral("sectors"))))
            p.sectors = read.sectors;
        // The registers export countries without their shares: the same countries keep theirs.
        if (mapped("countries") && !sameCodes(p.countries, read.countries, row.value(QStringLiteral("countries"))))
            p.countries = read.countries;
        if (fieldsOf(p) == fieldsOf(stored.value())) {
            if (m_source.report)
                ++m_source.report->unchanged;
            return {};
        }
        QByteArray before;
        if (m_source.batch) {
            auto image = m_source.batch->before(QStringLiteral("projects"), id);
            if (!image)
                return image.error();
            before = image.value();
        }
        auto updated = service.update(p, ValidationRules::Import);
        if (!updated && updated.error().kind == Error::Kind::Validation) {
            row.problems(updated.error().fields, keys);
            return {};
        }
        if (!updated)
            return updated.error();
        if (m_source.report)
            ++m_source.report->updated;
        if (m_source.batch)
            return m_source.batch->updated(QStringLiteral("projects"), id, before);
        return {};
    }

    // Whether shares read without percentages name the same codes, in any order, as stored.
    template <typename ShareT> static bool sameCodes(const QList<ShareT> &stored, const QList<ShareT> &read, const QString &text)
    {
        if (text.contains(u':') || stored.size() != read.size())
            return false;
        QStringList a, b;
        for (const ShareT &s : stored)
            a << codeOfShare(s);
        for (const ShareT &s : read)
            b << codeOfShare(s);
        a.sort();
        b.sort();
        return a == b;
    }
    static QString codeOfShare(const CountryShare &s) { return s.country; }
    static QString codeOfShare(const SectorShare &s) { return s.code; }

    ImportSource m_source;
    NameIndex<BusinessLine> m_lines;
    NameIndex<FundingSource> m_funding;
    NameIndex<ActivityStatus> m_statuses;
    QHash<QString, qint64> m_stored; // code (case folded) -> id
    QHash<QString, qint64> m_inFile;
};

} // namespace

std::unique_ptr<RowImporter> projectImporter(const ImportSource &source)
{
    return std::make_unique<ProjectImporter>(source);
}

} // namespace pd
