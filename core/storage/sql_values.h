#pragma once

#include <QDate>
#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

#include <limits>

namespace pd {

// How values are written to and read from the database: dates as ISO 8601 text (NULL when unknown),
// timestamps in UTC.

inline QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

inline QDate dateAt(const QSqlQuery &query, int column)
{
    return QDate::fromString(query.value(column).toString(), Qt::ISODate);
}

// A LIMIT's value: a negative limit (every row) as the largest number, which both engines take
// (SQLite reads a negative LIMIT as none, PostgreSQL refuses it).
inline qint64 limitValue(qint64 limit)
{
    return limit < 0 ? std::numeric_limits<qint64>::max() : limit;
}

inline QString utcNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace pd
