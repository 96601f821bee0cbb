// Partners from CSV, each through PartnerService::create. A partner already in the portfolio (by its
// IATI identifier, else its name) takes the file's values through PartnerService::update, or is left
// as it is when they are the same; twice in the file is a duplicate.
#include "import_fields.h"
#include "import_values.h"

#include "common/quoted_value.h"
#include "domain/record_fields.h"
#include "domain/validation.h"
#include "services/import_batches.h"
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
        auto r = m_source.db.execute(QStringLiteral("SELECT name_en, name_zh, iati_id, id FROM partners"));
        if (!r)
            return r.error();
        while (r->next()) {
            for (int column = 0; column < 3; ++column) {
                const QString key = r->value(column).toString().trimmed().toCaseFolded();
                if (!key.isEmpty())
                    m_stored.insert(QString::number(column == 2) + key, r->value(3).toLongLong());
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
        if (const QString code = countryCodeOf(row.value(QStringLiteral("country"))); !code.isEmpty())
            p.country = code; // "Kenya", "KEN", "404" or 肯尼亚 as KE (the registers export names)
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
        if (const qint64 id = storedId(row); id != 0)
            return update(row, id, p, keys);
        auto stored = PartnerService(m_source.db).create(p);
        if (!stored && (stored.error().kind == Error::Kind::Validation || stored.error().kind == Error::Kind::Duplicate)) {
            if (stored.error().fields.isEmpty())
                row.problem(QStringLiteral("iati_id"), stored.error().message);
            row.problems(stored.error().fields, keys);
            return {};
        }
        if (!stored)
            return stored.error();
        if (m_source.batch)
            return m_source.batch->added(QStringLiteral("partners"), stored->id);
        return {};
    }

private:
    // The stored partner the row names: by its IATI identifier when it has one, else by name.
    qint64 storedId(const ImportRow &row) const
    {
        if (const QString iati = row.value(QStringLiteral("iati_id")); !iati.isEmpty())
            return m_stored.value(QStringLiteral("1") + iati.toCaseFolded());
        for (const char *key : {"name_en", "name_zh"}) {
            if (const QString name = row.value(QLatin1String(key)); !name.isEmpty())
                return m_stored.value(QStringLiteral("0") + name.toCaseFolded());
        }
        return 0;
    }

    Status update(const ImportRow &row, qint64 id, const Partner &read, const QHash<QString, QString> &keys)
    {
        PartnerService service(m_source.db);
        auto stored = service.get(id);
        if (!stored)
            return stored.error();
        Partner p = stored.value();
        auto mapped = [&row](const char *key) { return !row.column(QLatin1String(key)).isEmpty(); };
        if (mapped("name_en")) p.nameEn = read.nameEn;
        if (mapped("name_zh")) p.nameZh = read.nameZh;
        if (mapped("acronym")) p.acronym = read.acronym;
        if (mapped("org_type")) p.orgType = read.orgType;
        if (mapped("iati_id")) p.iatiId = read.iatiId;
        if (mapped("country")) p.country = read.country;
        if (mapped("network_member_since")) p.networkMemberSince = read.networkMemberSince;
        if (fieldsOf(p) == fieldsOf(stored.value())) {
            if (m_source.report)
                ++m_source.report->unchanged;
            return {};
        }
        QByteArray before;
        if (m_source.batch) {
            auto image = m_source.batch->before(QStringLiteral("partners"), id);
            if (!image)
                return image.error();
            before = image.value();
        }
        auto updated = service.update(p);
        if (!updated && (updated.error().kind == Error::Kind::Validation || updated.error().kind == Error::Kind::Duplicate)) {
            if (updated.error().fields.isEmpty())
                row.problem(QStringLiteral("iati_id"), updated.error().message);
            row.problems(updated.error().fields, keys);
            return {};
        }
        if (!updated)
            return updated.error();
        if (m_source.report)
            ++m_source.report->updated;
        if (m_source.batch)
            return m_source.batch->updated(QStringLiteral("partners"), id, before);
        return {};
    }

    bool unique(const ImportRow &row, const QString &key, bool isIatiId)
    {
        const QString value = row.value(key);
        if (value.isEmpty())
            return true;
        const QString folded = QString::number(isIatiId) + value.toCaseFolded();
        if (const qint64 line = m_inFile.value(folded + QLatin1Char('|') + key); line > 0) {
            row.problem(key, QCoreApplication::translate("Import", "duplicate: %1 is already on line %2").arg(quotedValue(value)).arg(line));
            return false;
        }
        m_inFile.insert(folded + QLatin1Char('|') + key, row.line());
        return true;
    }

    ImportSource m_source;
    NameIndex<int> m_types;
    QHash<QString, qint64> m_stored; // "0" + a name, "1" + an IATI identifier, case folded -> id
    QHash<QString, qint64> m_inFile;
};

} // namespace

std::unique_ptr<RowImporter> partnerImporter(const ImportSource &source)
{
    return std::make_unique<PartnerImporter>(source);
}

} // namespace pd
