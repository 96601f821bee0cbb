#include "log.h"

#include "error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QStandardPaths>

namespace pd::log {

namespace {

constexpr qint64 kMaxSize = 1 << 20;

QMutex &mutex()
{
    static QMutex m;
    return m;
}

} // namespace

QString filePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)).filePath(QStringLiteral("logs/projectdesk.log"));
}

void write(const QString &what)
{
    const QString path = filePath();
    const QString line = QStringLiteral("%1 %2[%3] %4\n")
                             .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), QCoreApplication::applicationName())
                             .arg(QCoreApplication::applicationPid())
                             .arg(QString(what).replace(u'\n', QLatin1String(" | ")));
    const QMutexLocker lock(&mutex());
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (QFileInfo(path).size() > kMaxSize) {
        QFile::remove(path + QLatin1String(".1"));
        QFile::rename(path, path + QLatin1String(".1"));
    }
    QFile file(path);
    if (file.open(QIODevice::Append | QIODevice::Text))
        file.write(line.toUtf8());
}

void error(const Error &error, const QString &where)
{
    QString text = where.isEmpty() ? error.message : where + QLatin1String(": ") + error.message;
    if (!error.detail.isEmpty())
        text += QLatin1String(" -- ") + error.detail;
    write(text);
}

namespace {
QtMessageHandler previousHandler = nullptr;

void driverWarningsToLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && (message.startsWith(QLatin1String("Unable to free statement")) || message.startsWith(QLatin1String("QPSQLDriver::")))) {
        write(QStringLiteral("driver: ") + message.trimmed());
        return;
    }
    if (previousHandler)
        previousHandler(type, context, message);
}
} // namespace

void keepDriverWarningsInLog()
{
    previousHandler = qInstallMessageHandler(driverWarningsToLog);
}

} // namespace pd::log
