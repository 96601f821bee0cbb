#pragma once

#include "common/language.h"
#include "paged_table_model.h"
#include "services/partner_service.h"

namespace pd::ui {

// The partners register over PartnerService, fetched a page at a time.
class PartnerTableModel final : public PagedRowsModel<PartnerSummary>
{
    Q_OBJECT

public:
    enum Column { Name, Acronym, Type, Country, IatiId, NetworkSince, Projects, ColumnCount };

    explicit PartnerTableModel(PartnerService &service, QObject *parent = nullptr);

    void setQuery(const PartnerQuery &query);
    const PartnerQuery &query() const { return m_query; }
    // The export columns (core's exportableColumns(ExportRegister::Partners)) a column shows.
    static QStringList columnKeys(int column);
    void setLanguage(Language language);
    const PartnerSummary *summaryAt(int row) const { return rowAt(row); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    Result<QList<PartnerSummary>> queryPage(int offset, int limit) override;

private:
    PartnerService &m_service;
    PartnerQuery m_query;
    Language m_language = Language::English;
};

} // namespace pd::ui
