#pragma once

#include "common/language.h"
#include "domain/finance.h"
#include "domain/partner.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace pd::ui {

class DateField;
class PartnerNameField;
class TransactionTypeBox;

// Amount and currency as two fields; the amount is read exactly (no floating point).
class MoneyFields
{
public:
    MoneyFields(QWidget *parent);
    QLineEdit *amount = nullptr;
    QComboBox *currency = nullptr;
    void set(const Money &money);
    Result<Money> money() const;
};

class BudgetLineDialog final : public QDialog
{
    Q_OBJECT

public:
    BudgetLineDialog(const BudgetLine &line, Language language, QWidget *parent = nullptr);
    // The line as entered; an error names the field when the amount cannot be read.
    Result<BudgetLine> line() const;
    void accept() override;

private:
    BudgetLine m_line;
    DateField *m_from = nullptr;
    DateField *m_to = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_status = nullptr;
    MoneyFields m_money;
    QLabel *m_message = nullptr;
};

class TransactionDialog final : public QDialog
{
    Q_OBJECT

public:
    // funding: the project's, whose fitting transaction types come first; partners: those the
    // provider and receiver fields offer.
    TransactionDialog(const FinancialTransaction &transaction, FundingSource funding, const QList<Partner> &partners, Language language,
        QWidget *parent = nullptr);
    Result<FinancialTransaction> transaction() const;
    void accept() override;

private:
    FinancialTransaction m_transaction;
    TransactionTypeBox *m_type = nullptr;
    DateField *m_date = nullptr;
    DateField *m_valueDate = nullptr;
    MoneyFields m_money;
    PartnerNameField *m_provider = nullptr;
    PartnerNameField *m_receiver = nullptr;
    QLineEdit *m_description = nullptr;
    QLineEdit *m_reference = nullptr;
    QLabel *m_message = nullptr;
};

// The IATI transaction type's name in the language ("Disbursement" / "支出").
QString transactionTypeName(int type, Language language);

} // namespace pd::ui
