#include "partner_table_model.h"

#include "reference/reference_data.h"

namespace pd::ui {

PartnerTableModel::PartnerTableModel(PartnerService &service, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{
    m_query.limit = kPageSize;
    reload();
}

void PartnerTableModel::setSearch(const QString &text)
{
    m_query.search = text;
    reload();
}

void PartnerTableModel::setLanguage(Language language)
{
    m_language = language;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void PartnerTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_exhausted = false;
    endResetModel();
    fetchMore({});
}

int PartnerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PartnerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool PartnerTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted;
}

void PartnerTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_exhausted)
        return;
    PartnerQuery page = m_query;
    page.offset = int(m_rows.size());
    auto rows = m_service.list(page);
    if (!rows) {
        m_exhausted = true;
        Q_EMIT errorOccurred(rows.error().describe());
        return;
    }
    m_exhausted = rows->size() < kPageSize;
    if (rows->isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows->size()) - 1);
    m_rows.append(rows.value());
    endInsertRows();
}

QVariant PartnerTableModel::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DisplayRole || index.row() < 0 || index.row() >= m_rows.size())
        return {};
    const PartnerSummary &s = m_rows.at(index.row());
    const Partner &p = s.partner;
    const ReferenceData &ref = ReferenceData::instance();
    switch (index.column()) {
    case Name:
        return p.name(m_language);
    case Acronym:
        return p.acronym;
    case Type: {
        const CodeItem *type = ref.code(QStringLiteral("OrganisationType"), QString::number(p.orgType));
        return type ? type->name(m_language) : QString();
    }
    case Country: {
        const pd::Country *c = ref.country(p.country);
        return c ? c->name(m_language) : p.country;
    }
    case IatiId:
        return p.iatiId;
    case NetworkSince:
        return p.networkMemberSince ? QVariant(p.networkMemberSince) : QVariant();
    case Projects:
        return s.projectCount;
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
        return tr("SSC Network since");
    case Projects:
        return tr("Projects");
    default:
        return {};
    }
}

} // namespace pd::ui
