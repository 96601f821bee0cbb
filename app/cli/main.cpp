// projectdesk-cli: the portfolio from the command line. Parses the global options and the command
// words, then hands over to the command; the commands live in commands_*.cpp.
#include "command.h"
#include "common/english_plurals.h"

#include "common/log.h"
#include "services/audit_log.h"
#include "storage/database.h"
#include "storage/server_address.h"

#include <QApplication>

#include <memory>

#include <cstdio>

using namespace pd::cli;

namespace {

void printUsage(QTextStream &out, const QList<Command> &commands)
{
    out << "Usage: projectdesk-cli --db FILE | --server URL COMMAND [options]\n\n"
           "ProjectDesk portfolio tool. Every command takes --help.\n\nCommands:\n";
    for (const Command &c : commands)
        out << "  " << c.name.leftJustified(20) << ' ' << c.summary << '\n';
    out << "\nGlobal options:\n  --db FILE         the portfolio database (SQLite file)\n"
           "  --server URL      a portfolio on a team server: postgresql://USER@HOST:PORT/DATABASE[?sslmode=...]\n"
           "                    (the password from PGPASSWORD or ~/.pgpass)\n"
           "  --user NAME       who the audit log records on a file (default: PROJECTDESK_USER, the\n"
           "                    Preferences' name, the OS login); on a server it is the database login\n"
           "  --version         print the version\n  -h, --help        this text\n";
}

// Reports draw text and charts (Qt GUI and Widgets): they need an application object of that kind,
// on the offscreen platform when there is no display, so that the CLI still runs headless.
bool drawsReports(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (QByteArray(argv[i]) == "--help" || QByteArray(argv[i]) == "-h")
            return false; // help only prints
    }
    for (int i = 1; i < argc; ++i) {
        const QByteArray word(argv[i]);
        if (word == "--db" || word == "--server" || word == "--user") {
            ++i;
            continue;
        }
        if (!word.startsWith('-'))
            return word == "report";
    }
    return false;
}

std::unique_ptr<QCoreApplication> makeApplication(int &argc, char *argv[])
{
    if (!drawsReports(argc, argv))
        return std::make_unique<QCoreApplication>(argc, argv);
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    return std::make_unique<QApplication>(argc, argv);
}

} // namespace

int main(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("projectdesk-cli"));
    pd::installEnglishPlurals(); // "1 row", "3 rows"
    QCoreApplication::setOrganizationName(QStringLiteral("ProjectDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECTDESK_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    pd::log::keepDriverWarningsInLog();
    // A write that finds the portfolio busy (an import, a backup, the desktop app saving) waits for
    // it, saying once what it waits for, rather than failing after a few seconds.
    pd::Database::setDefaultLockWaitHandler([&err, told = false](const pd::LockWait &wait) mutable {
        if (!wait.finished && !told && wait.waitedMs >= 500) {
            err << "projectdesk-cli: waiting for " << wait.holder << " to finish writing to the portfolio (Ctrl+C stops)\n";
            err.flush();
            told = true;
        }
        if (wait.finished)
            told = false;
        return true;
    });
    QList<Command> commands = portfolioCommands() + projectCommands() + partnerCommands() + partnerEditCommands() + emergencyCommands() + importBatchCommands() + financeCommands() + deliveryCommands()
        + dashboardCommands() + exportCommands() + csvImportCommands() + iatiCommands() + reportCommands()
        + recoverCommands() + serverCommands() + watchCommands();

    // Global options come before the command words: --db FILE or --db=FILE.
    QStringList args = QCoreApplication::arguments();
    QString dbPath;
    bool serverGiven = false;
    QStringList words;
    qsizetype i = 1;
    for (; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if ((a == QLatin1String("--db") || a == QLatin1String("--server")) && i + 1 < args.size()) {
            dbPath = args.at(++i);
            serverGiven = a == QLatin1String("--server");
        } else if (a.startsWith(QLatin1String("--db="))) {
            dbPath = a.mid(5);
        } else if (a.startsWith(QLatin1String("--server="))) {
            dbPath = a.mid(9);
            serverGiven = true;
        } else if (a == QLatin1String("--user") && i + 1 < args.size()) {
            pd::AuditLog::setUserName(args.at(++i));
        } else if (a == QLatin1String("--version")) {
            out << "projectdesk-cli " << PROJECTDESK_VERSION << '\n';
            return Ok;
        } else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            printUsage(out, commands);
            return Ok;
        } else {
            break;
        }
    }
    const QStringList rest = args.mid(i);
    if (rest.isEmpty()) {
        printUsage(err, commands);
        return Usage;
    }

    // The longest command whose words start the rest ("projects list" before "projects").
    const Command *chosen = nullptr;
    qsizetype used = 0;
    for (const Command &c : commands) {
        const QStringList name = c.name.split(u' ');
        if (name.size() > used && rest.mid(0, name.size()) == name) {
            chosen = &c;
            used = name.size();
        }
    }
    if (!chosen) {
        err << "projectdesk-cli: unknown command \"" << rest.join(u' ') << "\"\n\n";
        printUsage(err, commands);
        return Usage;
    }
    Context context{dbPath, QStringList{args.first() + u' ' + chosen->name} + rest.mid(used), out, err};
    // A --db or --server given after the command words is accepted too.
    for (qsizetype k = 1; k < context.args.size(); ++k) {
        const QString &a = context.args.at(k);
        if ((a == QLatin1String("--db") || a == QLatin1String("--server")) && k + 1 < context.args.size()) {
            context.dbPath = context.args.at(k + 1);
            serverGiven = a == QLatin1String("--server");
            context.args.remove(k, 2);
            break;
        }
    }
    // --server takes a URL, --db a file: a file named like a URL is not taken for a server, nor the reverse.
    if (serverGiven != pd::ServerAddress::isServerUrl(context.dbPath) && !context.dbPath.isEmpty()) {
        err << "projectdesk-cli: " << (serverGiven ? "--server wants a URL postgresql://USER@HOST:PORT/DATABASE" : "--db wants a file; a team server is given with --server URL")
            << "\n(see --help)\n";
        return Usage;
    }
    const int code = chosen->run(context);
    out.flush();
    err.flush();
    return code;
}
