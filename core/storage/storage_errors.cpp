#include "storage_errors.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

namespace pd {

Error fileError(Error::Kind kind, const QString &path, const QString &detail)
{
    const QString file = QDir::toNativeSeparators(path);
    QString message;
    switch (kind) {
    case Error::Kind::DiskFull: {
        QStorageInfo disk(QFileInfo(path).absolutePath());
        const qint64 freeMb = disk.isValid() ? disk.bytesAvailable() / (1024 * 1024) : 0;
        message = QCoreApplication::translate("Storage", "The disk holding %1 is full (%2 MB free). Free some space, then try again; nothing was changed.")
                      .arg(file)
                      .arg(freeMb);
        break;
    }
    case Error::Kind::Damaged:
        message = QCoreApplication::translate("Storage", "%1 is damaged: part of it cannot be read. It is not written to; use File > Recover (or projectdesk-cli "
                     "recover) to salvage what can be read into a new portfolio.")
                      .arg(file);
        break;
    case Error::Kind::ReadOnly:
        message = QCoreApplication::translate("Storage", "%1 cannot be written (it or its folder is read-only); nothing was changed.").arg(file);
        break;
    case Error::Kind::Locked:
        message = QCoreApplication::translate("Storage", "%1 is busy: another program is writing to it. Try again when it has finished.").arg(file);
        break;
    case Error::Kind::NotADatabase:
        message = QCoreApplication::translate("Storage", "%1 is not a ProjectDesk portfolio, or it is damaged.").arg(file);
        break;
    default:
        message = QCoreApplication::translate("Storage", "%1 could not be read or written (a disk or network problem). Check that it is still there, "
                     "then try again; the details are in the log.")
                      .arg(file);
        kind = Error::Kind::Io;
        break;
    }
    Error e = Error::make(kind, message);
    e.detail = detail;
    return e;
}

Error writeError(const QString &path, const QString &systemText)
{
    const QStorageInfo disk(QFileInfo(path).absolutePath());
    if (meansDiskFull(systemText) || (disk.isValid() && disk.bytesAvailable() < 1024 * 1024))
        return fileError(Error::Kind::DiskFull, path, systemText);
    Error e = Error::make(Error::Kind::Io, QCoreApplication::translate("Storage", "Cannot write %1: %2").arg(QDir::toNativeSeparators(path), systemText));
    e.detail = systemText;
    return e;
}

bool meansDiskFull(const QString &systemText)
{
    return systemText.contains(QLatin1String("No space left"), Qt::CaseInsensitive)
        || systemText.contains(QLatin1String("disk is full"), Qt::CaseInsensitive)
        || systemText.contains(QLatin1String("not enough space"), Qt::CaseInsensitive);
}

} // namespace pd
