#pragma once

#include <QString>

namespace pd::platform {

// What kind of file system holds a path. SQLite's write-ahead log needs memory shared between the
// programs using the file, which a network file system cannot give: a portfolio there is opened
// with a rollback journal and one writer at a time.
enum class FileSystemKind { Local, Network };

// Linux and macOS: statfs(); Windows: GetDriveType(). The environment variable
// PROJECTDESK_FILESYSTEM=network|local overrides the answer: tests use it (and hand it to the
// programs they start), since no network share can be mounted where they run.
FileSystemKind fileSystemKind(const QString &path);

// One key per file, whatever path names it (symbolic links resolved; on Unix the device and inode,
// so that hard links match too). Empty when the file does not exist.
QString fileIdentity(const QString &path);

// Whether a process of this machine is running (a lock record's owner may have died).
bool processRunning(qint64 pid);

// The login name of the user running this program.
QString userName();

} // namespace pd::platform
