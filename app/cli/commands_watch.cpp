// projectdesk-cli --server URL watch: one JSON line per committed change, as it happens.
#include "command.h"

#include "storage/change_feed.h"
#include "storage/database.h"
#include "storage/server_address.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QTimer>

namespace pd::cli {

namespace {

int watch(Context &c)
{
    QCommandLineParser parser;
    const QCommandLineOption count(QStringLiteral("count"), QStringLiteral("Exit 0 after N changes."), QStringLiteral("N"));
    const QCommandLineOption timeout(QStringLiteral("timeout"), QStringLiteral("Exit 1 when S seconds pass first."), QStringLiteral("S"));
    parser.addOptions({count, timeout});
    int code = Ok;
    if (!c.parse(parser,
            QStringLiteral("Prints one JSON line per change to the team portfolio (table, op, id, revision, who, at) as it is committed, "
                           "until stopped (Ctrl+C), --count changes were printed (exit 0) or --timeout seconds passed (exit 1)."),
            code))
        return code;
    if (!ServerAddress::isServerUrl(c.dbPath))
        return c.usage(QStringLiteral("watch follows a team server: give --server postgresql://USER@HOST:PORT/DATABASE"));
    int wanted = 0;
    int seconds = 0;
    if (!c.limit(parser, count, wanted, code) || !c.limit(parser, timeout, seconds, code))
        return code;
    auto db = c.open();
    if (!db)
        return Failure;
    ChangeFeed feed(*db);
    if (Status s = feed.start(); !s)
        return c.fail(s.error());
    // On stderr, so that scripts reading stdout get only the changes; a caller may wait for it.
    c.err << "watching " << db->path() << " (Ctrl+C stops)\n";
    c.err.flush();
    QEventLoop loop;
    int seen = 0;
    int result = Ok;
    QObject::connect(&feed, &ChangeFeed::changed, &loop, [&](const Change &change) {
        c.out << QJsonDocument(change.toJson()).toJson(QJsonDocument::Compact) << '\n';
        c.out.flush();
        if (wanted > 0 && ++seen >= wanted)
            loop.quit();
    });
    QTimer timer;
    if (seconds > 0) {
        timer.setSingleShot(true);
        QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
            result = Failure;
            loop.quit();
        });
        timer.start(seconds * 1000);
    }
    loop.exec();
    return result;
}

} // namespace

QList<Command> watchCommands()
{
    return {{QStringLiteral("watch"), QStringLiteral("print each change to a team portfolio as a JSON line [--count N] [--timeout S]"), watch}};
}

} // namespace pd::cli
