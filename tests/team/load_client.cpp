// One officer's program for the load test: opens the team portfolio and makes N edits through the
// project service, every other one on a project all clients edit (the rest on a project of its own),
// each based on what it has just read. Prints one line per edit: "stored ID", "conflict ID MESSAGE"
// (the service refused a stale revision, naming the record) or "error KIND MESSAGE".
//   team_load_client URL CLIENT EDITS OWN_ID SHARED_ID...
#include "services/portfolio.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace pd;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 6)
        return 2;
    QTextStream out(stdout);
    auto portfolio = Portfolio::open(args.at(1), Database::OpenMode::ExistingOnly);
    if (!portfolio) {
        out << "error open " << portfolio.error().describe() << '\n';
        return 1;
    }
    const int client = args.at(2).toInt();
    const int edits = args.at(3).toInt();
    const qint64 own = args.at(4).toLongLong();
    QList<qint64> shared;
    for (qsizetype i = 5; i < args.size(); ++i)
        shared << args.at(i).toLongLong();
    ProjectService &projects = portfolio.value()->projects();
    for (int i = 0; i < edits; ++i) {
        const qint64 id = i % 2 == 0 ? shared.at((i / 2 + client) % shared.size()) : own;
        auto current = projects.get(id);
        if (!current) {
            out << "error " << int(current.error().kind) << ' ' << current.error().describe() << '\n';
            continue;
        }
        Project edited = current.value();
        edited.descriptionEn = QStringLiteral("client %1 edit %2").arg(client).arg(i);
        auto stored = projects.update(edited);
        if (stored)
            out << "stored " << id << '\n';
        else if (stored.error().kind == Error::Kind::Conflict)
            out << "conflict " << id << ' ' << stored.error().describe().replace(u'\n', u' ') << '\n';
        else
            out << "error " << int(stored.error().kind) << ' ' << stored.error().describe().replace(u'\n', u' ') << " | " << stored.error().detail << '\n';
        out.flush();
    }
    return 0;
}
