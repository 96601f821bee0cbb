// Two app windows on one team server, each on its own connection: what one saves reaches the other
// through the server's announcements (LISTEN/NOTIFY). Runs on the test server (scripts/test.sh).
#include "demo_fixture.h"
#include "test_server.h"

#include "commands/portfolio_events.h"
#include "deliveries/delivery_editor.h"
#include "services/delivery_service.h"
#include "editors/project_editor.h"
#include "registers/project_table_model.h"
#include "registers/projects_page.h"
#include "shell/live_updates.h"
#include "shell/main_window.h"
#include "shell/team_server_dialog.h"

#include <QComboBox>
#include "editors/project_picker.h"
#include "finance/rates_dialog.h"
#include "shell/date_field.h"
#include <QAction>
#include <QApplication>
#include <QPushButton>
#include <QTimer>
#include <QDir>
#include <QLabel>
#include <QLineEdit>

using namespace pd;
using namespace pd::ui;

namespace {

using pd::test::shoot;

bool hasCode(const ProjectTableModel *model, const QString &code)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->data(model->index(row, 0)).toString() == code)
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("two windows on one team server: a save in one appears in the other, and an open editor is told", "[team]")
{
    if (!test::serverAvailable())
        return;
    const QString url = test::newServerPortfolio();
    {
        auto seed = test::required(Portfolio::open(url, Database::OpenMode::ExistingOnly));
        DemoOptions options;
        options.scale = 1;
        REQUIRE(DemoGenerator(seed->database(), options).run().ok());
    }
    MainWindow first, second;
    for (MainWindow *w : {&first, &second}) {
        w->resize(1280, 760);
        REQUIRE(w->openPortfolio(url, MainWindow::OpenIntent::ReadOnlyIfHeld));
        REQUIRE(w->liveUpdates());
        REQUIRE(w->liveUpdates()->isListening());
        w->showPage(QStringLiteral("projects"));
        w->show();
    }
    ProjectTableModel *seen = second.projectsPage()->model();
    QTRY_VERIFY(seen->rowCount() > 0);
    const QString code = QStringLiteral("AA-2026-001"); // sorts first in the register
    CHECK_FALSE(hasCode(seen, code));

    // The first window saves a new project through its editor, as an officer would.
    std::unique_ptr<ProjectEditor> editor(first.createProjectEditor(0));
    REQUIRE(editor);
    QTest::keyClicks(editor->codeField(), code);
    QTest::keyClicks(editor->titleEnField(), QStringLiteral("Solar pumps for Kenyan smallholders"));
    editor->plannedStartField()->setDate(QDate(2026, 3, 1));
    editor->plannedEndField()->setDate(QDate(2027, 2, 28));
    REQUIRE(editor->save());
    QElapsedTimer arrival;
    arrival.start();
    // The second window lists it without being told by anyone but the server.
    QTRY_VERIFY_WITH_TIMEOUT(hasCode(seen, code), 5000);
    WARN("the new project was listed by the other window " << arrival.elapsed() << " ms after the save");
    CHECK(second.liveUpdates()->received() >= 1);
    shoot(&first, QStringLiteral("team-two-windows-first-en"));
    shoot(&second, QStringLiteral("team-two-windows-second-en"));

    // The second window has the project open while the first changes it: the editor says so.
    const qint64 id = test::required(second.portfolio()->projects().findByCode(code)).id;
    std::unique_ptr<ProjectEditor> theirs(second.createProjectEditor(id));
    REQUIRE(theirs);
    theirs->show();
    CHECK_FALSE(theirs->changedElsewhereNotice()->isVisible());
    std::unique_ptr<ProjectEditor> mine(first.createProjectEditor(id));
    mine->titleEnField()->setText(QStringLiteral("Solar water pumps for Kenyan smallholder farms"));
    REQUIRE(mine->save());
    QTRY_VERIFY_WITH_TIMEOUT(theirs->changedElsewhereNotice()->isVisible(), 5000);
    CHECK(theirs->changedElsewhereNotice()->text().contains(QStringLiteral("postgres")));
    shoot(theirs.get(), QStringLiteral("team-editor-changed-elsewhere-en"));

    // The same for a delivery: the second window's editor is told when the first saves it.
    const QList<DeliveryRow> rows = test::required(DeliveryService(second.portfolio()->database()).list(DeliveryQuery{}));
    REQUIRE_FALSE(rows.isEmpty());
    std::unique_ptr<DeliveryEditor> open(second.createDeliveryEditor(rows.first().id));
    REQUIRE(open);
    open->show();
    CHECK_FALSE(open->changedElsewhereNotice()->isVisible());
    DeliveryService firstDeliveries(first.portfolio()->database());
    Delivery changed = test::required(firstDeliveries.get(rows.first().id));
    changed.notes = QStringLiteral("Container sealed at Tianjin");
    REQUIRE(firstDeliveries.update(changed).ok());
    QTRY_VERIFY_WITH_TIMEOUT(open->changedElsewhereNotice()->isVisible(), 5000);
}

TEST_CASE("the connect dialog builds the server's address from its fields", "[team]")
{
    TeamServerDialog dialog;
    auto address = ServerAddress::parse(QStringLiteral("postgresql://alice@db.example.org:5433/cicete?sslmode=require"));
    REQUIRE(address.ok());
    dialog.setAddress(address.value());
    dialog.passwordField()->setText(QStringLiteral("s3cret"));
    const ServerAddress read = dialog.address();
    CHECK(read.displayUrl() == QStringLiteral("postgresql://alice@db.example.org:5433/cicete?sslmode=require"));
    CHECK(read.password == QStringLiteral("s3cret"));
    dialog.hostField()->clear();
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted); // a missing host is said, not sent
    shoot(&dialog, QStringLiteral("team-connect-dialog-en"));
}

TEST_CASE("an officer's window offers their own lines for a new project and shows other lines' projects as views", "[team]")
{
    if (!test::serverAvailable())
        return;
    const QString url = test::newServerDatabase();
    const auto init = test::runCli({QStringLiteral("--server"), url, QStringLiteral("server"), QStringLiteral("init")});
    REQUIRE(init.exitCode == 0);
    const QString officer = QStringLiteral("officer_%1").arg(QCoreApplication::applicationPid());
    REQUIRE(test::runCli({QStringLiteral("--server"), url, QStringLiteral("server"), QStringLiteral("add-user"), officer, QStringLiteral("--role"),
                             QStringLiteral("officer"), QStringLiteral("--lines"), QStringLiteral("goods,sscaf"), QStringLiteral("--password-env"),
                             QStringLiteral("PW")},
                {QStringLiteral("PW=officer-pw")})
                .exitCode
        == 0);
    REQUIRE(test::runCli({QStringLiteral("--server"), url, QStringLiteral("projects"), QStringLiteral("add"), QStringLiteral("--code"),
                             QStringLiteral("UN-2026-050"), QStringLiteral("--title-en"), QStringLiteral("Another line's"), QStringLiteral("--line"),
                             QStringLiteral("un"), QStringLiteral("--funding"), QStringLiteral("undp")})
                .exitCode
        == 0);
    MainWindow window;
    REQUIRE(window.openPortfolio(test::withLogin(url, officer, QStringLiteral("officer-pw")), MainWindow::OpenIntent::ReadOnlyIfHeld));
    CHECK(window.portfolio()->database().spec().team.role == TeamAccess::Role::Officer);
    std::unique_ptr<ProjectEditor> fresh(window.createProjectEditor(0));
    REQUIRE(fresh);
    CHECK(fresh->lineField()->count() == 2);
    CHECK(fresh->lineField()->findData(QStringLiteral("goods")) >= 0);
    CHECK(fresh->lineField()->findData(QStringLiteral("un")) < 0);
    const qint64 id = test::required(window.portfolio()->projects().findByCode(QStringLiteral("UN-2026-050"))).id;
    std::unique_ptr<ProjectEditor> other(window.createProjectEditor(id));
    REQUIRE(other);
    CHECK(other->titleEnField()->isReadOnly());
    CHECK(other->lineField()->count() == 6);
    // Deleting it is refused before anything is asked, in the officer's terms, and it stays.
    CHECK_FALSE(window.deleteProject(id, false));
    CHECK(window.portfolio()->projects().get(id).ok());

    // A delivery of the other line's project (made by the server's owner) opens as a view, with the reason.
    REQUIRE(test::runCli({QStringLiteral("--server"), url, QStringLiteral("projects"), QStringLiteral("add"), QStringLiteral("--code"),
                             QStringLiteral("GS-2026-050"), QStringLiteral("--title-en"), QStringLiteral("Relief goods for Malawi"), QStringLiteral("--line"),
                             QStringLiteral("goods"), QStringLiteral("--funding"), QStringLiteral("china_grant")})
                .exitCode
        == 0);
    REQUIRE(test::superuserExec(QStringLiteral("INSERT INTO deliveries (code, project_id, destination_country, currency, created_at, updated_at) "
                                               "SELECT 'UN-2026-050-D01', id, 'MW', 'CNY', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z' FROM projects "
                                               "WHERE code = 'UN-2026-050'"),
        test::databaseOf(url)));
    const qint64 otherDelivery = test::required(DeliveryService(window.portfolio()->database()).findByCode(QStringLiteral("UN-2026-050-D01"))).id;
    std::unique_ptr<DeliveryEditor> view(window.createDeliveryEditor(otherDelivery));
    REQUIRE(view);
    CHECK(view->findChild<QLineEdit *>(QStringLiteral("code"))->isReadOnly());
    CHECK(view->messageText().contains(QStringLiteral("another line")));
    CHECK((view->stepButtonTexts().isEmpty() || !view->findChildren<QPushButton *>().first()->isEnabled()));

    // A new delivery offers the officer's own lines' projects only, and refuses another line's code typed whole.
    std::unique_ptr<DeliveryEditor> added(window.createDeliveryEditor(0));
    REQUIRE(added);
    auto *picker = added->findChild<ProjectPicker *>(QStringLiteral("project"));
    REQUIRE(picker);
    picker->setText(QStringLiteral("2026-050"));
    picker->searchNow();
    CHECK(picker->offered().size() == 1);
    CHECK(picker->offered().value(0).startsWith(QStringLiteral("GS-2026-050 ")));
    picker->setText(QStringLiteral("UN-2026-050"));
    added->findChild<QLineEdit *>(QStringLiteral("code"))->setText(QStringLiteral("UN-2026-050-D02"));
    CHECK_FALSE(added->save());
    CHECK(added->messageText().contains(QStringLiteral("UN-2026-050 is a project of another line")));

    // Exchange rates are the admins': the officer sees them, the entry is disabled and says why.
    bool checked = false;
    QTimer::singleShot(0, &window, [&checked] {
        auto *rates = qobject_cast<RatesDialog *>(QApplication::activeModalWidget());
        REQUIRE(rates);
        for (QPushButton *button : rates->findChildren<QPushButton *>()) {
            if (button->text().contains(QStringLiteral("Add")))
                CHECK_FALSE(button->isEnabled());
        }
        CHECK_FALSE(rates->findChild<DateField *>()->isEnabled());
        const QList<QLabel *> labels = rates->findChildren<QLabel *>();
        CHECK(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *l) { return l->text().contains(QStringLiteral("Only an admin")); }));
        checked = true;
        rates->reject();
    });
    const QList<QAction *> actions = window.findChildren<QAction *>();
    const auto rates = std::find_if(actions.cbegin(), actions.cend(), [](const QAction *a) { return a->text() == QStringLiteral("Exchange &Rates..."); });
    REQUIRE(rates != actions.cend());
    (*rates)->trigger();
    CHECK(checked);
    test::dropServerDatabases({test::databaseOf(url)});
}
