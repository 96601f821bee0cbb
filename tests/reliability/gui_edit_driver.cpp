// The desktop application's window, run offscreen, making edits as an officer does: each through its
// undo command (ServiceCommand), with the dashboard and the registers refreshing on worker threads.
// Used by the reliability tests as "the GUI" writing among other programs, and killed at random
// moments. Prints "committed CODE" once each edit is in the file.
//
//   reliability_gui_driver --db FILE --prefix P [--edits N] [--pause-ms MS] [--edit-anyway]
#include "commands/portfolio_events.h"
#include "commands/project_commands.h"
#include "services/portfolio.h"
#include "shell/main_window.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QThreadPool>
#include <QTimer>
#include <QUndoStack>

#include <cstdio>

using namespace pd;

namespace {

Project projectNumber(const QString &prefix, int n)
{
    Project p;
    p.code = QStringLiteral("%1-%2").arg(prefix).arg(n, 4, 10, QLatin1Char('0'));
    p.titleEn = QStringLiteral("Reliability edit %1 of %2").arg(n).arg(prefix);
    p.titleZh = QStringLiteral("可靠性测试 %1").arg(n);
    p.line = BusinessLine::UnProgramme;
    p.funding = FundingSource::Undp;
    p.status = ActivityStatus::Implementation;
    // Several rows per edit (countries, sectors, goals): a kill must leave all of them or none.
    p.countries = {{QStringLiteral("KE"), 6000}, {QStringLiteral("ET"), 4000}};
    p.sectors = {{QStringLiteral("31161"), 10000}};
    p.sdgGoals = {2, 17};
    return p;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ProjectDesk"));
    QApplication::setOrganizationName(QStringLiteral("ProjectDeskReliability"));

    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Portfolio."), QStringLiteral("FILE"));
    const QCommandLineOption prefix(QStringLiteral("prefix"), QStringLiteral("Code prefix."), QStringLiteral("P"), QStringLiteral("GUI"));
    const QCommandLineOption edits(QStringLiteral("edits"), QStringLiteral("How many."), QStringLiteral("N"), QStringLiteral("100"));
    const QCommandLineOption pause(QStringLiteral("pause-ms"), QStringLiteral("Between edits."), QStringLiteral("MS"), QStringLiteral("0"));
    const QCommandLineOption anyway(QStringLiteral("edit-anyway"), QStringLiteral("Edit though another window has it open."));
    parser.addOptions({db, prefix, edits, pause, anyway});
    parser.process(app);

    ui::MainWindow window;
    window.show();
    Database::Options options;
    options.lockForEditing = !parser.isSet(anyway);
    auto portfolio = Portfolio::open(parser.value(db), options);
    if (!portfolio) {
        std::fprintf(stderr, "driver: %s\n", qPrintable(portfolio.error().describe()));
        return 1;
    }
    window.setPortfolio(std::move(portfolio).value());
    window.showPage(QStringLiteral("dashboard"));

    const int total = parser.value(edits).toInt();
    const QString codePrefix = parser.value(prefix);
    int done = 0;
    int code = 0;
    QTimer timer;
    timer.setInterval(parser.value(pause).toInt());
    QObject::connect(&timer, &QTimer::timeout, &window, [&] {
        if (done == total) {
            timer.stop();
            QCoreApplication::quit();
            return;
        }
        ++done;
        const Project p = projectNumber(codePrefix, done);
        auto *command = new ui::CreateProjectCommand(*window.portfolio(), *window.events(), p);
        if (Status s = ui::ServiceCommand::run(*window.undoStack(), command); !s) {
            std::fprintf(stderr, "driver: %s: %s\n", qPrintable(p.code), qPrintable(s.error().describe()));
            code = 1;
            timer.stop();
            QCoreApplication::quit();
            return;
        }
        // Every third edit is undone and redone, as an officer changing their mind.
        if (done % 3 == 0) {
            window.undoStack()->undo();
            window.undoStack()->redo();
        }
        std::printf("committed %s\n", qPrintable(p.code));
        std::fflush(stdout);
    });
    timer.start();
    app.exec();
    window.setPortfolio(nullptr);
    QThreadPool::globalInstance()->waitForDone();
    return code;
}
