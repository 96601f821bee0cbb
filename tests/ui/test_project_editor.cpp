// The officer's day through the real widgets: create a project in the editor, find it by a Chinese
// word, edit it, undo and redo, delete and undo the delete, and run into a conflict.
#include "demo_fixture.h"

#include "commands/portfolio_events.h"
#include "editors/conflict_dialog.h"
#include "editors/pickers.h"
#include "editors/project_editor.h"
#include "editors/roles_editor.h"
#include "editors/shares_editor.h"
#include "finance/project_finance_tab.h"
#include "services/finance_service.h"
#include "registers/project_table_model.h"
#include "registers/projects_page.h"
#include "shell/main_window.h"

#include "shell/date_field.h"
#include <QLabel>
#include <QDir>
#include <QLineEdit>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace pd;

namespace {

// Types into the editor's widgets as a user would.
void fillNewProject(ui::ProjectEditor &editor)
{
    QTest::keyClicks(editor.codeField(), QStringLiteral("SSCAF-2026-101"));
    QTest::keyClicks(editor.titleEnField(), QStringLiteral("Emergency Food Assistance in Malawi"));
    test::typeText(editor.titleZhField(), QStringLiteral("马拉维紧急粮食援助项目"));
    editor.plannedStartField()->setDate(QDate(2026, 1, 1));
    editor.plannedEndField()->setDate(QDate(2027, 6, 30));
    // The country picker finds Malawi by its Chinese name.
    ui::SearchPicker *picker = editor.countriesEditor()->picker();
    test::typeText(picker->lineEdit(), QStringLiteral("马拉维"));
    picker->setCurrentIndex(picker->findData(QStringLiteral("MW")));
    REQUIRE(editor.countriesEditor()->addPicked());
}

Project stored(ui::MainWindow &window, const QString &code)
{
    auto p = window.portfolio()->projects().findByCode(code);
    REQUIRE(p.ok());
    return p.value();
}

} // namespace

TEST_CASE("an officer creates, finds, edits, undoes, deletes and restores a project through the editor")
{
    test::TempDir dir;
    ui::MainWindow window;
    window.setPortfolio(test::demoPortfolio(dir));
    window.show();
    QUndoStack *undo = window.undoStack();

    // Create through the editor, with a partner in a role.
    std::unique_ptr<ui::ProjectEditor> editor(window.createProjectEditor(0));
    REQUIRE(editor);
    fillNewProject(*editor);
    ui::RolesEditor *roles = editor->rolesEditor();
    roles->picker()->setCurrentIndex(roles->picker()->findText(QStringLiteral("World Food Programme"), Qt::MatchContains));
    roles->roleBox()->setCurrentIndex(roles->roleBox()->findData(int(OrganisationRole::Implementing)));
    REQUIRE(roles->addPicked());
    REQUIRE(editor->save());
    const Project created = stored(window, QStringLiteral("SSCAF-2026-101"));
    CHECK(created.titleZh == QStringLiteral("马拉维紧急粮食援助项目"));
    CHECK(created.countries == QList<CountryShare>{{QStringLiteral("MW"), kWholePercent}});
    CHECK(window.portfolio()->roles().rolesOfProject(created.id).value().size() == 1);
    CHECK(undo->count() == 1); // one macro: create + add partner

    // Find it by a Chinese word in the register.
    ui::ProjectsPage *page = window.projectsPage();
    test::typeText(page->searchField(), QStringLiteral("马拉维紧急"));
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), 1, 3000);
    CHECK(page->model()->summaryAt(0)->code == QStringLiteral("SSCAF-2026-101"));

    // Edit the title, then undo and redo the edit.
    editor.reset(window.createProjectEditor(created.id));
    editor->titleEnField()->clear();
    QTest::keyClicks(editor->titleEnField(), QStringLiteral("Emergency Food and Nutrition Assistance in Malawi"));
    REQUIRE(editor->save());
    CHECK(stored(window, created.code).titleEn == QStringLiteral("Emergency Food and Nutrition Assistance in Malawi"));
    CHECK(undo->undoText().contains(QStringLiteral("SSCAF-2026-101")));
    undo->undo();
    CHECK(stored(window, created.code).titleEn == QStringLiteral("Emergency Food Assistance in Malawi"));
    undo->redo();
    CHECK(stored(window, created.code).titleEn == QStringLiteral("Emergency Food and Nutrition Assistance in Malawi"));

    // Delete names the role it takes along; undo brings project and role back.
    CHECK(window.deletionQuestion(created.id).contains(QStringLiteral("World Food Programme")));
    REQUIRE(window.deleteProject(created.id, false));
    CHECK_FALSE(window.portfolio()->projects().findByCode(created.code).ok());
    undo->undo();
    const Project restored = stored(window, created.code);
    CHECK(restored.id == created.id);
    CHECK(restored.titleEn == QStringLiteral("Emergency Food and Nutrition Assistance in Malawi"));
    CHECK(window.portfolio()->roles().rolesOfProject(created.id).value().size() == 1);

    // The whole history can be undone back to the empty start, and redone.
    while (undo->canUndo())
        undo->undo();
    CHECK_FALSE(window.portfolio()->projects().findByCode(created.code).ok());
    while (undo->canRedo())
        undo->redo();
    CHECK_FALSE(window.portfolio()->projects().findByCode(created.code).ok()); // the last step was the delete
    undo->undo();
    CHECK(stored(window, created.code).id == created.id);

    QDir().mkpath(QStringLiteral(PROJECTDESK_SCREENSHOT_DIR));
    editor.reset(window.createProjectEditor(created.id));
    editor->show();
    CHECK(editor->grab().save(QStringLiteral(PROJECTDESK_SCREENSHOT_DIR "/test_project_editor.png")));
}

TEST_CASE("the editor refuses an invalid project with messages at the fields, and nothing is saved")
{
    test::TempDir dir;
    ui::MainWindow window;
    window.setPortfolio(test::demoPortfolio(dir));
    const qint64 before = window.portfolio()->projects().count().value();

    std::unique_ptr<ui::ProjectEditor> editor(window.createProjectEditor(0));
    fillNewProject(*editor);
    editor->plannedEndField()->setDate(QDate(2025, 12, 31)); // before the start
    CHECK_FALSE(editor->save());
    CHECK(editor->messageAt(QStringLiteral("planned_end")).contains(QStringLiteral("before")));
    CHECK(editor->messageAt(QStringLiteral("code")).isEmpty());

    // A code that exists already: refused by the service, shown at the code field.
    editor->plannedEndField()->setDate(QDate(2027, 1, 1));
    const QString taken = window.portfolio()->projects().list({}).value().first().code;
    editor->codeField()->setText(taken);
    CHECK_FALSE(editor->save());
    CHECK(editor->messageAt(QStringLiteral("code")).contains(taken));
    CHECK(window.portfolio()->projects().count().value() == before);
    CHECK(window.undoStack()->count() == 0);
}

TEST_CASE("a project changed elsewhere meanwhile is a conflict: reload theirs or overwrite deliberately")
{
    test::TempDir dir;
    ui::MainWindow window;
    window.setPortfolio(test::demoPortfolio(dir));
    const ProjectSummary first = window.portfolio()->projects().list({}).value().first();

    // Another process (a second connection to the same file) changes the project.
    auto other = Portfolio::open(window.portfolio()->database().path(), Database::OpenMode::ExistingOnly);
    REQUIRE(other.ok());

    std::unique_ptr<ui::ProjectEditor> editor(window.createProjectEditor(first.id));
    Project theirs = other.value()->projects().get(first.id).value();
    theirs.officer = QStringLiteral("Somebody Else");
    REQUIRE(other.value()->projects().update(theirs).ok());

    editor->titleEnField()->setText(QStringLiteral("My edited title"));
    int asked = 0;
    editor->setConflictResolver([&](const Project &mine, const Project &current) {
        ++asked;
        CHECK(mine.titleEn == QStringLiteral("My edited title"));
        CHECK(current.officer == QStringLiteral("Somebody Else"));
        return int(ui::ConflictDialog::ReloadTheirs);
    });
    CHECK_FALSE(editor->save());
    CHECK(asked == 1);
    // Nothing was overwritten, and the editor now shows their version.
    CHECK(window.portfolio()->projects().get(first.id).value().officer == QStringLiteral("Somebody Else"));
    CHECK(editor->titleEnField()->text() == first.titleEn);

    // The other process changes it again; this time the officer keeps their own edit on purpose.
    theirs = other.value()->projects().get(first.id).value();
    theirs.descriptionEn = QStringLiteral("Changed again elsewhere");
    REQUIRE(other.value()->projects().update(theirs).ok());
    editor->titleEnField()->setText(QStringLiteral("My deliberate title"));
    editor->setConflictResolver([](const Project &, const Project &) { return int(ui::ConflictDialog::KeepMine); });
    REQUIRE(editor->save());
    const Project now = window.portfolio()->projects().get(first.id).value();
    CHECK(now.titleEn == QStringLiteral("My deliberate title"));
    CHECK(now.revision == theirs.revision + 2);
}

TEST_CASE("the conflict dialog shows both versions of the fields that differ")
{
    Project mine;
    mine.code = QStringLiteral("UN-2020-001");
    mine.titleEn = QStringLiteral("Mine");
    mine.revision = 1;
    Project theirs = mine;
    theirs.titleEn = QStringLiteral("Theirs");
    theirs.revision = 2;
    ui::ConflictDialog dialog(mine, theirs);
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("conflictTable"));
    REQUIRE(table != nullptr);
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 0)->data(Qt::UserRole).toString() == QStringLiteral("title_en"));
    CHECK(table->item(0, 0)->text() == QStringLiteral("Title (English)"));
    CHECK(table->item(0, 1)->text() == QStringLiteral("Theirs"));
    CHECK(table->item(0, 2)->text() == QStringLiteral("Mine"));
}

TEST_CASE("a save that fails part-way is taken back whole: nothing half saved, nothing left on the undo stack")
{
    test::TempDir dir;
    ui::MainWindow window;
    window.setPortfolio(test::demoPortfolio(dir));
    const ProjectSummary first = window.portfolio()->projects().list({}).value().first();
    // A partner with no roles, which someone deletes while the editor is open.
    Partner doomed;
    doomed.nameEn = QStringLiteral("Short-lived Foundation");
    const Partner partner = window.portfolio()->partners().create(doomed).value();

    std::unique_ptr<ui::ProjectEditor> editor(window.createProjectEditor(first.id));
    editor->titleEnField()->setText(QStringLiteral("Edited together with a new partner"));
    ui::RolesEditor *roles = editor->rolesEditor();
    roles->picker()->setCurrentIndex(roles->picker()->findData(partner.id));
    REQUIRE(roles->addPicked());
    REQUIRE(window.portfolio()->partners().remove(partner.id, partner.revision).ok());

    CHECK_FALSE(editor->save());
    const Project now = window.portfolio()->projects().get(first.id).value();
    CHECK(now.titleEn == first.titleEn); // the title edit, saved first, was taken back
    CHECK(window.undoStack()->count() == 0);
    CHECK_FALSE(editor->findChild<QLabel *>(QStringLiteral("summary"))->text().isEmpty());
}

TEST_CASE("a new project's budget, commitment and disbursement are entered before its first save and stored with it as one undo step, and Apply keeps the editor open")
{
    test::TempDir dir;
    ui::MainWindow window;
    window.setPortfolio(test::newPortfolio(dir));
    QUndoStack *undo = window.undoStack();
    std::unique_ptr<ui::ProjectEditor> editor(window.createProjectEditor(0));
    REQUIRE(editor);
    editor->show();
    REQUIRE(QTest::qWaitForWindowExposed(editor.get()));
    fillNewProject(*editor);
    ui::ProjectFinanceTab *finance = editor->financeTab();
    REQUIRE(finance);
    CHECK(finance->isDraft());
    BudgetLine budget;
    budget.periodStart = QDate(2026, 1, 1);
    budget.periodEnd = QDate(2026, 12, 31);
    budget.amount = Money(50000000, QStringLiteral("USD"));
    REQUIRE(finance->addBudgetLine(budget));
    FinancialTransaction commitment;
    commitment.type = iati::kOutgoingCommitment;
    commitment.date = QDate(2026, 2, 1);
    commitment.amount = Money(40000000, QStringLiteral("USD"));
    REQUIRE(finance->addTransaction(commitment));
    FinancialTransaction disbursement;
    disbursement.type = iati::kDisbursement;
    disbursement.date = QDate(2026, 3, 1);
    disbursement.amount = Money(15000000, QStringLiteral("USD"));
    REQUIRE(finance->addTransaction(disbursement));
    CHECK(finance->budgetTable()->rowCount() == 1);
    CHECK(finance->transactionTable()->rowCount() == 2);
    // The draft's execution summary already shows the commitment, before anything is stored.
    const QList<QLabel *> draftLabels = finance->findChildren<QLabel *>();
    CHECK(std::any_of(draftLabels.cbegin(), draftLabels.cend(), [](const QLabel *l) {
        return l->text() == QStringLiteral("USD: budget 500,000.00, committed 400,000.00, disbursed 150,000.00, spent 0.00");
    }));
    CHECK(undo->count() == 0);

    // Apply: stored, the editor stays open on the saved project, its Deliveries tab now live.
    REQUIRE(editor->apply());
    CHECK(editor->isVisible());
    CHECK(editor->deliveriesTab() != nullptr);
    CHECK_FALSE(finance->isDraft());
    const Project created = stored(window, QStringLiteral("SSCAF-2026-101"));
    FinanceService service(window.portfolio()->database());
    CHECK(service.budgetLines(created.id).value().size() == 1);
    CHECK(service.transactions(created.id).value().size() == 2);
    CHECK(undo->count() == 1); // one step: the project with its budget and transactions
    CHECK(undo->undoText() == QStringLiteral("Create project SSCAF-2026-101"));
    CHECK(finance->transactionTable()->rowCount() == 2); // read back from the portfolio
    const QList<QLabel *> storedLabels = finance->findChildren<QLabel *>(QStringLiteral("convertedTotals"));
    REQUIRE(storedLabels.size() == 1);
    CHECK(storedLabels.first()->text().contains(QStringLiteral("committed 400,000.00")));
    QTest::qWait(50);
    editor->setCurrentTab(4);
    test::shoot(editor.get(), QStringLiteral("project-editor-finance-applied"));

    // A second Apply after an edit adds a step of its own; Save closes.
    editor->titleEnField()->setText(QStringLiteral("Emergency Food Assistance in Malawi, phase 1"));
    REQUIRE(editor->save());
    CHECK(undo->count() == 2);
    CHECK(stored(window, QStringLiteral("SSCAF-2026-101")).titleEn.endsWith(QStringLiteral("phase 1")));

    // Undo both: no project, no budget, no transactions left behind.
    undo->undo();
    undo->undo();
    CHECK_FALSE(window.portfolio()->projects().findByCode(QStringLiteral("SSCAF-2026-101")).ok());
    CHECK(service.transactions(created.id).value().isEmpty());
    CHECK(service.budgetLines(created.id).value().isEmpty());
}
