#pragma once

#include <QDate>
#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

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

inline QString utcNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace pd
