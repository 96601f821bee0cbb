#include "finance_page.h"

#include "finance_dialogs.h"
#include "registers/background_job.h"
#include "services/portfolio.h"
#include "shell/date_format.h"
#include "shell/export_actions.h"
#include "shell/register_page.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pd::ui {

namespace {

// The page's figures, computed on a connection of its own off the UI thread.
FinanceView computeView(Portfolio &portfolio, const ProjectFilter &filter)
{
    FinanceView view;
    auto rollup = computeFinanceRollup(portfolio.database(), filter);
    auto flags = findFinanceFlags(portfolio.database(), filter);
    if (!rollup)
        view.error = rollup.error();
    else if (!flags)
        view.error = flags.error();
    else {
        view.rollup = rollup.value();
        view.flags = flags.value();
    }
    return view;
}

QTableWidget *groupTable(const QString &first, QWidget *parent)
{
    auto *t = new QTableWidget(0, 5, parent);
    t->setHorizontalHeaderLabels(
        {first, FinancePage::tr("Budget"), FinancePage::tr("Disbursed"), FinancePage::tr("Spent"), FinancePage::tr("Execution")});
    t->setAccessibleName(FinancePage::tr("By %1").arg(first.toLower()));
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    return t;
}

QTableWidgetItem *number(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString percent(int basisPoints)
{
    return basisPoints < 0 ? QStringLiteral("–") : QLocale().toString(basisPoints / 100.0, 'f', 1) + u'%';
}

} // namespace

FinancePage::FinancePage(Language language, QWidget *parent)
    : QWidget(parent)
    , m_language(language)
    , m_watcher(new QFutureWatcher<FinanceView>(this))
    , m_scope(new QLabel(this))
    , m_kpis(new QGridLayout)
    , m_execution(new QProgressBar(this))
    , m_byYear(groupTable(tr("Year"), this))
    , m_byLine(groupTable(tr("Business line"), this))
    , m_unconverted(new QLabel(this))
    , m_flags(new QTableWidget(0, 3, this))
{
    m_flags->setAccessibleName(tr("Projects to look at"));
    auto *rates = new QPushButton(tr("Exchange Rates..."), this);
    auto *refreshButton = new QPushButton(tr("Refresh"), this);
    connect(rates, &QPushButton::clicked, this, &FinancePage::ratesRequested);
    connect(refreshButton, &QPushButton::clicked, this, &FinancePage::refresh);
    QPushButton *exportTransactions = exportButton(
        this, registerTitle(ExportRegister::Transactions), [this](const ExportFile &file) { return exportTransactionsTo(file); });
    exportTransactions->setText(tr("Export Transactions"));
    auto *top = new QHBoxLayout;
    top->addWidget(pageTitle(tr("Finance"), this));
    top->addStretch(1);
    top->addWidget(exportTransactions);
    top->addWidget(rates);
    top->addWidget(refreshButton);

    m_scope->setWordWrap(true);
    m_execution->setRange(0, 100);
    m_unconverted->setWordWrap(true);
    m_unconverted->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    m_flags->setObjectName(QStringLiteral("flagTable"));
    m_flags->setHorizontalHeaderLabels({tr("Project"), tr("Title"), tr("Needs attention")});
    m_flags->verticalHeader()->hide();
    m_flags->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_flags->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_flags->horizontalHeader()->setStretchLastSection(true);
    connect(m_flags, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (QTableWidgetItem *item = m_flags->item(row, 0))
            Q_EMIT openProjectRequested(item->data(Qt::UserRole).toLongLong());
    });

    auto *tables = new QHBoxLayout;
    tables->addWidget(m_byYear);
    tables->addWidget(m_byLine);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_scope);
    layout->addLayout(m_kpis);
    layout->addWidget(m_execution);
    layout->addLayout(tables, 2);
    layout->addWidget(m_unconverted);
    layout->addWidget(new QLabel(tr("Projects that need attention"), this));
    layout->addWidget(m_flags, 1);

    connect(m_watcher, &QFutureWatcher<FinanceView>::finished, this, [this] {
        m_computing = false;
        if (m_watcher->future().resultCount() > 0)
            display(m_watcher->result());
    });
}

void FinancePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void FinancePage::setPortfolio(Portfolio *portfolio)
{
    m_portfolio = portfolio;
    refresh();
}

void FinancePage::setFilter(const ProjectFilter &filter, const QString &description)
{
    m_filter = filter;
    m_scope->setText(
        description.isEmpty() ? tr("All projects of the portfolio.") : tr("Projects shown by the Projects register: %1").arg(description));
    refresh();
}

void FinancePage::refresh()
{
    if (!m_portfolio || !isVisible())
        return; // computed when shown
    m_computing = true;
    const ProjectFilter filter = m_filter;
    m_watcher->setFuture(
        runOnPortfolio<FinanceView>(m_portfolio->database().spec(), [filter](Portfolio &p) { return computeView(p, filter); }));
}

Status FinancePage::exportTransactionsTo(const ExportFile &file)
{
    if (!m_portfolio)
        return Error::make(Error::Kind::InvalidArgument, tr("Open a portfolio to export its transactions."));
    TransactionQuery query;
    query.filter.projects = m_filter;
    ExportOptions options;
    options.language = m_language;
    return runExport(
        this, m_portfolio->database().spec(), file, [query, options](Database &db, TableSink &sink, const ExportProgress &progress) {
            return exportTransactions(db, query, options, sink, progress);
        });
}

void FinancePage::fillGroups(QTableWidget *table, const QList<FinanceGroup> &groups, const QString &currency, bool lines)
{
    const QLocale locale;
    table->setRowCount(int(groups.size()));
    for (int row = 0; row < groups.size(); ++row) {
        const FinanceGroup &g = groups.at(row);
        const FinanceFigures f = figuresOf(g, currency);
        QString key = g.key;
        if (lines) {
            if (const auto line = businessLineFromKey(g.key))
                key = nameOf(*line, m_language);
        }
        table->setItem(row, 0, new QTableWidgetItem(key));
        table->setItem(row, 1, number(f.budget.formatAmount(locale)));
        table->setItem(row, 2, number(f.disbursed.formatAmount(locale)));
        table->setItem(row, 3, number(f.spent.formatAmount(locale)));
        table->setItem(row, 4, number(percent(f.executionBasisPoints) + (f.complete ? QString() : QStringLiteral(" *"))));
    }
}

void FinancePage::display(const FinanceView &view)
{
    while (QLayoutItem *item = m_kpis->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (view.error) {
        m_scope->setText(view.error->message);
        return;
    }
    const QString currency = view.rollup.reportingCurrency;
    const FinanceFigures f = figuresOf(view.rollup.total, currency);
    const QLocale locale;
    const QList<std::pair<QString, Money>> tiles{{tr("Budget"), f.budget}, {tr("Committed"), f.committed}, {tr("Disbursed"), f.disbursed},
        {tr("Spent"), f.spent}, {tr("Balance"), f.balance}};
    for (int i = 0; i < tiles.size(); ++i) {
        auto *caption = new QLabel(tiles.at(i).first, this);
        auto *value = new QLabel(QStringLiteral("%1 %2").arg(currency, tiles.at(i).second.formatAmount(locale)), this);
        QFont big = value->font();
        big.setPointSizeF(big.pointSizeF() * 1.3);
        big.setBold(true);
        value->setFont(big);
        value->setObjectName(QStringLiteral("kpi-%1").arg(i));
        m_kpis->addWidget(caption, 0, i);
        m_kpis->addWidget(value, 1, i);
    }
    m_execution->setValue(std::clamp(f.executionBasisPoints / 100, 0, 100));
    m_execution->setFormat(tr("Execution %1 of the budget (disbursed and spent)").arg(percent(f.executionBasisPoints)));
    fillGroups(m_byYear, view.rollup.byYear, currency, false);
    fillGroups(m_byLine, view.rollup.byLine, currency, true);

    QStringList missing;
    for (const Unconverted &u : view.rollup.total.unconverted) {
        const QString measure = u.measure == kBudgetMeasure ? tr("budget") : transactionTypeName(u.measure, m_language);
        missing << tr("%1 %2: %n amount(s) from %3", nullptr, int(u.count)).arg(u.currency, measure, DateFormat::display(u.earliest));
    }
    m_unconverted->setText(missing.isEmpty()
            ? QString()
            : tr("* Not in the totals, for want of an exchange rate into %1: %2").arg(currency, missing.join(QStringLiteral("; "))));
    m_unconverted->setVisible(!missing.isEmpty());

    m_flags->setRowCount(int(view.flags.size()));
    for (int row = 0; row < view.flags.size(); ++row) {
        const FinanceFlag &flag = view.flags.at(row);
        auto *code = new QTableWidgetItem(flag.code);
        code->setData(Qt::UserRole, flag.projectId);
        m_flags->setItem(row, 0, code);
        m_flags->setItem(row, 1, new QTableWidgetItem(pick(m_language, flag.titleEn, flag.titleZh)));
        const QString issue = flag.kind == FinanceFlag::Kind::MissingRate
            ? tr("No %1 rate for %n transaction(s) from %2", nullptr, int(flag.count))
                  .arg(flag.currency, DateFormat::display(flag.firstDate))
            : tr("Overspent: %1 used of a budget of %2")
                  .arg(Money(flag.used, flag.currency).format(locale), Money(flag.budget, flag.currency).format(locale));
        m_flags->setItem(row, 2, new QTableWidgetItem(issue));
    }
    m_flags->resizeColumnToContents(0);
    m_flags->setColumnWidth(1, 420);
}

} // namespace pd::ui
