// Partners from CSV, each through PartnerService::create. A partner whose name or IATI identifier
// is already in the portfolio (or earlier in the file) is a duplicate: the import adds partners,
// it does not merge them.
#include "import_fields.h"
#include "import_values.h"

#include "common/quoted_value.h"
#include "domain/validation.h"
#include "reference/reference_data.h"
#include "services/partner_service.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace pd {

namespace {

class PartnerImporter final : public RowImporter
{
public:
    explicit PartnerImporter(const ImportSource &source)
        : m_source(source)
    { }

    Status prepare() override
    {
        m_types = codelistValues(QStringLiteral("OrganisationType"));
        auto r = m_source.db.execute(QStringLiteral("SELECT name_en, name_zh, iati_id FROM partners"));
        if (!r)
            return r.error();
        while (r->next()) {
            for (int column = 0; column < 3; ++column) {
                const QString key = r->value(column).toString().trimmed().toCaseFolded();
                if (!key.isEmpty())
                    m_stored.insert(QString::number(column == 2) + key);
            }
        }
        return {};
    }

    Status row(const ImportRow &row, bool write) override
    {
        bool ok = true;
        Partner p;
        p.nameEn = row.value(QStringLiteral("name_en"));
        p.nameZh = row.value(QStringLiteral("name_zh"));
        p.acronym = row.value(QStringLiteral("acronym"));
        p.iatiId = row.value(QStringLiteral("iati_id"));
        p.country = row.value(QStringLiteral("country")).toUpper();
        if (const Country *named = ReferenceData::instance().countryByCodeOrName(row.value(QStringLiteral("country"))))
            p.country = named->alpha2; // "Kenya", "KEN", "404" or 肯尼亚 as KE
        ok = unique(row, QStringLiteral("name_en"), false) && ok;
        ok = unique(row, QStringLiteral("name_zh"), false) && ok;
        ok = unique(row, QStringLiteral("iati_id"), true) && ok;
        if (row.has(QStringLiteral("org_type"))) {
            if (const auto type = m_types.find(row.value(QStringLiteral("org_type"))))
                p.orgType = *type;
            else {
                row.problem(QStringLiteral("org_type"), QCoreApplication::translate("Import", "not an IATI organisation type"));
                ok = false;
            }
        }
        if (!p.country.isEmpty() && !ReferenceData::instance().country(p.country)) {
            row.problem(QStringLiteral("country"), QCoreApplication::translate("Import", "unknown country \"%1\"").arg(quotedValue(p.country)));
            ok = false;
        }
        if (row.has(QStringLiteral("network_member_since"))) {
            bool isNumber = false;
            p.networkMemberSince = row.value(QStringLiteral("network_member_since")).toInt(&isNumber);
            if (!isNumber) {
                row.problem(QStringLiteral("network_member_since"), QCoreApplication::translate("Import", "not a year"));
                ok = false;
            }
        }
        if (!ok)
            return {};
        const QHash<QString, QString> keys{
            {QString::fromLatin1(fields::name), row.column(QStringLiteral("name_en")).isEmpty() ? QStringLiteral("name_zh") : QStringLiteral("name_en")}};
        if (const QList<FieldError> errors = validatePartner(normalised(p)); !errors.isEmpty()) {
            row.problems(errors, keys);
            return {};
        }
        if (!write)
            return {};
        auto stored = PartnerService(m_source.db).create(p);
        if (!stored && (stored.error().kind == Error::Kind::Validation || stored.error().kind == Error::Kind::Duplicate)) {
            if (stored.error().fields.isEmpty())
                row.problem(QStringLiteral("iati_id"), stored.error().message);
            row.problems(stored.error().fields, keys);
            return {};
        }
        return stored ? Status() : Status(stored.error());
    }

private:
    bool unique(const ImportRow &row, const QString &key, bool isIatiId)
    {
        const QString value = row.value(key);
        if (value.isEmpty())
            return true;
        const QString folded = QString::number(isIatiId) + value.toCaseFolded();
        if (m_stored.contains(folded)) {
            row.problem(key, QCoreApplication::translate("Import", "duplicate: %1 is already in the portfolio").arg(quotedValue(value)));
            return false;
        }
        if (const qint64 line = m_inFile.value(folded + QLatin1Char('|') + key); line > 0) {
            row.problem(key, QCoreApplication::translate("Import", "duplicate: %1 is already on line %2").arg(quotedValue(value)).arg(line));
            return false;
        }
        m_inFile.insert(folded + QLatin1Char('|') + key, row.line());
        return true;
    }

    ImportSource m_source;
    NameIndex<int> m_types;
    QSet<QString> m_stored; // "0" + a name, "1" + an IATI identifier, case folded
    QHash<QString, qint64> m_inFile;
};

} // namespace

std::unique_ptr<RowImporter> partnerImporter(const ImportSource &source)
{
    return std::make_unique<PartnerImporter>(source);
}

} // namespace pd
