#pragma once

#include "common/error.h"
#include "domain/enums.h"

#include <QCommandLineParser>
#include <QDate>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

namespace pd {
class Database;
}

namespace pd::cli {

enum ExitCode { Ok = 0, Failure = 1, Usage = 2 };

// What a command gets: its own arguments (after the command words), the portfolio path and the streams.
struct Context
{
    QString dbPath;
    QStringList args; // argv[0] first, as QCommandLineParser wants
    QTextStream &out;
    QTextStream &err;

    // Parses the command's options with --help; returns false (and sets exitCode) when the
    // command should stop: help was printed or the arguments were wrong.
    bool parse(QCommandLineParser &parser, const QString &description, int &exitCode) const;
    // Opens the portfolio named by --db; prints the error and returns null when it cannot.
    std::unique_ptr<Database> open(bool mustExist = true) const;
    int fail(const Error &error) const;
    // A usage error naming the first of the options that is not given; Ok when all are.
    int requireOptions(const QCommandLineParser &parser, std::initializer_list<const QCommandLineOption *> options) const;
    int usage(const QString &message) const;
    // An optional --OPTION DATE (YYYY-MM-DD) into date, left as it is when not given; false (and a
    // usage error in exitCode) when it is not a date.
    bool date(const QCommandLineParser &parser, const QCommandLineOption &option, QDate &date, int &exitCode) const;
    // An optional --limit N (0 or more) into limit; false (and a usage error) when it is not one.
    bool limit(const QCommandLineParser &parser, const QCommandLineOption &option, int &limit, int &exitCode) const;
    // An optional --line KEY into lines (as the only line); false (and a usage error) for an unknown key.
    bool lines(const QCommandLineParser &parser, const QCommandLineOption &option, QList<BusinessLine> &lines, int &exitCode) const;
    // Every --country CC into codes, upper-case; false (and a usage error) for an unknown code.
    bool countries(const QCommandLineParser &parser, const QCommandLineOption &option, QStringList &codes, int &exitCode) const;
};

// ISO 8601, "" for no date: how dates are printed.
QString dateText(const QDate &date);

struct Command
{
    QString name; // "projects list"
    QString summary;
    std::function<int(Context &)> run;
};

QList<Command> portfolioCommands();
QList<Command> projectCommands();
QList<Command> partnerCommands();
QList<Command> partnerEditCommands();
QList<Command> emergencyCommands();
QList<Command> importBatchCommands();
QList<Command> financeCommands();
QList<Command> deliveryCommands();
QList<Command> dashboardCommands();
QList<Command> reportCommands();
QList<Command> exportCommands();
QList<Command> csvImportCommands();
QList<Command> iatiCommands();
QList<Command> recoverCommands();
QList<Command> serverCommands();
QList<Command> watchCommands();

} // namespace pd::cli
