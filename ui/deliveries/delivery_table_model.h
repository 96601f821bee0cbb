#pragma once

#include "common/language.h"
#include "registers/paged_table_model.h"
#include "services/delivery_query.h"

#include <QFutureWatcher>

namespace pd {
class Database;
}

namespace pd::ui {

struct CountResult;

// The deliveries register over DeliveryService: filter and sort in SQL, a page of rows at a time,
// the matches counted in the background; overdue rows stand out.
class DeliveryTableModel final : public PagedRowsModel<DeliveryRow>
{
    Q_OBJECT

public:
    enum Column {
        Code,
        Project,
        Country,
        Consignee,
        Status,
        PlannedDispatch,
        PlannedArrival,
        Handover,
        Items,
        Tonnes,
        Value,
        Document,
        ColumnCount
    };

    DeliveryTableModel(Database &db, Language language, QObject *parent = nullptr);
    ~DeliveryTableModel() override;

    void setFilter(const DeliveryFilter &filter);
    const DeliveryFilter &filter() const { return m_query.filter; }
    // The filter and the sort the rows are shown in (limit and offset aside).
    const DeliveryQuery &query() const { return m_query; }
    // The export columns (core's exportableColumns(ExportRegister::Deliveries)) a column shows: the
    // status with whether it is overdue, the value with its currency.
    static QStringList columnKeys(int column);
    // The day "overdue" is judged on (today unless a test or screenshot fixes it).
    void setToday(const QDate &today);
    const QDate &today() const { return m_today; }
    qint64 matchingCount() const { return m_matching; }
    int rowOf(qint64 deliveryId) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order) override;

Q_SIGNALS:
    void matchingCountChanged(qint64 count);

protected:
    Result<QList<DeliveryRow>> queryPage(int offset, int limit) override;
    void reloading() override;

private:
    Database &m_db;
    Language m_language;
    DeliveryQuery m_query;
    QDate m_today = QDate::currentDate();
    qint64 m_matching = -1;
    QFutureWatcher<CountResult> *m_count = nullptr;
};

} // namespace pd::ui
