#include "live_files.h"

#include "lock_record.h"
#include "platform/file_system.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMutex>

namespace pd {

namespace {

struct Entry
{
    int connections = 0;
    QString identity; // device and inode, to match hard links too
    std::shared_ptr<LockRecord> record;
};

struct Registry
{
    QMutex mutex;
    QHash<QString, Entry> files;
};

Registry &registry()
{
    static Registry r;
    return r;
}

} // namespace

QString LiveFiles::keyOf(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists())
        return info.canonicalFilePath();
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? info.absoluteFilePath() : QDir(folder).filePath(info.fileName());
}

Result<QString> LiveFiles::enter(const QString &path, const std::function<Status()> &beforeFirst)
{
    const QString key = keyOf(path);
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    Entry &entry = r.files[key];
    if (entry.connections == 0 && beforeFirst) {
        if (Status s = beforeFirst(); !s) {
            r.files.remove(key);
            return s.error();
        }
    }
    if (entry.identity.isEmpty())
        entry.identity = platform::fileIdentity(path);
    ++entry.connections;
    return key;
}

void LiveFiles::leave(const QString &key)
{
    std::shared_ptr<LockRecord> released;
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    auto it = r.files.find(key);
    if (it == r.files.end())
        return;
    if (--it->connections <= 0) {
        released = std::move(it->record); // removed once the lock is let go
        r.files.erase(it);
    }
}

bool LiveFiles::isLive(const QString &path)
{
    const QString key = keyOf(path);
    const QString identity = platform::fileIdentity(path);
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    if (r.files.contains(key))
        return true;
    if (identity.isEmpty())
        return false;
    for (const Entry &e : std::as_const(r.files)) {
        if (e.identity == identity)
            return true;
    }
    return false;
}

Status LiveFiles::refuseIfLive(const QString &path)
{
    if (!isLive(path))
        return {};
    return Error::make(Error::Kind::InvalidArgument,
        QCoreApplication::translate("Storage", "%1 is the portfolio that is open; choose another file.").arg(QDir::toNativeSeparators(path)));
}

void LiveFiles::keepRecord(const QString &key, std::shared_ptr<LockRecord> record)
{
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    if (auto it = r.files.find(key); it != r.files.end())
        it->record = std::move(record);
}

std::shared_ptr<LockRecord> LiveFiles::record(const QString &key)
{
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    const auto it = r.files.constFind(key);
    return it == r.files.constEnd() ? nullptr : it->record;
}

} // namespace pd
