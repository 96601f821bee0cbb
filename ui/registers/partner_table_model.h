#pragma once

#include "common/language.h"
#include "services/partner_service.h"

#include <QAbstractTableModel>

namespace pd::ui {

// The partners register, fetched a page at a time like the projects register.
class PartnerTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Acronym, Type, Country, IatiId, NetworkSince, Projects, ColumnCount };
    static constexpr int kPageSize = 200;

    explicit PartnerTableModel(PartnerService &service, QObject *parent = nullptr);

    void setSearch(const QString &text);
    void setLanguage(Language language);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void errorOccurred(const QString &message);

public Q_SLOTS:
    void reload();

private:
    PartnerService &m_service;
    PartnerQuery m_query;
    QList<PartnerSummary> m_rows;
    bool m_exhausted = false;
    Language m_language = Language::English;
};

} // namespace pd::ui
