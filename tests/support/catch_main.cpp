// The tests' main: the Qt application object first (QApplication for GUI tests), headless unless
// a display is configured, then Catch2.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#ifdef PROJECTDESK_TEST_GUI
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

#include "test_server.h"

#include <QThreadPool>
#include <QtGlobal>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Tests must not read or write the developer's own settings.
    // Nor their data (the log): the programs the tests start inherit both.
    const QByteArray pid = QByteArray::number(qint64(QCoreApplication::applicationPid()));
    qputenv("XDG_CONFIG_HOME", QByteArray("/tmp/projectdesk-test-config-") + pid);
    qputenv("XDG_DATA_HOME", QByteArray("/tmp/projectdesk-test-data-") + pid);
    // The app asks a new user's name on its first interactive run; the programs tests start don't ask.
    if (qEnvironmentVariableIsEmpty("PROJECTDESK_USER"))
        qputenv("PROJECTDESK_USER", "projectdesk-tests");
    TestApplication app(argc, argv);
    TestApplication::setOrganizationName(QStringLiteral("ProjectDeskTests"));
    TestApplication::setApplicationName(QStringLiteral("ProjectDeskTests"));
    const int failed = Catch::Session().run(argc, argv);
    // Background jobs (register counts, summaries) may still be reading a test's portfolio: let
    // them end before the application and the database driver go away.
    QThreadPool::globalInstance()->waitForDone();
    // The server run's template database goes with the process that made it.
    pd::test::dropTemplate();
    return failed;
}
