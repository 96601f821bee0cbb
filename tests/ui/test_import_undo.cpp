// Edit > Undo Import...: the imports listed newest first; Undo takes the chosen one back and the
// registers show the portfolio without its records; a refused undo is told as a sentence.
#include "demo_fixture.h"

#include "commands/portfolio_events.h"
#include "interchange/csv_import.h"
#include "interchange/import_undo_dialog.h"
#include "registers/projects_page.h"
#include "services/project_service.h"
#include "shell/main_window.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>


using namespace pd;

TEST_CASE("Edit > Undo Import lists the imports and undoes the chosen one; the register refreshes", "[import][undo]")
{
    test::TempDir dir;
    ui::MainWindow window;
    window.setPortfolio(test::newPortfolio(dir));
    window.resize(1100, 700);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(window.showPage(QStringLiteral("projects")));
    Database &db = window.portfolio()->database();

    const QString path = dir.path(QStringLiteral("projects.csv"));
    test::writeFile(path, "code,title_en,line,countries\nGS-2024-001,Tents,goods,KE\nGS-2024-002,Rice,goods,UG\n");
    auto preview = previewCsv(path);
    REQUIRE(preview.ok());
    auto report = importCsv(db, path, autoMapping(ImportEntity::Projects, preview->header));
    REQUIRE(report.ok());
    REQUIRE(report->imported == 2);
    Q_EMIT window.events()->projectsChanged();
    QAbstractItemModel *model = window.projectsPage()->view()->model();
    QTRY_COMPARE(model->rowCount(), 2);

    QAction *action = window.findChild<QAction *>(QStringLiteral("undoImportAction"));
    REQUIRE(action);
    CHECK(action->isEnabled());
    bool seen = false;
    int listed = -1;
    bool undone = false;
    bool buttonAfter = true;
    QTimer::singleShot(0, &window, [&] {
        auto *dialog = qobject_cast<ui::ImportUndoDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        seen = true;
        listed = dialog->table()->rowCount();
        pd::test::shoot(dialog, QStringLiteral("import-undo-before-en"));
        REQUIRE(dialog->undoButton()->isEnabled());
        QTest::mouseClick(dialog->undoButton(), Qt::LeftButton);
        undone = dialog->table()->rowCount() == 1 && !dialog->table()->item(0, 7)->text().isEmpty();
        buttonAfter = dialog->undoButton()->isEnabled(); // an undone import cannot be undone again
        pd::test::shoot(dialog, QStringLiteral("import-undo-after-en"));
        dialog->reject();
    });
    action->trigger();
    CHECK(seen);
    CHECK(listed == 1);
    CHECK(undone);
    CHECK_FALSE(buttonAfter);
    QTRY_COMPARE(model->rowCount(), 0);
    CHECK_FALSE(ProjectService(db).findByCode(QStringLiteral("GS-2024-001")).ok());
}

TEST_CASE("an undo refused in the dialog says which record was changed, and nothing changes", "[import][undo]")
{
    test::TempDir dir;
    auto portfolio = test::newPortfolio(dir);
    Database &db = portfolio->database();
    const QString path = dir.path(QStringLiteral("projects.csv"));
    test::writeFile(path, "code,title_en,line\nGS-2024-001,Tents,goods\n");
    auto preview = previewCsv(path);
    REQUIRE(preview.ok());
    REQUIRE(importCsv(db, path, autoMapping(ImportEntity::Projects, preview->header)).ok());
    Project p = test::required(ProjectService(db).findByCode(QStringLiteral("GS-2024-001")));
    p.titleEn = QStringLiteral("Tents and blankets");
    REQUIRE(ProjectService(db).update(p).ok());

    ui::ImportUndoDialog dialog(db, nullptr);
    REQUIRE(dialog.table()->rowCount() == 1);
    QString error;
    CHECK_FALSE(dialog.undoSelected(&error));
    CHECK(error.contains(QStringLiteral("GS-2024-001")));
    CHECK(error.contains(QStringLiteral("nothing was undone")));
    CHECK(ProjectService(db).findByCode(QStringLiteral("GS-2024-001")).ok());
}
