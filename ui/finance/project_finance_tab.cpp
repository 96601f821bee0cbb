#include "project_finance_tab.h"

#include "shell/color_scheme.h"
#include "shell/date_format.h"
#include "shell/read_failure.h"

#include "analytics/finance_rollup.h"
#include "commands/finance_commands.h"
#include "commands/portfolio_events.h"
#include "finance_dialogs.h"
#include "services/finance_service.h"
#include "services/portfolio.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pd::ui {

namespace {

QTableWidget *table(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QTableWidgetItem *amountItem(const Money &m)
{
    auto *item = new QTableWidgetItem(m.format(QLocale()));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (m.isNegative())
        item->setForeground(ColorScheme::alertText());
    return item;
}

} // namespace

ProjectFinanceTab::ProjectFinanceTab(Portfolio &portfolio, PortfolioEvents &events, QUndoStack &undo, Language language, qint64 projectId,
                                     QWidget *parent)
    : QWidget(parent)
    , m_portfolio(portfolio)
    , m_events(events)
    , m_undo(undo)
    , m_language(language)
    , m_projectId(projectId)
{
    m_budgets = table({tr("Period"), tr("Category"), tr("Type"), tr("Status"), tr("Amount")}, this);
    m_budgets->setObjectName(QStringLiteral("budgetTable"));
    m_budgets->setAccessibleName(tr("Budget lines"));
    m_transactions = table({tr("Date"), tr("Type"), tr("Amount"), tr("Value date"), tr("Provider / receiver"), tr("Description")}, this);
    m_transactions->setObjectName(QStringLiteral("transactionTable"));
    m_transactions->setAccessibleName(tr("Transactions"));
    m_message = new QLabel(this);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->setWordWrap(true);

    auto buttonsFor = [this](QTableWidget *t, auto add, auto edit) {
        auto *row = new QHBoxLayout;
        auto *addButton = new QPushButton(tr("Add..."), this);
        auto *editButton = new QPushButton(tr("Edit..."), this);
        auto *removeButton = new QPushButton(tr("Remove"), this);
        connect(addButton, &QPushButton::clicked, this, add);
        connect(editButton, &QPushButton::clicked, this, [t, edit] {
            if (t->currentRow() >= 0)
                edit(t->currentRow());
        });
        connect(t, &QTableWidget::cellDoubleClicked, this, [edit](int r, int) { edit(r); });
        connect(removeButton, &QPushButton::clicked, this, [this, t] { removeSelected(t); });
        row->addWidget(addButton);
        row->addWidget(editButton);
        row->addWidget(removeButton);
        row->addStretch(1);
        return row;
    };
    auto *budgetBox = new QGroupBox(tr("Budget lines"), this);
    auto *budgetLayout = new QVBoxLayout(budgetBox);
    budgetLayout->addWidget(m_budgets);
    budgetLayout->addLayout(buttonsFor(m_budgets, [this] {
        BudgetLine fresh;
        fresh.projectId = m_projectId;
        fresh.periodStart = QDate(QDate::currentDate().year(), 1, 1);
        fresh.periodEnd = QDate(QDate::currentDate().year(), 12, 31);
        BudgetLineDialog dialog(fresh, m_language, this);
        if (dialog.exec() == QDialog::Accepted)
            addBudgetLine(dialog.line().value());
    }, [this](int r) { editBudgetLine(r); }));
    auto *txBox = new QGroupBox(tr("Transactions"), this);
    auto *txLayout = new QVBoxLayout(txBox);
    txLayout->addWidget(m_transactions);
    txLayout->addLayout(buttonsFor(m_transactions, [this] {
        FinancialTransaction fresh;
        fresh.projectId = m_projectId;
        fresh.date = QDate::currentDate();
        FinancialTransaction base = fresh;
        auto dialog = transactionDialog(base);
        if (dialog->exec() == QDialog::Accepted)
            addTransaction(dialog->transaction().value());
    }, [this](int r) { editTransaction(r); }));
    auto *totalsBox = new QGroupBox(tr("Execution"), this);
    m_totals = new QVBoxLayout(totalsBox);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(budgetBox, 1);
    layout->addWidget(txBox, 1);
    layout->addWidget(totalsBox);
    layout->addWidget(m_message);
    connect(&m_events, &PortfolioEvents::projectsChanged, this, &ProjectFinanceTab::refresh);
    refresh();
}

std::unique_ptr<TransactionDialog> ProjectFinanceTab::transactionDialog(const FinancialTransaction &transaction)
{
    // The project's funding orders the types; the partners are offered as provider and receiver.
    const FundingSource funding = m_funding ? m_funding() : m_portfolio.projects().get(m_projectId).value_or(Project{}).funding;
    PartnerQuery everyone;
    everyone.countProjects = false;
    auto partners = m_portfolio.partners().list(everyone);
    QList<Partner> list;
    if (partners) {
        for (const PartnerSummary &s : partners.value())
            list.append(s.partner);
    }
    return std::make_unique<TransactionDialog>(transaction, funding, list, m_language, this);
}

bool ProjectFinanceTab::run(ServiceCommand *command)
{
    Status s = ServiceCommand::run(m_undo, command);
    m_message->setText(s ? QString() : s.error().describe());
    return s.ok();
}

bool ProjectFinanceTab::addBudgetLine(const BudgetLine &line)
{
    if (isDraft()) {
        m_budgetLines.append(line);
        refresh();
        return true;
    }
    return run(new AddBudgetLineCommand(m_portfolio, m_events, line));
}

bool ProjectFinanceTab::addTransaction(const FinancialTransaction &transaction)
{
    if (isDraft()) {
        m_transactionList.append(transaction);
        refresh();
        return true;
    }
    return run(new AddTransactionCommand(m_portfolio, m_events, transaction));
}

void ProjectFinanceTab::attach(qint64 projectId)
{
    m_projectId = projectId;
    m_budgetLines.clear();
    m_transactionList.clear();
    refresh();
}

void ProjectFinanceTab::editBudgetLine(int row)
{
    if (row < 0 || row >= m_budgetLines.size())
        return;
    const BudgetLine before = m_budgetLines.at(row);
    BudgetLineDialog dialog(before, m_language, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (isDraft()) {
        m_budgetLines[row] = dialog.line().value();
        refresh();
        return;
    }
    run(new EditBudgetLineCommand(m_portfolio, m_events, before, dialog.line().value()));
}

void ProjectFinanceTab::editTransaction(int row)
{
    if (row < 0 || row >= m_transactionList.size())
        return;
    const FinancialTransaction before = m_transactionList.at(row);
    auto dialog = transactionDialog(before);
    if (dialog->exec() != QDialog::Accepted)
        return;
    if (isDraft()) {
        m_transactionList[row] = dialog->transaction().value();
        refresh();
        return;
    }
    run(new EditTransactionCommand(m_portfolio, m_events, before, dialog->transaction().value()));
}

void ProjectFinanceTab::removeSelected(QTableWidget *t)
{
    const int row = t->currentRow();
    if (isDraft()) {
        if (t == m_budgets && row >= 0 && row < m_budgetLines.size())
            m_budgetLines.removeAt(row);
        else if (t == m_transactions && row >= 0 && row < m_transactionList.size())
            m_transactionList.removeAt(row);
        refresh();
        return;
    }
    if (t == m_budgets && row >= 0 && row < m_budgetLines.size())
        run(new RemoveBudgetLineCommand(m_portfolio, m_events, m_budgetLines.at(row)));
    else if (t == m_transactions && row >= 0 && row < m_transactionList.size())
        run(new RemoveTransactionCommand(m_portfolio, m_events, m_transactionList.at(row)));
}

void ProjectFinanceTab::refresh()
{
    if (!isDraft()) { // a draft's lines are its own
        FinanceService finance(m_portfolio.database());
        auto budgets = finance.budgetLines(m_projectId);
        auto transactions = finance.transactions(m_projectId);
        if (!budgets)
            reportReadFailure(this, budgets.error());
        else if (!transactions)
            reportReadFailure(this, transactions.error());
        m_budgetLines = budgets ? budgets.value() : QList<BudgetLine>();
        m_transactionList = transactions ? transactions.value() : QList<FinancialTransaction>();
    }

    m_budgets->setRowCount(int(m_budgetLines.size()));
    for (int r = 0; r < m_budgetLines.size(); ++r) {
        const BudgetLine &b = m_budgetLines.at(r);
        m_budgets->setItem(r, 0, new QTableWidgetItem(QStringLiteral("%1 – %2").arg(DateFormat::display(b.periodStart), DateFormat::display(b.periodEnd))));
        m_budgets->setItem(r, 1, new QTableWidgetItem(nameOf(b.category, m_language)));
        m_budgets->setItem(r, 2, new QTableWidgetItem(b.type == iati::kBudgetRevised ? tr("Revised") : tr("Original")));
        m_budgets->setItem(r, 3, new QTableWidgetItem(b.status == iati::kBudgetCommitted ? tr("Committed") : tr("Indicative")));
        m_budgets->setItem(r, 4, amountItem(b.amount));
    }
    m_transactions->setRowCount(int(m_transactionList.size()));
    QHash<qint64, QString> names;
    for (int r = 0; r < m_transactionList.size(); ++r) {
        const FinancialTransaction &t = m_transactionList.at(r);
        m_transactions->setItem(r, 0, new QTableWidgetItem(DateFormat::display(t.date)));
        m_transactions->setItem(r, 1, new QTableWidgetItem(transactionTypeName(t.type, m_language)));
        m_transactions->setItem(r, 2, amountItem(t.amount));
        m_transactions->setItem(r, 3, new QTableWidgetItem(DateFormat::display(t.effectiveValueDate())));
        // A partner named by id shows by its name, in the UI's language.
        auto party = [this, &names](qint64 id, const QString &text) {
            if (id <= 0)
                return text;
            if (!names.contains(id))
                names.insert(id, m_portfolio.partners().get(id).value_or(Partner{}).name(m_language));
            return names.value(id);
        };
        QStringList parties{party(t.providerId, t.providerName), party(t.receiverId, t.receiverName)};
        parties.removeAll(QString());
        m_transactions->setItem(r, 4, new QTableWidgetItem(parties.join(QStringLiteral(" → "))));
        m_transactions->setItem(r, 5, new QTableWidgetItem(t.description.isEmpty() ? t.reference : t.description));
    }
    m_budgets->resizeColumnsToContents();
    m_transactions->resizeColumnsToContents();
    showTotals();
}

void ProjectFinanceTab::showTotals()
{
    while (QLayoutItem *item = m_totals->takeAt(0)) {
        if (QLayout *row = item->layout()) {
            while (QLayoutItem *child = row->takeAt(0)) {
                delete child->widget();
                delete child;
            }
        }
        delete item->widget();
        delete item;
    }
    // Per currency: budget against disbursed + spent, in that currency (no rate needed).
    QMap<QString, std::array<qint64, 4>> perCurrency; // budget, committed, disbursed, spent
    auto count = [&perCurrency](int measure, const QString &currency, qint64 sum) {
        auto &row = perCurrency[currency];
        if (measure == kBudgetMeasure)
            row[0] += sum;
        else if (measure == iati::kOutgoingCommitment)
            row[1] += sum;
        else if (measure == iati::kDisbursement)
            row[2] += sum;
        else if (measure == iati::kExpenditure)
            row[3] += sum;
    };
    std::optional<FinanceRollup> rollup;
    if (isDraft()) { // not stored yet: the lines entered, each in its currency
        for (const BudgetLine &b : std::as_const(m_budgetLines))
            count(kBudgetMeasure, b.amount.currency(), b.amount.minorUnits());
        for (const FinancialTransaction &t : std::as_const(m_transactionList))
            count(t.type, t.amount.currency(), t.amount.minorUnits());
    } else {
        ProjectFilter only;
        only.projectId = m_projectId;
        auto computed = computeFinanceRollup(m_portfolio.database(), only);
        if (!computed) {
            m_message->setText(computed.error().describe());
            return;
        }
        rollup = std::move(computed).value();
        for (const NativeTotal &n : rollup->total.native)
            count(n.measure, n.currency, n.sum);
    }
    const QLocale locale;
    for (auto it = perCurrency.cbegin(); it != perCurrency.cend(); ++it) {
        const QString &currency = it.key();
        const auto &[budget, committed, disbursed, spent] = it.value();
        auto *row = new QHBoxLayout;
        auto *label = new QLabel(tr("%1: budget %2, committed %3, disbursed %4, spent %5")
                                     .arg(currency, Money(budget, currency).formatAmount(locale), Money(committed, currency).formatAmount(locale),
                                         Money(disbursed, currency).formatAmount(locale), Money(spent, currency).formatAmount(locale)),
                                 this);
        auto *bar = new QProgressBar(this);
        bar->setRange(0, 100);
        const qint64 used = disbursed + spent;
        const int percent = budget > 0 ? int(std::min<qint64>(100, used * 100 / budget)) : 0;
        bar->setValue(percent);
        bar->setFormat(budget > 0 ? QStringLiteral("%1%").arg(locale.toString(double(used) * 100.0 / double(budget), 'f', 1))
                                  : tr("no budget"));
        if (budget > 0 && used > budget) {
            bar->setStyleSheet(QStringLiteral("QProgressBar::chunk { background: #b00020; }"));
            bar->setToolTip(tr("More was disbursed and spent than budgeted."));
        }
        row->addWidget(label, 1);
        row->addWidget(bar);
        m_totals->addLayout(row);
    }
    if (!rollup) {
        auto *draft = new QLabel(tr("Stored with the project when it is saved."), this);
        draft->setObjectName(QStringLiteral("convertedTotals"));
        m_totals->addWidget(draft);
        return;
    }
    const FinanceFigures f = figuresOf(rollup->total, rollup->reportingCurrency);
    QString converted = tr("In %1: budget %2, committed %3, disbursed %4, spent %5, balance %6")
                            .arg(rollup->reportingCurrency, f.budget.formatAmount(locale), f.committed.formatAmount(locale),
                                f.disbursed.formatAmount(locale), f.spent.formatAmount(locale), f.balance.formatAmount(locale));
    if (!f.complete)
        converted += u' ' + tr("(some amounts have no exchange rate and are left out)");
    auto *total = new QLabel(converted, this);
    total->setObjectName(QStringLiteral("convertedTotals"));
    total->setWordWrap(true);
    m_totals->addWidget(total);
}

} // namespace pd::ui
