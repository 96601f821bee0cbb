#include "project_table_model.h"

#include "reference/reference_data.h"

#include <QLocale>

namespace pd::ui {

ProjectTableModel::ProjectTableModel(ProjectService &service, QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{
    m_query.limit = kPageSize;
    reload();
}

void ProjectTableModel::setFilter(const ProjectFilter &filter)
{
    m_query.filter = filter;
    reload();
}

void ProjectTableModel::setLanguage(Language language)
{
    m_language = language;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void ProjectTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_exhausted = false;
    endResetModel();
    auto count = m_service.count(m_query.filter);
    if (!count) {
        Q_EMIT errorOccurred(count.error().describe());
        m_matching = 0;
    } else {
        m_matching = count.value();
    }
    Q_EMIT matchingCountChanged(m_matching);
    fetchMore({});
}

const ProjectSummary *ProjectTableModel::summaryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int ProjectTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProjectTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ProjectTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted;
}

void ProjectTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_exhausted)
        return;
    ProjectQuery page = m_query;
    page.offset = int(m_rows.size());
    auto rows = m_service.list(page);
    if (!rows) {
        m_exhausted = true;
        Q_EMIT errorOccurred(rows.error().describe());
        return;
    }
    if (rows->size() < kPageSize)
        m_exhausted = true;
    if (rows->isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows->size()) - 1);
    m_rows.append(rows.value());
    endInsertRows();
}

void ProjectTableModel::sort(int column, Qt::SortOrder order)
{
    static const ProjectSort kSorts[ColumnCount] = {ProjectSort::Code, ProjectSort::TitleEn, ProjectSort::Line, ProjectSort::ActivityStatus,
        ProjectSort::Code, ProjectSort::PlannedStart, ProjectSort::PlannedEnd, ProjectSort::Officer};
    if (column < 0 || column >= ColumnCount)
        return;
    m_query.sort = kSorts[column];
    if (column == Title && m_language == Language::Chinese)
        m_query.sort = ProjectSort::TitleZh;
    m_query.order = order;
    reload();
}

QString ProjectTableModel::countriesText(const QStringList &codes) const
{
    QStringList names;
    for (const QString &code : codes) {
        const Country *c = ReferenceData::instance().country(code);
        names << (c ? c->name(m_language) : code);
    }
    return names.join(m_language == Language::Chinese ? QStringLiteral("、") : QStringLiteral(", "));
}

QVariant ProjectTableModel::data(const QModelIndex &index, int role) const
{
    const ProjectSummary *p = summaryAt(index.row());
    if (!p)
        return {};
    if (role == Qt::ToolTipRole && index.column() == Title)
        return QStringLiteral("%1\n%2").arg(p->titleEn, p->titleZh);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case Code:
        return p->code;
    case Title:
        return pick(m_language, p->titleEn, p->titleZh);
    case Line:
        return nameOf(p->line, m_language);
    case Status:
        return nameOf(p->status, m_language);
    case Countries:
        return countriesText(p->countries);
    case PlannedStart:
        return p->plannedStart.isValid() ? locale.toString(p->plannedStart, QLocale::ShortFormat) : QString();
    case PlannedEnd:
        return p->plannedEnd.isValid() ? locale.toString(p->plannedEnd, QLocale::ShortFormat) : QString();
    case Officer:
        return p->officer;
    default:
        return {};
    }
}

QVariant ProjectTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Code:
        return tr("Code");
    case Title:
        return tr("Title");
    case Line:
        return tr("Business line");
    case Status:
        return tr("Status");
    case Countries:
        return tr("Countries");
    case PlannedStart:
        return tr("Planned start");
    case PlannedEnd:
        return tr("Planned end");
    case Officer:
        return tr("Officer");
    default:
        return {};
    }
}

} // namespace pd::ui
