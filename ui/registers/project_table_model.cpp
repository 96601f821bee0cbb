#include "project_table_model.h"

#include "background_count.h"
#include "shell/date_format.h"
#include "reference/reference_data.h"

#include <QLocale>

namespace pd::ui {

ProjectTableModel::ProjectTableModel(ProjectService &service, ConnectionSpec spec, QObject *parent)
    : PagedRowsModel(parent)
    , m_service(service)
    , m_spec(std::move(spec))
    , m_count(new QFutureWatcher<CountResult>(this))
{
    connect(m_count, &QFutureWatcher<CountResult>::finished, this, [this] {
        if (m_count->future().isCanceled() || m_count->future().resultCount() == 0)
            return;
        const CountResult result = m_count->result();
        if (result.error) {
            Q_EMIT errorOccurred(*result.error);
            return;
        }
        m_matching = result.count;
        Q_EMIT matchingCountChanged(m_matching);
    });
    reload();
}

// A count still running finishes on its own connection and its result is dropped: the job holds
// nothing of the model, so there is nothing to wait for.
ProjectTableModel::~ProjectTableModel() = default;

void ProjectTableModel::setFilter(const ProjectFilter &filter)
{
    m_query.filter = filter;
    reload();
}

void ProjectTableModel::setLanguage(Language language)
{
    m_language = language;
    if (!rows().isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(rows().size()) - 1, ColumnCount - 1));
}

int ProjectTableModel::rowOf(qint64 projectId) const
{
    for (qsizetype i = 0; i < rows().size(); ++i) {
        if (rows().at(i).id == projectId)
            return int(i);
    }
    return -1;
}

Result<QList<ProjectSummary>> ProjectTableModel::queryPage(int offset, int limit)
{
    ProjectQuery page = m_query;
    page.offset = offset;
    page.limit = limit;
    return m_service.list(page);
}

void ProjectTableModel::reloading()
{
    m_matching = -1;
    Q_EMIT matchingCountChanged(m_matching);
    m_count->setFuture(countProjectsInBackground(m_spec, m_query.filter));
}

QStringList ProjectTableModel::columnKeys(int column)
{
    switch (column) {
    case Code:
        return {QStringLiteral("code")};
    case Title:
        return {QStringLiteral("title")};
    case Line:
        return {QStringLiteral("line")};
    case Funding:
        return {QStringLiteral("funding")};
    case Status:
        return {QStringLiteral("status")};
    case Countries:
        return {QStringLiteral("countries")};
    case PlannedStart:
        return {QStringLiteral("planned_start")};
    case PlannedEnd:
        return {QStringLiteral("planned_end")};
    case Officer:
        return {QStringLiteral("officer")};
    default:
        return {};
    }
}

int ProjectTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void ProjectTableModel::sort(int column, Qt::SortOrder order)
{
    switch (column) {
    case Code:
        m_query.sort = ProjectSort::Code;
        break;
    case Title:
        m_query.sort = m_language == Language::Chinese ? ProjectSort::TitleZh : ProjectSort::TitleEn;
        break;
    case Line:
        m_query.sort = ProjectSort::Line;
        break;
    case Status:
        m_query.sort = ProjectSort::ActivityStatus;
        break;
    case PlannedStart:
        m_query.sort = ProjectSort::PlannedStart;
        break;
    case PlannedEnd:
        m_query.sort = ProjectSort::PlannedEnd;
        break;
    case Officer:
        m_query.sort = ProjectSort::Officer;
        break;
    default:
        return; // funding and countries are not sortable
    }
    m_query.order = order;
    reload();
}

QVariant ProjectTableModel::data(const QModelIndex &index, int role) const
{
    const ProjectSummary *p = summaryAt(index.row());
    if (!p)
        return {};
    if (role == Qt::ToolTipRole && index.column() == Title)
        return QStringLiteral("%1\n%2").arg(p->titleEn, p->titleZh);
    if (role == Qt::ToolTipRole && index.column() == Countries)
        return countryNames(p->countries, m_language);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Code:
        return p->code;
    case Title:
        return pick(m_language, p->titleEn, p->titleZh);
    case Line:
        return nameOf(p->line, m_language);
    case Funding:
        return nameOf(p->funding, m_language);
    case Status:
        return nameOf(p->status, m_language);
    case Countries:
        return countryNames(p->countries, m_language);
    case PlannedStart:
        return DateFormat::display(p->plannedStart);
    case PlannedEnd:
        return DateFormat::display(p->plannedEnd);
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
    case Funding:
        return tr("Funding source");
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
