#pragma once

#include "common/language.h"
#include "services/project_service.h"

#include <QAbstractTableModel>

namespace pd::ui {

// The projects register: rows fetched from ProjectService a page at a time as the view scrolls
// (canFetchMore/fetchMore), so a million projects open as fast as a thousand. Filtering and
// sorting are done by the service in SQL; the model never holds more than the pages seen.
class ProjectTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Code, Title, Line, Status, Countries, PlannedStart, PlannedEnd, Officer, ColumnCount };
    static constexpr int kPageSize = 200;

    explicit ProjectTableModel(ProjectService &service, QObject *parent = nullptr);

    void setFilter(const ProjectFilter &filter);
    const ProjectFilter &filter() const { return m_query.filter; }
    void setLanguage(Language language);
    // Matching projects in the portfolio (counted in SQL), not only the rows fetched.
    qint64 matchingCount() const { return m_matching; }
    const ProjectSummary *summaryAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;

Q_SIGNALS:
    // A read failed; the text names what.
    void errorOccurred(const QString &message);
    void matchingCountChanged(qint64 count);

public Q_SLOTS:
    // Drops the fetched rows and starts again from the first page (after a change).
    void reload();

private:
    QString countriesText(const QStringList &codes) const;

    ProjectService &m_service;
    ProjectQuery m_query;
    QList<ProjectSummary> m_rows;
    bool m_exhausted = false;
    qint64 m_matching = 0;
    Language m_language = Language::English;
};

} // namespace pd::ui
