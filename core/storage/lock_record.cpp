#include "lock_record.h"

#include "platform/file_system.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSysInfo>
#include <QThread>
#include <QUuid>

namespace pd {

namespace {

// A record still being written by its maker reads as unparsable for a moment.
constexpr int kYoungMs = 5000;

struct Stored
{
    LockHolder holder;
    QString token;
};

std::optional<Stored> readRecord(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(file.read(64 * 1024)).object();
    if (o.isEmpty())
        return std::nullopt;
    Stored s;
    s.holder.user = o.value(QLatin1String("user")).toString();
    s.holder.host = o.value(QLatin1String("host")).toString();
    s.holder.app = o.value(QLatin1String("app")).toString();
    s.holder.activity = o.value(QLatin1String("activity")).toString();
    s.holder.pid = qint64(o.value(QLatin1String("pid")).toDouble());
    s.holder.since = QDateTime::fromString(o.value(QLatin1String("since")).toString(), Qt::ISODate);
    s.token = o.value(QLatin1String("token")).toString();
    return s;
}

bool isStale(const LockHolder &h)
{
    return h.host == QSysInfo::machineHostName() && !platform::processRunning(h.pid);
}

QByteArray contents(const QString &activity, const QString &token)
{
    QJsonObject o;
    o.insert(QLatin1String("user"), platform::userName());
    o.insert(QLatin1String("host"), QSysInfo::machineHostName());
    o.insert(QLatin1String("app"), QCoreApplication::applicationName());
    o.insert(QLatin1String("activity"), activity);
    o.insert(QLatin1String("pid"), double(QCoreApplication::applicationPid()));
    o.insert(QLatin1String("since"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    o.insert(QLatin1String("token"), token);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Error folderError(const QString &path, const QString &reason)
{
    Error e = Error::make(Error::Kind::Io,
        QCoreApplication::translate("Storage", "ProjectDesk cannot write beside %1 (%2).").arg(QFileInfo(path).fileName(), reason));
    return e;
}

} // namespace

bool LockHolder::isThisProcess() const
{
    return pid == QCoreApplication::applicationPid() && host == QSysInfo::machineHostName();
}

QString LockHolder::describe() const
{
    const QString when = since.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    return QCoreApplication::translate("Storage", "%1 on %2 (%3, process %4), since %5")
        .arg(user.isEmpty() ? QCoreApplication::translate("Storage", "someone") : user, host, app)
        .arg(pid)
        .arg(when);
}

QString LockRecord::pathFor(const QString &portfolio, Kind kind)
{
    return portfolio + (kind == Kind::Editing ? QLatin1String(".lock") : QLatin1String(".busy"));
}

std::optional<LockHolder> LockRecord::holder(const QString &portfolio, Kind kind)
{
    const QString path = pathFor(portfolio, kind);
    const auto stored = readRecord(path);
    if (!stored) {
        // Unreadable: being written right now (young), or left broken long ago (stale).
        const QFileInfo info(path);
        if (info.exists() && info.lastModified().msecsTo(QDateTime::currentDateTime()) < kYoungMs) {
            LockHolder unknown;
            unknown.since = info.lastModified().toUTC();
            return unknown;
        }
        return std::nullopt;
    }
    if (isStale(stored->holder))
        return std::nullopt;
    return stored->holder;
}

LockRecord::LockRecord(QString path, QString token)
    : m_path(std::move(path))
    , m_token(std::move(token))
{ }

LockRecord::~LockRecord()
{
    if (const auto stored = readRecord(m_path); stored && stored->token == m_token)
        QFile::remove(m_path);
}

Result<std::unique_ptr<LockRecord>> LockRecord::acquire(const QString &portfolio, Kind kind, const QString &activity)
{
    const QString path = pathFor(portfolio, kind);
    const QString token = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QByteArray data = contents(activity, token);
    std::unique_ptr<LockRecord> record(new LockRecord(path, token));

    if (kind == Kind::Editing) {
        QFile fresh(path);
        if (fresh.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            const bool written = fresh.write(data) == data.size() && fresh.flush();
            fresh.close();
            if (!written) {
                QFile::remove(path);
                return folderError(path, fresh.errorString());
            }
            return record;
        }
        if (!QFileInfo::exists(path))
            return folderError(path, fresh.errorString());
        if (const auto live = holder(portfolio, kind)) {
            Error e = Error::make(Error::Kind::Locked,
                QCoreApplication::translate("Storage", "%1 is open in another ProjectDesk window: %2.").arg(QFileInfo(portfolio).fileName(), live->describe()));
            e.detail = path;
            return e;
        }
        // Stale: take it over below, then make sure no one else took it at the same moment.
    }
    QSaveFile save(path);
    save.setDirectWriteFallback(false);
    if (!save.open(QIODevice::WriteOnly) || save.write(data) != data.size() || !save.commit())
        return folderError(path, save.errorString());
    if (kind == Kind::Editing) {
        QThread::msleep(20);
        const auto stored = readRecord(path);
        if (!stored || stored->token != token) {
            Error e = Error::make(Error::Kind::Locked,
                QCoreApplication::translate("Storage", "%1 was just opened in another ProjectDesk window.").arg(QFileInfo(portfolio).fileName()));
            return e;
        }
    }
    return record;
}

} // namespace pd
