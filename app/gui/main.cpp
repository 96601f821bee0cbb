// projectdesk: the desktop application. Parses the command line, opens a portfolio (the one asked
// for, the last one used, or the demo), and shows the main window.
#include "dashboard/dashboard_page.h"
#include "deliveries/deliveries_page.h"
#include "deliveries/delivery_editor.h"
#include "demo/demo_generator.h"
#include "services/delivery_service.h"
#include "common/log.h"
#include "services/portfolio.h"
#include "storage/server_address.h"
#include "shell/app_settings.h"
#include "shell/color_scheme.h"
#include "shell/language_setup.h"
#include "editors/project_editor.h"
#include "registers/projects_page.h"
#include "shell/main_window.h"
#include "shell/preferences_dialog.h"
#include "shell/screenshot.h"
#include "shell/date_format.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QThreadPool>
#include <QTimer>

#include <cstdio>

using namespace pd;

namespace {

// The demo portfolio in the user's data directory, made on first use.
Result<QString> demoPortfolio()
{
    const QString path = ui::AppSettings::demoPortfolioPath();
    if (QFileInfo::exists(path))
        return path;
    auto db = Database::openFile(path);
    if (!db)
        return db.error();
    DemoOptions options;
    options.scale = DemoGenerator::kStandardScale; // the same portfolio as `projectdesk-cli demo`
    auto made = DemoGenerator(*db.value(), options).run();
    if (!made)
        return made.error();
    return path;
}

} // namespace

// Whether the command line only asks for the help or the version: answered without a display.
bool asksHelpOrVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--help" || a == "-h" || a == "-?" || a == "--help-all" || a == "--version" || a == "-v")
            return true;
    }
    return false;
}

int main(int argc, char *argv[])
{
    // --help and --version print and exit in parser.process() below, before any window: a plain
    // QCoreApplication serves them, so that they work without a display.
    std::unique_ptr<QCoreApplication> instance
        = asksHelpOrVersion(argc, argv) ? std::make_unique<QCoreApplication>(argc, argv) : std::make_unique<QApplication>(argc, argv);
    log::keepDriverWarningsInLog();
    QApplication::setApplicationName(QStringLiteral("ProjectDesk"));
    QApplication::setOrganizationName(QStringLiteral("ProjectDesk"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECTDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("ProjectDesk: CICETE's project portfolio desk."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Open this portfolio file."), QStringLiteral("FILE"));
    const QCommandLineOption server(QStringLiteral("server"),
        QStringLiteral("Open the portfolio on this team server: postgresql://USER@HOST:PORT/DATABASE[?sslmode=...]."), QStringLiteral("URL"));
    const QCommandLineOption demo(QStringLiteral("demo"), QStringLiteral("Open the demo portfolio (made on first use)."));
    const QCommandLineOption page(QStringLiteral("page"),
        QStringLiteral("Start on this page: dashboard, projects, partners, finance, deliveries."), QStringLiteral("NAME"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"), QStringLiteral("Save a picture of the window to FILE.png and exit."), QStringLiteral("FILE"));
    const QCommandLineOption lang(
        QStringLiteral("lang"), QStringLiteral("Language: en or zh (default: the system's)."), QStringLiteral("LANG"));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("Window size WxH, e.g. 1280x800."), QStringLiteral("WxH"));
    const QCommandLineOption edit(QStringLiteral("edit"), QStringLiteral("Open the editor of this project (with --screenshot: picture the editor)."),
                                  QStringLiteral("CODE"));
    const QCommandLineOption tab(QStringLiteral("tab"), QStringLiteral("With --edit: the editor tab to show, 0-3."), QStringLiteral("N"));
    const QCommandLineOption filters(QStringLiteral("filters"), QStringLiteral("Show the projects filter panel."));
    const QCommandLineOption delivery(QStringLiteral("delivery"),
        QStringLiteral("Open the editor of this delivery (with --screenshot: picture the editor)."), QStringLiteral("CODE"));
    const QCommandLineOption today(QStringLiteral("today"), QStringLiteral("Judge overdue deliveries on this date (YYYY-MM-DD)."),
        QStringLiteral("DATE"));
    const QCommandLineOption overdue(QStringLiteral("overdue"), QStringLiteral("Show only overdue deliveries in the deliveries register."));
    const QCommandLineOption dark(QStringLiteral("dark"), QStringLiteral("Use the dark colour scheme (whatever Preferences say)."));
    const QCommandLineOption exportDashboard(QStringLiteral("export-dashboard"),
        QStringLiteral("Export the dashboard, once computed, to FILE (.png or .pdf) and quit."), QStringLiteral("FILE"));
    parser.addOptions({db, server, demo, page, screenshot, lang, size, edit, tab, filters, delivery, today, overdue, dark, exportDashboard});
    parser.process(*instance);
    auto &app = static_cast<QApplication &>(*instance);

    ui::AppSettings settings;
    const QString language = parser.isSet(lang) ? parser.value(lang) : settings.language();
    if (!language.isEmpty() && language != QLatin1String("en") && language != QLatin1String("zh")) {
        std::fprintf(stderr, "projectdesk: --lang is en or zh\n");
        return 2;
    }
    ui::installLanguage(app, language);
    ui::DateFormat::setStyle(settings.dateStyle());
    ui::ColorScheme::apply(parser.isSet(dark) ? QStringLiteral("dark") : settings.colorScheme());

    ui::MainWindow window;
    if (parser.isSet(size)) {
        const QStringList wh = parser.value(size).split(u'x');
        if (wh.size() != 2 || wh.at(0).toInt() < 200 || wh.at(1).toInt() < 200) {
            std::fprintf(stderr, "projectdesk: --size is WIDTHxHEIGHT, e.g. 1280x800\n");
            return 2;
        }
        window.resize(wh.at(0).toInt(), wh.at(1).toInt());
    }

    // A run that only makes a picture or an export never asks: a portfolio another window has open
    // for editing is read without asking.
    const bool interactive = !parser.isSet(screenshot) && !parser.isSet(exportDashboard);
    Result<QString> path = Error::make(Error::Kind::NotFound, QString());
    if (parser.isSet(db))
        path = parser.value(db);
    else if (parser.isSet(server))
        path = parser.value(server);
    else if (!parser.isSet(demo) && (QFileInfo::exists(settings.lastPortfolio()) || ServerAddress::isServerUrl(settings.lastPortfolio())))
        path = settings.lastPortfolio();
    else
        path = demoPortfolio();
    // A file that does not exist yet is offered as a new portfolio (as the CLI's init makes one).
    bool created = false;
    if (interactive && parser.isSet(db) && !QFileInfo::exists(parser.value(db))) {
        const QString file = QFileInfo(parser.value(db)).absoluteFilePath();
        const auto answer = QMessageBox::question(nullptr, QCoreApplication::translate("main", "New Portfolio"),
            QCoreApplication::translate("main", "%1 does not exist. Create a new, empty portfolio there?").arg(QDir::toNativeSeparators(file)),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
        if (answer != QMessageBox::Yes)
            return 0;
        if (!window.createPortfolio(file))
            return 1;
        created = true;
    }
    const bool opened = created || (path && window.openPortfolio(path.value(), interactive ? ui::MainWindow::OpenIntent::Ask : ui::MainWindow::OpenIntent::ReadOnlyIfHeld));
    if (!opened) {
        const Error failure = !path ? path.error() : window.lastOpenError() ? *window.lastOpenError() : Error();
        if (!failure.message.isEmpty())
            std::fprintf(stderr, "projectdesk: %s\n", qPrintable(failure.describe()));
        if (!interactive)
            return 1;
        if (!path)
            window.showError(path.error());
    }

    if (parser.isSet(page) && !window.showPage(parser.value(page))) {
        std::fprintf(stderr, "projectdesk: unknown page \"%s\" (%s)\n", qPrintable(parser.value(page)),
            qPrintable(ui::MainWindow::pageNames().join(QStringLiteral(", "))));
        return 2;
    }
    if (parser.isSet(filters))
        window.projectsPage()->setFiltersVisible(true);
    if (parser.isSet(today)) {
        window.deliveriesPage()->setToday(QDate::fromString(parser.value(today), Qt::ISODate));
        window.dashboardPage()->setToday(QDate::fromString(parser.value(today), Qt::ISODate));
    }
    if (parser.isSet(overdue)) {
        DeliveryFilter late = window.deliveriesPage()->filter();
        late.overdueOnly = true;
        window.deliveriesPage()->setFilter(late);
    }
    window.show();
    if (interactive)
        QTimer::singleShot(0, &window, [&window] { ui::askUserNameOnFirstRun(&window); });
    std::unique_ptr<QDialog> editor;
    if (parser.isSet(edit) && window.portfolio()) {
        auto project = window.portfolio()->projects().findByCode(parser.value(edit));
        if (!project) {
            std::fprintf(stderr, "projectdesk: %s\n", qPrintable(project.error().describe()));
            return 1;
        }
        auto *projectEditor = window.createProjectEditor(project->id);
        editor.reset(projectEditor);
        if (!editor)
            return 1;
        projectEditor->setCurrentTab(parser.value(tab).toInt());
        editor->show();
    } else if (parser.isSet(delivery) && window.portfolio()) {
        auto found = DeliveryService(window.portfolio()->database()).findByCode(parser.value(delivery));
        if (!found) {
            std::fprintf(stderr, "projectdesk: %s\n", qPrintable(found.error().describe()));
            return 1;
        }
        auto *deliveryEditor = window.createDeliveryEditor(found->id);
        editor.reset(deliveryEditor);
        if (!editor)
            return 1;
        if (parser.isSet(today))
            deliveryEditor->setToday(QDate::fromString(parser.value(today), Qt::ISODate));
        deliveryEditor->tabs()->setCurrentIndex(parser.value(tab).toInt());
        editor->show();
    }
    if (parser.isSet(exportDashboard)) {
        // Once the figures are in: export and quit.
        const QString target = parser.value(exportDashboard);
        auto *poll = new QTimer(&window);
        QObject::connect(poll, &QTimer::timeout, &window, [&window, path = target] {
            ui::DashboardPage *dashboard = window.dashboardPage();
            if (dashboard->isComputing() || !dashboard->dashboard())
                return;
            const bool done
                = path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) ? dashboard->exportPdf(path) : dashboard->exportPng(path);
            if (!done)
                std::fprintf(stderr, "projectdesk: could not write %s\n", qPrintable(path));
            QCoreApplication::exit(done ? 0 : 1);
        });
        window.showPage(QStringLiteral("dashboard"));
        poll->start(100);
    }
    if (parser.isSet(screenshot))
        ui::screenshotAndQuit(editor ? static_cast<QWidget *>(editor.get()) : &window, parser.value(screenshot));
    const int code = app.exec();
    // Background jobs (counts, finance figures) read the portfolio on connections of their own:
    // let them finish before the window, the database driver and the application go away.
    QThreadPool::globalInstance()->waitForDone();
    return code;
}
