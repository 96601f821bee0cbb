#pragma once

#include "common/result.h"
#include "domain/enums.h"
#include "finance_rollup.h"
#include "services/delivery_query.h"
#include "services/project_query.h"

namespace pd {

class Database;

// The headline figures of the dashboard.
struct DashboardKpis
{
    qint64 projects = 0;       // matching the filter
    qint64 activeProjects = 0; // of those, in implementation or finalisation (IATI status 2, 3)
    qint64 countries = 0;      // distinct recipient countries of those projects
    qint64 partners = 0;       // distinct partners playing a role in them
    qint64 internationalOrganisations = 0; // of those, multilateral organisations and international NGOs (IATI types 40, 21)
    FinanceFigures finance;    // budget, committed, disbursed, spent, execution, reporting currency
    qint64 deliveries = 0;     // handed over in the period
    qint64 gramsDelivered = 0;
    qint64 overdueDeliveries = 0; // due to arrive in the period, not arrived by `today` (overdueDeliveries())
};

struct LineSlice
{
    BusinessLine line = BusinessLine::UnProgramme;
    qint64 projects = 0;
    Money budget; // reporting currency
};

struct YearBars
{
    int year = 0;
    Money budget;
    Money disbursed;
    Money spent;
};

struct CountryBar
{
    QString country; // ISO alpha-2
    Money value;     // budgets shared by the projects' country percentages, reporting currency
};

struct StatusCell
{
    ActivityStatus status = ActivityStatus::Pipeline;
    BusinessLine line = BusinessLine::UnProgramme;
    qint64 projects = 0;
};

struct MonthTonnes
{
    QString month; // "2024-03"
    qint64 grams = 0;
    qint64 deliveries = 0;
};

struct KeyCount
{
    int key = 0; // SDG goal 1-17, or IATI organisation type
    qint64 count = 0;
};

// Every figure of the dashboard for one filter, as plain data: the UI only draws it.
// The filter's years are the period: projects whose planned period overlaps it, money dated in it
// (transactions by value date, budgets by period start), deliveries handed over in it.
struct Dashboard
{
    QString currency;
    DashboardKpis kpis;
    QList<LineSlice> byLine;            // every line, in the order of allBusinessLines()
    QList<YearBars> byYear;             // in order
    QList<CountryBar> topCountries;     // the 15 largest, largest first
    QList<CountryBar> countries;        // every recipient country, largest first (reports)
    Money noCountry;                    // budget of projects without recipient countries (or short of 100%)
    QList<StatusCell> byStatus;         // non-zero cells
    QList<MonthTonnes> tonnesByMonth;   // months with handovers, in order
    QList<KeyCount> sdgProjects;        // goals 1-17, each with its number of projects
    QList<KeyCount> partnersByType;     // IATI organisation types with partners, most first
    bool complete = true;               // false when some amount had no exchange rate
};

Result<Dashboard> computeDashboard(const Database &db, const ProjectFilter &filter, const QDate &today);

// The deliveries the Overdue tile counts and opens: those of the projects matching every filter but
// the years, planned to arrive in the years (any time when open), and not arrived by `today`.
DeliveryFilter overdueDeliveries(const ProjectFilter &filter, const QDate &today);

} // namespace pd
