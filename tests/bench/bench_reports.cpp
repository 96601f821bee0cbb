// Time to produce reports as PDF files: the portfolio report (every dashboard figure, seven charts
// drawn as vectors, tables by line, year and country) on demo portfolios of 1,000 and 100,000
// projects, in English and Chinese; the financial report (a row per project) at 1,000 projects. Each
// figure splits into building the document (the queries and the text) and laying out and writing
// the pages; min of 3 runs.
// Usage: bench_reports [max-projects]   (default 100000; portfolios are generated in a temp dir)
#include "bench_support.h"
#include "reports/report_document.h"
#include "reports/report_printer.h"
#include "reports/report_request.h"
#include "storage/database.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

bool measure(pd::Database &db, const pd::ui::ReportRequest &request, const QString &path, const QString &label)
{
    qint64 best = -1, bestBuild = -1;
    int pages = 0;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto document = pd::ui::buildReport(db, request);
        if (!document) {
            std::fprintf(stderr, "%s\n", qPrintable(document.error().describe()));
            return false;
        }
        const qint64 built = timer.elapsed();
        auto written = pd::ui::ReportPrinter(*document.value()).writePdf(path, request.pageSize);
        if (!written) {
            std::fprintf(stderr, "%s\n", qPrintable(written.error().describe()));
            return false;
        }
        const qint64 total = timer.elapsed();
        if (best < 0 || total < best) {
            best = total;
            bestBuild = built;
        }
        pages = written.value();
    }
    std::printf("%s: %lld ms\n", qPrintable(label), static_cast<long long>(best));
    std::printf("%s_build_document: %lld ms\n", qPrintable(label), static_cast<long long>(bestBuild));
    std::printf("%s_pages: %d pages\n", qPrintable(label), pages);
    std::printf("%s_file: %lld KiB\n", qPrintable(label), static_cast<long long>(QFileInfo(path).size() / 1024));
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTemporaryDir dir;
    const qint64 max = argc > 1 ? QByteArray(argv[1]).toLongLong() : 100000;
    for (const qint64 projects : {qint64(1000), qint64(100000)}) {
        if (projects > max)
            break;
        const QString path = dir.filePath(QStringLiteral("reports-%1.db").arg(projects));
        auto db = pd::bench::demoPortfolio(path, projects);
        if (!db) {
            std::fprintf(stderr, "could not build the portfolio\n");
            return 1;
        }
        pd::ui::ReportRequest request;
        request.today = QDate(2026, 6, 30);
        for (const pd::Language language : {pd::Language::English, pd::Language::Chinese}) {
            request.language = language;
            const QString lang = language == pd::Language::Chinese ? QStringLiteral("zh") : QStringLiteral("en");
            if (!measure(*db.value(), request, dir.filePath(QStringLiteral("portfolio-%1.pdf").arg(lang)),
                    QStringLiteral("portfolio_report_%1_%2_projects").arg(lang).arg(projects)))
                return 1;
        }
        if (projects == 1000) {
            request.kind = pd::ui::ReportKind::Finance;
            request.language = pd::Language::English;
            if (!measure(*db.value(), request, dir.filePath(QStringLiteral("finance.pdf")), QStringLiteral("finance_report_en_%1_projects").arg(projects)))
                return 1;
        }
    }
    return 0;
}
