#pragma once

#include <QList>
#include <QString>

namespace pd {

// What went wrong, in words a user can act on. Storage and services return these instead of
// throwing or showing anything: the caller decides how to present them.
struct FieldError
{
    QString field; // the field's key, e.g. "planned_end" or "countries[2].percentage"
    QString message; // a sentence naming the problem
};

struct Error
{
    enum class Kind {
        Validation, // the record breaks a rule; see fields
        NotFound, // the record does not exist (any more)
        Conflict, // the record changed since it was read (stale revision)
        Duplicate, // a unique key is taken
        InUse, // the record is still referenced
        NotADatabase, // the file is not a ProjectDesk portfolio
        TooNew, // the file was written by a newer ProjectDesk
        Locked, // another process holds the database
        Storage, // the database reported an error
        Io, // a file could not be read or written
        InvalidArgument, // a caller passed something unusable
        Cancelled, // the user stopped it; nothing was changed
        ReadOnly, // the portfolio is open read-only (see message for why); nothing was changed
        Damaged, // the portfolio file is damaged: open it read-only, recover it
        DiskFull, // the disk holding the file is full
        Denied, // the user's role on the team server does not allow it; nothing was changed
        Unreachable // the team server cannot be reached, or refused the login
    };

    Kind kind = Kind::Storage;
    QString message; // a sentence for the user: what failed, in their terms, and what to do next
    QString detail; // the technical side (SQL, the driver's text): for the log and a Details button, never the message
    QString record; // the record concerned, e.g. "project UNDP-2020-001"
    QList<FieldError> fields; // for Validation

    static Error validation(QList<FieldError> fields, QString record = {});
    static Error make(Kind kind, QString message, QString record = {});

    // The message with its field errors, one per line: what a CLI prints.
    QString describe() const;
};

} // namespace pd
