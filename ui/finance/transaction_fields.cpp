#include "transaction_fields.h"

#include "reference/reference_data.h"

#include <QCompleter>
#include <QStringListModel>

namespace pd::ui {

namespace {
constexpr int kMore = -1; // the "More types..." item's data
}

PartnerNameField::PartnerNameField(const QList<Partner> &partners, Language language, QWidget *parent)
    : QLineEdit(parent)
{
    QStringList shown;
    for (const Partner &p : partners) {
        const QString name = p.name(language).isEmpty() ? p.name(language == Language::Chinese ? Language::English : Language::Chinese) : p.name(language);
        const QString text = p.acronym.isEmpty() ? name : QStringLiteral("%1 (%2)").arg(name, p.acronym);
        shown << text;
        m_shown.insert(p.id, text);
        for (const QString &key : {text, p.nameEn, p.nameZh, p.acronym, p.iatiId}) {
            if (!key.isEmpty())
                m_ids.insert(key.trimmed().toCaseFolded(), p.id);
        }
        // The other language's name completes too.
        const QString other = p.name(language == Language::Chinese ? Language::English : Language::Chinese);
        if (!other.isEmpty() && other != name) {
            shown << QStringLiteral("%1 (%2)").arg(other, p.acronym.isEmpty() ? name : p.acronym);
            m_ids.insert(shown.last().toCaseFolded(), p.id);
        }
    }
    auto *completer = new QCompleter(new QStringListModel(shown, this), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setMaxVisibleItems(12);
    setCompleter(completer);
    setPlaceholderText(tr("A partner (type any word of its name) or any organisation's name"));
}

void PartnerNameField::set(qint64 partnerId, const QString &freeText)
{
    setText(partnerId > 0 ? m_shown.value(partnerId, freeText) : freeText);
}

std::pair<qint64, QString> PartnerNameField::value() const
{
    const QString typed = text().trimmed();
    if (typed.isEmpty())
        return {0, QString()};
    if (const qint64 id = m_ids.value(typed.toCaseFolded(), 0))
        return {id, QString()};
    return {0, typed};
}

TransactionTypeBox::TransactionTypeBox(FundingSource funding, Language language, QWidget *parent)
    : QComboBox(parent)
    , m_funding(funding)
    , m_language(language)
{
    fill(false);
    connect(this, &QComboBox::activated, this, [this](int index) {
        if (itemData(index).toInt() != kMore) {
            m_last = itemData(index).toInt();
            return;
        }
        fill(true);
        setType(m_last);
        showPopup();
    });
}

QList<int> TransactionTypeBox::primaryTypes(FundingSource funding)
{
    const bool loan = funding == FundingSource::InterestFreeLoan || funding == FundingSource::ConcessionalLoan;
    // Incoming commitment and funds, outgoing commitment, disbursement, expenditure, reimbursement, pledges.
    QList<int> types{11, 1, 2, 3, 4, 7, 12, 13};
    if (loan)
        types << 5 << 6; // interest payment, loan repayment
    return types;
}

void TransactionTypeBox::fill(bool all)
{
    m_all = all;
    const QList<int> primary = primaryTypes(m_funding);
    clear();
    auto add = [this](const CodeItem &item) { addItem(QStringLiteral("%1 %2").arg(item.code, item.name(m_language)), item.code.toInt()); };
    const QList<CodeItem> &types = ReferenceData::instance().codelist(QStringLiteral("TransactionType"));
    for (int code : primary) {
        const auto it = std::find_if(types.cbegin(), types.cend(), [code](const CodeItem &i) { return i.code.toInt() == code; });
        if (it != types.cend())
            add(*it);
    }
    if (!all) {
        addItem(tr("More types..."), kMore);
        return;
    }
    insertSeparator(count());
    for (const CodeItem &item : types) {
        if (!primary.contains(item.code.toInt()))
            add(item);
    }
}

void TransactionTypeBox::setType(int type)
{
    if (findData(type) < 0 && !m_all)
        fill(true);
    setCurrentIndex(std::max(0, findData(type)));
    m_last = currentData().toInt();
}

int TransactionTypeBox::type() const
{
    return currentData().toInt() == kMore ? m_last : currentData().toInt();
}

} // namespace pd::ui
