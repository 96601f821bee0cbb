// IATI import time and peak memory for covid_dportal.xml (401 activities from 18 publishers, 2.6 MB)
// into a new portfolio, then the export of the imported projects as IATI 2.03. Peak memory is the
// process's high-water mark (VmHWM), which includes Qt and SQLite themselves.
#include "interchange/iati_export.h"
#include "interchange/iati_import.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>

using namespace pd;

namespace {

qint64 peakRssKib()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString file
        = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(PROJECTDESK_TEST_DATA_DIR "/iati/real/covid_dportal.xml");
    auto db = Database::openFile(dir.filePath(QStringLiteral("iati.db")));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().describe()));
        return 1;
    }
    const qint64 before = peakRssKib();
    QElapsedTimer timer;
    timer.start();
    auto summary = importIati(*db.value(), {file});
    const qint64 importMs = timer.elapsed();
    if (!summary) {
        std::fprintf(stderr, "%s\n", qPrintable(summary.error().describe()));
        return 1;
    }
    std::printf("iati_import_covid_dportal: %lld ms\n", static_cast<long long>(importMs));
    std::printf("iati_import_covid_dportal_peak_rss: %lld MiB (%lld MiB before the import)\n", static_cast<long long>(peakRssKib() / 1024),
        static_cast<long long>(before / 1024));
    std::printf("iati_import_covid_dportal_activities: %d created, %d skipped\n", summary->activitiesCreated, summary->activitiesSkipped);
    std::printf("iati_import_covid_dportal_transactions: %lld imported, %lld skipped; budgets %lld imported, %lld skipped\n",
        static_cast<long long>(summary->transactionsImported), static_cast<long long>(summary->transactionsSkipped),
        static_cast<long long>(summary->budgetsImported), static_cast<long long>(summary->budgetsSkipped));

    timer.restart();
    auto written = exportIati(*db.value(), {}, dir.filePath(QStringLiteral("export.xml")));
    if (!written) {
        std::fprintf(stderr, "%s\n", qPrintable(written.error().describe()));
        return 1;
    }
    std::printf("iati_export_covid_dportal: %lld ms (%lld activities)\n", static_cast<long long>(timer.elapsed()),
        static_cast<long long>(written.value()));
    return 0;
}
