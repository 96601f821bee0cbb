// Entering a transaction as an officer does: the provider and receiver picked from the partners (a
// free-text name still allowed), the types that fit the project's funding offered first.
#include "demo_fixture.h"

#include "finance/finance_dialogs.h"
#include "finance/transaction_fields.h"
#include "shell/amount_format.h"
#include "shell/date_field.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>
#include <QTest>

using namespace pd;

namespace {

QList<Partner> partners()
{
    Partner wfp;
    wfp.id = 16;
    wfp.nameEn = QStringLiteral("World Food Programme");
    wfp.nameZh = QStringLiteral("联合国世界粮食计划署");
    wfp.acronym = QStringLiteral("WFP");
    Partner sinopharm;
    sinopharm.id = 40;
    sinopharm.nameEn = QStringLiteral("China National Pharmaceutical Group");
    sinopharm.nameZh = QStringLiteral("中国医药集团");
    return {wfp, sinopharm};
}

QList<int> offered(const QComboBox *box)
{
    QList<int> types;
    for (int i = 0; i < box->count(); ++i)
        types << box->itemData(i).toInt();
    return types;
}

} // namespace

TEST_CASE("a transaction's provider and receiver are picked from the partners, or typed as any name", "[ui][finance]")
{
    FinancialTransaction t;
    t.projectId = 1;
    t.date = QDate(2026, 5, 4);
    t.amount = Money(100000, QStringLiteral("USD"));
    t.receiverId = 16;
    ui::TransactionDialog dialog(t, FundingSource::ChinaAidGrant, partners(), Language::English);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    auto *provider = dialog.findChild<ui::PartnerNameField *>(QStringLiteral("provider"));
    auto *receiver = dialog.findChild<ui::PartnerNameField *>(QStringLiteral("receiver"));
    REQUIRE(provider);
    // A stored partner shows by its name and acronym.
    CHECK(receiver->text() == QStringLiteral("World Food Programme (WFP)"));

    // Typing a word of the Chinese name offers the partner; picking it names it by id.
    provider->setFocus();
    test::typeText(provider, QStringLiteral("医药"));
    QCompleter *completer = provider->completer();
    completer->setCompletionPrefix(provider->text());
    completer->complete();
    QTRY_VERIFY(completer->popup()->isVisible());
    REQUIRE(completer->completionCount() >= 1);
    CHECK(completer->currentCompletion().contains(QStringLiteral("中国医药集团")));
    provider->setText(completer->currentCompletion());
    completer->popup()->hide();
    auto chosen = dialog.transaction();
    REQUIRE(chosen.ok());
    CHECK(chosen->providerId == 40);
    CHECK(chosen->providerName.isEmpty());
    CHECK(chosen->receiverId == 16);

    // The acronym alone names the partner; any other name stays as text.
    provider->setText(QStringLiteral("wfp"));
    CHECK(dialog.transaction()->providerId == 16);
    provider->setText(QStringLiteral("Lilongwe Freight Ltd"));
    auto typed = dialog.transaction();
    REQUIRE(typed.ok());
    CHECK(typed->providerId == 0);
    CHECK(typed->providerName == QStringLiteral("Lilongwe Freight Ltd"));
    test::shoot(&dialog, QStringLiteral("transaction-dialog"));
}

TEST_CASE("the transaction types that fit the project's funding come first, and loans and equity are behind More", "[ui][finance]")
{
    ui::TransactionTypeBox grant(FundingSource::ChinaAidGrant, Language::English);
    QList<int> types = offered(&grant);
    CHECK(types.mid(0, 8) == QList<int>{11, 1, 2, 3, 4, 7, 12, 13});
    CHECK(types.last() == -1); // "More types..."
    for (int hidden : {5, 6, 8, 9, 10})
        CHECK_FALSE(types.contains(hidden));
    // More shows every type, the choice kept.
    grant.setType(3);
    Q_EMIT grant.activated(grant.count() - 1);
    CHECK(grant.showsAll());
    CHECK(grant.type() == 3);
    for (int code = 1; code <= 13; ++code)
        CHECK(grant.findData(code) >= 0);

    // A loan offers interest and repayments at once; equity stays behind More.
    ui::TransactionTypeBox loan(FundingSource::ConcessionalLoan, Language::English);
    CHECK(offered(&loan).contains(5));
    CHECK(offered(&loan).contains(6));
    CHECK_FALSE(offered(&loan).contains(8));
    // A stored transaction of a hidden type shows every type, with its own selected.
    ui::TransactionTypeBox equity(FundingSource::ChinaAidGrant, Language::English);
    equity.setType(8);
    CHECK(equity.type() == 8);
    CHECK(equity.showsAll());
}

TEST_CASE("large amounts read as officers write them: millions in English, 万 and 亿 in Chinese, rounded exactly", "[ui][finance]")
{
    const QLocale saved;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    CHECK(ui::largeAmount(Money(152697297482, QStringLiteral("USD")), Language::English) == QStringLiteral("1,527.0 M"));
    CHECK(ui::largeAmount(Money(5400000000, QStringLiteral("USD")), Language::English) == QStringLiteral("54.0 M"));
    CHECK(ui::largeAmount(Money(5400000000, QStringLiteral("USD")), Language::Chinese) == QStringLiteral("5,400万"));
    CHECK(ui::largeAmount(Money(153000000000, QStringLiteral("CNY")), Language::Chinese) == QStringLiteral("15.3亿"));
    CHECK(ui::largeAmount(Money(152697297482, QStringLiteral("USD")), Language::Chinese) == QStringLiteral("15.3亿"));
    CHECK(ui::largeAmount(Money(1234500, QStringLiteral("JPY")), Language::Chinese) == QStringLiteral("123万")); // no minor unit
    CHECK(ui::largeAmount(Money(999900, QStringLiteral("USD")), Language::Chinese) == QStringLiteral("9,999"));
    CHECK(ui::largeAmount(Money(-5400000000, QStringLiteral("USD")), Language::Chinese) == QStringLiteral("-5,400万"));
    CHECK(ui::largeAmount(Money(-4000000, QStringLiteral("USD")), Language::English) == QStringLiteral("0.0 M")); // rounds to nothing
    CHECK(ui::largeAmount(Money(-40000000, QStringLiteral("USD")), Language::English) == QStringLiteral("-0.4 M"));
    QLocale::setDefault(saved);
}
