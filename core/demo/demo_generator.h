#pragma once

#include "common/result.h"

#include <QDate>

#include <functional>

namespace pd {

class Database;

struct DemoOptions
{
    int scale = 1; // about 100 projects per unit: 1000 gives about 100,000
    quint32 seed = 1983; // the year CICETE was founded
    // Statuses and actual dates are derived against this day, not the clock, so that a seed
    // always gives the same portfolio.
    QDate today = QDate(2026, 6, 30);
};

struct DemoSummary
{
    qint64 projects = 0;
    qint64 partners = 0;
    qint64 roles = 0;
    qint64 transactions = 0;
    qint64 deliveries = 0;
};

// Fills an empty portfolio with a realistic one shaped on CICETE's public figures: the 51 SSC
// Network members, UN partners with their IATI identifiers, SSCAF projects with 14 international
// organisations, PGTF and demonstration projects, goods supply to some 130 countries, trainings.
// One transaction: cancelled or failed, it leaves the file as it was.
class DemoGenerator final
{
public:
    // Called every few hundred projects; returning false cancels.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    DemoGenerator(Database &db, DemoOptions options);
    Result<DemoSummary> run(const Progress &progress = {});

    static constexpr int kProjectsPerUnit = 100;
    // The demo the app makes on its first run and `projectdesk-cli demo` without --scale: about
    // 1,000 projects, enough for the goods line to reach some 150 countries, as CICETE's does.
    static constexpr int kStandardScale = 10;

private:
    Database &m_db;
    DemoOptions m_options;
};

} // namespace pd
