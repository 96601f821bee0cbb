#include "partner_editor.h"

#include "commands/partner_commands.h"
#include "pickers.h"
#include "reference/reference_data.h"
#include "services/partner_merger.h"
#include "services/portfolio.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pd::ui {

PartnerEditor::PartnerEditor(
    Portfolio &portfolio, PortfolioEvents &events, QUndoStack &undo, Language language, const Partner &partner, QWidget *parent)
    : QDialog(parent)
    , m_portfolio(portfolio)
    , m_events(events)
    , m_undo(undo)
    , m_language(language)
    , m_base(partner)
    , m_nameEn(new QLineEdit(this))
    , m_nameZh(new QLineEdit(this))
    , m_acronym(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_iatiId(new QLineEdit(this))
    , m_country(new SearchPicker(this))
    , m_networkSince(new QSpinBox(this))
    , m_contacts(new QTableWidget(0, 4, this))
    , m_duplicates(new QLabel(this))
    , m_message(new QLabel(this))
{
    setWindowTitle(partner.id ? tr("Partner %1").arg(partner.name(language)) : tr("New Partner"));
    m_type->addItem(tr("(unknown)"), 0);
    for (const CodeItem &type : ReferenceData::instance().codelist(QStringLiteral("OrganisationType")))
        m_type->addItem(QStringLiteral("%1 %2").arg(type.code, type.name(language)), type.code.toInt());
    fillCountries(m_country, language);
    m_country->insertItem(0, tr("(international organisation)"), QString());
    m_iatiId->setPlaceholderText(tr("AGENCY-ID, e.g. XM-DAC-41140"));
    m_networkSince->setRange(1994, QDate::currentDate().year());
    m_networkSince->setSpecialValueText(tr("not a member"));
    m_contacts->setHorizontalHeaderLabels({tr("Name"), tr("Position"), tr("E-mail"), tr("Phone")});
    m_contacts->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_contacts->verticalHeader()->hide();
    m_contacts->setMinimumHeight(110);
    for (QLabel *label : {m_duplicates, m_message}) {
        label->setWordWrap(true);
        label->setStyleSheet(QStringLiteral("color: #b00020;"));
    }
    const QList<std::pair<QWidget *, const char *>> names{{m_nameEn, "name_en"}, {m_nameZh, "name_zh"}, {m_acronym, "acronym"},
        {m_type, "org_type"}, {m_iatiId, "iati_id"}, {m_country, "country"}, {m_networkSince, "network_member_since"},
        {m_contacts, "contacts"}, {m_duplicates, "duplicates"}, {m_message, "message"}};
    for (const auto &[widget, name] : names)
        widget->setObjectName(QLatin1String(name));
    m_contacts->setAccessibleName(tr("Contacts"));

    auto *addContact = new QPushButton(tr("Add Contact"), this);
    auto *removeContact = new QPushButton(tr("Remove Contact"), this);
    connect(addContact, &QPushButton::clicked, this, [this] {
        m_contacts->insertRow(m_contacts->rowCount());
        m_contacts->setCurrentCell(m_contacts->rowCount() - 1, 0);
        m_contacts->editItem(m_contacts->currentItem());
    });
    connect(removeContact, &QPushButton::clicked, this, [this] {
        if (m_contacts->currentRow() >= 0)
            m_contacts->removeRow(m_contacts->currentRow());
    });
    auto *contactButtons = new QHBoxLayout;
    contactButtons->addWidget(addContact);
    contactButtons->addWidget(removeContact);
    contactButtons->addStretch(1);

    auto *form = new QFormLayout;
    form->addRow(tr("Name (English)"), m_nameEn);
    form->addRow(tr("Name (Chinese)"), m_nameZh);
    form->addRow(QString(), m_duplicates);
    form->addRow(tr("Acronym"), m_acronym);
    form->addRow(tr("Type"), m_type);
    form->addRow(tr("IATI identifier"), m_iatiId);
    form->addRow(tr("Country"), m_country);
    form->addRow(tr("SSC Network member since"), m_networkSince);
    form->addRow(tr("Contacts"), m_contacts);
    form->addRow(QString(), contactButtons);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PartnerEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PartnerEditor::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(640, 560);
    load(partner);
    for (QLineEdit *edit : {m_nameEn, m_nameZh, m_iatiId})
        connect(edit, &QLineEdit::editingFinished, this, &PartnerEditor::checkDuplicates);
}

void PartnerEditor::load(const Partner &p)
{
    m_nameEn->setText(p.nameEn);
    m_nameZh->setText(p.nameZh);
    m_acronym->setText(p.acronym);
    m_type->setCurrentIndex(std::max(0, m_type->findData(p.orgType)));
    m_iatiId->setText(p.iatiId);
    m_country->setCurrentIndex(std::max(0, m_country->findData(p.country)));
    m_networkSince->setValue(p.networkMemberSince > 0 ? p.networkMemberSince : m_networkSince->minimum());
    m_contacts->setRowCount(0);
    for (const Contact &c : p.contacts) {
        const int row = m_contacts->rowCount();
        m_contacts->insertRow(row);
        const QStringList cells{c.name, c.position, c.email, c.phone};
        for (int column = 0; column < cells.size(); ++column)
            m_contacts->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
}

Partner PartnerEditor::edited() const
{
    Partner p = m_base;
    p.nameEn = m_nameEn->text().trimmed();
    p.nameZh = m_nameZh->text().trimmed();
    p.acronym = m_acronym->text().trimmed();
    p.orgType = m_type->currentData().toInt();
    p.iatiId = m_iatiId->text().trimmed();
    p.country = m_country->chosen().toString();
    p.networkMemberSince = m_networkSince->value() == m_networkSince->minimum() ? 0 : m_networkSince->value();
    p.contacts.clear();
    for (int row = 0; row < m_contacts->rowCount(); ++row) {
        auto cell = [&](int column) { return m_contacts->item(row, column) ? m_contacts->item(row, column)->text().trimmed() : QString(); };
        const Contact c{cell(0), cell(1), cell(2), cell(3)};
        if (!(c.name.isEmpty() && c.position.isEmpty() && c.email.isEmpty() && c.phone.isEmpty()))
            p.contacts.append(c);
    }
    return p;
}

void PartnerEditor::checkDuplicates()
{
    auto likely = PartnerMerger(m_portfolio.database()).likelyDuplicates(edited());
    QStringList names;
    if (likely) {
        for (const Partner &other : likely.value())
            names << (other.iatiId.isEmpty() ? other.name(m_language) : QStringLiteral("%1 (%2)").arg(other.name(m_language), other.iatiId));
    }
    m_duplicates->setText(names.isEmpty() ? QString()
                                          : tr("Possibly the same organisation as %1. Use that record, or save this one and join the "
                                               "two later with Merge... on the Partners page.")
                                                .arg(names.join(QStringLiteral("; "))));
    m_duplicates->setVisible(!names.isEmpty());
    // A wrapped label in a form row keeps the height of one line unless told its own.
    m_duplicates->setMinimumHeight(names.isEmpty() ? 0 : m_duplicates->heightForWidth(m_nameEn->width()));
}

QString PartnerEditor::duplicateText() const
{
    return m_duplicates->text();
}

QString PartnerEditor::messageText() const
{
    return m_message->text();
}

void PartnerEditor::showErrors(const QList<FieldError> &errors, const QString &summary)
{
    QStringList lines{summary};
    for (const FieldError &e : errors)
        lines << QStringLiteral("• %1").arg(e.message);
    m_message->setText(lines.join(u'\n'));
    for (const FieldError &e : errors) {
        if (auto *w = findChild<QWidget *>(e.field)) {
            w->setFocus();
            break;
        }
    }
}

bool PartnerEditor::save()
{
    const Partner p = edited();
    QList<FieldError> errors = validatePartner(p);
    // An identifier typed (or changed) here must have the AGENCY-ID form; one a file brought in stays.
    if (p.iatiId != m_base.iatiId) {
        if (const QString problem = iatiOrganisationIdProblem(p.iatiId); !problem.isEmpty())
            errors.append({QStringLiteral("iati_id"), problem});
    }
    if (!errors.isEmpty()) {
        showErrors(errors, tr("The partner was not saved."));
        return false;
    }
    if (p.id > 0 && p == m_base)
        return true;
    auto *command = p.id > 0 ? static_cast<ServiceCommand *>(new EditPartnerCommand(m_portfolio, m_events, m_base, p))
                             : new CreatePartnerCommand(m_portfolio, m_events, p);
    auto *created = dynamic_cast<CreatePartnerCommand *>(command);
    Status stored = ServiceCommand::run(m_undo, command); // the stack owns the command from here
    if (!stored) {
        showErrors(stored.error().fields, stored.error().fields.isEmpty() ? stored.error().describe() : tr("The partner was not saved."));
        return false;
    }
    const qint64 id = created ? created->partner().id : p.id;
    if (auto fresh = m_portfolio.partners().get(id))
        m_base = fresh.value();
    m_message->clear();
    return true;
}

void PartnerEditor::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace pd::ui
