#pragma once

#include "test_support.h"

#include <QSqlQuery>
#include <QVariantList>

namespace pd::test {

// A read-only look at a portfolio file through the salvage's opener (nothing is written, no
// -wal or -shm made), for the tests' page maps and row comparisons.
class FileLook
{
public:
    explicit FileLook(const QString &path);
    ~FileLook();
    QSqlQuery query(const QString &sql, const QVariantList &values = {});
    qint64 scalar(const QString &sql, const QVariantList &values = {});

private:
    QString m_name;
};

// A demo portfolio of the scale, closed again. Small pages give deep b-trees (interior pages below
// the root) and overflow pages from a small demo.
QString makeDemoFile(const TempDir &dir, const QString &name, int scale, int pageSize = 4096);

// One page of a table's or index's b-tree as dbstat sees it, in key order; for a table, the rowids
// that are lost with it (a leaf's rows, every row below an interior page, an overflow page's row).
struct TreePage
{
    qint64 number = 0;
    QString type; // internal, leaf, overflow
    QString path; // dbstat's: "/" the root, "/002/" its third child, ...
    QList<qint64> rowids;
};
QList<TreePage> treePages(const QString &file, const QString &name);
QList<TreePage> pagesOfType(const QList<TreePage> &pages, const QString &type);

// Overwrites each page from byte `from` to its end with garbage, through a plain QFile: no SQLite
// connection may be open on the file meanwhile.
void damagePages(const QString &file, const QList<qint64> &pages, int from = 0);

QByteArray sha256Of(const QString &file);

} // namespace pd::test
