#include "command.h"

#include "reports/report_request.h"
#include "storage/database.h"

#include <QDir>

namespace pd::cli {

namespace {

int report(Context &c)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("kind"), QStringLiteral("portfolio, project CODE, deliveries or finance."));
    const QCommandLineOption pdf(QStringLiteral("pdf"), QStringLiteral("The PDF file to write."), QStringLiteral("FILE"));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("The report's language: en (default) or zh."), QStringLiteral("LANG"));
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("Period start (the portfolio report counts its year)."), QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("Period end (the portfolio report counts its year)."), QStringLiteral("DATE"));
    const QCommandLineOption page(QStringLiteral("page"), QStringLiteral("Paper: a4 (default) or letter."), QStringLiteral("SIZE"));
    const QCommandLineOption line(QStringLiteral("line"), QStringLiteral("Only projects of this business line (un, goods, sscaf, hrd, conference, network)."),
        QStringLiteral("LINE"));
    const QCommandLineOption asOf(QStringLiteral("as-of"), QStringLiteral("The report's day: overdue deliveries, the footer (default: today)."),
        QStringLiteral("DATE"));
    parser.addOptions({pdf, lang, from, to, page, line, asOf});
    int code = Ok;
    if (!c.parse(parser, QStringLiteral("Writes a report as a PDF file: portfolio, project fact sheet, deliveries or finance."), code))
        return code;
    if (int missing = c.requireOptions(parser, {&pdf}); missing != Ok)
        return missing;
    const QStringList words = parser.positionalArguments();
    const auto kind = words.isEmpty() ? std::nullopt : ui::reportKindFromKey(words.first());
    if (!kind)
        return c.usage(QStringLiteral("say which report: portfolio, project CODE, deliveries or finance"));
    ui::ReportRequest request;
    request.kind = *kind;
    if (*kind == ui::ReportKind::Project) {
        if (words.size() < 2)
            return c.usage(QStringLiteral("report project needs the project's code"));
        request.projectCode = words.at(1);
    }
    const QString language = parser.value(lang);
    if (!language.isEmpty() && language != QLatin1String("en") && language != QLatin1String("zh"))
        return c.usage(QStringLiteral("--lang is en or zh, not \"%1\"").arg(language));
    request.language = language == QLatin1String("zh") ? Language::Chinese : Language::English;
    const QString paper = parser.value(page).toLower();
    if (!paper.isEmpty() && paper != QLatin1String("a4") && paper != QLatin1String("letter"))
        return c.usage(QStringLiteral("--page is a4 or letter, not \"%1\"").arg(paper));
    request.pageSize = paper == QLatin1String("letter") ? QPageSize::Letter : QPageSize::A4;
    if (!c.lines(parser, line, request.filter.lines, code))
        return code;
    if (!c.date(parser, from, request.from, code) || !c.date(parser, to, request.to, code) || !c.date(parser, asOf, request.today, code))
        return code;
    if (request.from.isValid() && request.to.isValid() && request.from > request.to)
        return c.usage(QStringLiteral("--from is after --to"));
    auto db = c.open();
    if (!db)
        return Failure;
    auto pages = ui::writeReportPdf(*db, request, parser.value(pdf));
    if (!pages)
        return c.fail(pages.error());
    c.out << "Wrote " << QDir::toNativeSeparators(parser.value(pdf)) << ": " << pages.value() << (pages.value() == 1 ? " page\n" : " pages\n");
    return Ok;
}

} // namespace

QList<Command> reportCommands()
{
    return {{QStringLiteral("report"), QStringLiteral("Write a report as PDF (portfolio, project CODE, deliveries, finance)."), report}};
}

} // namespace pd::cli
