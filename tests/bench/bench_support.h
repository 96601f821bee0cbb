#pragma once

#include "demo/demo_generator.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QFile>
#include <QRandomGenerator>
#include <QStringList>

namespace pd::bench {

// A new demo portfolio of about `projects` projects at path (the demo makes 100 per unit of scale).
inline pd::Result<std::unique_ptr<pd::Database>> demoPortfolio(const QString &path, qint64 projects, pd::DemoSummary *summary = nullptr)
{
    auto db = pd::Database::openFile(path);
    if (!db)
        return db.error();
    pd::DemoOptions options;
    options.scale = int(projects / pd::DemoGenerator::kProjectsPerUnit);
    auto made = pd::DemoGenerator(*db.value(), options).run();
    if (!made)
        return made.error();
    if (summary)
        *summary = made.value();
    return db;
}

// Adds transactions until every project has `perProject` on average.
inline pd::Status topUpTransactions(pd::Database &db, qint64 projects, int perProject)
{
    auto count = db.execute(QStringLiteral("SELECT count(*) FROM transactions"));
    if (!count)
        return count.error();
    qint64 have = count->next() ? count->value(0).toLongLong() : 0;
    count->finish();
    pd::Transaction transaction(db);
    auto insert = db.prepare(QStringLiteral("INSERT INTO transactions (project_id, type, date, value_date, amount, currency, created_at, "
                                            "updated_at, business_line) VALUES (?, ?, ?, ?, ?, ?, '2026-01-01', '2026-01-01', "
                                            "(SELECT business_line FROM projects WHERE id = ?))"));
    if (!insert)
        return insert.error();
    QRandomGenerator rng(7);
    const char *const currencies[] = {"USD", "CNY", "EUR", "JPY"};
    for (; have < projects * perProject; ++have) {
        const QDate date = QDate(2013, 1, 1).addDays(rng.bounded(5000));
        const QString iso = date.toString(Qt::ISODate);
        const qint64 project = 1 + rng.bounded(projects);
        if (Status s = db.run(insert.value(), {project, 3 + rng.bounded(2), iso, iso, 1000 + rng.bounded(10000000),
                                               QLatin1String(currencies[rng.bounded(4)]), project});
            !s)
            return s;
    }
    return transaction.commit();
}

// A CSV of `rows` transactions of the portfolio's projects (the same file every time: a fixed seed).
inline bool writeTransactions(const QString &path, Database &db, qint64 rows)
{
    auto codes = db.execute(QStringLiteral("SELECT code FROM projects ORDER BY id"));
    if (!codes)
        return false;
    QStringList projects;
    while (codes->next())
        projects.append(codes->value(0).toString());
    QFile file(path);
    if (projects.isEmpty() || !file.open(QIODevice::WriteOnly))
        return false;
    QRandomGenerator rng(11);
    const char *const currencies[] = {"USD", "CNY", "EUR", "JPY"};
    QByteArray chunk = "project,type,date,amount,currency,receiver,description\n";
    for (qint64 i = 0; i < rows; ++i) {
        const QDate date = QDate(2013, 1, 1).addDays(rng.bounded(5000));
        const qint64 amount = 1000 + rng.bounded(10000000);
        const int currency = rng.bounded(4);
        QByteArray amountText = QByteArray::number(amount / 100);
        if (currency != 3) // JPY has no minor unit: whole yen
            amountText += '.' + QByteArray::number(amount % 100).rightJustified(2, '0');
        chunk += projects.at(rng.bounded(int(projects.size()))).toUtf8() + ',' + QByteArray::number(3 + rng.bounded(2)) + ','
            + date.toString(Qt::ISODate).toLatin1() + ',' + amountText + ',' + currencies[currency] + ",\"Supplier " + QByteArray::number(i % 500)
            + ", Ltd\",payment " + QByteArray::number(i) + '\n';
        if (chunk.size() > (1 << 20)) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk);
    return true;
}

} // namespace pd::bench
