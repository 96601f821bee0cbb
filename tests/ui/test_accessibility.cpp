// Every input a user can reach has a name a screen reader says: its own accessible name, the text
// of the label it is the buddy of (form rows), or its own text (check boxes). The test walks every
// widget of each dialog and window, on every tab and wizard page, and names the unnamed ones.
#include "demo_fixture.h"

#include "deliveries/delivery_editor.h"
#include "editors/conflict_dialog.h"
#include "editors/merge_partners_dialog.h"
#include "editors/partner_editor.h"
#include "editors/project_editor.h"
#include "finance/finance_dialogs.h"
#include "finance/rates_dialog.h"
#include "interchange/import_wizard.h"
#include "reports/report_dialog.h"
#include "services/delivery_service.h"
#include "shell/app_settings.h"
#include "shell/main_window.h"
#include "shell/preferences_dialog.h"
#include "shell/team_server_dialog.h"
#include "shell/user_guide.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QTextEdit>

using namespace pd;
using namespace pd::ui;

namespace {

bool isInput(QWidget *w)
{
    return qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w)
        || qobject_cast<QTextEdit *>(w) || qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QCheckBox *>(w)
        || qobject_cast<QRadioButton *>(w) || qobject_cast<QAbstractItemView *>(w);
}

// Part of another input (a combo box's line edit, a spin box's, a view's cell editor): named by it.
bool isPartOfInput(QWidget *w, QWidget *root)
{
    for (QWidget *p = w->parentWidget(); p && p != root; p = p->parentWidget()) {
        if (qobject_cast<QComboBox *>(p) || qobject_cast<QAbstractSpinBox *>(p) || qobject_cast<QAbstractItemView *>(p))
            return true;
    }
    return false;
}

QString describe(QWidget *w)
{
    return QStringLiteral("%1 \"%2\"").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
}

// The inputs under root without a name, described by class and object name.
QStringList unnamedInputs(QWidget *root)
{
    QStringList unnamed;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!isInput(w) || isPartOfInput(w, root) || w->isHidden())
            continue;
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
        const QString name = a ? a->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty())
            unnamed << describe(w);
    }
    return unnamed;
}

void requireAllNamed(QWidget *root, const char *what)
{
    root->show();
    REQUIRE(QTest::qWaitForWindowExposed(root));
    INFO(what);
    const QStringList unnamed = unnamedInputs(root);
    INFO(unnamed.join(QStringLiteral("\n")).toStdString());
    CHECK(unnamed.isEmpty());
    // A dialog with nothing to walk would pass whatever it held.
    const QList<QWidget *> all = root->findChildren<QWidget *>();
    CHECK(std::any_of(all.cbegin(), all.cend(), isInput));
    root->hide();
}

} // namespace

TEST_CASE("every input of every dialog and page has an accessible name", "[ui][accessibility]")
{
    test::TempDir dir;
    MainWindow window;
    window.setPortfolio(test::demoPortfolio(dir));
    window.resize(1280, 860);
    Portfolio &portfolio = *window.portfolio();
    for (const QString &page : MainWindow::pageNames())
        REQUIRE(window.showPage(page));
    window.projectsPage(); // the filter panel is part of the window
    requireAllNamed(&window, "main window, every page");

    ProjectQuery some;
    some.limit = 1;
    const QList<ProjectSummary> projects = test::required(portfolio.projects().list(some));
    REQUIRE_FALSE(projects.isEmpty());
    std::unique_ptr<ProjectEditor> existing(window.createProjectEditor(projects.first().id));
    REQUIRE(existing);
    requireAllNamed(existing.get(), "project editor");
    std::unique_ptr<ProjectEditor> fresh(window.createProjectEditor(0));
    REQUIRE(fresh);
    requireAllNamed(fresh.get(), "new project editor");

    DeliveryQuery shipments;
    shipments.limit = 1;
    const QList<DeliveryRow> rows = test::required(DeliveryService(portfolio.database()).list(shipments));
    REQUIRE_FALSE(rows.isEmpty());
    std::unique_ptr<DeliveryEditor> delivery(window.createDeliveryEditor(rows.first().id));
    REQUIRE(delivery);
    requireAllNamed(delivery.get(), "delivery editor");
    std::unique_ptr<DeliveryEditor> newDelivery(window.createDeliveryEditor(0));
    REQUIRE(newDelivery);
    requireAllNamed(newDelivery.get(), "new delivery editor");

    std::unique_ptr<PartnerEditor> partner(window.createPartnerEditor(0));
    REQUIRE(partner);
    requireAllNamed(partner.get(), "partner editor");
    const QList<PartnerSummary> partners = test::required(portfolio.partners().list(PartnerQuery{}));
    REQUIRE(partners.size() > 1);
    MergePartnersDialog merge(portfolio, partners.first().partner, Language::English);
    requireAllNamed(&merge, "merge partners");

    BudgetLine line;
    line.projectId = projects.first().id;
    BudgetLineDialog budget(line, Language::English);
    requireAllNamed(&budget, "budget line");
    FinancialTransaction transaction;
    transaction.projectId = line.projectId;
    QList<Partner> named;
    for (const PartnerSummary &s : partners)
        named << s.partner;
    TransactionDialog money(transaction, FundingSource::Sscaf, named, Language::English);
    requireAllNamed(&money, "transaction");
    RatesDialog rates(portfolio, *window.events(), Language::English);
    requireAllNamed(&rates, "exchange rates");

    ReportDialog report(portfolio, Language::English);
    requireAllNamed(&report, "reports");
    AppSettings settings;
    PreferencesDialog preferences(settings);
    requireAllNamed(&preferences, "preferences");
    TeamServerDialog server;
    requireAllNamed(&server, "team server");
    ImportWizard import(portfolio.database().spec(), window.events());
    requireAllNamed(&import, "import wizard");
    UserGuide guide(Language::English);
    requireAllNamed(&guide, "user guide");
    Project mine = test::required(portfolio.projects().get(projects.first().id));
    Project theirs = mine;
    theirs.titleEn += QStringLiteral(" (revised)");
    ConflictDialog conflict(mine, theirs);
    requireAllNamed(&conflict, "conflict");
}
