#include "change_feed.h"

#include "database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlDriver>

namespace pd {

std::optional<Change> Change::fromJson(const QByteArray &payload)
{
    const QJsonDocument doc = QJsonDocument::fromJson(payload);
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    Change c;
    c.table = o.value(QLatin1String("table")).toString();
    c.op = o.value(QLatin1String("op")).toString();
    c.id = o.value(QLatin1String("id")).toVariant().toLongLong();
    c.revision = o.value(QLatin1String("revision")).toVariant().toLongLong();
    c.count = o.value(QLatin1String("count")).toVariant().toLongLong();
    c.who = o.value(QLatin1String("who")).toString();
    c.at = o.value(QLatin1String("at")).toString();
    if (c.table.isEmpty() || c.op.isEmpty())
        return std::nullopt;
    return c;
}

QJsonObject Change::toJson() const
{
    QJsonObject o{{QStringLiteral("table"), table}, {QStringLiteral("op"), op},
        {QStringLiteral("id"), id ? QJsonValue(id) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("revision"), revision ? QJsonValue(revision) : QJsonValue(QJsonValue::Null)}, {QStringLiteral("who"), who},
        {QStringLiteral("at"), at}};
    if (count > 1)
        o.insert(QStringLiteral("count"), count);
    return o;
}

ChangeFeed::ChangeFeed(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{ }

ChangeFeed::~ChangeFeed()
{
    if (m_listening) {
        QSqlDatabase connection = m_db.connection();
        if (connection.isOpen())
            connection.driver()->unsubscribeFromNotification(QLatin1String(kChannel));
    }
}

Status ChangeFeed::start()
{
    if (!m_db.onServer() || m_listening)
        return {};
    QSqlDatabase connection = m_db.connection();
    QSqlDriver *driver = connection.driver();
    if (!driver->subscribeToNotification(QLatin1String(kChannel)))
        return m_db.failure(driver->lastError(), QStringLiteral("LISTEN %1").arg(QLatin1String(kChannel)));
    connect(driver, &QSqlDriver::notification, this,
        [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload) { onNotification(name, int(source), payload); });
    m_listening = true;
    return {};
}

void ChangeFeed::onNotification(const QString &name, int source, const QVariant &payload)
{
    if (name != QLatin1String(kChannel))
        return;
    if (auto change = Change::fromJson(payload.toString().toUtf8())) {
        change->fromThisConnection = source == int(QSqlDriver::SelfSource);
        Q_EMIT changed(*change);
    }
}

} // namespace pd
