// Partners in the app as an officer keeps them: a new record warned of as a likely duplicate, an
// identifier checked for its AGENCY-ID form, the two records merged, and every step undone.
#include "demo_fixture.h"

#include "editors/merge_partners_dialog.h"
#include "editors/partner_editor.h"
#include "editors/pickers.h"
#include "registers/partners_page.h"
#include "services/partner_merger.h"
#include "services/role_service.h"
#include "shell/main_window.h"

#include <QLineEdit>
#include <QTest>
#include <QUndoStack>

using namespace pd;

namespace {

Partner byAcronym(Portfolio &portfolio, const QString &acronym)
{
    PartnerQuery q;
    q.search = acronym;
    for (const PartnerSummary &s : test::required(portfolio.partners().list(q))) {
        if (s.partner.acronym == acronym)
            return test::required(portfolio.partners().get(s.partner.id));
    }
    return {};
}

} // namespace

TEST_CASE("a partner is added in the app, warned of as a likely duplicate, merged into the first record, and all is undone", "[ui][partners]")
{
    test::TempDir dir;
    ui::MainWindow window;
    window.setPortfolio(test::demoPortfolio(dir));
    Portfolio &portfolio = *window.portfolio();
    QUndoStack *undo = window.undoStack();
    const Partner wfp = byAcronym(portfolio, QStringLiteral("WFP"));
    REQUIRE(wfp.id > 0);
    const qint64 wfpProjects = test::required(portfolio.roles().countRolesOfPartner(wfp.id));

    std::unique_ptr<ui::PartnerEditor> editor(window.createPartnerEditor(0));
    REQUIRE(editor);
    editor->show();
    REQUIRE(QTest::qWaitForWindowExposed(editor.get()));
    auto *nameEn = editor->findChild<QLineEdit *>(QStringLiteral("name_en"));
    auto *acronym = editor->findChild<QLineEdit *>(QStringLiteral("acronym"));
    auto *iatiId = editor->findChild<QLineEdit *>(QStringLiteral("iati_id"));
    REQUIRE(nameEn);
    nameEn->setFocus();
    QTest::keyClicks(nameEn, QStringLiteral("world food  programme"));
    QTest::keyClick(nameEn, Qt::Key_Tab); // leaving the field looks for duplicates
    CHECK(editor->duplicateText().contains(QStringLiteral("World Food Programme (XM-DAC-41140)")));
    QTest::keyClicks(acronym, QStringLiteral("WFP-MW"));
    QTest::keyClicks(iatiId, QStringLiteral("GB-1"));
    auto *country = editor->findChild<ui::SearchPicker *>(QStringLiteral("country"));
    country->setCurrentIndex(country->findData(QStringLiteral("MW")));
    QTest::qWait(50); // the form makes room for the warning
    test::shoot(editor.get(), QStringLiteral("partner-editor-duplicate"));
    // An identifier not of the form AGENCY-ID is refused, named, and nothing is stored.
    CHECK_FALSE(editor->save());
    CHECK(editor->messageText().contains(QStringLiteral("AGENCY-ID")));
    CHECK(byAcronym(portfolio, QStringLiteral("WFP-MW")).id == 0);
    iatiId->clear();
    QTest::keyClicks(iatiId, QStringLiteral("XM-DAC-41140-MW"));
    REQUIRE(editor->save());
    const Partner second = byAcronym(portfolio, QStringLiteral("WFP-MW"));
    REQUIRE(second.id > 0);
    CHECK(second.country == QStringLiteral("MW"));
    CHECK(undo->undoText() == QStringLiteral("Add partner WFP-MW"));

    // The merge dialog offers the likely duplicate first and says what will move.
    {
        ui::MergePartnersDialog dialog(portfolio, second, Language::English);
        CHECK(dialog.keptId() == wfp.id);
        CHECK(dialog.summaryText().contains(QStringLiteral("0 project role(s)")));
        dialog.show();
        REQUIRE(QTest::qWaitForWindowExposed(&dialog));
        test::shoot(&dialog, QStringLiteral("partner-merge-dialog"));
    }
    REQUIRE(window.mergePartner(second.id, wfp.id));
    CHECK(portfolio.partners().get(second.id).error().kind == Error::Kind::NotFound);
    CHECK(test::required(portfolio.partners().get(wfp.id)).country == QStringLiteral("MW")); // its empty country taken
    CHECK(test::required(portfolio.roles().countRolesOfPartner(wfp.id)) == wfpProjects);
    CHECK(undo->undoText() == QStringLiteral("Merge partner WFP-MW into WFP"));

    // Undo the merge: both records again, WFP as it was; undo the addition: the second one gone.
    undo->undo();
    CHECK(test::required(portfolio.partners().get(second.id)).iatiId == QStringLiteral("XM-DAC-41140-MW"));
    CHECK(test::required(portfolio.partners().get(wfp.id)).country.isEmpty());
    undo->undo();
    CHECK(portfolio.partners().get(second.id).error().kind == Error::Kind::NotFound);
    // Redo brings it back under the same id, and the merge again.
    undo->redo();
    CHECK(test::required(portfolio.partners().get(second.id)).acronym == QStringLiteral("WFP-MW"));
    undo->redo();
    CHECK(portfolio.partners().get(second.id).error().kind == Error::Kind::NotFound);

    // A partner playing roles is not deleted; the refusal says why and it stays.
    CHECK_FALSE(window.deletePartner(wfp.id, false));
    CHECK(portfolio.partners().get(wfp.id).ok());
}

TEST_CASE("a partner's edit and deletion in the app are undoable", "[ui][partners]")
{
    test::TempDir dir;
    ui::MainWindow window;
    window.setPortfolio(test::demoPortfolio(dir));
    Portfolio &portfolio = *window.portfolio();
    Partner fresh;
    fresh.nameEn = QStringLiteral("Lilongwe Freight Ltd");
    fresh.acronym = QStringLiteral("LFL");
    const Partner stored = test::required(portfolio.partners().create(fresh));

    std::unique_ptr<ui::PartnerEditor> editor(window.createPartnerEditor(stored.id));
    REQUIRE(editor);
    auto *nameZh = editor->findChild<QLineEdit *>(QStringLiteral("name_zh"));
    test::typeText(nameZh, QStringLiteral("利隆圭货运公司"));
    REQUIRE(editor->save());
    CHECK(test::required(portfolio.partners().get(stored.id)).nameZh == QStringLiteral("利隆圭货运公司"));
    window.undoStack()->undo();
    CHECK(test::required(portfolio.partners().get(stored.id)).nameZh.isEmpty());

    REQUIRE(window.deletePartner(stored.id, false));
    CHECK_FALSE(portfolio.partners().get(stored.id).ok());
    window.undoStack()->undo();
    CHECK(test::required(portfolio.partners().get(stored.id)).acronym == QStringLiteral("LFL"));
}
