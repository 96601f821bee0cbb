// emergencies list and add: the emergencies goods projects answer, and the user's own additions.
#include "command.h"
#include "output.h"

#include "services/emergency_service.h"
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
    if (!c.parse(parser, QStringLiteral("The emergencies a project may answer: ProjectDesk's list and those added, the most recent first."), code))
        return code;
    Format f = Format::Table;
    if (!parseFormat(parser.value(format), f))
        return c.usage(QStringLiteral("--format is table, csv or json"));
    auto db = c.open();
    if (!db)
        return Failure;
    auto all = EmergencyService(*db).list();
    if (!all)
        return c.fail(all.error());
    if (f == Format::Json) {
        QJsonArray rows;
        for (const Emergency &e : all.value()) {
            rows.append(QJsonObject{{QStringLiteral("key"), e.key}, {QStringLiteral("name_en"), e.nameEn}, {QStringLiteral("name_zh"), e.nameZh},
                {QStringLiteral("glide"), e.glide}, {QStringLiteral("started"), dateText(e.started)}, {QStringLiteral("built_in"), e.builtIn}});
        }
        printJson(c.out, rows);
        return Ok;
    }
    QList<QStringList> rows;
    for (const Emergency &e : all.value())
        rows << QStringList{e.key, e.nameEn, e.nameZh, e.glide, dateText(e.started), e.builtIn ? QStringLiteral("built-in") : QStringLiteral("added")};
    const QStringList headers{QStringLiteral("key"), QStringLiteral("name"), QStringLiteral("name_zh"), QStringLiteral("glide"),
        QStringLiteral("started"), QStringLiteral("source")};
    printRows(c.out, f, headers, rows);
    return Ok;
}

int add(Context &c)
{
    QCommandLineParser parser;
    const QCommandLineOption nameEn(QStringLiteral("name-en"), QStringLiteral("The English name."), QStringLiteral("TEXT"));
    const QCommandLineOption nameZh(QStringLiteral("name-zh"), QStringLiteral("The Chinese name."), QStringLiteral("TEXT"));
    const QCommandLineOption glide(QStringLiteral("glide"), QStringLiteral("Its GLIDE number, e.g. EQ-2015-000048-NPL."), QStringLiteral("ID"));
    const QCommandLineOption started(QStringLiteral("started"), QStringLiteral("The day it began (YYYY-MM-DD)."), QStringLiteral("DATE"));
    parser.addOptions({nameEn, nameZh, glide, started});
    parser.addPositionalArgument(QStringLiteral("KEY"), QStringLiteral("Lower-case letters, digits and hyphens, e.g. cyclone-freddy-2023."));
    int code = Ok;
    if (!c.parse(parser, QStringLiteral("Adds an emergency that projects may then answer."), code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return c.usage(QStringLiteral("emergencies add takes one KEY"));
    if (int missing = c.requireOptions(parser, {&nameEn}); missing != Ok)
        return missing;
    Emergency e;
    e.key = parser.positionalArguments().first();
    e.nameEn = parser.value(nameEn);
    e.nameZh = parser.value(nameZh);
    e.glide = parser.value(glide);
    if (!c.date(parser, started, e.started, code))
        return code;
    auto db = c.open();
    if (!db)
        return Failure;
    if (Status added = EmergencyService(*db).add(e); !added)
        return c.fail(added.error());
    c.out << "added emergency " << e.key.trimmed().toLower() << Qt::endl;
    return Ok;
}

} // namespace

QList<Command> emergencyCommands()
{
    return {{QStringLiteral("emergencies list"), QStringLiteral("the emergencies projects answer [--format table|csv|json]"), list},
        {QStringLiteral("emergencies add"), QStringLiteral("add an emergency KEY --name-en TEXT [--name-zh TEXT] [--glide ID] [--started DATE]"), add}};
}

} // namespace pd::cli
