#pragma once

#include "common/result.h"

#include <QJsonObject>
#include <QObject>

namespace pd {

class Database;

// One committed change announced by a team server: the record's table, op (insert, update, delete),
// id and revision, who made it (the database login) and when (UTC). A statement that changed many
// rows at once (an import) is announced once, with count and no id.
struct Change
{
    QString table;
    QString op;
    qint64 id = 0; // 0: many rows (see count)
    qint64 revision = 0;
    qint64 count = 1;
    QString who;
    QString at;
    bool fromThisConnection = false; // announced to the connection that made it (its own views know already)

    static std::optional<Change> fromJson(const QByteArray &payload);
    // The JSON line projectdesk-cli watch prints: table, op, id, revision, who, at (and count for many rows).
    QJsonObject toJson() const;
};

// Listens to a team server's announcements (LISTEN/NOTIFY) on one connection, in the thread that
// owns it, and emits each as it arrives. On a file it listens to nothing (isListening() is false).
class ChangeFeed final : public QObject
{
    Q_OBJECT

public:
    static constexpr const char *kChannel = "projectdesk_changes";

    explicit ChangeFeed(Database &db, QObject *parent = nullptr);
    ~ChangeFeed() override;
    Status start();
    bool isListening() const { return m_listening; }

Q_SIGNALS:
    void changed(const pd::Change &change);

private:
    void onNotification(const QString &name, int source, const QVariant &payload);

    Database &m_db;
    bool m_listening = false;
};

} // namespace pd
