// Dashboard refresh time: portfolios of 1,000, 10,000 and 100,000 projects (the demo's, topped up
// to 10 transactions per project: 1,000,000 at the largest), the whole dashboard computed by core
// (computeDashboard) next to the same aggregate queries run one after another straight through
// the sqlite3 C API, without Qt and without any conversion: what the figures cost in SQL alone.
// At 100,000 projects it is also measured before the top-up (about 300,000 transactions), to show
// that the refresh grows with projects, not with transactions.
// Usage: bench_dashboard [max-projects]   (default 100000; portfolios are generated in a temp dir)
#include "analytics/dashboard.h"
#include "bench_support.h"
#include "demo/demo_generator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>

namespace {

// The aggregate queries the dashboard's figures rest on, unfiltered: projects by status and line,
// distinct countries and partners, SDGs, partner types, the budget lines read project by project
// with the country shares, the daily transaction sums and budgets by period, the deliveries.
const char *const kQueries[] = {
    "SELECT p.status, p.business_line, count(*) FROM projects p GROUP BY 1, 2",
    "SELECT (SELECT count(DISTINCT pc.country) FROM project_countries pc), (SELECT count(DISTINCT pp.partner_id) FROM project_partners pp)",
    "SELECT s.goal, count(*) FROM project_sdgs s GROUP BY 1",
    "SELECT pa.org_type, count(*) FROM partners pa WHERE pa.id IN (SELECT pp.partner_id FROM project_partners pp) GROUP BY 1",
    "SELECT project_id, country, percent FROM project_countries ORDER BY project_id",
    "SELECT project_id, currency, period_start, SUM(amount) FROM budget_lines WHERE superseded = 0 GROUP BY project_id, currency, "
    "period_start ORDER BY project_id",
    "SELECT business_line, type, currency, value_date, amount, count FROM transaction_days",
    "SELECT b.business_line, b.category, b.currency, b.period_start, SUM(b.amount), COUNT(*) FROM budget_lines b WHERE b.superseded = 0 "
    "GROUP BY b.business_line, b.category, b.currency, b.period_start",
    "SELECT d.destination_country, d.actual_handover, d.currency, count(*), SUM(d.total_value), SUM(d.gross_weight_g) FROM deliveries d "
    "WHERE d.status = 6 GROUP BY 1, 2, 3",
    "SELECT count(DISTINCT d.destination_country), count(DISTINCT d.project_id), count(DISTINCT d.consignee_id) FROM deliveries d "
    "WHERE d.status = 6",
    "SELECT d.status, count(*) FROM deliveries d GROUP BY d.status",
};

// Runs every query through the C API, stepping through all rows and reading every column.
qint64 rawQueries(const QString &path, qint64 &rows)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        return -1;
    QElapsedTimer timer;
    timer.start();
    rows = 0;
    for (const char *sql : kQueries) {
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK) {
            std::fprintf(stderr, "%s: %s\n", sql, sqlite3_errmsg(db));
            sqlite3_close(db);
            return -1;
        }
        while (sqlite3_step(statement) == SQLITE_ROW) {
            for (int c = 0; c < sqlite3_column_count(statement); ++c)
                sqlite3_column_text(statement, c);
            ++rows;
        }
        sqlite3_finalize(statement);
    }
    const qint64 ms = timer.elapsed();
    sqlite3_close(db);
    return ms;
}

bool measure(const QString &path, const QString &label, pd::Database &db)
{
    const QDate today(2026, 6, 30);
    // Five times each, alternating, so that neither runs on a colder cache; the fastest of each is
    // printed (the machine is shared: the minimum is the least disturbed run).
    qint64 refreshMs = -1, rawMs = -1, rows = 0;
    for (int round = 0; round < 5; ++round) {
        QElapsedTimer timer;
        timer.start();
        auto d = pd::computeDashboard(db, {}, today);
        const qint64 refresh = timer.elapsed();
        if (!d) {
            std::fprintf(stderr, "%s\n", qPrintable(d.error().describe()));
            return false;
        }
        const qint64 raw = rawQueries(path, rows);
        if (raw < 0)
            return false;
        refreshMs = refreshMs < 0 ? refresh : std::min(refreshMs, refresh);
        rawMs = rawMs < 0 ? raw : std::min(rawMs, raw);
    }
    std::printf("dashboard_refresh_%s: %lld ms\n", qPrintable(label), static_cast<long long>(refreshMs));
    std::printf("dashboard_sqlite3_c_api_queries_%s: %lld ms (%lld rows)\n", qPrintable(label), static_cast<long long>(rawMs),
        static_cast<long long>(rows));
    std::printf("dashboard_refresh_over_raw_%s: %.2f ratio\n", qPrintable(label), rawMs > 0 ? double(refreshMs) / double(rawMs) : 0.0);
    std::fflush(stdout);
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const qint64 max = argc > 1 ? QByteArray(argv[1]).toLongLong() : 100000;
    for (const qint64 projects : {qint64(1000), qint64(10000), qint64(100000)}) {
        if (projects > max)
            break;
        const QString path = dir.filePath(QStringLiteral("dashboard-%1.db").arg(projects));
        pd::DemoSummary made;
        auto db = pd::bench::demoPortfolio(path, projects, &made);
        if (!db) {
            std::fprintf(stderr, "could not build the portfolio\n");
            return 1;
        }
        if (projects == 100000
            && !measure(path, QStringLiteral("%1_projects_%2_transactions").arg(projects).arg(made.transactions), *db.value()))
            return 1;
        if (!pd::bench::topUpTransactions(*db.value(), projects, 10)) {
            std::fprintf(stderr, "could not add transactions\n");
            return 1;
        }
        if (!measure(path, QStringLiteral("%1_projects_%2_transactions").arg(projects).arg(projects * 10), *db.value()))
            return 1;
    }
    return 0;
}
