// Opens the projects register on portfolios of 1,000, 100,000 and 1,000,000 projects and prints
// the time to the first rows, the time until "N of M" is counted, a search, and the peak memory.
// Each size is measured in a child process of its own, so that peak memory is that size's alone.
// Usage: bench_registers [max-projects]   (default 1000000; portfolios are generated in a temp dir)
#include "demo/demo_generator.h"
#include "registers/project_table_model.h"
#include "registers/projects_page.h"
#include "services/portfolio.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QProcess>
#include <QTableView>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <cstdio>

namespace {

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

template <typename Condition>
bool waitFor(Condition done, int timeoutMs = 60000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

// The child: open the register on one portfolio and measure.
int measure(const QString &path, const QString &label)
{
    QElapsedTimer timer;
    timer.start();
    auto portfolio = pd::Portfolio::open(path, pd::Database::OpenMode::ExistingOnly);
    if (!portfolio) {
        std::fprintf(stderr, "%s\n", qPrintable(portfolio.error().describe()));
        return 1;
    }
    pd::ui::ProjectsPage page(pd::Language::English);
    page.resize(1280, 800);
    page.setPortfolio(portfolio.value().get());
    page.show();
    QCoreApplication::processEvents();
    const qint64 firstRows = timer.elapsed();
    const int rows = page.model()->rowCount();
    if (!waitFor([&] { return page.model()->matchingCount() >= 0; }))
        return 1;
    const qint64 counted = timer.elapsed();

    QElapsedTimer search;
    search.start();
    pd::ProjectFilter filter;
    filter.search = QStringLiteral("Ghana");
    page.model()->setFilter(filter);
    const qint64 searchRows = search.elapsed();
    if (!waitFor([&] { return page.model()->matchingCount() >= 0; }))
        return 1;
    const qint64 searchCounted = search.elapsed();

    std::printf("register_first_rows_%s: %lld ms (%d rows shown)\n", qPrintable(label), static_cast<long long>(firstRows), rows);
    std::printf("register_counted_%s: %lld ms\n", qPrintable(label), static_cast<long long>(counted));
    std::printf("register_search_first_rows_%s: %lld ms\n", qPrintable(label), static_cast<long long>(searchRows));
    std::printf("register_search_counted_%s: %lld ms (%lld matches)\n", qPrintable(label), static_cast<long long>(searchCounted),
                static_cast<long long>(page.model()->matchingCount()));
    std::printf("register_peak_rss_%s: %.1f MB\n", qPrintable(label), peakRssMb());
    std::fflush(stdout);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() == 4 && args.at(1) == QLatin1String("--measure"))
        return measure(args.at(2), args.at(3));

    const qint64 maxProjects = args.size() > 1 ? args.at(1).toLongLong() : 1000000;
    QTemporaryDir dir;
    for (const qint64 projects : {qint64(1000), qint64(100000), qint64(1000000)}) {
        if (projects > maxProjects)
            break;
        const QString label = QString::number(projects);
        const QString path = dir.filePath(QStringLiteral("register-%1.db").arg(label));
        {
            QElapsedTimer timer;
            timer.start();
            auto db = pd::Database::openFile(path);
            pd::DemoOptions options;
            options.scale = int(projects / pd::DemoGenerator::kProjectsPerUnit);
            auto made = db ? pd::DemoGenerator(*db.value(), options).run() : pd::Result<pd::DemoSummary>(db.error());
            if (!made) {
                std::fprintf(stderr, "%s\n", qPrintable(made.error().describe()));
                return 1;
            }
            std::printf("register_generate_%s: %lld ms\n", qPrintable(label), static_cast<long long>(timer.elapsed()));
        }
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--measure"), path, label});
        if (!child.waitForFinished(600000) || child.exitCode() != 0)
            return 1;
        QFile::remove(path);
    }
    return 0;
}
