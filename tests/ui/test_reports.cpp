// Reports as a reader gets them: each PDF is written, then read back with poppler's pdftotext,
// pdfinfo and pdffonts (what a reader's copy and search see), in English and in Chinese. Figures are
// checked against a hand-made portfolio (the numbers in the comments) or, on the demo portfolio,
// against what core computes for the same request.
#include "demo_fixture.h"

#include "analytics/dashboard.h"
#include "analytics/delivery_summary.h"
#include "analytics/project_finance.h"
#include "money/money.h"
#include "reference/reference_data.h"
#include "reports/report_dialog.h"
#include "reports/report_document.h"
#include "reports/report_printer.h"
#include "reports/report_request.h"
#include "reports/wording.h"
#include "services/delivery_service.h"
#include "services/finance_service.h"
#include "services/portfolio_settings.h"

#include <QFile>
#include <QDir>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <cmath>
#include <optional>

using namespace pd;
using namespace pd::ui;

namespace {

const QDate kToday(2026, 6, 30);

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForFinished(60000));
    INFO(QString::fromUtf8(p.readAllStandardError()).toStdString());
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The text of the PDF (or of one page), as a reader's copy gets it.
QString pdfText(const QString &path, int page = 0)
{
    QStringList args{QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    return run(QStringLiteral("pdftotext"), args << path << QStringLiteral("-"));
}

int pdfPages(const QString &path)
{
    const auto match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(run(QStringLiteral("pdfinfo"), {path}));
    REQUIRE(match.hasMatch());
    return match.captured(1).toInt();
}

// Without white space: a sentence the page wrapped still compares equal.
QString squeezed(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\s+")));
    return text;
}

// Kangxi and CJK radicals, compatibility ideographs: what a PDF gives back when its font maps Han
// characters to look-alikes (Noto Sans CJK does), so that a search for 金 finds nothing.
bool hasLookAlikes(const QString &text)
{
    for (QChar c : text) {
        const ushort u = c.unicode();
        if ((u >= 0x2E80 && u <= 0x2FDF) || (u >= 0xF900 && u <= 0xFAFF))
            return true;
    }
    return false;
}

// Every font of the file embedded.
void requireFontsEmbedded(const QString &path)
{
    const QStringList lines = run(QStringLiteral("pdffonts"), {path}).split(u'\n', Qt::SkipEmptyParts).mid(2);
    REQUIRE_FALSE(lines.isEmpty());
    for (const QString &line : lines) {
        INFO(line.toStdString());
        const QStringList cells = line.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
        REQUIRE(cells.size() >= 6);
        CHECK(cells.at(cells.size() - 5) == QLatin1String("yes")); // emb
    }
}

Result<int> write(Portfolio &portfolio, ReportRequest request, const QString &path)
{
    request.today = kToday;
    return writeReportPdf(portfolio.database(), request, path);
}

// ---- a hand-made portfolio

struct Handmade
{
    std::unique_ptr<Portfolio> portfolio;
    qint64 projectId = 0;
};

Handmade handmade(const test::TempDir &dir, int smallProjects = 0)
{
    Handmade h{test::newPortfolio(dir), 0};
    Portfolio &p = *h.portfolio;
    REQUIRE(PortfolioSettings(p.database()).setValue(PortfolioSettings::nameKey(), QStringLiteral("Test portfolio 测试组合")).ok());
    Partner partner;
    partner.nameEn = QStringLiteral("Ministry of Health of Kenya");
    partner.nameZh = QStringLiteral("肯尼亚卫生部");
    partner.acronym = QStringLiteral("MOH-KE");
    partner.orgType = 10;
    auto storedPartner = p.partners().create(partner);
    REQUIRE(storedPartner.ok());

    Project project;
    project.code = QStringLiteral("SSCAF-2024-001");
    project.titleEn = QStringLiteral("Emergency food assistance to Kenya");
    project.titleZh = QStringLiteral("援肯尼亚紧急粮食援助项目");
    project.line = BusinessLine::Sscaf;
    project.funding = FundingSource::Sscaf;
    project.status = ActivityStatus::Implementation;
    project.plannedStart = QDate(2024, 1, 1);
    project.plannedEnd = QDate(2025, 12, 31);
    project.actualStart = QDate(2024, 2, 1);
    project.countries = {{QStringLiteral("KE"), 6000}, {QStringLiteral("UG"), 4000}};
    project.sdgGoals = {2};
    project.officer = QStringLiteral("Wang Fang");
    auto stored = p.projects().create(project);
    INFO((stored ? QString() : stored.error().describe()).toStdString());
    REQUIRE(stored.ok());
    h.projectId = stored->id;
    REQUIRE(p.roles().add({0, h.projectId, storedPartner->id, OrganisationRole::Implementing}).ok());

    FinanceService finance(p.database());
    BudgetLine budget;
    budget.projectId = h.projectId;
    budget.periodStart = QDate(2024, 1, 1);
    budget.periodEnd = QDate(2024, 12, 31);
    budget.amount = Money(100000000, QStringLiteral("USD")); // 1,000,000.00
    REQUIRE(finance.addBudgetLine(budget).ok());
    // Committed 800,000.00, disbursed 250,000.00, spent 50,000.00: execution (250k + 50k) / 1M = 30.0%.
    const std::tuple<int, QDate, qint64> txs[] = {
        {2, QDate(2024, 2, 1), 80000000}, {3, QDate(2024, 3, 1), 25000000}, {4, QDate(2024, 6, 1), 5000000}};
    for (const auto &[type, date, minor] : txs) {
        FinancialTransaction t;
        t.projectId = h.projectId;
        t.type = type;
        t.date = date;
        t.amount = Money(minor, QStringLiteral("USD"));
        t.receiverName = QStringLiteral("MOH-KE");
        REQUIRE(finance.addTransaction(t).ok());
    }
    // Small projects of 1,000.00 each, for tables longer than a page.
    for (int i = 1; i <= smallProjects; ++i) {
        Project small;
        small.code = QStringLiteral("UN-2023-%1").arg(i, 3, 10, QLatin1Char('0'));
        small.titleEn = QStringLiteral("Capacity building workshop %1").arg(i);
        small.titleZh = QStringLiteral("能力建设研讨会 %1").arg(i);
        small.line = BusinessLine::UnProgramme;
        small.plannedStart = QDate(2023, 1, 1);
        small.plannedEnd = QDate(2023, 12, 31);
        auto made = p.projects().create(small);
        REQUIRE(made.ok());
        BudgetLine b;
        b.projectId = made->id;
        b.periodStart = QDate(2023, 1, 1);
        b.periodEnd = QDate(2023, 12, 31);
        b.amount = Money(100000, QStringLiteral("USD"));
        REQUIRE(finance.addBudgetLine(b).ok());
    }
    return h;
}

} // namespace

TEST_CASE("a project fact sheet gives its figures back in English and Chinese, fonts embedded", "[reports]")
{
    test::TempDir dir;
    Handmade h = handmade(dir);
    ReportRequest request;
    request.kind = ReportKind::Project;
    request.projectCode = QStringLiteral("SSCAF-2024-001");

    const QString en = dir.path("fact-en.pdf");
    auto pages = write(*h.portfolio, request, en);
    INFO((pages ? QString() : pages.error().describe()).toStdString());
    REQUIRE(pages.ok());
    REQUIRE(pdfPages(en) == pages.value());
    const QString text = pdfText(en);
    for (const char *expected : {"Project fact sheet: SSCAF-2024-001", "Test portfolio 测试组合", "Emergency food assistance to Kenya",
             "援肯尼亚紧急粮食援助项目", "Ministry of Health of Kenya", "Implementing", "Kenya", "60.00%", "Uganda", "40.00%", "1,000,000.00",
             "800,000.00", "250,000.00", "50,000.00", "30.0%", "USD 250,000.00", "Wang Fang", "Planned start", "1 Jan 2024", "Generated 30 Jun 2026"}) {
        INFO(expected);
        CHECK(text.contains(QString::fromUtf8(expected)));
    }
    CHECK(text.contains(QStringLiteral("Page 1 of %1").arg(pages.value())));
    CHECK(text.contains(QStringLiteral("Page %1 of %1").arg(pages.value())));
    requireFontsEmbedded(en);

    request.language = Language::Chinese;
    const QString zh = dir.path("fact-zh.pdf");
    pages = write(*h.portfolio, request, zh);
    REQUIRE(pages.ok());
    const QString chinese = pdfText(zh);
    for (const char *expected : {"项目简报：SSCAF-2024-001", "援肯尼亚紧急粮食援助项目", "肯尼亚卫生部", "肯尼亚", "乌干达", "合作伙伴及角色", "预算与实际（USD）",
             "1,000,000.00", "30.0%", "里程碑", "计划开始", "2024年1月1日", "生成于2026年6月30日"}) {
        INFO(expected);
        CHECK(chinese.contains(QString::fromUtf8(expected)));
    }
    CHECK(chinese.contains(QStringLiteral("第 1 页，共 %1 页").arg(pages.value())));
    CHECK_FALSE(hasLookAlikes(chinese));
    requireFontsEmbedded(zh);
}

TEST_CASE("a financial report breaks its tables across pages with the header row on each", "[reports]")
{
    test::TempDir dir;
    Handmade h = handmade(dir, 70);
    ReportRequest request;
    request.kind = ReportKind::Finance;
    request.pageSize = QPageSize::Letter;
    const QString path = dir.path("finance.pdf");
    auto pages = write(*h.portfolio, request, path);
    REQUIRE(pages.ok());
    REQUIRE(pages.value() >= 3);
    CHECK(run(QStringLiteral("pdfinfo"), {path}).contains(QLatin1String("(letter)")));
    const QString all = pdfText(path);
    // Budget 1,000,000.00 + 70 x 1,000.00 = 1,070,000.00; execution 300,000 / 1,070,000 = 28.0%.
    CHECK(all.contains(QLatin1String("USD 1,070,000.00")));
    CHECK(all.contains(QLatin1String("28.0%")));
    CHECK(all.contains(QLatin1String("UN-2023-070")));
    // The project table starts on some page and runs to the last: each of its pages has the header.
    int first = 0;
    for (int page = 1; page <= pages.value(); ++page) {
        if (pdfText(path, page).contains(QLatin1String("By project (USD)")))
            first = page;
    }
    REQUIRE(first > 0);
    REQUIRE(first < pages.value());
    for (int page = first; page <= pages.value(); ++page) {
        INFO("page " << page);
        const QString text = pdfText(path, page);
        CHECK(text.contains(QLatin1String("Committed")));
        CHECK(text.contains(QLatin1String("Execution")));
        CHECK(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages.value())));
    }
}

TEST_CASE("a financial report for a period lists the projects with amounts in it", "[reports]")
{
    test::TempDir dir;
    Handmade h = handmade(dir, 5);
    ReportRequest request;
    request.kind = ReportKind::Finance;
    request.from = QDate(2024, 1, 1);
    request.to = QDate(2024, 12, 31);
    const QString path = dir.path("finance-2024.pdf");
    REQUIRE(write(*h.portfolio, request, path).ok());
    const QString text = pdfText(path);
    // The five small projects have only 2023 budgets: left out, and said so.
    CHECK(text.contains(QLatin1String("5 projects with no amount dated in the period are left out.")));
    CHECK(text.contains(QLatin1String("SSCAF-2024-001")));
    CHECK_FALSE(text.contains(QLatin1String("UN-2023-001")));
    CHECK(text.contains(QLatin1String("Period: 1 Jan 2024 to 31 Dec 2024")));
    CHECK(text.contains(QLatin1String("USD 1,000,000.00")));
}

TEST_CASE("a financial report of more than 2,000 projects lists the largest budgets and says so", "[reports]")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    REQUIRE(DemoGenerator(portfolio->database(), DemoOptions{21}).run().ok());
    auto rows = computeProjectFinance(portfolio->database(), {});
    REQUIRE(rows.ok());
    REQUIRE(rows->size() > kMaxListedRows);
    QList<ProjectFinanceRow> byBudget = rows.value();
    std::stable_sort(byBudget.begin(), byBudget.end(), [](const ProjectFinanceRow &a, const ProjectFinanceRow &b) {
        return a.figures.budget.minorUnits() > b.figures.budget.minorUnits();
    });
    ReportRequest request;
    request.kind = ReportKind::Finance;
    const QString path = dir.path("finance-all.pdf");
    REQUIRE(write(*portfolio, request, path).ok());
    const QString text = pdfText(path);
    CHECK(squeezed(text).contains(
        squeezed(QStringLiteral("The 2,000 projects with the largest budgets, of %1;").arg(QLocale(QLocale::English).toString(rows->size())))));
    CHECK(text.contains(byBudget.first().code));
    // Past the cut, with a smaller budget than the last one listed: not listed (codes appear only in the table).
    REQUIRE(byBudget.last().figures.budget.minorUnits() < byBudget.at(kMaxListedRows - 1).figures.budget.minorUnits());
    CHECK_FALSE(text.contains(byBudget.last().code));
}

TEST_CASE("the portfolio report has the dashboard's figures and its charts as vector text", "[reports]")
{
    test::TempDir dir;
    auto portfolio = test::demoPortfolio(dir);
    auto dashboard = computeDashboard(portfolio->database(), {}, kToday);
    REQUIRE(dashboard.ok());
    const DashboardKpis &k = dashboard->kpis;
    for (Language language : {Language::English, Language::Chinese}) {
        const Wording w(language);
        ReportRequest request;
        request.language = language;
        const QString path = dir.path(language == Language::Chinese ? "portfolio-zh.pdf" : "portfolio-en.pdf");
        auto pages = write(*portfolio, request, path);
        REQUIRE(pages.ok());
        REQUIRE(pdfPages(path) == pages.value());
        const QString text = pdfText(path);
        INFO(text.left(3000).toStdString());
        CHECK(text.contains(w.money(k.finance.budget)));
        CHECK(text.contains(w.money(k.finance.disbursed)));
        CHECK(text.contains(w.percentFromBasisPoints(k.finance.executionBasisPoints)));
        CHECK(text.contains(deliveredTonnesText(k.gramsDelivered, w.locale())));
        for (const LineSlice &s : dashboard->byLine) {
            CHECK(text.contains(nameOf(s.line, language)));
            CHECK(text.contains(w.amount(s.budget)));
        }
        // The largest recipient country in the table and, in the chart, the legend of the line donut.
        const Country *top = ReferenceData::instance().country(dashboard->countries.first().country);
        CHECK(text.contains(top->name(language)));
        CHECK(text.contains(shortNameOf(BusinessLine::GoodsSupply, language)));
        if (language == Language::English) {
            CHECK(text.contains(QLatin1String("Projects and budget by business line")));
            CHECK(text.contains(QLatin1String("Tonnes handed over by month")));
        } else {
            CHECK(text.contains(QStringLiteral("项目组合报告")));
            CHECK_FALSE(hasLookAlikes(text));
        }
        // Charts are drawn, not pasted: the file holds no raster image.
        const QStringList images = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path}).split(u'\n', Qt::SkipEmptyParts);
        CHECK(images.size() == 2); // the two header lines of the list
    }
}

TEST_CASE("the deliveries report says the summary sentence and lists each shipment handed over", "[reports]")
{
    test::TempDir dir;
    auto portfolio = test::demoPortfolio(dir);
    ReportRequest request;
    request.kind = ReportKind::Deliveries;
    request.from = QDate(2018, 1, 1);
    request.to = QDate(2024, 12, 31);
    DeliveryFilter filter;
    filter.handedOverFrom = request.from;
    filter.handedOverTo = request.to;
    auto summary = computeDeliverySummary(portfolio->database(), filter, kToday);
    REQUIRE(summary.ok());
    REQUIRE(summary->delivered > 0);
    DeliveryQuery query;
    query.filter = filter;
    query.filter.statuses = {DeliveryStatus::HandedOver};
    auto shipped = DeliveryService(portfolio->database()).list(query);
    REQUIRE(shipped.ok());
    REQUIRE(shipped->size() == summary->delivered);
    for (Language language : {Language::English, Language::Chinese}) {
        request.language = language;
        const QString path = dir.path(language == Language::Chinese ? "deliveries-zh.pdf" : "deliveries-en.pdf");
        auto pages = write(*portfolio, request, path);
        REQUIRE(pages.ok());
        const QString text = squeezed(pdfText(path));
        CHECK(text.contains(squeezed(summarySentence(summary.value(), language))));
        for (const DeliveryRow &row : shipped.value()) {
            INFO(row.code.toStdString());
            CHECK(text.contains(row.code));
        }
        for (const DeliveryBreakdown &b : summary->byCategory)
            CHECK(text.contains(squeezed(nameOf(*itemCategoryFromKey(b.key), language))));
    }
}

TEST_CASE("a report that cannot be made says why and leaves no file", "[reports]")
{
    test::TempDir dir;
    Handmade h = handmade(dir);
    ReportRequest request;
    request.kind = ReportKind::Project;
    request.projectCode = QStringLiteral("NO-SUCH-1");
    const QString path = dir.path("missing.pdf");
    auto missing = write(*h.portfolio, request, path);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().describe().contains(QLatin1String("NO-SUCH-1")));
    CHECK_FALSE(QFile::exists(path));

    request.projectCode = QStringLiteral("SSCAF-2024-001");
    const QString unwritable = dir.path("no-such-folder/report.pdf");
    auto refused = write(*h.portfolio, request, unwritable);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().describe().contains(QLatin1String("no-such-folder")));
    CHECK_FALSE(QFile::exists(unwritable));
    CHECK_FALSE(QFile::exists(unwritable + QStringLiteral(".part")));

    // Cancelled before its first page: nothing written, an older file of that name kept as it was.
    const QString kept = dir.path("kept.pdf");
    test::writeFile(kept, "older report");
    auto document = buildReport(h.portfolio->database(), request);
    REQUIRE(document.ok());
    int asked = 0;
    auto cancelled = ReportPrinter(*document.value()).writePdf(kept, QPageSize::A4, [&asked](int page, int) {
        ++asked;
        return page < 0;
    });
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.error().kind == Error::Kind::Cancelled);
    CHECK(asked == 1);
    CHECK(test::fileEquals(kept, "older report"));
    CHECK_FALSE(QFile::exists(kept + QStringLiteral(".part")));
}

TEST_CASE("the reports dialog saves a PDF and prints the same pages", "[reports]")
{
    test::TempDir dir;
    Handmade h = handmade(dir, 40);
    ReportDialog dialog(*h.portfolio, Language::English);
    dialog.setKind(ReportKind::Finance);
    ProjectFilter scope;
    scope.lines = {BusinessLine::UnProgramme};
    dialog.setFilter(scope);
    dialog.show();
    QDir().mkpath(QStringLiteral(PROJECTDESK_SCREENSHOT_DIR));
    CHECK(dialog.grab().save(QStringLiteral(PROJECTDESK_SCREENSHOT_DIR "/report-dialog-en.png")));
    CHECK(dialog.request().filter.lines == QList<BusinessLine>{BusinessLine::UnProgramme}); // the dashboard's scope, offered and taken
    dialog.setFilter({});
    const QString saved = dir.path("dialog.pdf");
    REQUIRE(dialog.savePdf(saved));
    const int pages = pdfPages(saved);
    CHECK(pages >= 2);

    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setPageSize(QPageSize(QPageSize::A4));
    const QString printed = dir.path("printed.pdf");
    printer.setOutputFileName(printed);
    auto printedPages = dialog.printOn(printer);
    REQUIRE(printedPages.ok());
    CHECK(printedPages.value() == pages);
    CHECK(pdfPages(printed) == pages);
    CHECK(squeezed(pdfText(printed)).contains(QLatin1String("UN-2023-040")));

    dialog.setKind(ReportKind::Project);
    dialog.setProjectCode(QStringLiteral("SSCAF-2024-001"));
    CHECK(dialog.request().kind == ReportKind::Project);
    CHECK(dialog.request().projectCode == QLatin1String("SSCAF-2024-001"));
    const QString fact = dir.path("fact.pdf");
    REQUIRE(dialog.savePdf(fact));
    CHECK(pdfText(fact).contains(QLatin1String("Emergency food assistance to Kenya")));

    // The portfolio report: figures on a worker, charts on this thread.
    dialog.setKind(ReportKind::Portfolio);
    const QString whole = dir.path("portfolio.pdf");
    REQUIRE(dialog.savePdf(whole));
    const QString text = pdfText(whole);
    CHECK(text.contains(QLatin1String("Projects and budget by business line")));
    CHECK(text.contains(QLatin1String("USD 1,040,000.00"))); // 1,000,000.00 + 40 x 1,000.00
}

TEST_CASE("the print preview shows the report's pages", "[reports]")
{
    test::TempDir dir;
    Handmade h = handmade(dir, 40);
    ReportDialog dialog(*h.portfolio, Language::Chinese);
    dialog.setKind(ReportKind::Finance);
    const QString saved = dir.path("finance.pdf");
    REQUIRE(dialog.savePdf(saved));

    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintPreviewDialog preview(&printer);
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview, [&dialog](QPrinter *p) { REQUIRE(dialog.printOn(*p).ok()); });
    preview.resize(1000, 760);
    preview.show();
    auto *widget = preview.findChild<QPrintPreviewWidget *>();
    REQUIRE(widget);
    QTRY_COMPARE(widget->pageCount(), pdfPages(saved));
    QDir().mkpath(QStringLiteral(PROJECTDESK_SCREENSHOT_DIR));
    CHECK(preview.grab().save(QStringLiteral(PROJECTDESK_SCREENSHOT_DIR "/report-preview-zh.png")));
}

// ---- every table adds up

namespace {

struct ReadTable
{
    QStringList header;
    QList<QStringList> rows; // the body
    bool lastIsTotal = false; // its last row is in bold: the total
};

// The tables of a report as the document holds them, cell by cell.
QList<ReadTable> tablesOf(const ReportDocument &doc)
{
    QList<ReadTable> tables;
    for (QTextFrame *frame : doc.document()->rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table)
            continue;
        // A table has a header row on a fill; the key figures (label, value pairs) have none.
        if (table->cellAt(0, 0).format().background().style() == Qt::NoBrush)
            continue;
        ReadTable t;
        for (int r = 0; r < table->rows(); ++r) {
            QStringList row;
            for (int c = 0; c < table->columns(); ++c) {
                const QTextTableCell cell = table->cellAt(r, c);
                QTextCursor cursor(cell.firstCursorPosition());
                cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
                row << cursor.selectedText();
                if (r + 1 == table->rows() && c + 1 == table->columns()) {
                    QTextCursor first(cell.firstCursorPosition());
                    first.movePosition(QTextCursor::NextCharacter);
                    t.lastIsTotal = first.charFormat().font().bold();
                }
            }
            if (r == 0)
                t.header = row;
            else
                t.rows << row;
        }
        tables << t;
    }
    return tables;
}

// A figure as the report writes it ("1,234.50", "12.5%", "1.234,50"): in hundredths.
std::optional<qint64> hundredths(QString text, const QLocale &locale)
{
    text = text.trimmed();
    if (text.endsWith(u'%'))
        text.chop(1);
    if (text.isEmpty() || text == QLatin1String("-"))
        return std::nullopt;
    bool ok = false;
    const double v = locale.toDouble(text, &ok);
    if (!ok)
        return std::nullopt;
    return qint64(std::llround(v * 100));
}

void requireTablesAddUp(const ReportDocument &doc, Language language, const QString &what)
{
    const Wording w(language);
    const QStringList notAdditive{w.translate("pd::ui::FinanceReport", "Execution"), w.translate("pd::ui::PortfolioReport", "Execution"),
        w.translate("pd::ui::PortfolioReport", "Year"), w.translate("pd::ui::FinanceReport", "Year"),
        w.translate("pd::ui::ProjectReport", "Year"), w.translate("pd::ui::ProjectReport", "Execution"),
        // Tonnes are written whole from 100 t and to a tenth below, each row on its own: their
        // grams add up (checked on the summary), their rounded texts need not.
        w.translate("pd::ui::DeliveriesReport", "Tonnes"), QStringLiteral("#")};
    const QList<ReadTable> tables = tablesOf(doc);
    REQUIRE_FALSE(tables.isEmpty());
    int checked = 0;
    for (const ReadTable &t : tables) {
        if (!t.lastIsTotal || t.rows.size() < 2)
            continue;
        for (int c = 1; c < t.header.size(); ++c) {
            if (notAdditive.contains(t.header.at(c)))
                continue;
            const auto total = hundredths(t.rows.last().at(c), w.locale());
            if (!total)
                continue;
            qint64 sum = 0;
            bool numeric = true;
            for (qsizetype r = 0; r + 1 < t.rows.size(); ++r) {
                const auto v = hundredths(t.rows.at(r).at(c), w.locale());
                numeric = numeric && (v.has_value() || t.rows.at(r).at(c).trimmed() == QLatin1String("-"));
                sum += v.value_or(0);
            }
            if (!numeric)
                continue;
            INFO(what.toStdString() << ": table " << t.header.join(QStringLiteral(" | ")).toStdString() << ", column "
                                    << t.header.at(c).toStdString());
            CHECK(sum == total.value());
            ++checked;
        }
    }
    INFO(what.toStdString());
    CHECK(checked > 0);
}

} // namespace

TEST_CASE("every table of every report adds up to its total row, in English and Chinese", "[reports]")
{
    test::TempDir dir;
    auto portfolio = test::demoPortfolio(dir);
    // The project with the most transactions has a table per year with a total.
    auto projects = computeProjectFinance(portfolio->database(), {});
    REQUIRE(projects.ok());
    const auto busiest = std::max_element(projects->cbegin(), projects->cend(), [](const ProjectFinanceRow &a, const ProjectFinanceRow &b) {
        return a.figures.budget.minorUnits() < b.figures.budget.minorUnits();
    });
    REQUIRE(busiest != projects->cend());
    ProjectFilter goodsIn2021;
    goodsIn2021.lines = {BusinessLine::GoodsSupply};
    for (Language language : {Language::English, Language::Chinese}) {
        for (ReportKind kind : {ReportKind::Portfolio, ReportKind::Finance, ReportKind::Deliveries, ReportKind::Project}) {
            for (bool narrowed : {false, true}) {
                if (narrowed && kind == ReportKind::Project)
                    continue; // a fact sheet is of one project, whatever the filter
                ReportRequest request;
                request.kind = kind;
                request.language = language;
                request.today = kToday;
                request.projectCode = busiest->code;
                if (narrowed) {
                    request.filter = goodsIn2021;
                    request.from = QDate(2021, 1, 1);
                    request.to = QDate(2021, 12, 31);
                }
                auto doc = buildReport(portfolio->database(), request);
                REQUIRE(doc.ok());
                requireTablesAddUp(*doc.value(), language,
                    QStringLiteral("report %1, %2%3").arg(int(kind)).arg(language == Language::Chinese ? "zh" : "en", narrowed ? ", goods 2021" : ""));
            }
        }
    }
    // The portfolio report's by-country table has the budget no country takes, so it adds up to
    // the budget as the by-line table does (both said to be 100%).
    auto dashboard = computeDashboard(portfolio->database(), {}, kToday);
    REQUIRE(dashboard.ok());
    qint64 countries = dashboard->noCountry.minorUnits();
    for (const CountryBar &c : dashboard->countries)
        countries += c.value.minorUnits();
    CHECK(countries == dashboard->kpis.finance.budget.minorUnits());
    qint64 lines = 0;
    for (const LineSlice &s : dashboard->byLine)
        lines += s.budget.minorUnits();
    CHECK(lines == dashboard->kpis.finance.budget.minorUnits());
    // The deliveries' grams add up by country, month and year.
    DeliveryFilter handed;
    auto summary = computeDeliverySummary(portfolio->database(), handed, kToday);
    REQUIRE(summary.ok());
    for (const QList<DeliveryBreakdown> *breakdown : {&summary->byCountry, &summary->byMonth, &summary->byYear}) {
        qint64 grams = 0, value = 0;
        for (const DeliveryBreakdown &b : *breakdown) {
            grams += b.grossWeightGrams;
            value += b.value.converted.minorUnits();
        }
        CHECK(grams == summary->grossWeightGrams);
        CHECK(value == summary->value.converted.minorUnits());
    }
}
