#pragma once

#include "command.h"
#include "services/delivery_query.h"

namespace pd::cli {

// --line, --status and --country: the projects a command lists or exports.
struct ProjectFilterOptions
{
    QCommandLineOption line{QStringLiteral("line"), QStringLiteral("Only this business line (un, goods, sscaf, hrd, conference, network)."),
        QStringLiteral("LINE")};
    QCommandLineOption status{QStringLiteral("status"), QStringLiteral("Only this IATI activity status (1-6)."), QStringLiteral("N")};
    QCommandLineOption country{
        QStringLiteral("country"), QStringLiteral("Only projects in this country, ISO alpha-2 (repeatable)."), QStringLiteral("CC")};

    void addTo(QCommandLineParser &parser) const { parser.addOptions({line, status, country}); }
    // Into filter; false (and a usage error in exitCode) for a wrong value.
    bool read(const Context &c, const QCommandLineParser &parser, ProjectFilter &filter, int &exitCode) const;
};

// --status, --country, --overdue and --as-of: the deliveries a command lists or exports.
struct DeliveryFilterOptions
{
    QCommandLineOption status{QStringLiteral("status"),
        QStringLiteral("Only this status: planned, procured, dispatched, in_transit, arrived, handed_over, cancelled (repeatable)."),
        QStringLiteral("S")};
    QCommandLineOption country{
        QStringLiteral("country"), QStringLiteral("Only to this country, ISO alpha-2 (repeatable)."), QStringLiteral("CC")};
    QCommandLineOption overdue{QStringLiteral("overdue"), QStringLiteral("Only overdue deliveries: planned arrival passed, not arrived.")};
    QCommandLineOption asOf{
        QStringLiteral("as-of"), QStringLiteral("The day overdue is judged on (default: today)."), QStringLiteral("DATE")};

    void addTo(QCommandLineParser &parser) const { parser.addOptions({status, country, overdue, asOf}); }
    // Into filter (its today too); false (and a usage error in exitCode) for a wrong value.
    bool read(const Context &c, const QCommandLineParser &parser, DeliveryFilter &filter, int &exitCode) const;
};

} // namespace pd::cli
