#include "paged_table_model.h"

namespace pd::ui {

int PagedTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

bool PagedTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted;
}

void PagedTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_exhausted)
        return;
    auto read = readPage(m_rowCount, kPageSize);
    if (!read) {
        m_exhausted = true;
        Q_EMIT errorOccurred(read.error());
        return;
    }
    m_exhausted = read.value() < kPageSize;
    if (read.value() == 0)
        return;
    beginInsertRows({}, m_rowCount, m_rowCount + read.value() - 1);
    acceptPage();
    m_rowCount += read.value();
    endInsertRows();
}

void PagedTableModel::reload()
{
    beginResetModel();
    clearRows();
    m_rowCount = 0;
    m_exhausted = false;
    endResetModel();
    reloading();
    fetchMore({});
}

} // namespace pd::ui
