#include "partner_table_model.h"

#include "reference/reference_data.h"

namespace pd::ui {

PartnerTableModel::PartnerTableModel(PartnerService &service, QObject *parent)
    : PagedRowsModel(parent)
    , m_service(service)
{
    reload();
}

void PartnerTableModel::setQuery(const PartnerQuery &query)
{
    m_query = query;
    reload();
}

void PartnerTableModel::setLanguage(Language language)
{
    m_language = language;
    if (!rows().isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(rows().size()) - 1, ColumnCount - 1));
}

Result<QList<PartnerSummary>> PartnerTableModel::queryPage(int offset, int limit)
{
    PartnerQuery page = m_query;
    page.offset = offset;
    page.limit = limit;
    return m_service.list(page);
}

QStringList PartnerTableModel::columnKeys(int column)
{
    switch (column) {
    case Name:
        return {QStringLiteral("name")};
    case Acronym:
        return {QStringLiteral("acronym")};
    case Type:
        return {QStringLiteral("type")};
    case Country:
        return {QStringLiteral("country")};
    case IatiId:
        return {QStringLiteral("iati_id")};
    case NetworkSince:
        return {QStringLiteral("network_since")};
    case Projects:
        return {QStringLiteral("projects")};
    default:
        return {};
    }
}

int PartnerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PartnerTableModel::data(const QModelIndex &index, int role) const
{
    const PartnerSummary *s = summaryAt(index.row());
    if (!s)
        return {};
    const Partner &p = s->partner;
    const ReferenceData &ref = ReferenceData::instance();
    if (role == Qt::ToolTipRole && index.column() == Name)
        return QStringLiteral("%1\n%2").arg(p.nameEn, p.nameZh);
    if (role == Qt::TextAlignmentRole && (index.column() == Projects || index.column() == NetworkSince))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return p.name(m_language);
    case Acronym:
        return p.acronym;
    case Type: {
        const CodeItem *type = ref.code(QStringLiteral("OrganisationType"), QString::number(p.orgType));
        return type ? type->name(m_language) : QString();
    }
    case Country:
        return countryName(p.country, m_language);
    case IatiId:
        return p.iatiId;
    case NetworkSince:
        return p.networkMemberSince ? QVariant(p.networkMemberSince) : QVariant();
    case Projects:
        return s->projectCount;
    default:
        return {};
    }
}

QVariant PartnerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Acronym:
        return tr("Acronym");
    case Type:
        return tr("Type");
    case Country:
        return tr("Country");
    case IatiId:
        return tr("IATI identifier");
    case NetworkSince:
        return tr("Member since");
    case Projects:
        return tr("Projects");
    default:
        return {};
    }
}

} // namespace pd::ui
