#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>

namespace pd {

// Who holds a lock record: enough for a user to know whom to ask.
struct LockHolder
{
    QString user;
    QString host;
    QString app; // "ProjectDesk", "projectdesk-cli"
    QString activity; // what it does: "editing", "an import of bank.csv"
    qint64 pid = 0;
    QDateTime since; // UTC

    bool isThisProcess() const;
    // "alice on desk-12 (ProjectDesk, process 4321), since 2026-12-07 14:02", in the user's language.
    QString describe() const;
};

// A small record beside a portfolio file saying who has it and since when. SQLite's locks cannot
// say who holds them, so ProjectDesk keeps its own:
// - Editing ("FILE.lock"): a ProjectDesk window has the portfolio open for editing (a second window
//   is told and offered a read-only view); on a network share, the one program that may write.
// - Writing ("FILE.busy"): a long write (an import, a demo, an upgrade) holds SQLite's write lock,
//   so that an edit waiting for it can say what it waits for.
// A record whose process is gone (same host) is stale and taken over. These are separate small files:
// the portfolio file itself is never opened by anything but SQLite.
class LockRecord final
{
    Q_DISABLE_COPY_MOVE(LockRecord)

public:
    enum class Kind { Editing, Writing };

    static QString pathFor(const QString &portfolio, Kind kind);
    // The live holder, if any.
    static std::optional<LockHolder> holder(const QString &portfolio, Kind kind);
    // Editing: takes the record, or fails with Error::Kind::Locked naming the live holder.
    // Writing: (over)writes it, since SQLite's own lock decides who writes. Fails with Io when the
    // folder cannot be written.
    static Result<std::unique_ptr<LockRecord>> acquire(const QString &portfolio, Kind kind, const QString &activity);
    ~LockRecord(); // removes the record if it is still this one

    const QString &path() const { return m_path; }

private:
    LockRecord(QString path, QString token);
    QString m_path;
    QString m_token;
};

} // namespace pd
