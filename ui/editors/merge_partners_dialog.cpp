#include "merge_partners_dialog.h"

#include "pickers.h"
#include "services/partner_merger.h"
#include "services/portfolio.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace pd::ui {

MergePartnersDialog::MergePartnersDialog(Portfolio &portfolio, const Partner &merged, Language language, QWidget *parent)
    : QDialog(parent)
    , m_portfolio(portfolio)
    , m_merged(merged)
    , m_language(language)
    , m_kept(new SearchPicker(this))
    , m_summary(new QLabel(this))
{
    setWindowTitle(tr("Merge Partners"));
    m_kept->setObjectName(QStringLiteral("keptPartner"));
    fillPartners(m_kept, portfolio.partners(), language);
    m_kept->removeItem(m_kept->findData(merged.id));
    // The likely duplicates first: usually the record wanted.
    if (auto likely = PartnerMerger(portfolio.database()).likelyDuplicates(merged)) {
        for (auto it = likely->crbegin(); it != likely->crend(); ++it) {
            const int at = m_kept->findData(it->id);
            if (at < 0)
                continue;
            const QString text = m_kept->itemText(at);
            m_kept->removeItem(at);
            m_kept->insertItem(0, text, it->id);
        }
        m_kept->setCurrentIndex(likely->isEmpty() ? -1 : 0);
    }
    m_summary->setWordWrap(true);
    m_summary->setObjectName(QStringLiteral("summary"));
    auto *form = new QFormLayout(this);
    form->addRow(new QLabel(tr("Join <b>%1</b> into the record of the same organisation that is kept:").arg(merged.name(language).toHtmlEscaped()), this));
    form->addRow(tr("Keep"), m_kept);
    form->addRow(m_summary);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *merge = buttons->addButton(tr("Merge"), QDialogButtonBox::AcceptRole);
    merge->setObjectName(QStringLiteral("merge"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    connect(m_kept, &QComboBox::currentIndexChanged, this, [this, merge] {
        merge->setEnabled(keptId() > 0);
        describe();
    });
    merge->setEnabled(keptId() > 0);
    describe();
    resize(620, 260);
}

qint64 MergePartnersDialog::keptId() const
{
    return m_kept->chosen().toLongLong();
}

QString MergePartnersDialog::summaryText() const
{
    return m_summary->text();
}

void MergePartnersDialog::describe()
{
    auto refs = PartnerMerger(m_portfolio.database()).referencesOf(m_merged.id);
    if (!refs) {
        m_summary->setText(refs.error().describe());
        return;
    }
    m_summary->setText(tr("Its %n project role(s), %1 and %2 move to the record kept; its contacts and what the kept record lacks "
                          "(names, acronym, identifier, country) are added to it, and it is deleted. Edit > Undo takes the merge back.",
        nullptr, int(refs->roles.size()))
                           .arg(tr("%n delivery(ies)", nullptr, int(refs->deliveries.size())),
                               tr("%n transaction(s)", nullptr, int(refs->providerOf.size() + refs->receiverOf.size()))));
}

} // namespace pd::ui
