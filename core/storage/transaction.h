#pragma once

#include "common/result.h"

#include <QString>

namespace pd {

class Database;

// A scoped write transaction: begun on construction, rolled back on destruction unless commit()
// succeeded. Nested transactions become savepoints, so a service can call another service.
// A Read transaction holds one consistent snapshot for reads that take several statements (an
// export); it takes no write lock and is simply ended (rolled back) on destruction.
class Transaction final
{
    Q_DISABLE_COPY_MOVE(Transaction)

public:
    enum class Mode { Write, Read };

    explicit Transaction(Database &db, Mode mode = Mode::Write);
    ~Transaction();

    // Whether BEGIN succeeded; when not, error() says why and nothing should be written.
    bool isActive() const { return m_active; }
    const Error &error() const { return m_error; }
    Status commit();

private:
    Status exec(const QString &sql);

    Database &m_db;
    QString m_savepoint; // empty for the outermost level
    bool m_active = false;
    Error m_error;
};

// Whether a failure was the server undoing a transaction that met another one (a deadlock, a
// serialization failure): running it again may well succeed.
bool isTransientConflict(const Error &error);

// Runs a whole write (a service call with its own transaction) again when the team server undid it
// for meeting another one, up to three times, so that such a failure never reaches the user.
template <typename Write> auto retryingTransientConflicts(Write &&write) -> decltype(write())
{
    for (int attempt = 1;; ++attempt) {
        auto result = write();
        if (result || attempt >= 3 || !isTransientConflict(result.error()))
            return result;
    }
}

} // namespace pd
