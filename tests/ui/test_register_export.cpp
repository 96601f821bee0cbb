// Exporting a register from its page: what the view shows (its filter, its visible columns in their
// order, its sort) is what the file holds.
#include "demo_fixture.h"

#include "spreadsheet_reading.h"

#include "deliveries/deliveries_page.h"
#include "deliveries/delivery_table_model.h"
#include "finance/finance_page.h"
#include "registers/partner_table_model.h"
#include "registers/partners_page.h"
#include "registers/project_table_model.h"
#include "registers/projects_page.h"
#include "services/finance_service.h"
#include "shell/main_window.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QTableView>
#include <QTest>

using namespace pd;

namespace {

struct Window
{
    test::TempDir dir;
    ui::MainWindow window;

    explicit Window(const QString &page)
    {
        window.setPortfolio(test::demoPortfolio(dir));
        window.resize(1280, 800);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        REQUIRE(window.showPage(page));
    }
};

// The headers of the visible sections, in the order the user sees them.
QStringList visibleHeaders(const QTableView *view)
{
    const QHeaderView *header = view->horizontalHeader();
    QStringList headers;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            headers << view->model()->headerData(logical, Qt::Horizontal).toString();
    }
    return headers;
}

void fetchAll(QAbstractItemModel *model)
{
    while (model->canFetchMore({}))
        model->fetchMore({});
}

void requireOk(const Status &s)
{
    INFO((s ? QString() : s.error().describe()).toStdString());
    REQUIRE(s.ok());
}

} // namespace

TEST_CASE("the projects page exports its filtered rows with the visible columns in their order and its sort")
{
    Window w(QStringLiteral("projects"));
    ui::ProjectsPage *page = w.window.projectsPage();
    QTableView *view = page->view();
    QHeaderView *header = view->horizontalHeader();

    ProjectFilter filter;
    filter.lines = {BusinessLine::GoodsSupply, BusinessLine::Sscaf};
    page->showFilter(filter);
    view->sortByColumn(ui::ProjectTableModel::PlannedEnd, Qt::DescendingOrder);
    header->setSectionHidden(ui::ProjectTableModel::Line, true);
    header->setSectionHidden(ui::ProjectTableModel::Funding, false); // hidden until chosen
    header->moveSection(header->visualIndex(ui::ProjectTableModel::Officer), 0); // officer first
    header->moveSection(header->visualIndex(ui::ProjectTableModel::PlannedEnd), 2);
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->matchingCount() >= 0, 5000);
    const qint64 shown = page->model()->matchingCount();
    REQUIRE(shown > 0);
    REQUIRE(shown < DemoGenerator::kProjectsPerUnit);
    fetchAll(page->model());
    REQUIRE(page->model()->rowCount() == shown);

    const QString path = w.dir.path("projects.csv");
    requireOk(page->exportTo({path, ExportFormat::Csv, u';', QStringLiteral("Projects")}));

    const test::CsvFile csv = test::readCsv(path, u';');
    CHECK(csv.bom);
    REQUIRE(csv.rows.size() == shown + 1);
    const QStringList headers = visibleHeaders(view);
    CHECK(headers.first() == "Officer");
    CHECK_FALSE(headers.contains("Business line"));
    CHECK(headers.contains("Funding source"));
    CHECK(csv.rows.first() == headers);
    // Row by row as the view shows them: same projects in the same (descending planned end) order.
    const qsizetype code = headers.indexOf("Code");
    const qsizetype end = headers.indexOf("Planned end");
    const qsizetype title = headers.indexOf("Title");
    REQUIRE(code >= 0);
    REQUIRE(end >= 0);
    REQUIRE(title >= 0);
    for (int row = 0; row < shown; ++row) {
        const ProjectSummary *p = page->model()->summaryAt(row);
        REQUIRE(p != nullptr);
        const QStringList &cells = csv.rows.at(row + 1);
        CHECK(cells.at(code) == page->model()->index(row, ui::ProjectTableModel::Code).data().toString());
        CHECK(cells.at(end) == p->plannedEnd.toString(Qt::ISODate));
        CHECK(cells.at(title) == page->model()->index(row, ui::ProjectTableModel::Title).data().toString());
        CHECK((p->line == BusinessLine::GoodsSupply || p->line == BusinessLine::Sscaf));
        if (row > 0)
            CHECK(p->plannedEnd <= page->model()->summaryAt(row - 1)->plannedEnd);
    }
}

TEST_CASE("the deliveries page exports its status and value with what goes with them, to Excel")
{
    Window w(QStringLiteral("deliveries"));
    ui::DeliveriesPage *page = w.window.deliveriesPage();
    DeliveryFilter filter;
    filter.statuses = {DeliveryStatus::HandedOver};
    page->setFilter(filter);
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->matchingCount() >= 0, 5000);
    const qint64 shown = page->model()->matchingCount();
    REQUIRE(shown > 0);

    const QString path = w.dir.path("deliveries.xlsx");
    requireOk(page->exportTo({path, ExportFormat::Xlsx, u',', QStringLiteral("Deliveries")}));
    CHECK_FALSE(QFileInfo::exists(path + ".part"));
    const QHash<QString, test::SheetCell> cells = test::sheetCells(test::unzipEntry(path, "xl/worksheets/sheet1.xml"));
    // The visible columns; the status brings whether it is overdue, the value its currency.
    QStringList expected;
    for (const QString &h : visibleHeaders(page->view())) {
        expected << h;
        if (h == "Status")
            expected << "Overdue";
        else if (h == "Value")
            expected << "Currency";
    }
    QStringList headers;
    for (int c = 0; cells.contains(test::sheetReference(0, c)); ++c)
        headers << cells.value(test::sheetReference(0, c)).value;
    CHECK(headers == expected);
    CHECK_FALSE(headers.contains("Items")); // hidden by default
    // One row per delivery shown, and its value a number.
    CHECK(cells.contains(test::sheetReference(int(shown), 0)));
    CHECK_FALSE(cells.contains(test::sheetReference(int(shown) + 1, 0)));
    const int value = int(headers.indexOf("Value"));
    REQUIRE(value >= 0);
    for (int row = 1; row <= shown; ++row)
        CHECK(cells.value(test::sheetReference(row, value)).type.isEmpty());
}

TEST_CASE("the partners page and the finance page export what they show")
{
    Window w(QStringLiteral("partners"));
    ui::PartnersPage *partners = w.window.partnersPage();
    partners->networkOnlyBox()->setChecked(true);
    partners->view()->horizontalHeader()->setSectionHidden(ui::PartnerTableModel::IatiId, true);
    fetchAll(partners->model());
    const int shown = partners->model()->rowCount();
    REQUIRE(shown == 51); // the SSC Network members
    const QString partnersPath = w.dir.path("partners.csv");
    requireOk(partners->exportTo({partnersPath, ExportFormat::Csv, u'\t', QStringLiteral("Partners")}));
    const test::CsvFile csv = test::readCsv(partnersPath, u'\t');
    REQUIRE(csv.rows.size() == shown + 1);
    CHECK(csv.rows.first() == visibleHeaders(partners->view()));
    for (int row = 0; row < shown; ++row)
        CHECK(csv.rows.at(row + 1).first() == partners->model()->index(row, ui::PartnerTableModel::Name).data().toString());

    // The Finance page exports the transactions of the projects it counts.
    REQUIRE(w.window.showPage(QStringLiteral("finance")));
    ProjectFilter sscaf;
    sscaf.lines = {BusinessLine::Sscaf};
    w.window.financePage()->setFilter(sscaf, QStringLiteral("SSCAF"));
    TransactionFilter expected;
    expected.projects = sscaf;
    const qint64 count = FinanceService(w.window.portfolio()->database()).countTransactions(expected).value();
    REQUIRE(count > 0);
    const QString financePath = w.dir.path("transactions.csv");
    requireOk(w.window.financePage()->exportTransactionsTo({financePath, ExportFormat::Csv, u',', QStringLiteral("Transactions")}));
    const test::CsvFile transactions = test::readCsv(financePath);
    REQUIRE(transactions.rows.size() == count + 1);
    for (qsizetype row = 1; row < transactions.rows.size(); ++row)
        CHECK(transactions.rows.at(row).first().startsWith("SSCAF-"));
}
