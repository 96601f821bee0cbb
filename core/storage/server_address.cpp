#include "server_address.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace pd {

namespace {

const QStringList kSslModes{QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"), QStringLiteral("require"),
    QStringLiteral("verify-ca"), QStringLiteral("verify-full")};

Error badUrl(const QString &url, const QString &why)
{
    return Error::make(Error::Kind::InvalidArgument,
        QCoreApplication::translate("Storage", "%1 is not a team server address (%2). Write it as postgresql://USER@HOST:PORT/DATABASE.").arg(url, why));
}

} // namespace

bool ServerAddress::isServerUrl(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) || text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

Result<ServerAddress> ServerAddress::parse(const QString &url)
{
    if (!isServerUrl(url))
        return badUrl(url, QCoreApplication::translate("Storage", "it does not start with postgresql://"));
    const QUrl u(url, QUrl::StrictMode);
    if (!u.isValid())
        return badUrl(url, u.errorString());
    ServerAddress a;
    a.host = u.host();
    if (a.host.isEmpty())
        return badUrl(url, QCoreApplication::translate("Storage", "it names no host"));
    a.port = u.port(5432);
    a.database = u.path().mid(1);
    if (a.database.isEmpty() || a.database.contains(u'/'))
        return badUrl(url, QCoreApplication::translate("Storage", "it names no database"));
    a.user = u.userName();
    a.password = u.password();
    const QUrlQuery query(u);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("sslmode")) {
            if (!kSslModes.contains(value))
                return badUrl(url, QCoreApplication::translate("Storage", "sslmode must be one of %1").arg(kSslModes.join(QLatin1String(", "))));
            a.sslMode = value;
        } else {
            return badUrl(url, QCoreApplication::translate("Storage", "the option %1 is not known").arg(key));
        }
    }
    return a;
}

QString ServerAddress::displayUrl() const
{
    QUrl u;
    u.setScheme(QStringLiteral("postgresql"));
    u.setUserName(user);
    u.setHost(host);
    if (port != 5432)
        u.setPort(port);
    u.setPath(u'/' + database);
    if (!sslMode.isEmpty())
        u.setQuery(QStringLiteral("sslmode=") + sslMode);
    return u.toString();
}

QString ServerAddress::connectOptions() const
{
    // QPSQL passes these to libpq's conninfo: a server that does not answer is reported in 10 s.
    QString options = QStringLiteral("connect_timeout=10;application_name=ProjectDesk");
    if (!sslMode.isEmpty())
        options += QStringLiteral(";sslmode=") + sslMode;
    return options;
}

QString ServerAddress::login() const
{
    if (!user.isEmpty())
        return user;
    const QString env = qEnvironmentVariable("PGUSER");
    if (!env.isEmpty())
        return env;
    return qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
}

} // namespace pd
