// Time and file size of generating the demo portfolio at several scales (100 projects per unit).
#include "demo/demo_generator.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QList<int> scales{10, 100, 1000};
    if (argc > 1)
        scales = {QByteArray(argv[1]).toInt()};
    QTemporaryDir dir;
    for (int scale : scales) {
        const QString path = dir.filePath(QStringLiteral("demo-%1.db").arg(scale));
        QElapsedTimer timer;
        timer.start();
        auto db = pd::Database::openFile(path);
        if (!db) {
            std::fprintf(stderr, "%s\n", qPrintable(db.error().describe()));
            return 1;
        }
        auto summary = pd::DemoGenerator(*db.value(), pd::DemoOptions{scale, 1983, QDate(2026, 6, 30)}).run();
        if (!summary) {
            std::fprintf(stderr, "%s\n", qPrintable(summary.error().describe()));
            return 1;
        }
        const qint64 ms = timer.elapsed();
        db.value().reset();
        std::printf("demo_generate_projects_%lld: %lld ms\n", static_cast<long long>(summary->projects), static_cast<long long>(ms));
        std::printf(
            "demo_file_size_projects_%lld: %.1f MB\n", static_cast<long long>(summary->projects), double(QFileInfo(path).size()) / 1e6);
        std::fflush(stdout);
    }
    return 0;
}
