#include "test_server.h"

#include "services/portfolio.h"
#include "storage/server_address.h"

#include <catch2/catch.hpp>

#include <QAtomicInt>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace pd::test {

namespace {

QString uniqueName(const char *kind)
{
    static QAtomicInt counter;
    return QStringLiteral("pdt_%1_%2_%3").arg(QLatin1String(kind)).arg(QCoreApplication::applicationPid()).arg(counter.fetchAndAddRelaxed(1));
}

QString urlFor(const QString &database)
{
    QUrl u(serverUrl());
    u.setPath(u'/' + database);
    return u.toString();
}

} // namespace

bool onServer()
{
    return qEnvironmentVariable("PROJECTDESK_TEST_ENGINE") == QLatin1String("postgresql");
}

QString serverUrl()
{
    return qEnvironmentVariable("PROJECTDESK_TEST_SERVER");
}

bool serverAvailable()
{
    if (!serverUrl().isEmpty())
        return true;
    if (!qEnvironmentVariableIsEmpty("CI"))
        FAIL("PROJECTDESK_TEST_SERVER is not set: CI runs the PostgreSQL tests against the cluster scripts/test.sh starts");
    WARN("skipped: no test server (scripts/test.sh starts one and sets PROJECTDESK_TEST_SERVER)");
    return false;
}

bool superuserExec(const QString &sql, const QString &database)
{
    const QString name = QStringLiteral("pdt-admin-%1").arg(uniqueName("c"));
    bool ok = false;
    QString error;
    {
        auto address = ServerAddress::parse(urlFor(database));
        REQUIRE(address.ok());
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(address->host);
        db.setPort(address->port);
        db.setDatabaseName(address->database);
        db.setUserName(address->user);
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(sql);
            error = q.lastError().text();
        } else {
            error = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!ok)
        UNSCOPED_INFO("superuser SQL failed: " << sql.toStdString() << ": " << error.toStdString());
    return ok;
}

QString newServerDatabase()
{
    const QString name = uniqueName("db");
    REQUIRE(superuserExec(QStringLiteral("CREATE DATABASE %1").arg(name)));
    return urlFor(name);
}

QString newServerPortfolio()
{
    // Migrating a database takes a while; copying a template is quick.
    static const QString templateName = [] {
        const QString name = uniqueName("template");
        REQUIRE(superuserExec(QStringLiteral("CREATE DATABASE %1").arg(name)));
        {
            auto portfolio = Portfolio::open(urlFor(name), Database::OpenMode::CreateIfMissing);
            INFO((portfolio ? QString() : portfolio.error().describe() + QStringLiteral(" | ") + portfolio.error().detail).toStdString());
            REQUIRE(portfolio.ok());
        }
        return name;
    }();
    const QString name = uniqueName("db");
    REQUIRE(superuserExec(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(name, templateName)));
    return urlFor(name);
}

QString withLogin(const QString &url, const QString &user, const QString &password)
{
    QUrl u(url);
    u.setUserName(user);
    u.setPassword(password);
    return u.toString();
}

void dropServerDatabases(const QStringList &names)
{
    for (const QString &name : names)
        (void)superuserExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
}

QString databaseOf(const QString &url)
{
    return QUrl(url).path().mid(1);
}

} // namespace pd::test
