// The deliveries ledger as an officer uses it: the register and its filters, the delivery editor
// with its packing list and workflow buttons, undo, and the project editor's Deliveries tab.
#include "demo_fixture.h"

#include "analytics/delivery_summary.h"
#include "commands/portfolio_events.h"
#include "deliveries/deliveries_page.h"
#include "deliveries/delivery_editor.h"
#include "deliveries/delivery_table_model.h"
#include "deliveries/packing_list_table.h"
#include "deliveries/project_deliveries_tab.h"
#include "editors/project_editor.h"
#include "editors/project_picker.h"
#include "shell/date_field.h"
#include "services/role_service.h"
#include "registers/project_filter_panel.h"
#include "services/delivery_service.h"
#include "shell/main_window.h"

#include <QBrush>
#include <QCheckBox>
#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QPushButton>
#include <QRegularExpression>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace pd;

namespace {

struct Window
{
    test::TempDir dir;
    ui::MainWindow window;

    Window()
    {
        window.setPortfolio(test::demoPortfolio(dir));
        window.resize(1280, 800);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        REQUIRE(window.showPage(QStringLiteral("deliveries")));
    }
    DeliveryService deliveries() { return DeliveryService(window.portfolio()->database()); }
    ui::DeliveriesPage *page() { return window.deliveriesPage(); }
    // The first goods-supply project of the demo.
    Project goodsProject()
    {
        ProjectQuery q;
        q.filter.lines = {BusinessLine::GoodsSupply};
        q.limit = 1;
        auto rows = window.portfolio()->projects().list(q);
        REQUIRE(rows.ok());
        REQUIRE(rows->size() == 1);
        return window.portfolio()->projects().get(rows->first().id).value();
    }
};

void waitForCount(ui::DeliveriesPage *page)
{
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->matchingCount() >= 0, 5000);
}

void saveScreenshot(QWidget *widget, const char *name)
{
    QDir().mkpath(QStringLiteral(PROJECTDESK_SCREENSHOT_DIR));
    CHECK(widget->grab().save(QStringLiteral(PROJECTDESK_SCREENSHOT_DIR "/") + QLatin1String(name)));
}

} // namespace

TEST_CASE("an officer records a delivery with a pasted packing list, moves it through its workflow and undoes a step")
{
    Window w;
    const qint64 before = w.deliveries().count().value();
    waitForCount(w.page());
    CHECK(w.page()->model()->matchingCount() == before);
    const Project project = w.goodsProject();

    std::unique_ptr<ui::DeliveryEditor> editor(w.window.createDeliveryEditor(0));
    REQUIRE(editor);
    editor->show();
    auto *projectField = editor->findChild<QLineEdit *>(QStringLiteral("project"));
    auto *codeField = editor->findChild<QLineEdit *>(QStringLiteral("code"));
    REQUIRE(projectField);
    REQUIRE(codeField);
    projectField->setFocus();
    test::typeText(projectField, project.code);
    Q_EMIT projectField->editingFinished();
    // The code is proposed from the project's: the demo made D01, D02... already.
    CHECK(codeField->text().startsWith(project.code + QStringLiteral("-D")));
    const QString code = codeField->text();
    auto *country = editor->findChild<QComboBox *>(QStringLiteral("destination_country"));
    country->setCurrentIndex(country->findData(QStringLiteral("KE")));

    // A packing list copied from a Chinese spreadsheet, header and two rows.
    CHECK(editor->packingList()->pasteText(QStringLiteral("品名\t英文名称\t类别\t数量\t单位\t单价\t毛重（公斤）\n"
                                                          "医用外科口罩\tSurgical masks (box of 50)\t医疗物资\t2,000\tbox\t28.00\t800\n"
                                                          "救灾帐篷\tFamily relief tents\tshelter_relief\t150\tset\t1,800.00\t6,750.5\n")));
    CHECK(editor->packingList()->table()->rowCount() == 2);
    // Said in plain words, and not in the red of a refusal.
    const QList<QLabel *> labels = editor->packingList()->findChildren<QLabel *>();
    const auto pastedLabel = std::find_if(labels.cbegin(), labels.cend(), [](const QLabel *l) { return l->text() == QStringLiteral("2 rows pasted."); });
    REQUIRE(pastedLabel != labels.cend());
    CHECK_FALSE((*pastedLabel)->styleSheet().contains(QStringLiteral("b00020")));
    // 2,000 x 28.00 + 150 x 1,800.00 = 56,000 + 270,000 = 326,000.00 CNY; 800 + 6,750.5 kg = 7.5505 t -> 7.551 t.
    CHECK(editor->packingList()->totalsText().contains(QStringLiteral("7.551 t")));
    CHECK(editor->packingList()->totalsText().contains(QStringLiteral("326,000.00")));
    CHECK(editor->stepButtonTexts() == QStringList{});
    REQUIRE(editor->save());
    CHECK(editor->stepButtonTexts() == QStringList{QStringLiteral("Mark Procured"), QStringLiteral("Cancel Delivery")});
    saveScreenshot(editor.get(), "test_delivery_editor.png");

    auto stored = w.deliveries().findByCode(code);
    REQUIRE(stored.ok());
    CHECK(stored->items.size() == 2);
    CHECK(stored->items.at(0).descriptionZh == QStringLiteral("医用外科口罩"));
    CHECK(stored->items.at(1).category == ItemCategory::ShelterRelief);
    QTRY_COMPARE_WITH_TIMEOUT(w.page()->model()->matchingCount(), before + 1, 5000);

    // Two steps, dated; the buttons follow the workflow.
    REQUIRE(editor->moveTo(DeliveryStatus::Procured, QDate(2026, 3, 2)));
    REQUIRE(editor->moveTo(DeliveryStatus::Dispatched, QDate(2026, 3, 20)));
    CHECK(editor->stepButtonTexts() == QStringList{QStringLiteral("Mark In Transit"), QStringLiteral("Cancel Delivery")});
    CHECK(w.deliveries().get(stored->id).value().actualDispatch == QDate(2026, 3, 20));
    // A step the workflow does not allow is refused with the reason, and nothing changes.
    CHECK_FALSE(editor->moveTo(DeliveryStatus::HandedOver, QDate(2026, 4, 1)));
    CHECK(editor->messageText().contains(QStringLiteral("must be in transit first")));
    CHECK(w.deliveries().get(stored->id).value().status == DeliveryStatus::Dispatched);

    // Undo takes the dispatch back, redo does it again.
    QUndoStack *undo = w.window.undoStack();
    CHECK(undo->undoText().startsWith(QStringLiteral("Mark delivery ")));
    undo->undo();
    Delivery back = w.deliveries().get(stored->id).value();
    CHECK(back.status == DeliveryStatus::Procured);
    CHECK_FALSE(back.actualDispatch.isValid());
    CHECK(back.history.size() == 1);
    undo->redo();
    CHECK(w.deliveries().get(stored->id).value().status == DeliveryStatus::Dispatched);

    // Deleting from the register and undoing puts it back with its packing list and history.
    editor.reset();
    REQUIRE(w.window.deleteDelivery(stored->id, false));
    CHECK_FALSE(w.deliveries().get(stored->id).ok());
    undo->undo();
    Delivery restored = w.deliveries().get(stored->id).value();
    CHECK(restored.items.size() == 2);
    CHECK(restored.history.size() == 2);
}

TEST_CASE("a pasted packing list with a bad row adds nothing and names the line and the column")
{
    ui::PackingListTable table(Language::English);
    table.setItems({}, QStringLiteral("CNY"));
    CHECK_FALSE(table.pasteText(QStringLiteral("Rice (25 kg bag)\t大米\tfood\t1000\tbag\t110\t25100\n"
                                               "Blankets\t毛毯\tshelter_relief\tmany\tpiece\t45\t1600\n")));
    CHECK(table.table()->rowCount() == 0);
    const QLabel *message = nullptr;
    for (const QLabel *label : table.findChildren<QLabel *>()) {
        if (label->text().startsWith(QStringLiteral("Nothing was pasted")))
            message = label;
    }
    REQUIRE(message);
    CHECK(message->text().contains(QStringLiteral("line 2, quantity")));
    CHECK(table.pasteText(QStringLiteral("Rice (25 kg bag)\t大米\tfood\t1000\tbag\t110\t25100\n")));
    CHECK(table.table()->rowCount() == 1);
}

TEST_CASE("the deliveries register filters by status, destination and overdue, and shows overdue rows in red")
{
    Window w;
    const QDate today(2026, 6, 30); // the demo's reference day
    // A shipment planned to arrive ten days ago, still waiting to be procured: overdue.
    Delivery late;
    late.code = QStringLiteral("LATE-001");
    late.projectId = w.goodsProject().id;
    late.destinationCountry = QStringLiteral("MW");
    late.plannedDispatch = today.addDays(-40);
    late.plannedArrival = today.addDays(-10);
    REQUIRE(w.deliveries().create(late).ok());
    w.page()->setToday(today);
    waitForCount(w.page());

    DeliveryFilter overdue;
    overdue.overdueOnly = true;
    overdue.today = today;
    const qint64 expectedOverdue = w.deliveries().count(overdue).value();
    REQUIRE(expectedOverdue > 0);
    w.page()->findChild<QCheckBox *>(QStringLiteral("overdueFilter"))->setChecked(true);
    QTRY_COMPARE_WITH_TIMEOUT(w.page()->model()->matchingCount(), expectedOverdue, 5000);
    QAbstractItemModel *model = w.page()->view()->model();
    REQUIRE(model->rowCount() == int(expectedOverdue));
    CHECK(model->index(0, ui::DeliveryTableModel::Status).data().toString().endsWith(QStringLiteral("(overdue)")));
    CHECK(model->index(0, 0).data(Qt::ForegroundRole).value<QBrush>().color() == QColor(0xb0, 0x00, 0x20));
    saveScreenshot(&w.window, "test_deliveries_overdue.png");
    w.page()->findChild<QCheckBox *>(QStringLiteral("overdueFilter"))->setChecked(false);

    // One delivery found is "1 delivery", not "1 deliveries".
    w.page()->searchField()->setText(QStringLiteral("LATE-001"));
    QTRY_COMPARE_WITH_TIMEOUT(w.page()->model()->matchingCount(), qint64(1), 5000);
    QTRY_VERIFY(w.page()->countText().startsWith(QStringLiteral("1 delivery")));
    CHECK_FALSE(w.page()->countText().contains(QStringLiteral("1 deliveries")));
    w.page()->searchField()->clear();

    // Handed over to the destination of the first delivery.
    DeliveryQuery first;
    first.limit = 1;
    const DeliveryRow row = w.deliveries().list(first).value().first();
    DeliveryFilter expected;
    expected.countries = {row.destinationCountry};
    expected.statuses = {DeliveryStatus::HandedOver};
    auto *status = w.page()->findChild<QComboBox *>(QStringLiteral("statusFilter"));
    auto *country = w.page()->findChild<QComboBox *>(QStringLiteral("countryFilter"));
    status->setCurrentIndex(status->findData(int(DeliveryStatus::HandedOver)));
    country->setCurrentIndex(country->findData(row.destinationCountry));
    QTRY_COMPARE_WITH_TIMEOUT(w.page()->model()->matchingCount(), w.deliveries().count(expected).value(), 5000);
    for (int r = 0; r < model->rowCount(); ++r)
        CHECK(w.page()->model()->rowAt(r)->destinationCountry == row.destinationCountry);
    // The first delivery's destination has handovers: the line under the table says what they were.
    const DeliverySummary handed = computeDeliverySummary(w.window.portfolio()->database(), expected, today).value();
    REQUIRE(handed.delivered > 0);
    QTRY_VERIFY_WITH_TIMEOUT(w.page()->countText().contains(summarySentence(handed, Language::English)), 5000);

    // Typing a Chinese country name into the search finds its deliveries.
    status->setCurrentIndex(0);
    country->setCurrentIndex(0);
    test::typeText(w.page()->searchField(), QStringLiteral("肯尼亚"));
    DeliveryFilter kenya;
    kenya.countries = {QStringLiteral("KE")};
    QTRY_COMPARE_WITH_TIMEOUT(w.page()->model()->matchingCount(), w.deliveries().count(kenya).value(), 5000);
    // The filters of the deliveries' projects: those of one officer.
    w.page()->searchField()->clear();
    const QString officer = w.window.portfolio()->projects().officers().value().first();
    auto *projectFilters = w.page()->findChild<ui::ProjectFilterPanel *>(QStringLiteral("projectFilters"));
    REQUIRE(projectFilters);
    QTest::mouseClick(
        w.page()->findChild<QToolButton *>(QStringLiteral("projectFiltersButton")), Qt::LeftButton); // shows, and loads its choices
    ProjectFilter byOfficer;
    byOfficer.officer = officer;
    projectFilters->setFilter(byOfficer);
    Q_EMIT projectFilters->filterChanged();
    DeliveryFilter ofOfficer;
    ofOfficer.projects = byOfficer;
    QTRY_COMPARE_WITH_TIMEOUT(w.page()->model()->matchingCount(), w.deliveries().count(ofOfficer).value(), 5000);
    projectFilters->setFilter({});
    Q_EMIT projectFilters->filterChanged();
    test::typeText(w.page()->searchField(), QStringLiteral("肯尼亚"));
    QTRY_COMPARE_WITH_TIMEOUT(w.page()->model()->matchingCount(), w.deliveries().count(kenya).value(), 5000);
    // Under the table, what the deliveries shown handed over, in the sentence of CICETE's reports
    // (none when nothing was handed over among them).
    const DeliverySummary summary = computeDeliverySummary(w.window.portfolio()->database(), kenya, today).value();
    if (summary.delivered > 0)
        QTRY_VERIFY_WITH_TIMEOUT(w.page()->countText().contains(summarySentence(summary, Language::English)), 5000);
    else
        QTRY_VERIFY_WITH_TIMEOUT(!w.page()->countText().contains(QStringLiteral("Handed over")), 5000);
}

TEST_CASE("the project editor lists the project's deliveries, and undoing a project's deletion brings them back")
{
    Window w;
    const Project project = w.goodsProject();
    const QList<Delivery> shipped = w.deliveries().ofProject(project.id).value();
    REQUIRE_FALSE(shipped.isEmpty());
    std::unique_ptr<ui::ProjectEditor> editor(w.window.createProjectEditor(project.id));
    REQUIRE(editor);
    REQUIRE(editor->deliveriesTab());
    CHECK(editor->deliveriesTab()->table()->rowCount() == shipped.size());
    CHECK(editor->deliveriesTab()->table()->item(0, 0)->text() == shipped.first().code);
    editor.reset();

    REQUIRE(w.window.deleteProject(project.id, false));
    CHECK(w.deliveries().ofProject(project.id).value().isEmpty());
    w.window.undoStack()->undo();
    CHECK(w.deliveries().ofProject(project.id).value() == shipped);
}

TEST_CASE("a new delivery's project is picked by words in either language and gives the destination and consignee, and a step is one click, dated today")
{
    Window w;
    // A goods project with a consignee among its partners.
    ProjectQuery goods;
    goods.filter.lines = {BusinessLine::GoodsSupply};
    auto candidates = w.window.portfolio()->projects().list(goods);
    REQUIRE(candidates.ok());
    std::optional<RoleView> consignee;
    for (const ProjectSummary &p : candidates.value()) {
        const auto roles = w.window.portfolio()->roles().rolesOfProject(p.id).value();
        const auto found = std::find_if(roles.cbegin(), roles.cend(), [](const RoleView &r) { return r.role.role == OrganisationRole::Consignee; });
        if (found != roles.cend()) {
            consignee = *found;
            break;
        }
    }
    REQUIRE(consignee.has_value());
    const Project project = w.window.portfolio()->projects().get(consignee->role.projectId).value();
    REQUIRE_FALSE(project.countries.isEmpty());

    std::unique_ptr<ui::DeliveryEditor> editor(w.window.createDeliveryEditor(0));
    REQUIRE(editor);
    editor->setToday(QDate(2026, 5, 4));
    editor->show();
    REQUIRE(QTest::qWaitForWindowExposed(editor.get()));
    auto *picker = editor->findChild<ui::ProjectPicker *>(QStringLiteral("project"));
    REQUIRE(picker);

    // Words of the Chinese title find it (the title's last four characters, e.g. 物资项目, with its code's year).
    picker->setFocus();
    test::typeText(picker, project.titleZh.right(4) + u' ' + project.code.section(u'-', 1, 1));
    picker->searchNow();
    const QStringList offered = picker->offered();
    REQUIRE_FALSE(offered.isEmpty());
    CHECK(offered.size() <= ui::ProjectPicker::kShown);
    QTRY_VERIFY(picker->completer()->popup()->isVisible());
    saveScreenshot(picker->completer()->popup(), "test_delivery_project_picker_list.png");
    // English words find it as well.
    picker->clear();
    test::typeText(picker, project.titleEn.section(u' ', 0, 1) + u' ' + project.code.section(u'-', 1, 1));
    picker->searchNow();
    const QStringList english = picker->offered();
    CHECK(std::any_of(english.cbegin(), english.cend(), [&](const QString &s) { return s.startsWith(project.code + u' '); }));
    saveScreenshot(editor.get(), "test_delivery_project_picker.png");

    // Picked from the list: the code, the next delivery code, the destination and the consignee follow.
    picker->completer()->popup()->hide();
    const int row = int(picker->offered().indexOf(QRegularExpression(QRegularExpression::escape(project.code) + QStringLiteral("\\s.*"))));
    REQUIRE(row >= 0);
    Q_EMIT picker->completer()->activated(picker->completer()->completionModel()->index(row, 0));
    CHECK(picker->text() == project.code);
    auto *code = editor->findChild<QLineEdit *>(QStringLiteral("code"));
    CHECK(code->text().startsWith(project.code + QStringLiteral("-D")));
    auto *country = editor->findChild<QComboBox *>(QStringLiteral("destination_country"));
    const QString largest = std::max_element(project.countries.cbegin(), project.countries.cend(), [](const CountryShare &a, const CountryShare &b) {
        return a.percent < b.percent;
    })->country;
    CHECK(country->currentData().toString() == largest);
    auto *consigneeBox = editor->findChild<QComboBox *>(QStringLiteral("consignee"));
    CHECK(consigneeBox->currentData().toLongLong() == consignee->role.partnerId);
    REQUIRE(editor->save());

    // One click: no dialog, the step is dated by the day beside the buttons (today).
    auto *stepDate = editor->findChild<ui::DateField *>(QStringLiteral("stepDate"));
    REQUIRE(stepDate);
    CHECK(stepDate->isVisible());
    CHECK(stepDate->date() == QDate(2026, 5, 4));
    auto stepButton = [&](const QString &text) {
        for (QPushButton *b : editor->findChildren<QPushButton *>()) {
            if (b->text() == text)
                return b;
        }
        return static_cast<QPushButton *>(nullptr);
    };
    QTRY_VERIFY(stepButton(QStringLiteral("Mark Procured")) && stepButton(QStringLiteral("Mark Procured"))->isVisible());
    QTest::mouseClick(stepButton(QStringLiteral("Mark Procured")), Qt::LeftButton);
    CHECK(editor->delivery().status == DeliveryStatus::Procured);
    CHECK(editor->delivery().history.last().date == QDate(2026, 5, 4));
    // Another day typed beside the buttons dates the next step.
    stepDate->lineEdit()->selectAll();
    QTest::keyClicks(stepDate->lineEdit(), QStringLiteral("2026-05-09"));
    QTRY_VERIFY(stepButton(QStringLiteral("Mark Dispatched")) && stepButton(QStringLiteral("Mark Dispatched"))->isVisible());
    QTest::mouseClick(stepButton(QStringLiteral("Mark Dispatched")), Qt::LeftButton);
    CHECK(editor->delivery().status == DeliveryStatus::Dispatched);
    CHECK(editor->delivery().actualDispatch == QDate(2026, 5, 9));
    // A day that is no date is refused, named, and nothing moves.
    stepDate->lineEdit()->selectAll();
    QTest::keyClicks(stepDate->lineEdit(), QStringLiteral("2026-05-99"));
    QTRY_VERIFY(stepButton(QStringLiteral("Mark In Transit")) && stepButton(QStringLiteral("Mark In Transit"))->isVisible());
    QTest::mouseClick(stepButton(QStringLiteral("Mark In Transit")), Qt::LeftButton);
    CHECK(editor->delivery().status == DeliveryStatus::Dispatched);
    CHECK(editor->messageText().contains(QStringLiteral("is not a date")));
    QTest::qWait(50); // the layout settles before the picture
    saveScreenshot(editor.get(), "test_delivery_one_click_steps.png");
}
