#include "finance_report.h"

#include "analytics/project_finance.h"
#include "money/apportion.h"
#include "report_document.h"
#include "report_scope.h"

#include <algorithm>

namespace pd::ui {

Result<std::unique_ptr<ReportDocument>> FinanceReport::build(Database &db, const ReportRequest &request) const
{
    const FinancePeriod period{request.from, request.to};
    auto rollup = computeFinanceRollup(db, request.filter, QString(), period);
    if (!rollup)
        return rollup.error();
    auto projects = computeProjectFinance(db, request.filter, rollup->reportingCurrency, period);
    if (!projects)
        return projects.error();
    const QString currency = rollup->reportingCurrency;
    const Wording &w = wording();
    const Language l = w.language();
    const ReportScope scope(l);
    const FinanceFigures total = figuresOf(rollup->total, currency);

    auto doc = std::make_unique<ReportDocument>(trl("Financial report"), l);
    doc->heading(trl("Financial report"), 0);
    doc->paragraph(scope.projects(request.filter));
    doc->paragraph(scope.period(request.from, request.to));
    doc->paragraph(scope.currencyNote(currency, request.today)
            + u' ' + trl("Budget is the latest revision of each period; committed, disbursed and spent are IATI transaction types 2, 3 and 4."),
        true);
    if (!total.complete)
        doc->paragraph(scope.incompleteNote(), true);
    doc->facts({
        {trl("Projects"), w.number(projects->size())},
        {trl("Budget"), w.money(total.budget)},
        {trl("Committed"), w.money(total.committed)},
        {trl("Disbursed"), w.money(total.disbursed)},
        {trl("Spent"), w.money(total.spent)},
        {trl("Balance"), w.money(total.balance)},
        {trl("Execution"), w.percentFromBasisPoints(total.executionBasisPoints)},
    });

    const auto figureRow = [&w](const QString &first, const FinanceFigures &f) {
        return QStringList{first, w.amount(f.budget), w.amount(f.committed), w.amount(f.disbursed), w.amount(f.spent), w.percentFromBasisPoints(f.executionBasisPoints)};
    };
    const QList<ReportColumn> amounts{{trl("Budget"), Qt::AlignRight, 0}, {trl("Committed"), Qt::AlignRight, 0}, {trl("Disbursed"), Qt::AlignRight, 0},
        {trl("Spent"), Qt::AlignRight, 0}, {trl("Execution"), Qt::AlignRight, 0}};

    doc->heading(trl("By year (%1)").arg(currency));
    QList<QStringList> rows;
    for (const FinanceGroup &year : rollup->byYear)
        rows << figureRow(year.key, figuresOf(year, currency));
    rows << figureRow(trl("Total"), total);
    doc->table(QList<ReportColumn>{{trl("Year"), Qt::AlignLeft, 0}} + amounts, rows, 1);

    doc->heading(trl("By business line (%1)").arg(currency));
    rows.clear();
    for (const FinanceGroup &line : rollup->byLine) {
        const auto known = businessLineFromKey(line.key);
        rows << figureRow(known ? nameOf(*known, l) : line.key, figuresOf(line, currency));
    }
    rows << figureRow(trl("Total"), total);
    doc->table(QList<ReportColumn>{{trl("Business line"), Qt::AlignLeft, 0}} + amounts, rows, 1);

    doc->heading(trl("By project (%1)").arg(currency));
    QList<ProjectFinanceRow> listed = projects.value();
    if (request.from.isValid() || request.to.isValid()) {
        // For a period, the projects with amounts in it: a row of zeros says nothing.
        const qsizetype all = listed.size();
        listed.removeIf([](const ProjectFinanceRow &p) {
            const FinanceFigures &f = p.figures;
            return f.budget.isZero() && f.committed.isZero() && f.disbursed.isZero() && f.spent.isZero() && f.complete;
        });
        if (listed.size() < all)
            doc->paragraph(trl("%1 projects with no amount dated in the period are left out.").arg(w.number(all - listed.size())), true);
    }
    // Each project's figures are rounded on their own: balanced so that the column adds up.
    for (Money FinanceFigures::*measure : {&FinanceFigures::budget, &FinanceFigures::committed, &FinanceFigures::disbursed, &FinanceFigures::spent}) {
        QList<Money *> parts;
        for (ProjectFinanceRow &p : listed)
            parts << &(p.figures.*measure);
        apportionRounding(parts, total.*measure);
    }
    rows.clear();
    const auto projectRow = [&figureRow](const QString &code, const QString &title, const FinanceFigures &f) {
        QStringList row = figureRow(code, f);
        row.insert(1, title);
        return row;
    };
    if (const qsizetype matching = listed.size(); matching > kMaxListedRows) {
        std::stable_sort(listed.begin(), listed.end(), [](const ProjectFinanceRow &a, const ProjectFinanceRow &b) {
            return a.figures.budget.minorUnits() > b.figures.budget.minorUnits();
        });
        // The rest in one row, so that the table adds up to its total.
        FinanceFigures others;
        others.budget = others.committed = others.disbursed = others.spent = Money::zero(currency);
        for (qsizetype i = kMaxListedRows; i < matching; ++i) {
            for (Money FinanceFigures::*measure : {&FinanceFigures::budget, &FinanceFigures::committed, &FinanceFigures::disbursed, &FinanceFigures::spent}) {
                if (auto sum = (others.*measure).plus(listed.at(i).figures.*measure); sum)
                    others.*measure = sum.value();
            }
        }
        others.executionBasisPoints = executionBasisPoints(others);
        listed.resize(kMaxListedRows);
        doc->paragraph(trl("The %1 projects with the largest budgets, of %2; the others are summed in one row.")
                           .arg(w.number(kMaxListedRows), w.number(matching)),
            true);
        for (const ProjectFinanceRow &p : std::as_const(listed))
            rows << projectRow(p.code, pick(l, p.titleEn, p.titleZh), p.figures);
        rows << projectRow(trl("Other projects"), trl("%1 projects").arg(w.number(matching - kMaxListedRows)), others);
    } else {
        for (const ProjectFinanceRow &p : std::as_const(listed))
            rows << projectRow(p.code, pick(l, p.titleEn, p.titleZh), p.figures);
    }
    rows << projectRow(trl("Total"), QString(), total);
    QList<ReportColumn> columns = QList<ReportColumn>{{trl("Project"), Qt::AlignLeft, 14}, {trl("Title"), Qt::AlignLeft, 23}} + amounts;
    for (int c = 2; c < columns.size(); ++c)
        columns[c].widthPercent = c + 1 == columns.size() ? 11 : 13;
    doc->table(columns, rows, 1);
    return doc;
}

} // namespace pd::ui
