// CSV import of 1,000,000 transactions into a demo portfolio of 1,000 projects: the time and the
// peak memory of importCsv (validation of every row, the one transaction, the roll-up triggers),
// a dry run (reading and validation alone), and the sqlite3 shell's .import of the same file into a
// bare table of a scratch database for scale.
#include "bench_support.h"

#include "interchange/csv_import.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>
#include <sys/resource.h>

using namespace pd;

namespace {

double peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 rows = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    QTemporaryDir dir;
    auto db = bench::demoPortfolio(dir.filePath(QStringLiteral("portfolio.db")), 1000);
    if (!db) {
        std::fprintf(stderr, "could not make the portfolio: %s\n", qPrintable(db.error().describe()));
        return 1;
    }
    const QString csv = dir.filePath(QStringLiteral("transactions.csv"));
    if (!bench::writeTransactions(csv, *db.value(), rows)) {
        std::fprintf(stderr, "could not write the CSV\n");
        return 1;
    }
    std::printf("csv_file_size: %.1f MiB\n", double(QFileInfo(csv).size()) / (1024.0 * 1024.0));
    auto preview = previewCsv(csv);
    if (!preview)
        return 1;
    const CsvMapping mapping = autoMapping(ImportEntity::Transactions, preview->header);

    QElapsedTimer timer;
    CsvImportOptions dry;
    dry.dryRun = true;
    timer.start();
    auto checked = importCsv(*db.value(), csv, mapping, dry);
    const qint64 dryMs = timer.elapsed();
    if (!checked || !checked->ok()) {
        std::fprintf(stderr, "dry run failed: %s\n",
            checked ? qPrintable(checked->problems.value(0).reason) : qPrintable(checked.error().describe()));
        return 1;
    }
    std::printf("csv_dry_run_%lld_transactions: %lld ms\n", rows, dryMs);

    qint64 progressCalls = 0;
    timer.restart();
    auto report = importCsv(*db.value(), csv, mapping, {}, [&](qint64, qint64) {
        ++progressCalls;
        return true;
    });
    const qint64 importMs = timer.elapsed();
    if (!report || report->imported != rows) {
        std::fprintf(stderr, "import failed: %s\n", report ? "problems" : qPrintable(report.error().describe()));
        return 1;
    }
    std::printf("csv_import_%lld_transactions: %lld ms\n", rows, importMs);
    std::printf("csv_import_rows_per_second: %.0f rows/s\n", double(rows) * 1000.0 / double(std::max<qint64>(1, importMs)));
    std::printf("csv_import_progress_calls: %lld calls\n", progressCalls);
    std::printf("csv_import_peak_rss: %.1f MiB\n", peakRssMiB());

    QProcess sqlite;
    timer.restart();
    sqlite.start(QStringLiteral("sqlite3"), {dir.filePath(QStringLiteral("scratch.db")), QStringLiteral("-cmd"), QStringLiteral(".mode csv"),
                                                 QStringLiteral(".import %1 t").arg(csv)});
    if (!sqlite.waitForFinished(-1) || sqlite.exitCode() != 0) {
        std::fprintf(stderr, "sqlite3 failed: %s\n", sqlite.readAllStandardError().constData());
        return 1;
    }
    const qint64 shellMs = timer.elapsed();
    std::printf("sqlite3_shell_import_%lld_rows: %lld ms\n", rows, shellMs);
    std::printf("csv_import_vs_sqlite3_shell: %.1f x\n", double(importMs) / double(std::max<qint64>(1, shellMs)));
    return 0;
}
