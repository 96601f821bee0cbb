// IATI import time and peak memory for covid_dportal.xml (401 activities from 18 publishers, 2.6 MB)
// into a new portfolio, then the export of the imported projects as IATI 2.03. Peak memory is the
// process's high-water mark (VmHWM), which includes Qt and SQLite themselves.
// Then the import's growth: generated files of 400 and 20,000 activities of the same make, each
// into a new portfolio. Linear time gives 50 x; the goal is at most 55 x.
#include "interchange/iati_export.h"
#include "interchange/iati_import.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
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

// n activities as a publisher writes them: partners known by identifier (a pool shared by all) and by
// name only (one new name every other activity, so that the partners grow with the file), countries,
// sectors, a budget, four transactions; every tenth with a 1.x code, every twentieth closed without an
// actual end.
bool writeActivities(const QString &path, int n)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<iati-activities version=\"2.03\">\n";
    const char *const countries[] = {"KE", "GH", "ET", "NP", "LA", "KH", "MW", "ZM"};
    const char *const sectors[] = {"12220", "14030", "31120", "72010", "11220"};
    for (int i = 0; i < n; ++i) {
        const QByteArray id = QByteArray::number(i);
        const QByteArray donor = "XM-DAC-" + QByteArray::number(40000 + i % 50);
        const QDate start = QDate(2010, 1, 1).addDays(i % 3000);
        const QByteArray from = start.toString(Qt::ISODate).toLatin1();
        const QByteArray to = start.addYears(2).toString(Qt::ISODate).toLatin1();
        const bool closedOpen = i % 20 == 0;
        xml += " <iati-activity default-currency=\"USD\" xml:lang=\"en\">\n  <iati-identifier>XM-BENCH-" + id + "</iati-identifier>\n"
            "  <reporting-org ref=\"XM-BENCH\" type=\"10\"><narrative>Bench</narrative></reporting-org>\n"
            "  <title><narrative>Activity " + id + "</narrative></title>\n"
            "  <description><narrative>What activity " + id + " does.</narrative></description>\n"
            "  <participating-org ref=\"" + donor + "\" role=\"1\" type=\"10\"><narrative>Donor " + donor + "</narrative></participating-org>\n"
            "  <participating-org role=\"4\" type=\"22\"><narrative>Local partner " + QByteArray::number(i / 2) + "</narrative></participating-org>\n"
            "  <activity-status code=\"" + (closedOpen ? "4" : "2") + "\"/>\n"
            "  <activity-date type=\"" + (i % 10 == 0 ? "start-planned" : "1") + "\" iso-date=\"" + from + "\"/>\n"
            "  <activity-date type=\"2\" iso-date=\"" + from + "\"/>\n"
            "  <activity-date type=\"3\" iso-date=\"" + to + "\"/>\n"
            "  <recipient-country code=\"" + countries[i % 8] + "\" percentage=\"60\"/>\n"
            "  <recipient-country code=\"" + countries[(i + 3) % 8] + "\" percentage=\"40\"/>\n"
            "  <sector vocabulary=\"1\" code=\"" + sectors[i % 5] + "\" percentage=\"100\"/>\n"
            "  <budget type=\"1\" status=\"2\"><period-start iso-date=\"" + from + "\"/><period-end iso-date=\"" + to
            + "\"/><value value-date=\"" + from + "\">" + QByteArray::number(100000 + i) + "</value></budget>\n";
        for (int t = 0; t < 4; ++t) {
            const QByteArray type = t == 0 ? (i % 10 == 0 ? "C" : "2") : t == 3 ? "4" : "3";
            xml += "  <transaction><transaction-type code=\"" + type + "\"/><transaction-date iso-date=\"" + from + "\"/><value value-date=\"" + from
                + "\">" + QByteArray::number(1000 + i + t) + ".50</value><provider-org ref=\"" + donor + "\"><narrative>Donor " + donor
                + "</narrative></provider-org><receiver-org><narrative>Local partner " + QByteArray::number(i / 2)
                + "</narrative></receiver-org></transaction>\n";
        }
        xml += " </iati-activity>\n";
        if (xml.size() > (1 << 20)) {
            file.write(xml);
            xml.clear();
        }
    }
    xml += "</iati-activities>\n";
    return file.write(xml) == xml.size() && file.flush();
}

// Milliseconds to import the file into a new portfolio at dbPath; -1 (and the error printed) when it fails.
qint64 timeImport(const QString &file, const QString &dbPath, qint64 *activities)
{
    auto db = Database::openFile(dbPath);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().describe()));
        return -1;
    }
    QElapsedTimer timer;
    timer.start();
    auto summary = importIati(*db.value(), {file});
    const qint64 ms = timer.elapsed();
    if (!summary) {
        std::fprintf(stderr, "%s\n", qPrintable(summary.error().describe()));
        return -1;
    }
    *activities = summary->activitiesCreated;
    return ms;
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

    // Growth: the same make of activity, 50 times as many.
    qint64 small = 0, large = 0;
    const int sizes[] = {400, 20000};
    qint64 ms[2] = {0, 0};
    for (int k = 0; k < 2; ++k) {
        const QString xml = dir.filePath(QStringLiteral("made-%1.xml").arg(sizes[k]));
        if (!writeActivities(xml, sizes[k])) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(xml));
            return 1;
        }
        qint64 *count = k == 0 ? &small : &large;
        ms[k] = timeImport(xml, dir.filePath(QStringLiteral("made-%1.db").arg(sizes[k])), count);
        if (ms[k] < 0)
            return 1;
        std::printf("iati_import_%d_activities: %lld ms (%lld imported; %.2f ms per activity)\n", sizes[k], static_cast<long long>(ms[k]),
            static_cast<long long>(*count), double(ms[k]) / double(std::max<qint64>(1, *count)));
    }
    const double ratio = double(ms[1]) / double(std::max<qint64>(1, ms[0]));
    std::printf("iati_import_20000_vs_400_activities: %.1f x (reference: linear 50 x, goal at most 55 x)\n", ratio);
    return 0;
}
