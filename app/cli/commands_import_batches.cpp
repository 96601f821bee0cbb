// imports list and imports undo: every import (CSV, xlsx, IATI) is one step that can be taken back.
#include "command.h"
#include "output.h"

#include "services/import_batches.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonObject>

namespace pd::cli {

namespace {

int list(Context &c)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("table, csv or json."), QStringLiteral("F"), QStringLiteral("table"));
    parser.addOption(format);
    int code = Ok;
    if (!c.parse(parser, QStringLiteral("The imports into the portfolio, the newest first, with the id imports undo takes."), code))
        return code;
    Format f = Format::Table;
    if (!parseFormat(parser.value(format), f))
        return c.usage(QStringLiteral("--format is table, csv or json"));
    auto db = c.open();
    if (!db)
        return Failure;
    auto all = ImportBatches(*db).list();
    if (!all)
        return c.fail(all.error());
    const auto at = [](const QDateTime &t) { return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString(); };
    if (f == Format::Json) {
        QJsonArray rows;
        for (const ImportBatchInfo &b : all.value()) {
            rows.append(QJsonObject{{QStringLiteral("id"), b.id}, {QStringLiteral("kind"), b.kind}, {QStringLiteral("file"), b.file},
                {QStringLiteral("entity"), b.entity}, {QStringLiteral("at"), at(b.at)}, {QStringLiteral("user"), b.user},
                {QStringLiteral("added"), b.added}, {QStringLiteral("updated"), b.updated}, {QStringLiteral("undone"), b.undone()}});
        }
        printJson(c.out, rows);
        return Ok;
    }
    QList<QStringList> rows;
    for (const ImportBatchInfo &b : all.value()) {
        rows << QStringList{QString::number(b.id), b.kind, b.file, b.entity, at(b.at), b.user, QString::number(b.added), QString::number(b.updated),
            b.undone() ? at(b.undoneAt) : QString()};
    }
    const QStringList headers{QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("file"), QStringLiteral("entity"), QStringLiteral("at"),
        QStringLiteral("user"), QStringLiteral("added"), QStringLiteral("updated"), QStringLiteral("undone")};
    printRows(c.out, f, headers, rows);
    return Ok;
}

int undo(Context &c)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("The import's id, as imports list shows it."));
    int code = Ok;
    if (!c.parse(parser,
            QStringLiteral("Takes an import back: removes what it added and puts back what it changed. Refused, with nothing changed, "
                           "when a record was changed after the import."),
            code))
        return code;
    bool isNumber = false;
    const qint64 id = parser.positionalArguments().value(0).toLongLong(&isNumber);
    if (parser.positionalArguments().size() != 1 || !isNumber)
        return c.usage(QStringLiteral("imports undo takes one ID (a number; see imports list)"));
    auto db = c.open();
    if (!db)
        return Failure;
    auto undone = ImportBatches(*db).undo(id);
    if (!undone)
        return c.fail(undone.error());
    c.out << "undid import " << id << " (" << undone->file << "): removed " << undone->added << ", restored " << undone->updated << Qt::endl;
    return Ok;
}

} // namespace

QList<Command> importBatchCommands()
{
    return {{QStringLiteral("imports list"), QStringLiteral("the imports, newest first [--format table|csv|json]"), list},
        {QStringLiteral("imports undo"), QStringLiteral("take import ID back: remove what it added, restore what it changed"), undo}};
}

} // namespace pd::cli
