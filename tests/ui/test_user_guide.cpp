// Help at hand and the look of the windows: the user guide inside the app in both languages, F1 at
// the current screen's section, light and dark from Preferences, the region list as a tree.
#include "demo_fixture.h"

#include "common/english_plurals.h"
#include "registers/projects_page.h"
#include "reports/wording.h"
#include "shell/app_settings.h"
#include "shell/color_scheme.h"
#include "shell/main_window.h"
#include "shell/preferences_dialog.h"
#include "shell/user_guide.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QTextBrowser>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>
#include <QTreeWidget>

using namespace pd;
using namespace pd::ui;

namespace {

// WCAG's contrast ratio of two colours (4.5 is enough for body text).
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// The main window on a demo portfolio, shown.
struct DemoWindow
{
    test::TempDir dir;
    MainWindow window;
    DemoWindow()
    {
        window.setPortfolio(test::demoPortfolio(dir));
        window.resize(1200, 800);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
    }
};

} // namespace

TEST_CASE("F1 opens the user guide inside the app at the section of the current page", "[ui][guide]")
{
    DemoWindow shown;
    MainWindow &window = shown.window;
    auto *action = window.findChild<QAction *>(QStringLiteral("userGuideAction"));
    REQUIRE(action);
    CHECK(action->shortcut() == QKeySequence(QKeySequence::HelpContents));

    const std::pair<const char *, const char *> pages[] = {
        {"dashboard", "The dashboard"}, {"deliveries", "Deliveries"}, {"projects", "Finding projects"}, {"finance", "Money"}};
    for (const auto &[page, heading] : pages) {
        REQUIRE(window.showPage(QLatin1String(page)));
        QTest::keyClick(&window, Qt::Key_F1);
        UserGuide *guide = window.findChild<UserGuide *>();
        REQUIRE(guide);
        QTRY_VERIFY(guide->isVisible());
        QTRY_COMPARE(guide->currentSection(), QString::fromLatin1(heading));
        if (QLatin1String(page) == QLatin1String("deliveries"))
            test::shoot(guide, QStringLiteral("user-guide-en"));
    }
    UserGuide *guide = window.findChild<UserGuide *>();
    // The contents list every section; the text is the bundled guide, its pictures included.
    CHECK(guide->contents()->topLevelItemCount() >= 15);
    CHECK(guide->browser()->toPlainText().contains(QStringLiteral("Every date field works the same way")));
    const QVariant picture = guide->browser()->loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("screenshots/open-elsewhere-en.png")));
    CHECK(picture.isValid());
    CHECK_FALSE(picture.toByteArray().isEmpty());
    guide->close();
}

TEST_CASE("the Chinese user guide has the same sections in the same order", "[ui][guide]")
{
    UserGuide english(Language::English);
    UserGuide chinese(Language::Chinese);
    REQUIRE(chinese.contents()->topLevelItemCount() == english.contents()->topLevelItemCount());
    chinese.show();
    REQUIRE(QTest::qWaitForWindowExposed(&chinese));
    chinese.showPage(QStringLiteral("deliveries"));
    QTRY_COMPARE(chinese.currentSection(), QStringLiteral("物资交付"));
    chinese.showPage(QStringLiteral("dashboard"));
    QTRY_VERIFY(chinese.currentSection().contains(QStringLiteral("总览")));
    CHECK(chinese.browser()->toPlainText().contains(QStringLiteral("日期")));
    test::shoot(&chinese, QStringLiteral("user-guide-zh"));
    // Finding a word moves to it, and on from there.
    english.show();
    REQUIRE(QTest::qWaitForWindowExposed(&english));
    auto *find = english.findChild<QLineEdit *>(QStringLiteral("guideFind"));
    REQUIRE(find);
    QTest::keyClicks(find, QStringLiteral("write-ahead"));
    QTest::keyClick(find, Qt::Key_Return);
    CHECK(english.browser()->textCursor().selectedText().compare(QStringLiteral("write-ahead"), Qt::CaseInsensitive) == 0);
}

TEST_CASE("Preferences switch to dark at once: disabled actions look disabled and overdue rows stay readable", "[ui][dark]")
{
    DemoWindow shown;
    MainWindow &window = shown.window;
    AppSettings settings;
    const QString before = settings.colorScheme();
    {
        PreferencesDialog preferences(settings);
        auto *appearance = preferences.findChild<QComboBox *>(QStringLiteral("appearance"));
        REQUIRE(appearance);
        appearance->setCurrentIndex(appearance->findData(QStringLiteral("dark")));
        preferences.accept();
    }
    CHECK(settings.colorScheme() == QStringLiteral("dark"));
    CHECK(ColorScheme::isDark());
    QTRY_VERIFY(window.palette().color(QPalette::Window).lightness() < 128);
    // Nothing to undo: the toolbar's Undo is disabled and drawn in the dimmed colour, not white.
    QToolButton *undo = nullptr;
    for (QToolButton *b : window.findChildren<QToolButton *>()) {
        if (b->defaultAction() && b->defaultAction()->text().contains(QStringLiteral("Undo")))
            undo = b;
    }
    REQUIRE(undo);
    CHECK_FALSE(undo->isEnabled());
    const QColor enabledText = undo->palette().color(QPalette::Active, QPalette::ButtonText);
    const QColor disabledText = undo->palette().color(QPalette::Disabled, QPalette::ButtonText);
    CHECK(contrast(enabledText, disabledText) > 1.8);
    CHECK(contrast(disabledText, undo->palette().color(QPalette::Button)) < contrast(enabledText, undo->palette().color(QPalette::Button)));
    // Overdue rows: red text on a dark red, readable.
    CHECK(contrast(ColorScheme::alertText(), ColorScheme::alertBackground()) >= 4.5);
    REQUIRE(window.showPage(QStringLiteral("deliveries")));
    QTest::qWait(200);
    test::shoot(&window, QStringLiteral("dark-deliveries"));
    {
        PreferencesDialog preferences(settings);
        auto *appearance = preferences.findChild<QComboBox *>(QStringLiteral("appearance"));
        appearance->setCurrentIndex(appearance->findData(QStringLiteral("light")));
        preferences.accept();
    }
    CHECK_FALSE(ColorScheme::isDark());
    CHECK(contrast(ColorScheme::alertText(), ColorScheme::alertBackground()) >= 4.5);
    settings.setColorScheme(before);
    ColorScheme::apply(before);
}

TEST_CASE("the region list is a tree: each region followed by its own sub-regions, indented", "[ui]")
{
    test::TempDir dir;
    MainWindow window;
    window.setPortfolio(test::demoPortfolio(dir));
    auto *region = window.projectsPage()->findChild<QComboBox *>(QStringLiteral("region"));
    REQUIRE(region);
    const int oceania = region->findData(QStringLiteral("009"));
    const int africa = region->findData(QStringLiteral("002"));
    REQUIRE(africa > 0);
    CHECK(region->itemData(africa + 1).toString() == QStringLiteral("015")); // Northern Africa under Africa
    CHECK(region->itemText(africa + 1).startsWith(QChar(0x2003)));
    CHECK_FALSE(region->itemText(africa).startsWith(QChar(0x2003)));
    // After Oceania only its own sub-regions.
    for (int i = oceania + 1; i < region->count(); ++i)
        CHECK(QStringList{QStringLiteral("053"), QStringLiteral("054"), QStringLiteral("057"), QStringLiteral("061")}.contains(region->itemData(i).toString()));
}

TEST_CASE("English counts read as English: 1 rate, 3 rates, never rate(s)", "[ui][plurals]")
{
    installEnglishPlurals();
    CHECK(QCoreApplication::translate("pd::ui::RatesDialog", "%n rate(s) imported.", nullptr, 1) == QStringLiteral("1 rate imported."));
    CHECK(QCoreApplication::translate("pd::ui::RatesDialog", "%n rate(s) imported.", nullptr, 3) == QStringLiteral("3 rates imported."));
    CHECK(QCoreApplication::translate("pd::ui::MainWindow", "%n delivery(ies) with their packing lists", nullptr, 1)
        == QStringLiteral("1 delivery with its packing list"));
    CHECK(QCoreApplication::translate("pd::ui::MainWindow", "%n delivery(ies) with their packing lists", nullptr, 2)
        == QStringLiteral("2 deliveries with their packing lists"));
    // The English reports too.
    const Wording english(Language::English);
    CHECK(english.translate("pd::ui::MainWindow", "%n transaction(s)", nullptr, 1) == QStringLiteral("1 transaction"));
    QCoreApplication::removeTranslator(const_cast<QTranslator *>(englishPlurals()));
}
