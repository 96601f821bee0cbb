#pragma once

#include "command.h"
#include "services/delivery_query.h"

namespace pd::cli {

// --emergency KEY: only the projects (or their deliveries) answering this emergency.
struct EmergencyOption
{
    QCommandLineOption option{QStringLiteral("emergency"),
        QStringLiteral("Only projects answering this emergency, by its key (e.g. covid-19; see emergencies list)."), QStringLiteral("KEY")};
    // Into key; false (and a usage error in exitCode) for a key of the wrong form.
    bool read(const Context &c, const QCommandLineParser &parser, QString &key, int &exitCode) const;
};

// --line, --status, --country and --emergency: the projects a command lists or exports.
struct ProjectFilterOptions
{
    QCommandLineOption line{QStringLiteral("line"), QStringLiteral("Only this business line (un, goods, sscaf, hrd, conference, network)."),
        QStringLiteral("LINE")};
    QCommandLineOption status{QStringLiteral("status"), QStringLiteral("Only this IATI activity status (1-6)."), QStringLiteral("N")};
    QCommandLineOption country{
        QStringLiteral("country"), QStringLiteral("Only projects in this country, ISO alpha-2 (repeatable)."), QStringLiteral("CC")};
    EmergencyOption emergency;

    void addTo(QCommandLineParser &parser) const { parser.addOptions({line, status, country, emergency.option}); }
    // Into filter; false (and a usage error in exitCode) for a wrong value.
    bool read(const Context &c, const QCommandLineParser &parser, ProjectFilter &filter, int &exitCode) const;
};

// --status, --country, --overdue, --as-of and --emergency: the deliveries a command lists or exports.
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
    EmergencyOption emergency;

    void addTo(QCommandLineParser &parser) const { parser.addOptions({status, country, overdue, asOf, emergency.option}); }
    // Into filter (its today too); false (and a usage error in exitCode) for a wrong value.
    bool read(const Context &c, const QCommandLineParser &parser, DeliveryFilter &filter, int &exitCode) const;
};

} // namespace pd::cli
