#include "finance_report.h"

#include "analytics/project_finance.h"
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
    if (const qsizetype matching = listed.size(); matching > kMaxListedRows) {
        std::stable_sort(listed.begin(), listed.end(), [](const ProjectFinanceRow &a, const ProjectFinanceRow &b) {
            return a.figures.budget.minorUnits() > b.figures.budget.minorUnits();
        });
        listed.resize(kMaxListedRows);
        doc->paragraph(trl("The %1 projects with the largest budgets, of %2; the totals count every project.")
                           .arg(w.number(kMaxListedRows), w.number(matching)),
            true);
    }
    rows.clear();
    for (const ProjectFinanceRow &p : std::as_const(listed)) {
        QStringList row = figureRow(p.code, p.figures);
        row.insert(1, pick(l, p.titleEn, p.titleZh));
        rows << row;
    }
    QStringList totalRow = figureRow(trl("Total"), total);
    totalRow.insert(1, QString());
    rows << totalRow;
    QList<ReportColumn> columns = QList<ReportColumn>{{trl("Project"), Qt::AlignLeft, 14}, {trl("Title"), Qt::AlignLeft, 23}} + amounts;
    for (int c = 2; c < columns.size(); ++c)
        columns[c].widthPercent = c + 1 == columns.size() ? 11 : 13;
    doc->table(columns, rows, 1);
    return doc;
}

} // namespace pd::ui
