#include "rates_dialog.h"

#include "shell/date_field.h"
#include "shell/date_format.h"
#include "shell/read_failure.h"

#include "commands/portfolio_events.h"
#include "interchange/rate_table.h"
#include "reference/reference_data.h"
#include "services/finance_service.h"
#include "services/portfolio.h"
#include "storage/live_files.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pd::ui {

RatesDialog::RatesDialog(Portfolio &portfolio, PortfolioEvents &events, Language language, QWidget *parent)
    : QDialog(parent)
    , m_portfolio(portfolio)
    , m_events(events)
    , m_currency(new QComboBox(this))
    , m_table(new QTableWidget(0, 3, this))
    , m_date(new DateField(QDate::currentDate(), this))
    , m_rate(new QLineEdit(this))
    , m_source(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    FinanceService finance(portfolio.database());
    auto reportingCurrency = finance.reportingCurrency();
    auto all = finance.rates();
    if (!reportingCurrency)
        reportReadFailure(parent, reportingCurrency.error());
    else if (!all)
        reportReadFailure(parent, all.error());
    const QString quote = reportingCurrency ? reportingCurrency.value() : QString();
    setWindowTitle(quote.isEmpty() ? tr("Exchange Rates") : tr("Exchange Rates into %1").arg(quote));
    QStringList withRates;
    for (const ExchangeRate &r : all ? all.value() : QList<ExchangeRate>()) {
        if (!withRates.contains(r.currency))
            withRates << r.currency;
    }
    for (const CurrencyInfo &c : ReferenceData::instance().currencies()) {
        if (c.code != quote)
            m_currency->addItem(QStringLiteral("%1 %2").arg(c.code, c.name(language)), c.code);
    }
    m_currency->setCurrentIndex(std::max(0, m_currency->findData(withRates.value(0, QStringLiteral("CNY")))));
    m_table->setHorizontalHeaderLabels({tr("From"), tr("Rate (%1 per unit)").arg(quote), tr("Source")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_date->setOptional(false);
    m_rate->setPlaceholderText(QStringLiteral("0.1385"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto *add = new QPushButton(tr("Set Rate"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    auto *paste = new QPushButton(tr("Paste Table"), this);
    paste->setToolTip(tr("Lines of \"date, rate\" for this currency, or \"currency, date, rate\", copied from a spreadsheet."));
    auto *import = new QPushButton(tr("Import CSV..."), this);
    connect(m_currency, &QComboBox::currentIndexChanged, this, &RatesDialog::showCurrency);
    connect(add, &QPushButton::clicked, this, &RatesDialog::addRate);
    connect(remove, &QPushButton::clicked, this, &RatesDialog::removeSelected);
    connect(paste, &QPushButton::clicked, this, [this] {
        importText(QApplication::clipboard()->text(), tr("pasted table"));
    });
    connect(import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import Rates"), QString(), tr("CSV files (*.csv *.txt);;All files (*)"));
        if (path.isEmpty())
            return;
        // The open portfolio is no rate table, and reading it by other means would drop SQLite's locks.
        if (Status notLive = LiveFiles::refuseIfLive(path); !notLive) {
            m_message->setText(notLive.error().message);
            return;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            m_message->setText(tr("Cannot read %1: %2").arg(path, file.errorString()));
            return;
        }
        // Read as a CSV file, not whole into memory: the reader detects and checks its encoding.
        const QString firstLine = QString::fromLatin1(file.peek(64 * 1024)).section(u'\n', 0, 0);
        importRates(readRateTable(file, path, namesCurrency(firstLine) ? QString() : m_currency->currentData().toString()));
    });

    // Rates are the portfolio's, set by its admins (on a team server) and never on a read-only view.
    const Database &db = portfolio.database();
    if (!db.isWritable() || !db.spec().team.mayAdminister()) {
        for (QWidget *w : std::initializer_list<QWidget *>{add, remove, paste, import, m_date, m_rate, m_source})
            w->setEnabled(false);
        m_message->setStyleSheet(QString());
        m_message->setText(db.isWritable() ? tr("Only an admin of this portfolio sets exchange rates.")
                                           : tr("The portfolio is open read-only: rates are shown, not changed."));
    }

    m_date->setName(tr("Valid from"));
    m_rate->setAccessibleName(tr("Rate"));
    m_source->setAccessibleName(tr("Source"));
    m_table->setAccessibleName(tr("Rates"));
    auto *entry = new QHBoxLayout;
    entry->addWidget(m_date);
    entry->addWidget(m_rate, 1);
    entry->addWidget(m_source, 1);
    entry->addWidget(add);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(remove);
    buttons->addStretch(1);
    buttons->addWidget(paste);
    buttons->addWidget(import);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::accept);
    // The portfolio's reporting currency: rates are kept per reporting currency.
    auto *reporting = new QComboBox(this);
    reporting->setObjectName(QStringLiteral("reportingCurrency"));
    for (const char *code : {"USD", "CNY"})
        reporting->addItem(QLatin1String(code), QLatin1String(code));
    reporting->setCurrentIndex(std::max(0, reporting->findData(quote)));
    connect(reporting, &QComboBox::currentIndexChanged, this, [this, reporting] {
        if (Status s = FinanceService(m_portfolio.database()).setReportingCurrency(reporting->currentData().toString()); !s) {
            m_message->setText(s.error().describe());
            return;
        }
        setWindowTitle(tr("Exchange Rates into %1").arg(reporting->currentData().toString()));
        m_table->setHorizontalHeaderItem(1, new QTableWidgetItem(tr("Rate (%1 per unit)").arg(reporting->currentData().toString())));
        showCurrency();
        Q_EMIT m_events.projectsChanged();
    });
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->addRow(tr("Reporting currency of this portfolio"), reporting);
    form->addRow(tr("Currency"), m_currency);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(new QLabel(tr("New rate (valid from the date until the next one), and its source:"), this));
    layout->addLayout(entry);
    layout->addWidget(m_message);
    layout->addWidget(close);
    resize(640, 560);
    showCurrency();
}

void RatesDialog::showCurrency()
{
    const QString code = m_currency->currentData().toString();
    auto rates = FinanceService(m_portfolio.database()).rates(code);
    if (!rates) {
        m_message->setText(rates.error().message);
        reportReadFailure(this, rates.error());
    }
    const QList<ExchangeRate> list = rates ? rates.value() : QList<ExchangeRate>();
    m_table->setRowCount(int(list.size()));
    for (int row = 0; row < list.size(); ++row) {
        const ExchangeRate &r = list.at(row);
        auto *day = new QTableWidgetItem(DateFormat::display(r.date));
        day->setData(Qt::UserRole, r.date);
        m_table->setItem(row, 0, day);
        auto *value = new QTableWidgetItem(r.rate.toString());
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 1, value);
        m_table->setItem(row, 2, new QTableWidgetItem(r.source));
    }
    m_table->scrollToBottom();
}

void RatesDialog::addRate()
{
    if (auto bad = m_date->inputError(QStringLiteral("date"))) {
        m_message->setText(bad->message);
        m_date->revealProblem();
        return;
    }
    auto rate = Rate::parse(m_rate->text());
    if (!rate) {
        m_message->setText(rate.error().message);
        return;
    }
    const ExchangeRate entry{m_currency->currentData().toString(), m_date->date(), rate.value(), m_source->text().trimmed()};
    if (Status s = FinanceService(m_portfolio.database()).setRate(entry); !s) {
        m_message->setText(s.error().describe());
        return;
    }
    m_message->clear();
    m_rate->clear();
    showCurrency();
    Q_EMIT m_events.projectsChanged(); // the figures that use rates change
}

void RatesDialog::removeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const QDate date = m_table->item(row, 0)->data(Qt::UserRole).toDate();
    if (Status s = FinanceService(m_portfolio.database()).removeRate(m_currency->currentData().toString(), date); !s) {
        m_message->setText(s.error().describe());
        return;
    }
    showCurrency();
    Q_EMIT m_events.projectsChanged();
}

bool RatesDialog::namesCurrency(const QString &firstLine)
{
    // Two fields a line ("date, rate") are rates of the currency shown; three or more name theirs.
    const QString line = firstLine.trimmed();
    return line.count(u',') + line.count(u';') + line.count(u'\t') >= 2;
}

bool RatesDialog::importText(const QString &text, const QString &place)
{
    const QString firstLine = text.trimmed().section(u'\n', 0, 0);
    return importRates(parseRateTable(text, place, namesCurrency(firstLine) ? QString() : m_currency->currentData().toString()));
}

bool RatesDialog::importRates(const Result<QList<ExchangeRate>> &rates)
{
    if (!rates) {
        m_message->setText(rates.error().describe());
        return false;
    }
    if (Status s = FinanceService(m_portfolio.database()).importRates(rates.value()); !s) {
        m_message->setText(s.error().describe());
        return false;
    }
    m_message->setText(tr("%n rate(s) imported.", nullptr, int(rates->size())));
    showCurrency();
    Q_EMIT m_events.projectsChanged();
    return true;
}

} // namespace pd::ui
