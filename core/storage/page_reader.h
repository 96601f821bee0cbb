#pragma once

#include "database.h"

#include <QList>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <functional>

namespace pd {

// Takes one page of rows from a service's forEachPage(); an Error (Cancelled, say) stops the reading.
template <typename Row> using PageHandler = std::function<Status(const QList<Row> &)>;

// Reads a statement's rows front to back, pageSize at a time: `complete` finishes each page (reads
// what the rows need from other tables), then `onPage` takes it. One statement for all the rows,
// so memory holds one page however many match and no row is read twice (a LIMIT/OFFSET loop would
// read every skipped row again for each page).
template <typename Row>
Status readPages(const Database &db, QSqlQuery &query, int pageSize, const std::function<Row(const QSqlQuery &)> &decode,
    const std::function<Status(QList<Row> &)> &complete, const PageHandler<Row> &onPage)
{
    QList<Row> page;
    page.reserve(std::min(pageSize, 4096));
    auto deliver = [&]() -> Status {
        if (complete) {
            if (Status s = complete(page); !s)
                return s;
        }
        Status taken = onPage(page);
        page.clear();
        return taken;
    };
    while (query.next()) {
        page.append(decode(query));
        if (page.size() >= pageSize) {
            if (Status s = deliver(); !s)
                return s;
        }
    }
    if (query.lastError().isValid())
        return db.dialect().translate(query.lastError(), query.lastQuery());
    return page.isEmpty() ? Status() : deliver();
}

} // namespace pd
