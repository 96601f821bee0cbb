// Team mode on PostgreSQL against its references, in one run on one machine:
// - the dashboard at 100,000 projects and 1,000,000 transactions on the server, beside the same
//   portfolio as a SQLite file (the bound: at most 1.5 times the file's time);
// - `import csv` of 1,000,000 transactions into the server (validation, COPY into a staging table,
//   one INSERT ... SELECT, the day sums), beside psql's \copy of the same file into a bare table
//   (the reference) and psql's \copy of the same rows, project ids already resolved, into
//   the transactions table itself (its identity, three foreign keys, two indexes, the day sums and
//   the change announcement): what PostgreSQL alone needs to store them.
// Needs PROJECTDESK_TEST_SERVER (a superuser's URL; scripts/bench.sh starts a throwaway cluster).
#include "bench_support.h"

#include "analytics/dashboard.h"
#include "interchange/csv_import.h"
#include "storage/portfolio_copy.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

#include <algorithm>
#include <cstdio>

using namespace pd;

namespace {

QString serverDatabase(const QString &name)
{
    QUrl url(qEnvironmentVariable("PROJECTDESK_TEST_SERVER"));
    QProcess psql;
    psql.start(QStringLiteral("psql"), {url.toString(), QStringLiteral("-qc"), QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name),
                                           QStringLiteral("-c"), QStringLiteral("CREATE DATABASE %1").arg(name)});
    if (!psql.waitForFinished(-1) || psql.exitCode() != 0)
        return {};
    url.setPath(u'/' + name);
    return url.toString();
}

// Runs psql on `url` with each statement as a -c of its own; false (and the error printed) on failure.
bool psql(const QString &url, const QStringList &statements)
{
    QStringList arguments{url, QStringLiteral("-q")};
    for (const QString &statement : statements)
        arguments << QStringLiteral("-c") << statement;
    QProcess process;
    process.start(QStringLiteral("psql"), arguments);
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        std::fprintf(stderr, "psql failed: %s\n", process.readAllStandardError().constData());
        return false;
    }
    return true;
}

// The best of `runs` dashboard computations, in ms.
qint64 dashboardMs(const Database &db, int runs)
{
    qint64 best = -1;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto d = computeDashboard(db, {}, QDate(2026, 6, 30));
        const qint64 ms = timer.elapsed();
        if (!d) {
            std::fprintf(stderr, "dashboard: %s\n", qPrintable(d.error().describe() + QStringLiteral(" | ") + d.error().detail));
            return -1;
        }
        best = best < 0 ? ms : std::min(best, ms);
    }
    return best;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsEmpty("PROJECTDESK_TEST_SERVER")) {
        std::fprintf(stderr, "bench_team needs PROJECTDESK_TEST_SERVER (scripts/bench.sh starts a server)\n");
        return 1;
    }
    const qint64 projects = argc > 1 ? QByteArray(argv[1]).toLongLong() : 100000;
    const qint64 rows = argc > 2 ? QByteArray(argv[2]).toLongLong() : 1000000;
    QTemporaryDir dir;

    // The dashboard: the same portfolio as a file and, published, on the server.
    {
        auto file = bench::demoPortfolio(dir.filePath(QStringLiteral("large.db")), projects);
        if (!file || !bench::topUpTransactions(*file.value(), projects, int(rows / projects))) {
            std::fprintf(stderr, "could not build the portfolio\n");
            return 1;
        }
        const QString url = serverDatabase(QStringLiteral("projectdesk_bench_dashboard"));
        auto server = Database::open(url, {Database::OpenMode::CreateIfMissing});
        if (url.isEmpty() || !server) {
            std::fprintf(stderr, "could not make the server database\n");
            return 1;
        }
        QElapsedTimer timer;
        timer.start();
        auto copied = PortfolioCopy(*file.value(), *server.value()).run();
        if (!copied) {
            std::fprintf(stderr, "publish: %s\n", qPrintable(copied.error().describe() + QStringLiteral(" | ") + copied.error().detail));
            return 1;
        }
        qint64 records = 0;
        for (const TableCount &t : copied.value())
            records += t.rows;
        std::printf("team_publish_%lld_records: %lld ms\n", records, timer.elapsed());
        (void)server.value()->execute(QStringLiteral("ANALYZE"));
        const qint64 onFile = dashboardMs(*file.value(), 3);
        const qint64 onServer = dashboardMs(*server.value(), 3);
        std::printf("dashboard_%lld_projects_on_sqlite (reference): %lld ms\n", projects, onFile);
        std::printf("dashboard_%lld_projects_on_postgresql: %lld ms\n", projects, onServer);
        std::printf("dashboard_postgresql_over_sqlite: %.2f ratio (bound 1.5)\n", onFile > 0 ? double(onServer) / double(onFile) : 0.0);
    }

    // The import: a portfolio of 1,000 projects on the server, a million transactions from CSV.
    {
        auto file = bench::demoPortfolio(dir.filePath(QStringLiteral("small.db")), 1000);
        const QString url = serverDatabase(QStringLiteral("projectdesk_bench_import"));
        auto server = Database::open(url, {Database::OpenMode::CreateIfMissing});
        if (!file || url.isEmpty() || !server || !PortfolioCopy(*file.value(), *server.value()).run()) {
            std::fprintf(stderr, "could not make the import's portfolio\n");
            return 1;
        }
        const QString csv = dir.filePath(QStringLiteral("transactions.csv"));
        if (!bench::writeTransactions(csv, *file.value(), rows))
            return 1;
        auto preview = previewCsv(csv);
        if (!preview)
            return 1;
        const CsvMapping mapping = autoMapping(ImportEntity::Transactions, preview->header);
        QElapsedTimer timer;
        CsvImportOptions dry;
        dry.dryRun = true;
        timer.start();
        auto checked = importCsv(*server.value(), csv, mapping, dry);
        if (!checked || !checked->ok())
            return 1;
        std::printf("team_import_csv_dry_run_%lld_transactions (reading and validation alone): %lld ms\n", rows, timer.elapsed());
        timer.restart();
        auto report = importCsv(*server.value(), csv, mapping, {});
        const qint64 importMs = timer.elapsed();
        if (!report || report->imported != rows) {
            std::fprintf(stderr, "import failed: %s\n", report ? "problems" : qPrintable(report.error().describe() + QStringLiteral(" | ") + report.error().detail));
            return 1;
        }
        // psql's \copy of the same file into a bare table of text columns.
        const QString scratch = serverDatabase(QStringLiteral("projectdesk_bench_copy"));
        if (!psql(scratch, {QStringLiteral("CREATE TABLE t (project text, type text, date text, amount text, currency text, "
                                           "receiver text, description text)")}))
            return 1;
        timer.restart();
        if (!psql(scratch, {QStringLiteral("\\copy t FROM '%1' CSV HEADER").arg(csv)}))
            return 1;
        const qint64 copyMs = timer.elapsed();
        // The same rows as the import stored them, taken out, deleted (untimed) and put back with
        // psql's \copy into the table itself: the table is in the same state as for the import.
        const QString resolved = dir.filePath(QStringLiteral("resolved.csv"));
        const QString columns = QStringLiteral("project_id, business_line, type, date, value_date, amount, currency, provider_id, provider_name, "
                                               "receiver_id, receiver_name, description, reference, created_at, updated_at, revision");
        const QString imported = QStringLiteral("id > (SELECT max(id) FROM transactions) - %1").arg(rows);
        if (!psql(url, {QStringLiteral("\\copy (SELECT %1 FROM transactions WHERE %2 ORDER BY id) TO '%3' CSV HEADER").arg(columns, imported, resolved),
                QStringLiteral("DELETE FROM transactions WHERE %1").arg(imported)}))
            return 1;
        timer.restart();
        if (!psql(url, {QStringLiteral("\\copy transactions (%1) FROM '%2' CSV HEADER").arg(columns, resolved)}))
            return 1;
        const qint64 tableCopyMs = timer.elapsed();
        std::printf("team_import_csv_%lld_transactions: %lld ms\n", rows, importMs);
        std::printf("psql_copy_%lld_rows_bare_table (reference): %lld ms\n", rows, copyMs);
        std::printf("psql_copy_%lld_rows_into_transactions (reference): %lld ms\n", rows, tableCopyMs);
        std::printf("team_import_over_psql_copy: %.2f ratio (bound 1.5)\n", copyMs > 0 ? double(importMs) / double(copyMs) : 0.0);
        std::printf("psql_copy_into_transactions_over_bare_table: %.2f ratio (the floor of the ratio above)\n",
            copyMs > 0 ? double(tableCopyMs) / double(copyMs) : 0.0);
        std::printf("team_import_over_psql_copy_into_transactions: %.2f ratio\n", tableCopyMs > 0 ? double(importMs) / double(tableCopyMs) : 0.0);
    }
    return 0;
}
