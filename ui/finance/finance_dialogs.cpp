#include "finance_dialogs.h"

#include "reference/reference_data.h"
#include "shell/date_field.h"
#include "transaction_fields.h"

#include <QCoreApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace pd::ui {

namespace {

// A required date, today unless the record has one.
DateField *dateField(const QDate &date, QWidget *parent)
{
    auto *edit = new DateField(date.isValid() ? date : QDate::currentDate(), parent);
    edit->setOptional(false);
    return edit;
}


QLabel *messageLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->setWordWrap(true);
    return label;
}

QDialogButtonBox *buttons(QDialog *dialog)
{
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QObject::connect(box, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return box;
}

// The messages under the fields, a date that is no date marked and given the cursor, and the
// dialog grown to show every line.
void showProblems(QDialog *dialog, QLabel *message, const QList<FieldError> &errors)
{
    QStringList lines;
    for (const FieldError &e : errors)
        lines << e.message;
    message->setText(lines.join(u'\n'));
    if (DateField *bad = firstUnacceptableDate(dialog))
        bad->revealProblem();
    dialog->adjustSize();
}

} // namespace

QString transactionTypeName(int type, Language language)
{
    const CodeItem *item = ReferenceData::instance().code(QStringLiteral("TransactionType"), QString::number(type));
    return item ? item->name(language) : QString::number(type);
}

MoneyFields::MoneyFields(QWidget *parent)
    : amount(new QLineEdit(parent))
    , currency(new QComboBox(parent))
{
    amount->setPlaceholderText(QStringLiteral("0.00"));
    amount->setAccessibleName(QCoreApplication::translate("pd::ui::MoneyFields", "Amount"));
    currency->setAccessibleName(QCoreApplication::translate("pd::ui::MoneyFields", "Currency"));
    for (const char *common : {"USD", "CNY", "EUR", "JPY", "GBP", "CHF", "XDR"})
        currency->addItem(QLatin1String(common));
    currency->insertSeparator(currency->count());
    for (const CurrencyInfo &c : ReferenceData::instance().currencies())
        currency->addItem(c.code);
}

void MoneyFields::set(const Money &money)
{
    if (money.isValid()) {
        amount->setText(money.formatAmount(QLocale()));
        currency->setCurrentText(money.currency());
    }
}

Result<Money> MoneyFields::money() const
{
    return Money::parse(amount->text().trimmed() + u' ' + currency->currentText(), QLocale());
}

BudgetLineDialog::BudgetLineDialog(const BudgetLine &line, Language language, QWidget *parent)
    : QDialog(parent)
    , m_line(line)
    , m_from(dateField(line.periodStart, this))
    , m_to(dateField(line.periodEnd, this))
    , m_category(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_money(this)
    , m_message(messageLabel(this))
{
    setWindowTitle(line.id ? tr("Edit Budget Line") : tr("Add Budget Line"));
    for (BudgetCategory c : allBudgetCategories())
        m_category->addItem(nameOf(c, language), keyOf(c));
    m_category->setCurrentIndex(std::max(0, m_category->findData(keyOf(line.category))));
    m_type->addItem(tr("Original"), iati::kBudgetOriginal);
    m_type->addItem(tr("Revised"), iati::kBudgetRevised);
    m_type->setCurrentIndex(std::max(0, m_type->findData(line.type)));
    m_status->addItem(tr("Indicative"), iati::kBudgetIndicative);
    m_status->addItem(tr("Committed"), iati::kBudgetCommitted);
    m_status->setCurrentIndex(std::max(0, m_status->findData(line.status)));
    m_money.set(line.amount);
    auto *amount = new QHBoxLayout;
    amount->addWidget(m_money.amount, 1);
    amount->addWidget(m_money.currency);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Period from"), m_from);
    form->addRow(tr("Period to"), m_to);
    form->addRow(tr("Category"), m_category);
    form->addRow(tr("Amount"), amount);
    form->addRow(tr("Budget type"), m_type);
    form->addRow(tr("Budget status"), m_status);
    form->addRow(m_message);
    form->addRow(buttons(this));
}

Result<BudgetLine> BudgetLineDialog::line() const
{
    if (QList<FieldError> errors = dateInputErrors({{m_from, "period_start"}, {m_to, "period_end"}}); !errors.isEmpty())
        return Error::validation(errors);
    BudgetLine b = m_line;
    b.periodStart = m_from->date();
    b.periodEnd = m_to->date();
    b.category = budgetCategoryFromKey(m_category->currentData().toString()).value_or(BudgetCategory::Other);
    b.type = m_type->currentData().toInt();
    b.status = m_status->currentData().toInt();
    auto money = m_money.money();
    if (!money)
        return Error::validation({{QStringLiteral("amount"), money.error().message}});
    b.amount = money.value();
    if (const QList<FieldError> errors = validateBudgetLine(b); !errors.isEmpty())
        return Error::validation(errors);
    return b;
}

void BudgetLineDialog::accept()
{
    auto result = line();
    if (!result) {
        showProblems(this, m_message, result.error().fields);
        return;
    }
    QDialog::accept();
}

TransactionDialog::TransactionDialog(
    const FinancialTransaction &transaction, FundingSource funding, const QList<Partner> &partners, Language language, QWidget *parent)
    : QDialog(parent)
    , m_transaction(transaction)
    , m_type(new TransactionTypeBox(funding, language, this))
    , m_date(dateField(transaction.date, this))
    , m_valueDate(dateField(transaction.effectiveValueDate(), this))
    , m_money(this)
    , m_provider(new PartnerNameField(partners, language, this))
    , m_receiver(new PartnerNameField(partners, language, this))
    , m_description(new QLineEdit(transaction.description, this))
    , m_reference(new QLineEdit(transaction.reference, this))
    , m_message(messageLabel(this))
{
    setWindowTitle(transaction.id ? tr("Edit Transaction") : tr("Add Transaction"));
    setMinimumWidth(480);
    m_type->setObjectName(QStringLiteral("type"));
    m_type->setType(transaction.type);
    m_provider->setObjectName(QStringLiteral("provider"));
    m_receiver->setObjectName(QStringLiteral("receiver"));
    m_provider->set(transaction.providerId, transaction.providerName);
    m_receiver->set(transaction.receiverId, transaction.receiverName);
    m_money.set(transaction.amount);
    m_money.amount->setToolTip(tr("A negative amount records a reversal."));
    auto *amount = new QHBoxLayout;
    amount->addWidget(m_money.amount, 1);
    amount->addWidget(m_money.currency);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Type"), m_type);
    form->addRow(tr("Date"), m_date);
    form->addRow(tr("Value date"), m_valueDate);
    form->addRow(tr("Amount"), amount);
    form->addRow(tr("Provider"), m_provider);
    form->addRow(tr("Receiver"), m_receiver);
    form->addRow(tr("Description"), m_description);
    form->addRow(tr("Reference"), m_reference);
    form->addRow(m_message);
    form->addRow(buttons(this));
}

Result<FinancialTransaction> TransactionDialog::transaction() const
{
    if (QList<FieldError> errors = dateInputErrors({{m_date, "date"}, {m_valueDate, "value_date"}}); !errors.isEmpty())
        return Error::validation(errors);
    FinancialTransaction t = m_transaction;
    t.type = m_type->type();
    t.date = m_date->date();
    t.valueDate = m_valueDate->date();
    std::tie(t.providerId, t.providerName) = m_provider->value();
    std::tie(t.receiverId, t.receiverName) = m_receiver->value();
    t.description = m_description->text().trimmed();
    t.reference = m_reference->text().trimmed();
    auto money = m_money.money();
    if (!money)
        return Error::validation({{QStringLiteral("amount"), money.error().message}});
    t.amount = money.value();
    if (const QList<FieldError> errors = validateTransaction(t); !errors.isEmpty())
        return Error::validation(errors);
    return t;
}

void TransactionDialog::accept()
{
    auto result = transaction();
    if (!result) {
        showProblems(this, m_message, result.error().fields);
        return;
    }
    QDialog::accept();
}

} // namespace pd::ui
