// Budget lines from CSV, each through FinanceService::addBudgetLine (superseded marks, audit entry).
#include "import_fields.h"
#include "import_values.h"

#include "domain/finance.h"
#include "services/finance_service.h"

#include <QCoreApplication>

namespace pd {

namespace {

class BudgetLineImporter final : public RowImporter
{
public:
    explicit BudgetLineImporter(const ImportSource &source)
        : m_source(source)
    {
        for (BudgetCategory c : allBudgetCategories())
            m_categories.add(c, {keyOf(c), nameOf(c, Language::English), nameOf(c, Language::Chinese)});
    }

    Status prepare() override
    {
        auto projects = projectsByCode(m_source.db);
        if (!projects)
            return projects.error();
        m_projects = std::move(projects).value();
        m_types = codelistValues(QStringLiteral("BudgetType"));
        m_statuses = codelistValues(QStringLiteral("BudgetStatus"));
        return {};
    }

    Status row(const ImportRow &row, bool write) override
    {
        bool ok = true;
        BudgetLine b;
        if (ProjectRef project; readProject(row, m_projects, project))
            b.projectId = project.id;
        else
            ok = false;
        ok = row.require(QStringLiteral("period_start")) && readDate(row, QStringLiteral("period_start"), b.periodStart) && ok;
        ok = row.require(QStringLiteral("period_end")) && readDate(row, QStringLiteral("period_end"), b.periodEnd) && ok;
        ok = readNamed(row, QStringLiteral("category"), m_categories, b.category) && ok;
        ok = readNamed(row, QStringLiteral("type"), m_types, b.type) && ok;
        ok = readNamed(row, QStringLiteral("status"), m_statuses, b.status) && ok;
        if (const auto amount = readMoney(row, QStringLiteral("amount"), QStringLiteral("currency")))
            b.amount = *amount;
        else
            ok = false;
        if (!ok)
            return {};
        if (const QList<FieldError> errors = validateBudgetLine(b); !errors.isEmpty()) {
            row.problems(errors, {{QStringLiteral("period"), QStringLiteral("period_end")}});
            return {};
        }
        if (!write)
            return {};
        auto stored = FinanceService(m_source.db).addBudgetLine(b);
        return stored ? Status() : Status(stored.error());
    }

private:
    ImportSource m_source;
    QHash<QString, ProjectRef> m_projects;
    NameIndex<BudgetCategory> m_categories;
    NameIndex<int> m_types;
    NameIndex<int> m_statuses;
};

} // namespace

std::unique_ptr<RowImporter> budgetLineImporter(const ImportSource &source)
{
    return std::make_unique<BudgetLineImporter>(source);
}

} // namespace pd
