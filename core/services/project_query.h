#pragma once

#include "domain/project.h"

#include <QVariantList>

namespace pd {

class Dialect;

// Which projects: the registers, the CLI and (later) the dashboard all filter with this.
struct ProjectFilter
{
    QString search; // every word must match code, a title, officer, a country or a partner name
    QList<BusinessLine> lines;
    QList<ActivityStatus> statuses;
    QList<FundingSource> fundings;
    QStringList countries; // ISO alpha-2; a project in any of them
    QString region;        // UN M49 region or sub-region code; a project in any of its countries
    int yearFrom = 0; // planned period overlaps [yearFrom, yearTo]; 0 = open
    int yearTo = 0;
    QString officer;
    QString emergency; // the key of the emergency the projects answer
    qint64 partnerId = 0; // plays any role
    int sdgGoal = 0;
    qint64 projectId = 0;           // one project only
    bool isEmpty() const;
};

enum class ProjectSort { Code, TitleEn, TitleZh, Line, ActivityStatus, PlannedStart, PlannedEnd, Officer };

struct ProjectQuery
{
    ProjectFilter filter;
    ProjectSort sort = ProjectSort::Code;
    Qt::SortOrder order = Qt::AscendingOrder;
    int limit = -1; // -1: every match
    int offset = 0;
};

// One register row: enough to show and sort, without the children of every project.
struct ProjectSummary
{
    qint64 id = 0;
    int revision = 0;
    QString code;
    QString titleEn;
    QString titleZh;
    BusinessLine line = BusinessLine::UnProgramme;
    FundingSource funding = FundingSource::ChinaAidGrant;
    ActivityStatus status = ActivityStatus::Pipeline;
    QDate plannedStart;
    QDate plannedEnd;
    QString officer;
    QStringList countries;
};

struct SqlCondition
{
    QString sql; // "" or "WHERE ..."
    QVariantList values; // bound in order
};

// The WHERE clause for a filter over `projects p`, with bound parameters only.
SqlCondition projectCondition(const ProjectFilter &filter, const Dialect &dialect);
// The condition's WHERE clause with one more condition ANDed to it (or as the only one).
QString whereWith(const SqlCondition &condition, const QString &extra);
// "?, ?, ?" for count values.
QString placeholders(qsizetype count);
// Appends " LIMIT ? OFFSET ?" and its values when limit is 0 or more (a page of a register).
void appendPage(QString &sql, QVariantList &values, int limit, int offset);
// '%text%' with LIKE's wildcards escaped by '\'.
QString containsPattern(const QString &text);

} // namespace pd
