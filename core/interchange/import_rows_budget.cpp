// Budget lines from CSV, each through FinanceService::addBudgetLine (superseded marks, audit entry).
// A line already there with the same values (a file imported again) is skipped and counted.
#include "import_fields.h"
#include "import_values.h"

#include "domain/finance.h"
#include "services/finance_service.h"
#include "services/import_batches.h"
#include "storage/database.h"

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
        auto there = alreadyThere(b);
        if (!there)
            return there.error();
        if (there.value()) {
            if (m_source.report)
                ++m_source.report->unchanged;
            return {};
        }
        auto stored = FinanceService(m_source.db).addBudgetLine(b);
        if (!stored)
            return stored.error();
        if (m_source.batch)
            return m_source.batch->added(QStringLiteral("budget_lines"), stored->id);
        return {};
    }

private:
    // Whether a stored line has these values, not yet matched by an earlier row of the file (two
    // identical rows are two lines).
    Result<bool> alreadyThere(const BudgetLine &b)
    {
        const QVariantList values{b.projectId, b.periodStart.toString(Qt::ISODate), b.periodEnd.toString(Qt::ISODate), keyOf(b.category),
            b.amount.minorUnits(), b.amount.currency(), b.type, b.status};
        auto q = m_source.db.execute(QStringLiteral("SELECT COUNT(*) FROM budget_lines WHERE project_id = ? AND period_start = ? AND "
                                                    "period_end = ? AND category = ? AND amount = ? AND currency = ? AND budget_type = ? "
                                                    "AND budget_status = ? AND (import_id IS NULL OR import_id <> ?)"),
            values + QVariantList{m_source.batch ? m_source.batch->id() : 0});
        if (!q)
            return q.error();
        const qint64 stored = q->next() ? q->value(0).toLongLong() : 0;
        QStringList key;
        for (const QVariant &v : values)
            key << v.toString();
        int &matched = m_matched[key.join(QChar(0x1f))];
        if (matched >= stored)
            return false;
        ++matched;
        return true;
    }

    ImportSource m_source;
    QHash<QString, int> m_matched;
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
