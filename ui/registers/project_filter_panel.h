#pragma once

#include "common/language.h"
#include "services/project_query.h"

#include <QWidget>

class QComboBox;
class QSpinBox;

namespace pd {
class Portfolio;
}

namespace pd::ui {

// The filters of the projects register and the dashboard: business line, status, funding source,
// year range, UN M49 region, country, officer, partner and SDG goal. The search text is not part of it (the page's search field holds it).
class ProjectFilterPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit ProjectFilterPanel(Language language, QWidget *parent = nullptr);

    // Choices that come from the portfolio.
    void setOfficers(const QStringList &officers);
    void setPartners(const QList<std::pair<qint64, QString>> &partners);
    // Both, read from the portfolio ("name / other-language name" for partners); the choice made is kept.
    void loadChoices(Portfolio &portfolio);

    ProjectFilter filter() const;
    void setFilter(const ProjectFilter &filter);

Q_SIGNALS:
    void filterChanged();

private:
    QComboBox *combo(const QString &anyText);
    Language m_language;
    QComboBox *m_line = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_funding = nullptr;
    QComboBox *m_region = nullptr;
    QComboBox *m_country = nullptr;
    QSpinBox *m_yearFrom = nullptr;
    QSpinBox *m_yearTo = nullptr;
    QComboBox *m_officer = nullptr;
    QComboBox *m_partner = nullptr;
    QComboBox *m_sdg = nullptr;
    QComboBox *m_emergency = nullptr;
    bool m_applying = false;
};

// One chip per active filter, each removable; the texts are in the UI language.
struct FilterChip
{
    QString key; // which filter: line, status, funding, region, country, years, officer, partner, sdg, emergency, search
    QString text;
};
// The statuses of projects under way: implementation and finalisation.
inline QList<ActivityStatus> activeStatuses()
{
    return {ActivityStatus::Implementation, ActivityStatus::Finalisation};
}

QList<FilterChip> chipsFor(const ProjectFilter &filter, Language language, const QString &partnerName);
ProjectFilter withoutChip(ProjectFilter filter, const QString &key);

} // namespace pd::ui
