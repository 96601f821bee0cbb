#include "damaged_files.h"

#include "demo/demo_generator.h"
#include "storage/salvage_source.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>

namespace pd::test {

FileLook::FileLook(const QString &path)
    : m_name(QStringLiteral("file-look-%1").arg(quintptr(this)))
{
    auto db = openReadOnly(path, m_name);
    INFO((db ? QString() : db.error().describe()).toStdString());
    REQUIRE(db.ok());
}

FileLook::~FileLook()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlQuery FileLook::query(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(QSqlDatabase::database(m_name, false));
    q.setForwardOnly(true);
    REQUIRE(q.prepare(sql));
    for (const QVariant &v : values)
        q.addBindValue(v);
    const bool ok = q.exec();
    INFO(sql.toStdString() << ": " << q.lastError().text().toStdString());
    REQUIRE(ok);
    return q;
}

qint64 FileLook::scalar(const QString &sql, const QVariantList &values)
{
    QSqlQuery q = query(sql, values);
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

QString makeDemoFile(const TempDir &dir, const QString &name, int scale, int pageSize)
{
    const QString path = dir.path(name);
    if (pageSize != 4096) {
        // The page size of a file is fixed by its first write: an empty database with only a header.
        const QString connection = QStringLiteral("page-size-") + name;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(path);
            REQUIRE(db.open());
            QSqlQuery q(db);
            REQUIRE(q.exec(QStringLiteral("PRAGMA page_size = %1").arg(pageSize)));
            REQUIRE(q.exec(QStringLiteral("VACUUM")));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
    }
    auto portfolio = newPortfolio(dir, name);
    DemoOptions options;
    options.scale = scale;
    auto summary = DemoGenerator(portfolio->database(), options).run();
    INFO((summary ? QString() : summary.error().describe()).toStdString());
    REQUIRE(summary.ok());
    return path;
}

QList<TreePage> treePages(const QString &file, const QString &name)
{
    FileLook look(file);
    QList<TreePage> pages;
    QList<int> cells;
    QSqlQuery q = look.query(QStringLiteral("SELECT pageno, pagetype, path, ncell FROM dbstat WHERE name = ? ORDER BY path"), {name});
    while (q.next()) {
        pages.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), {}});
        cells.append(q.value(3).toInt());
    }
    REQUIRE_FALSE(pages.isEmpty());
    if (name != QLatin1String("sqlite_schema")
        && look.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"), {name}) == 0)
        return pages; // an index: its pages hold no rows of their own

    // The leaves in path order hold the rows in rowid order, ncell each.
    QList<qint64> rowids;
    QSqlQuery all = look.query(QStringLiteral("SELECT rowid FROM \"%1\" ORDER BY rowid").arg(name));
    while (all.next())
        rowids.append(all.value(0).toLongLong());
    qsizetype next = 0;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (pages[i].type == QLatin1String("leaf")) {
            pages[i].rowids = rowids.mid(next, cells[i]);
            next += cells[i];
        }
    }
    REQUIRE(next == rowids.size());
    for (TreePage &page : pages) {
        for (const TreePage &leaf : std::as_const(pages)) {
            if (leaf.type != QLatin1String("leaf"))
                continue;
            if (page.type == QLatin1String("internal") && leaf.path.startsWith(page.path))
                page.rowids += leaf.rowids;
            // An overflow page's path is its leaf's, the cell's index (3 hex digits), '+' and its place in the chain.
            if (page.type == QLatin1String("overflow") && page.path.startsWith(leaf.path) && page.path.size() == leaf.path.size() + 10)
                page.rowids = {leaf.rowids.at(page.path.mid(leaf.path.size(), 3).toInt(nullptr, 16))};
        }
    }
    return pages;
}

QList<TreePage> pagesOfType(const QList<TreePage> &pages, const QString &type)
{
    QList<TreePage> chosen;
    for (const TreePage &p : pages) {
        if (p.type == type)
            chosen.append(p);
    }
    return chosen;
}

void damagePages(const QString &file, const QList<qint64> &pages, int from)
{
    qint64 pageSize = 0;
    {
        FileLook look(file);
        pageSize = look.scalar(QStringLiteral("PRAGMA page_size"));
    }
    QFile f(file);
    REQUIRE(f.open(QIODevice::ReadWrite));
    // Not a b-tree page type (2, 5, 10 or 13) at any offset: 'd' is 0x64.
    const QByteArray garbage = QByteArray("damaged!").repeated(int(pageSize / 8)).mid(from);
    for (qint64 page : pages) {
        REQUIRE(f.seek((page - 1) * pageSize + from));
        REQUIRE(f.write(garbage) == garbage.size());
    }
}

QByteArray sha256Of(const QString &file)
{
    QFile f(file);
    REQUIRE(f.open(QIODevice::ReadOnly));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    REQUIRE(hash.addData(&f));
    return hash.result();
}

} // namespace pd::test
