// Each undoable command, forward and back, against the database.
#include "demo_fixture.h"

#include "commands/portfolio_events.h"
#include "commands/finance_commands.h"
#include "commands/delivery_commands.h"
#include "commands/project_commands.h"
#include "services/delivery_service.h"
#include "services/finance_service.h"

#include <QSignalSpy>
#include <QUndoStack>

using namespace pd;

namespace {

Project sampleProject()
{
    Project p;
    p.code = QStringLiteral("UN-2026-900");
    p.titleEn = QStringLiteral("Rural Revitalisation in Guizhou");
    p.titleZh = QStringLiteral("贵州乡村振兴");
    p.countries = {{QStringLiteral("CN"), kWholePercent}};
    return p;
}

struct Fixture
{
    test::TempDir dir;
    std::unique_ptr<Portfolio> portfolio = test::newPortfolio(dir);
    ui::PortfolioEvents events;
    QUndoStack stack;

    qint64 partner()
    {
        Partner p;
        p.nameEn = QStringLiteral("United Nations Development Programme");
        p.acronym = QStringLiteral("UNDP");
        auto stored = portfolio->partners().create(p);
        REQUIRE(stored.ok());
        return stored->id;
    }
};

} // namespace

TEST_CASE("create project: redo creates, undo deletes, redo restores under the same id")
{
    Fixture f;
    QSignalSpy changed(&f.events, &ui::PortfolioEvents::projectsChanged);
    auto *command = new ui::CreateProjectCommand(*f.portfolio, f.events, sampleProject());
    REQUIRE(ui::ServiceCommand::run(f.stack, command).ok());
    const qint64 id = f.portfolio->projects().findByCode(QStringLiteral("UN-2026-900")).value().id;
    CHECK(changed.count() == 1);
    f.stack.undo();
    CHECK_FALSE(f.portfolio->projects().get(id).ok());
    f.stack.redo();
    CHECK(f.portfolio->projects().get(id).value().titleZh == QStringLiteral("贵州乡村振兴"));
    CHECK(changed.count() == 3);
}

TEST_CASE("edit project: forward and back, revisions follow")
{
    Fixture f;
    const Project before = f.portfolio->projects().create(sampleProject()).value();
    Project after = before;
    after.titleEn = QStringLiteral("Changed");
    REQUIRE(ui::ServiceCommand::run(f.stack, new ui::EditProjectCommand(*f.portfolio, f.events, before, after)).ok());
    CHECK(f.portfolio->projects().get(before.id).value().titleEn == QStringLiteral("Changed"));
    f.stack.undo();
    const Project undone = f.portfolio->projects().get(before.id).value();
    CHECK(undone.titleEn == before.titleEn);
    CHECK(undone.revision == 3);
    f.stack.redo();
    CHECK(f.portfolio->projects().get(before.id).value().titleEn == QStringLiteral("Changed"));
}

TEST_CASE("an edit based on a stale revision is refused and never reaches the stack")
{
    Fixture f;
    const Project before = f.portfolio->projects().create(sampleProject()).value();
    Project elsewhere = before;
    elsewhere.officer = QStringLiteral("Other");
    REQUIRE(f.portfolio->projects().update(elsewhere).ok());
    Project mine = before;
    mine.titleEn = QStringLiteral("Mine");
    Status s = ui::ServiceCommand::run(f.stack, new ui::EditProjectCommand(*f.portfolio, f.events, before, mine));
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().kind == Error::Kind::Conflict);
    CHECK(f.stack.count() == 0);
    CHECK(f.portfolio->projects().get(before.id).value().titleEn == before.titleEn);
}

TEST_CASE("an undo that would overwrite someone else's change fails, reports and changes nothing")
{
    Fixture f;
    QSignalSpy failed(&f.events, &ui::PortfolioEvents::commandFailed);
    const Project before = f.portfolio->projects().create(sampleProject()).value();
    Project after = before;
    after.titleEn = QStringLiteral("Mine");
    REQUIRE(ui::ServiceCommand::run(f.stack, new ui::EditProjectCommand(*f.portfolio, f.events, before, after)).ok());
    Project elsewhere = f.portfolio->projects().get(before.id).value();
    elsewhere.officer = QStringLiteral("Other");
    REQUIRE(f.portfolio->projects().update(elsewhere).ok());
    f.stack.undo();
    CHECK(failed.count() == 1);
    const Project now = f.portfolio->projects().get(before.id).value();
    CHECK(now.titleEn == QStringLiteral("Mine"));
    CHECK(now.officer == QStringLiteral("Other"));
}

TEST_CASE("delete project: undo restores the project and its roles under their ids")
{
    Fixture f;
    const Project p = f.portfolio->projects().create(sampleProject()).value();
    const ProjectRole role = f.portfolio->roles().add({0, p.id, f.partner(), OrganisationRole::Funding}).value();
    const int revision = f.portfolio->projects().get(p.id).value().revision; // adding the role moved it on
    REQUIRE(ui::ServiceCommand::run(f.stack, new ui::DeleteProjectCommand(*f.portfolio, f.events, p.id, revision, p.code)).ok());
    CHECK_FALSE(f.portfolio->projects().get(p.id).ok());
    CHECK(f.portfolio->roles().rolesOfProject(p.id).value().isEmpty());
    f.stack.undo();
    CHECK(f.portfolio->projects().get(p.id).value().code == p.code);
    const QList<RoleView> roles = f.portfolio->roles().rolesOfProject(p.id).value();
    REQUIRE(roles.size() == 1);
    CHECK(roles.first().role == role);
    f.stack.redo();
    CHECK_FALSE(f.portfolio->projects().get(p.id).ok());
}

TEST_CASE("add and remove partner role: forward and back")
{
    Fixture f;
    const Project p = f.portfolio->projects().create(sampleProject()).value();
    const qint64 undp = f.partner();
    auto *add = new ui::AddRoleCommand(*f.portfolio, f.events, {0, p.id, undp, OrganisationRole::Implementing}, QStringLiteral("UNDP"));
    REQUIRE(ui::ServiceCommand::run(f.stack, add).ok());
    REQUIRE(f.portfolio->roles().rolesOfProject(p.id).value().size() == 1);
    const ProjectRole role = f.portfolio->roles().rolesOfProject(p.id).value().first().role;
    f.stack.undo();
    CHECK(f.portfolio->roles().rolesOfProject(p.id).value().isEmpty());
    f.stack.redo();
    CHECK(f.portfolio->roles().rolesOfProject(p.id).value().first().role == role);

    REQUIRE(ui::ServiceCommand::run(f.stack, new ui::RemoveRoleCommand(*f.portfolio, f.events, role, QStringLiteral("UNDP"))).ok());
    CHECK(f.portfolio->roles().rolesOfProject(p.id).value().isEmpty());
    f.stack.undo();
    CHECK(f.portfolio->roles().rolesOfProject(p.id).value().first().role == role);
    f.stack.redo();
    CHECK(f.portfolio->roles().rolesOfProject(p.id).value().isEmpty());
}

TEST_CASE("budget line and transaction commands: add, edit and remove, forward and back")
{
    Fixture f;
    const Project p = f.portfolio->projects().create(sampleProject()).value();
    FinanceService finance(f.portfolio->database());

    BudgetLine line;
    line.projectId = p.id;
    line.periodStart = QDate(2026, 1, 1);
    line.periodEnd = QDate(2026, 12, 31);
    line.amount = Money::parse(QStringLiteral("50000.00 USD")).value();
    REQUIRE(ui::ServiceCommand::run(f.stack, new ui::AddBudgetLineCommand(*f.portfolio, f.events, line)).ok());
    const BudgetLine stored = finance.budgetLines(p.id).value().first();
    BudgetLine bigger = stored;
    bigger.amount = Money::parse(QStringLiteral("60000.00 USD")).value();
    REQUIRE(ui::ServiceCommand::run(f.stack, new ui::EditBudgetLineCommand(*f.portfolio, f.events, stored, bigger)).ok());
    CHECK(finance.budgetLines(p.id).value().first().amount.minorUnits() == 6000000);
    f.stack.undo();
    CHECK(finance.budgetLines(p.id).value().first().amount.minorUnits() == 5000000);
    f.stack.undo();
    CHECK(finance.budgetLines(p.id).value().isEmpty());
    f.stack.redo();
    f.stack.redo();
    CHECK(finance.budgetLines(p.id).value().first().amount.minorUnits() == 6000000);

    FinancialTransaction t;
    t.projectId = p.id;
    t.type = iati::kDisbursement;
    t.date = QDate(2026, 3, 1);
    t.amount = Money::parse(QStringLiteral("-1500.00 USD")).value(); // a reversal
    REQUIRE(ui::ServiceCommand::run(f.stack, new ui::AddTransactionCommand(*f.portfolio, f.events, t)).ok());
    const FinancialTransaction recorded = finance.transactions(p.id).value().first();
    REQUIRE(ui::ServiceCommand::run(f.stack, new ui::RemoveTransactionCommand(*f.portfolio, f.events, recorded)).ok());
    CHECK(finance.transactions(p.id).value().isEmpty());
    f.stack.undo(); // back under its former id
    CHECK(finance.transactions(p.id).value() == QList<FinancialTransaction>{recorded});
    FinancialTransaction edited = recorded;
    edited.description = QStringLiteral("Reversal of a duplicate payment");
    REQUIRE(ui::ServiceCommand::run(f.stack, new ui::EditTransactionCommand(*f.portfolio, f.events, recorded, edited)).ok());
    f.stack.undo();
    CHECK(finance.transactions(p.id).value().first().description.isEmpty());
    f.stack.undo(); // the removal's undo is itself undone only by redo; here: undo the add
    CHECK(finance.transactions(p.id).value().isEmpty());
}

TEST_CASE("undoing a project's creation and redoing it brings back what was added to it meanwhile")
{
    Fixture f;
    auto *command = new ui::CreateProjectCommand(*f.portfolio, f.events, sampleProject());
    REQUIRE(ui::ServiceCommand::run(f.stack, command).ok());
    const qint64 id = f.portfolio->projects().findByCode(QStringLiteral("UN-2026-900")).value().id;
    // Someone adds a delivery to the new project (another window, the command line).
    Delivery d;
    d.code = QStringLiteral("UN-2026-900-D01");
    d.projectId = id;
    d.destinationCountry = QStringLiteral("CN");
    REQUIRE(DeliveryService(f.portfolio->database()).create(d).ok());
    f.stack.undo();
    CHECK_FALSE(f.portfolio->projects().get(id).ok());
    f.stack.redo();
    CHECK(f.portfolio->projects().get(id).ok());
    CHECK(DeliveryService(f.portfolio->database()).ofProject(id).value().size() == 1);
}

TEST_CASE("a delivery edit with spaces around its texts is undone: the command keeps what was stored")
{
    Fixture f;
    Project p = sampleProject();
    const qint64 projectId = f.portfolio->projects().create(p).value().id;
    Delivery d;
    d.code = QStringLiteral("UN-2026-900-D01");
    d.projectId = projectId;
    d.destinationCountry = QStringLiteral("CN");
    d.carrier = QStringLiteral("COSCO");
    const Delivery before = DeliveryService(f.portfolio->database()).create(d).value();
    Delivery after = before;
    after.carrier = QStringLiteral("  MSC ");
    REQUIRE(ui::ServiceCommand::run(f.stack, new ui::EditDeliveryCommand(*f.portfolio, f.events, before, after)).ok());
    CHECK(DeliveryService(f.portfolio->database()).get(before.id).value().carrier == QStringLiteral("MSC"));
    QSignalSpy failed(&f.events, &ui::PortfolioEvents::commandFailed);
    f.stack.undo();
    CHECK(failed.isEmpty());
    CHECK(DeliveryService(f.portfolio->database()).get(before.id).value().carrier == QStringLiteral("COSCO"));
}
