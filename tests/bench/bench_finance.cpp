// Finance roll-up time: portfolios of 1,000, 10,000 and 100,000 projects with 10 transactions
// each (the demo's own, topped up to 10 per project), totals by year and by business line in the
// reporting currency. Also the same grouping query alone through the sqlite3 shell's engine (Qt
// SQL), to show what the exact conversion adds on top of SQL.
#include "bench_support.h"
#include "analytics/finance_rollup.h"
#include "demo/demo_generator.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>

using namespace pd;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const qint64 max = argc > 1 ? QByteArray(argv[1]).toLongLong() : 100000;
    for (const qint64 projects : {qint64(1000), qint64(10000), qint64(100000)}) {
        if (projects > max)
            break;
        const QString path = dir.filePath(QStringLiteral("finance-%1.db").arg(projects));
        auto db = Database::openFile(path);
        DemoOptions options;
        options.scale = int(projects / DemoGenerator::kProjectsPerUnit);
        if (!db || !DemoGenerator(*db.value(), options).run() || !pd::bench::topUpTransactions(*db.value(), projects, 10)) {
            std::fprintf(stderr, "could not build the portfolio\n");
            return 1;
        }
        // Raw grouping query alone (what SQL must do in any case).
        QElapsedTimer raw;
        raw.start();
        auto rows = db.value()->execute(QStringLiteral("SELECT business_line, type, currency, value_date, SUM(amount), COUNT(*) "
                                                       "FROM transactions GROUP BY business_line, type, currency, value_date"));
        qint64 groups = 0;
        while (rows && rows->next())
            ++groups;
        const qint64 rawMs = raw.elapsed();
        QElapsedTimer budgetTimer;
        budgetTimer.start();
        auto budgetRows = db.value()->execute(QStringLiteral(
            "SELECT b.business_line, b.category, b.currency, b.period_start, SUM(b.amount), COUNT(*) FROM budget_lines b "
            "WHERE b.superseded = 0 "
            "GROUP BY b.business_line, b.category, b.currency, b.period_start"));
        qint64 budgetGroups = 0;
        while (budgetRows && budgetRows->next())
            ++budgetGroups;
        const qint64 budgetMs = budgetTimer.elapsed();

        QElapsedTimer timer;
        timer.start();
        auto rollup = computeFinanceRollup(*db.value());
        const qint64 ms = timer.elapsed();
        if (!rollup) {
            std::fprintf(stderr, "%s\n", qPrintable(rollup.error().describe()));
            return 1;
        }
        std::printf("finance_rollup_%lld_projects_%lld_transactions: %lld ms (%lld years, %lld lines)\n", static_cast<long long>(projects),
                    static_cast<long long>(projects * 10), static_cast<long long>(ms), static_cast<long long>(rollup->byYear.size()),
                    static_cast<long long>(rollup->byLine.size()));
        std::printf("finance_grouping_query_only_%lld_projects: %lld ms (%lld groups)\n", static_cast<long long>(projects),
                    static_cast<long long>(rawMs), static_cast<long long>(groups));
        std::printf("finance_budget_query_only_%lld_projects: %lld ms (%lld groups)\n", static_cast<long long>(projects),
                    static_cast<long long>(budgetMs), static_cast<long long>(budgetGroups));
        std::fflush(stdout);
    }
    return 0;
}
