#include "delivery_table_model.h"

#include "registers/background_count.h"
#include "reference/reference_data.h"
#include "services/delivery_service.h"
#include "shell/color_scheme.h"
#include "shell/date_format.h"
#include "storage/database.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace pd::ui {

DeliveryTableModel::DeliveryTableModel(Database &db, Language language, QObject *parent)
    : PagedRowsModel(parent)
    , m_db(db)
    , m_language(language)
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
    m_query.filter.today = m_today;
    reload();
}

DeliveryTableModel::~DeliveryTableModel() = default;

void DeliveryTableModel::setFilter(const DeliveryFilter &filter)
{
    m_query.filter = filter;
    m_query.filter.today = m_today;
    reload();
}

void DeliveryTableModel::setToday(const QDate &today)
{
    m_today = today;
    setFilter(m_query.filter);
}

int DeliveryTableModel::rowOf(qint64 deliveryId) const
{
    for (qsizetype i = 0; i < rows().size(); ++i) {
        if (rows().at(i).id == deliveryId)
            return int(i);
    }
    return -1;
}

Result<QList<DeliveryRow>> DeliveryTableModel::queryPage(int offset, int limit)
{
    DeliveryQuery page = m_query;
    page.offset = offset;
    page.limit = limit;
    return DeliveryService(m_db).list(page);
}

void DeliveryTableModel::reloading()
{
    m_matching = -1;
    Q_EMIT matchingCountChanged(m_matching);
    m_count->setFuture(countDeliveriesInBackground(m_db.spec(), m_query.filter));
}

QStringList DeliveryTableModel::columnKeys(int column)
{
    switch (column) {
    case Code:
        return {QStringLiteral("code")};
    case Project:
        return {QStringLiteral("project")};
    case Country:
        return {QStringLiteral("country")};
    case Consignee:
        return {QStringLiteral("consignee")};
    case Status:
        return {QStringLiteral("status"), QStringLiteral("overdue")};
    case PlannedDispatch:
        return {QStringLiteral("dispatch")};
    case PlannedArrival:
        return {QStringLiteral("arrival")};
    case Handover:
        return {QStringLiteral("handover")};
    case Items:
        return {QStringLiteral("items")};
    case Tonnes:
        return {QStringLiteral("tonnes")};
    case Value:
        return {QStringLiteral("value"), QStringLiteral("currency")};
    case Document:
        return {QStringLiteral("document")};
    default:
        return {};
    }
}

int DeliveryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void DeliveryTableModel::sort(int column, Qt::SortOrder order)
{
    static const QHash<int, DeliverySort> sorts{{Code, DeliverySort::Code}, {Project, DeliverySort::Project},
        {Country, DeliverySort::Country}, {Status, DeliverySort::WorkflowStatus}, {PlannedDispatch, DeliverySort::PlannedDispatch},
        {PlannedArrival, DeliverySort::PlannedArrival}, {Handover, DeliverySort::Handover}, {Tonnes, DeliverySort::Weight},
        {Value, DeliverySort::Value}};
    const auto it = sorts.constFind(column);
    if (it == sorts.constEnd())
        return;
    m_query.sort = *it;
    m_query.order = order;
    reload();
}

QVariant DeliveryTableModel::data(const QModelIndex &index, int role) const
{
    const DeliveryRow *d = rowAt(index.row());
    if (!d)
        return {};
    const bool overdue = d->isOverdue(m_today);
    // Dispatch and arrival show the actual date once there is one, the planned date (grey, italic) until then.
    const bool planned = (index.column() == PlannedDispatch && !d->actualDispatch.isValid())
        || (index.column() == PlannedArrival && !d->actualArrival.isValid());
    if (role == Qt::ForegroundRole && overdue)
        return QBrush(ColorScheme::alertText());
    if (role == Qt::ForegroundRole && planned)
        return QBrush(QColor(0x80, 0x80, 0x80));
    if (role == Qt::FontRole && planned) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    if (role == Qt::BackgroundRole && overdue)
        return QBrush(ColorScheme::alertBackground());
    if (role == Qt::TextAlignmentRole && (index.column() == Items || index.column() == Tonnes || index.column() == Value))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        if (overdue)
            return tr("Overdue: planned to arrive on %1 and not arrived yet").arg(DateFormat::display(d->plannedArrival));
        if (index.column() == Project)
            return QStringLiteral("%1\n%2").arg(d->projectTitleEn, d->projectTitleZh);
        if (planned)
            return tr("Planned; not yet done");
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case Code:
        return d->code;
    case Project:
        return d->projectCode;
    case Country:
        return countryName(d->destinationCountry, m_language);
    case Consignee:
        return pick(m_language, d->consigneeEn, d->consigneeZh);
    case Status:
        return overdue ? tr("%1 (overdue)").arg(nameOf(d->status, m_language)) : nameOf(d->status, m_language);
    case PlannedDispatch:
        return DateFormat::display(d->actualDispatch.isValid() ? d->actualDispatch : d->plannedDispatch);
    case PlannedArrival:
        return DateFormat::display(d->actualArrival.isValid() ? d->actualArrival : d->plannedArrival);
    case Handover:
        return DateFormat::display(d->actualHandover);
    case Items:
        return locale.toString(d->itemCount);
    case Tonnes:
        return tonnesText(d->grossWeightGrams, locale);
    case Value:
        return d->totalValue.format(locale);
    case Document:
        return d->transportDocument;
    default:
        return {};
    }
}

QVariant DeliveryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Code:
        return tr("Code");
    case Project:
        return tr("Project");
    case Country:
        return tr("Destination");
    case Consignee:
        return tr("Consignee");
    case Status:
        return tr("Status");
    case PlannedDispatch:
        return tr("Dispatch");
    case PlannedArrival:
        return tr("Arrival");
    case Handover:
        return tr("Handed over");
    case Items:
        return tr("Items");
    case Tonnes:
        return tr("Tonnes");
    case Value:
        return tr("Value");
    case Document:
        return tr("B/L or AWB");
    default:
        return {};
    }
}

} // namespace pd::ui
