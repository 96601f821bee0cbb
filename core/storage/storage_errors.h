#pragma once

#include "common/error.h"

namespace pd {

// The sentence a user reads when the portfolio file itself fails: which file, what happened, what to
// do next. `kind` is one of Io, DiskFull, Damaged, ReadOnly, Locked, NotADatabase; `detail` keeps the
// technical side for the log. A full disk is measured: "the disk holding FILE is full (N MB free)".
Error fileError(Error::Kind kind, const QString &path, const QString &detail = {});

// Whether an operating system's error text means the disk is full (ENOSPC, ERROR_DISK_FULL).
bool meansDiskFull(const QString &systemText);

// A file that could not be written (an export, a report, a backup): "the disk holding FILE is full
// (N MB free)" when the disk is full (by the system's text, or by less than 1 MB left), else
// "Cannot write FILE: reason".
Error writeError(const QString &path, const QString &systemText);

} // namespace pd
