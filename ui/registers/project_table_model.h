#pragma once

#include "common/language.h"
#include "paged_table_model.h"
#include "services/project_service.h"

#include <QFutureWatcher>

namespace pd::ui {

struct CountResult;

// The projects register over ProjectService: filtering and sorting in SQL, rows fetched a page at
// a time, the number of matches counted in the background.
class ProjectTableModel final : public PagedRowsModel<ProjectSummary>
{
    Q_OBJECT

public:
    enum Column { Code, Title, Line, Funding, Status, Countries, PlannedStart, PlannedEnd, Officer, ColumnCount };

    ProjectTableModel(ProjectService &service, ConnectionSpec spec, QObject *parent = nullptr);
    ~ProjectTableModel() override;

    void setFilter(const ProjectFilter &filter);
    const ProjectFilter &filter() const { return m_query.filter; }
    // The filter and the sort the rows are shown in (limit and offset aside).
    const ProjectQuery &query() const { return m_query; }
    // The export columns (core's exportableColumns(ExportRegister::Projects)) a column shows.
    static QStringList columnKeys(int column);
    void setLanguage(Language language);
    const ProjectSummary *summaryAt(int row) const { return rowAt(row); }
    // The row showing a project, or -1 when it is not among the rows fetched.
    int rowOf(qint64 projectId) const;
    // -1 until the background count has arrived.
    qint64 matchingCount() const { return m_matching; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order) override;

Q_SIGNALS:
    void matchingCountChanged(qint64 count);

protected:
    Result<QList<ProjectSummary>> queryPage(int offset, int limit) override;
    void reloading() override;

private:
    ProjectService &m_service;
    ConnectionSpec m_spec;
    ProjectQuery m_query;
    qint64 m_matching = -1;
    QFutureWatcher<CountResult> *m_count = nullptr;
    Language m_language = Language::English;
};

} // namespace pd::ui
