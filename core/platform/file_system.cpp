#include "file_system.h"

#include <QFileInfo>

#if defined(Q_OS_WIN)
#include <qt_windows.h>
#else
#include <cerrno>
#include <csignal>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>
#if defined(Q_OS_MACOS)
#include <sys/mount.h>
#include <sys/param.h>
#else
#include <sys/vfs.h>
#endif
#endif

namespace pd::platform {

namespace {

#if defined(Q_OS_LINUX)
bool isNetworkMagic(unsigned long magic)
{
    switch (magic) {
    case 0x6969: // NFS
    case 0x517B: // SMB
    case 0xFF534D42: // CIFS
    case 0xFE534D42: // SMB2
    case 0x01021997: // 9P (v9fs)
    case 0x5346414F: // AFS
    case 0x73757245: // CODA
    case 0x564C: // NCP
    case 0x47504653: // GPFS
    case 0x65735546: // FUSE: sshfs, rclone and the like (a local FUSE file system is taken as remote: the safe side)
    case 0x00C36400: // Ceph
    case 0x0BD00BD0: // Lustre
        return true;
    default:
        return false;
    }
}
#endif

} // namespace

FileSystemKind fileSystemKind(const QString &path)
{
    const QByteArray forced = qgetenv("PROJECTDESK_FILESYSTEM");
    if (forced == "network")
        return FileSystemKind::Network;
    if (forced == "local")
        return FileSystemKind::Local;
    // A file not made yet is judged by its folder.
    const QFileInfo info(path);
    const QString existing = info.exists() ? info.absoluteFilePath() : info.absolutePath();
#if defined(Q_OS_WIN)
    const QString root = QStringLiteral("%1\\").arg(existing.left(2)); // "C:\" or "\\" of a UNC path
    if (existing.startsWith(QLatin1String("//")) || existing.startsWith(QLatin1String("\\\\")))
        return FileSystemKind::Network;
    return GetDriveTypeW(reinterpret_cast<const wchar_t *>(root.utf16())) == DRIVE_REMOTE ? FileSystemKind::Network : FileSystemKind::Local;
#elif defined(Q_OS_MACOS)
    struct statfs fs {};
    if (statfs(QFile::encodeName(existing).constData(), &fs) != 0)
        return FileSystemKind::Local;
    const QByteArray type(fs.f_fstypename);
    for (const char *remote : {"nfs", "smbfs", "afpfs", "webdav", "cifs", "ftp"}) {
        if (type == remote)
            return FileSystemKind::Network;
    }
    return FileSystemKind::Local;
#else
    struct statfs fs {};
    if (statfs(QFile::encodeName(existing).constData(), &fs) != 0)
        return FileSystemKind::Local;
    return isNetworkMagic(static_cast<unsigned long>(fs.f_type)) ? FileSystemKind::Network : FileSystemKind::Local;
#endif
}

QString fileIdentity(const QString &path)
{
#if defined(Q_OS_WIN)
    return QFileInfo(path).canonicalFilePath().toLower();
#else
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    return QStringLiteral("%1:%2").arg(quint64(st.st_dev)).arg(quint64(st.st_ino));
#endif
}

bool processRunning(qint64 pid)
{
    if (pid <= 0)
        return false;
#if defined(Q_OS_WIN)
    HANDLE process = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, DWORD(pid));
    if (!process)
        return GetLastError() == ERROR_ACCESS_DENIED;
    DWORD code = 0;
    const bool running = GetExitCodeProcess(process, &code) && code == STILL_ACTIVE;
    CloseHandle(process);
    return running;
#else
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#endif
}

QString userName()
{
#if defined(Q_OS_WIN)
    return qEnvironmentVariable("USERNAME");
#else
    if (const passwd *pw = getpwuid(geteuid()); pw && pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    return qEnvironmentVariable("USER");
#endif
}

} // namespace pd::platform
