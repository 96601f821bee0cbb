// The deliveries ledger on demo portfolios of 1,000 and 100,000 projects (about 680 and 67,000
// deliveries with some 150,000 packing-list lines at the larger size): time to the register's
// first rows and its count, the overdue filter, and the delivery summary (all time, one year, one
// country), next to the plain SQL that sums the same deliveries, for the ratio.
// Usage: bench_deliveries [max-projects]   (default 100000; portfolios are generated in a temp dir)
#include "analytics/delivery_summary.h"
#include "deliveries/deliveries_page.h"
#include "deliveries/delivery_table_model.h"
#include "demo/demo_generator.h"
#include "services/delivery_service.h"
#include "services/portfolio.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

namespace {

template <typename Condition> bool waitFor(Condition done, int timeoutMs = 60000)
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

void print(const char *name, const QString &label, qint64 ms, const QString &note = {})
{
    std::printf("%s_%s: %lld ms%s\n", name, qPrintable(label), static_cast<long long>(ms), note.isEmpty() ? "" : qPrintable(u' ' + note));
}

int measure(pd::Portfolio &portfolio, const QString &label)
{
    const QDate today(2026, 6, 30);
    QElapsedTimer timer;
    timer.start();
    pd::ui::DeliveriesPage page(pd::Language::English);
    page.resize(1280, 800);
    page.setToday(today);
    page.setPortfolio(&portfolio);
    page.show();
    QCoreApplication::processEvents();
    print("deliveries_register_first_rows", label, timer.elapsed(), QStringLiteral("(%1 rows shown)").arg(page.model()->rowCount()));
    if (!waitFor([&] { return page.model()->matchingCount() >= 0; }))
        return 1;
    print("deliveries_register_counted", label, timer.elapsed(), QStringLiteral("(%1 deliveries)").arg(page.model()->matchingCount()));

    pd::DeliveryFilter overdue;
    overdue.overdueOnly = true;
    timer.restart();
    page.setFilter(overdue);
    if (!waitFor([&] { return page.model()->matchingCount() >= 0; }))
        return 1;
    print("deliveries_register_overdue", label, timer.elapsed(), QStringLiteral("(%1 overdue)").arg(page.model()->matchingCount()));

    pd::Database &db = portfolio.database();
    const auto summary = [&](const char *name, const pd::DeliveryFilter &filter) {
        QElapsedTimer t;
        t.start();
        auto s = pd::computeDeliverySummary(db, filter, today);
        if (!s)
            return false;
        print(name, label, t.elapsed(), QStringLiteral("(%1)").arg(pd::summarySentence(s.value(), pd::Language::English)));
        return true;
    };
    if (!summary("deliveries_summary_all", {}))
        return 1;
    pd::DeliveryFilter year;
    year.handedOverFrom = QDate(2024, 1, 1);
    year.handedOverTo = QDate(2024, 12, 31);
    if (!summary("deliveries_summary_2024", year))
        return 1;
    pd::DeliveryFilter kenya;
    kenya.countries = {QStringLiteral("KE")};
    if (!summary("deliveries_summary_kenya", kenya))
        return 1;

    // The same sums in plain SQL: weight and value per country, month and currency, and per category.
    timer.restart();
    auto raw = db.execute(QStringLiteral("SELECT destination_country, substr(actual_handover, 1, 7), currency, count(*), SUM(total_value), "
                                         "SUM(gross_weight_g) FROM deliveries WHERE status = 6 GROUP BY 1, 2, 3"));
    int groups = 0;
    while (raw && raw->next())
        ++groups;
    auto rawItems = db.execute(QStringLiteral("SELECT i.category, SUM(i.value), SUM(i.gross_weight_g) FROM delivery_items i "
                                              "JOIN deliveries d ON d.id = i.delivery_id WHERE d.status = 6 GROUP BY 1"));
    while (rawItems && rawItems->next())
        ++groups;
    print("deliveries_plain_sql_sums", label, timer.elapsed(), QStringLiteral("(%1 groups)").arg(groups));
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
    const qint64 maxProjects = args.size() > 1 ? args.at(1).toLongLong() : 100000;
    QTemporaryDir dir;
    for (const qint64 projects : {qint64(1000), qint64(100000)}) {
        if (projects > maxProjects)
            break;
        const QString label = QString::number(projects);
        const QString path = dir.filePath(QStringLiteral("deliveries-%1.db").arg(label));
        {
            auto db = pd::Database::openFile(path);
            pd::DemoOptions options;
            options.scale = int(projects / pd::DemoGenerator::kProjectsPerUnit);
            auto made = db ? pd::DemoGenerator(*db.value(), options).run() : pd::Result<pd::DemoSummary>(db.error());
            if (!made) {
                std::fprintf(stderr, "%s\n", qPrintable(made.error().describe()));
                return 1;
            }
        }
        auto portfolio = pd::Portfolio::open(path, pd::Database::OpenMode::ExistingOnly);
        if (!portfolio || measure(*portfolio.value(), label) != 0)
            return 1;
    }
    return 0;
}
