#pragma once

#include "common/result.h"

#include <QAbstractTableModel>

namespace pd::ui {

// The lazy loading every register shares: rows arrive a page at a time as the view asks for more
// (canFetchMore/fetchMore), from a query the subclass runs in core. Memory holds only the pages
// seen, so a million rows open as fast as a thousand.
class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 200;

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const final;
    bool canFetchMore(const QModelIndex &parent) const final;
    void fetchMore(const QModelIndex &parent) final;

Q_SIGNALS:
    void errorOccurred(const pd::Error &error);

public Q_SLOTS:
    // Forgets the rows fetched and fetches the first page again (after a change or a new filter).
    void reload();

protected:
    // Reads up to `limit` rows from `offset` into the subclass's staging area; returns how many.
    virtual Result<int> readPage(int offset, int limit) = 0;
    // Moves the staged rows to the end of the visible rows.
    virtual void acceptPage() = 0;
    virtual void clearRows() = 0;
    // Called at the start of every reload, before the first page: e.g. start a count.
    virtual void reloading() { }

private:
    int m_rowCount = 0;
    bool m_exhausted = false;
};

} // namespace pd::ui

namespace pd::ui {

// A PagedTableModel holding rows of one type: a register implements queryPage() and data().
template <typename Row> class PagedRowsModel : public PagedTableModel
{
public:
    using PagedTableModel::PagedTableModel;

    // The row fetched at `row`, or null.
    const Row *rowAt(int row) const { return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr; }

protected:
    virtual Result<QList<Row>> queryPage(int offset, int limit) = 0;
    const QList<Row> &rows() const { return m_rows; }

private:
    Result<int> readPage(int offset, int limit) final
    {
        auto page = queryPage(offset, limit);
        if (!page)
            return page.error();
        m_staged = std::move(page).value();
        return int(m_staged.size());
    }
    void acceptPage() final
    {
        m_rows.append(m_staged);
        m_staged.clear();
    }
    void clearRows() final { m_rows.clear(); }

    QList<Row> m_rows;
    QList<Row> m_staged;
};

} // namespace pd::ui
