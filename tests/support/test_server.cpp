#include "test_server.h"

#include "services/portfolio.h"
#include "storage/server_address.h"

#include <catch2/catch.hpp>

#include <QAtomicInt>
#include <QRandomGenerator>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace pd::test {

namespace {

// Unique on the server whatever ran before: process ids come round again in a long run.
QString uniqueName(const char *kind)
{
    static QAtomicInt counter;
    static const quint32 run = QRandomGenerator::system()->generate();
    return QStringLiteral("pdt_%1_%2_%3_%4")
        .arg(QLatin1String(kind))
        .arg(QCoreApplication::applicationPid())
        .arg(run, 8, 16, QLatin1Char('0'))
        .arg(counter.fetchAndAddRelaxed(1));
}

QString &templateDatabase()
{
    static QString name;
    return name;
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

namespace {

// Without Catch's macros: also used after the test run has ended.
bool execAsSuperuser(const QString &sql, const QString &database, QString &error)
{
    auto address = ServerAddress::parse(urlFor(database));
    if (!address) {
        error = address.error().message;
        return false;
    }
    const QString name = QStringLiteral("pdt-admin-%1").arg(uniqueName("c"));
    bool ok = false;
    {
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
    return ok;
}

} // namespace

bool superuserExec(const QString &sql, const QString &database)
{
    QString error;
    const bool ok = execAsSuperuser(sql, database, error);
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
        templateDatabase() = name;
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

void dropTemplate()
{
    QString error;
    if (!templateDatabase().isEmpty())
        (void)execAsSuperuser(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(templateDatabase()), QStringLiteral("postgres"), error);
    templateDatabase().clear();
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
