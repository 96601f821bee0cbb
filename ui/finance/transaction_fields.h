#pragma once

#include "common/language.h"
#include "domain/enums.h"
#include "domain/partner.h"

#include <QComboBox>
#include <QHash>
#include <QLineEdit>

namespace pd::ui {

// A transaction's provider or receiver: a partner picked by any of its names or its acronym (the
// list completes what is typed, in English and Chinese), or any other organisation's name as text.
class PartnerNameField final : public QLineEdit
{
    Q_OBJECT

public:
    PartnerNameField(const QList<Partner> &partners, Language language, QWidget *parent = nullptr);
    void set(qint64 partnerId, const QString &freeText);
    // The partner named (its id, no text), or 0 and the text typed.
    std::pair<qint64, QString> value() const;

private:
    QHash<QString, qint64> m_ids; // case-folded name, Chinese name, acronym and shown text -> id
    QHash<qint64, QString> m_shown;
};

// The IATI transaction types, those that fit the project's funding first: a grant's commitments,
// disbursements and expenditure; a loan's also interest and repayments. The others (equity, credit
// guarantees, a grant's loan types) are behind "More types...".
class TransactionTypeBox final : public QComboBox
{
    Q_OBJECT

public:
    TransactionTypeBox(FundingSource funding, Language language, QWidget *parent = nullptr);
    void setType(int type);
    int type() const;
    bool showsAll() const { return m_all; }
    static QList<int> primaryTypes(FundingSource funding);

private:
    void fill(bool all);

    FundingSource m_funding;
    Language m_language;
    bool m_all = false;
    int m_last = 0;
};

} // namespace pd::ui
