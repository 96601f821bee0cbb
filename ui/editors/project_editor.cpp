#include "project_editor.h"

#include "services/emergency_service.h"

#include "shell/read_failure.h"

#include "commands/portfolio_events.h"
#include "commands/project_commands.h"
#include "conflict_dialog.h"
#include "deliveries/project_deliveries_tab.h"
#include "commands/finance_commands.h"
#include "finance/project_finance_tab.h"
#include "shell/date_field.h"
#include "domain/validation.h"
#include "pickers.h"
#include "reference/reference_data.h"
#include "roles_editor.h"
#include "services/portfolio.h"
#include "shares_editor.h"

#include <QCheckBox>
#include <QComboBox>
#include "shell/changed_elsewhere_notice.h"
#include "shell/read_only_view.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace pd::ui {

namespace {

void selectData(QComboBox *box, const QVariant &value)
{
    box->setCurrentIndex(std::max(0, box->findData(value)));
}

} // namespace

ProjectEditor::ProjectEditor(Portfolio &portfolio, PortfolioEvents &events, QUndoStack &undo, Language language, const Project &project,
                             QWidget *parent)
    : QDialog(parent)
    , m_portfolio(portfolio)
    , m_events(events)
    , m_undo(undo)
    , m_original(project)
    , m_resolver([this](const Project &mine, const Project &theirs) { return ConflictDialog(mine, theirs, this).exec(); })
    , m_language(language)
{
    setWindowTitle(project.id ? tr("Project %1").arg(project.code) : tr("New Project"));
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildGeneralTab(language), tr("General"));
    m_tabs->addTab(buildSharesTab(language), tr("Countries and sectors"));
    m_roles = new RolesEditor(portfolio.partners(), language, this);
    m_tabs->addTab(m_roles, tr("Partners"));
    m_tabs->addTab(buildDescriptionTab(), tr("Description"));
    // A new project's budget and transactions can be entered before it is saved: they are stored with it.
    m_finance = new ProjectFinanceTab(portfolio, events, undo, language, project.id, this);
    m_finance->setFundingSource([this] { return fundingSourceFromKey(m_funding->currentData().toString()).value_or(FundingSource::Other); });
    m_tabs->addTab(m_finance, tr("Finance"));
    if (project.id) {
        m_deliveries = new ProjectDeliveriesTab(portfolio, events, undo, language, project.id, this);
        m_tabs->addTab(m_deliveries, tr("Deliveries"));
    } else {
        auto *shipments = new QLabel(tr("Deliveries can be recorded once the project is saved (Apply saves it and keeps the editor open)."), this);
        shipments->setAlignment(Qt::AlignCenter);
        shipments->setWordWrap(true);
        m_tabs->addTab(shipments, tr("Deliveries"));
    }

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setStyleSheet(QStringLiteral("color: #b00020;"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProjectEditor::save);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &ProjectEditor::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Told by a team server before the user saves, so that the conflict is no surprise.
    m_changedElsewhere = new ChangedElsewhereNotice(m_events, QStringLiteral("projects"), [this] { return std::pair{m_original.id, m_original.revision}; },
        tr("%1 saved a newer version of this project while you were editing it. When you save, you will be asked which version to keep."), this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_changedElsewhere);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    load(project);
    resize(860, 640);
    // On a team server an officer changes the projects of their own lines only.
    const Database &db = m_portfolio.database();
    if (!db.isWritable()) {
        applyReadOnly(this, buttons);
    } else if (project.id && !db.spec().team.mayEdit(keyOf(project.line))) {
        applyReadOnly(this, buttons);
        m_summary->setStyleSheet(QString());
        m_summary->setText(tr("This project belongs to the %1 line: you may change projects of your own lines (%2) only.")
                               .arg(nameOf(project.line, language), db.spec().team.lines.join(QStringLiteral(", "))));
    }
}

void ProjectEditor::setCurrentTab(int index)
{
    m_tabs->setCurrentIndex(std::clamp(index, 0, m_tabs->count() - 1));
}

QLabel *ProjectEditor::messageLabel(const QString &field)
{
    auto *label = new QLabel(this);
    label->setObjectName(QStringLiteral("message-") + field);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->hide();
    m_messages.insert(field, label);
    return label;
}

QWidget *ProjectEditor::buildGeneralTab(Language language)
{
    auto *tab = new QWidget(this);
    m_code = new QLineEdit(tab);
    m_code->setPlaceholderText(tr("e.g. SSCAF-2024-001"));
    m_titleEn = new QLineEdit(tab);
    m_titleZh = new QLineEdit(tab);
    m_line = new QComboBox(tab);
    // A new project of an officer on a team server: the lines granted to them.
    const TeamAccess &team = m_portfolio.database().spec().team;
    for (BusinessLine line : allBusinessLines()) {
        if (m_original.id == 0 && team.role == TeamAccess::Role::Officer && !team.mayEdit(keyOf(line)))
            continue;
        m_line->addItem(nameOf(line, language), keyOf(line));
    }
    m_funding = new QComboBox(tab);
    for (FundingSource source : allFundingSources())
        m_funding->addItem(nameOf(source, language), keyOf(source));
    m_status = new QComboBox(tab);
    for (ActivityStatus status : allActivityStatuses())
        m_status->addItem(nameOf(status, language), int(status));
    m_officer = new QComboBox(tab);
    m_officer->setEditable(true);
    if (auto officers = m_portfolio.projects().officers())
        m_officer->addItems(officers.value());
    else
        reportReadFailure(this, officers.error());
    // The emergency a project answers (goods sent after an earthquake, for COVID-19).
    m_emergency = new QComboBox(tab);
    m_emergency->setObjectName(QStringLiteral("emergency"));
    m_emergency->addItem(tr("None"), QString());
    if (auto emergencies = EmergencyService(m_portfolio.database()).list()) {
        for (const Emergency &e : emergencies.value())
            m_emergency->addItem(e.glide.isEmpty() ? e.name(language) : tr("%1 (GLIDE %2)").arg(e.name(language), e.glide), e.key);
    } else {
        reportReadFailure(this, emergencies.error());
    }
    m_plannedStart = new DateField(tab);
    m_plannedEnd = new DateField(tab);
    m_actualStart = new DateField(tab);
    m_actualEnd = new DateField(tab);

    auto *form = new QFormLayout(tab);
    form->addRow(tr("Code"), m_code);
    form->addRow(QString(), messageLabel(QString::fromLatin1(fields::code)));
    form->addRow(tr("Title (English)"), m_titleEn);
    form->addRow(tr("Title (Chinese)"), m_titleZh);
    form->addRow(QString(), messageLabel(QString::fromLatin1(fields::title)));
    form->addRow(tr("Business line"), m_line);
    form->addRow(tr("Funding source"), m_funding);
    form->addRow(tr("Status"), m_status);
    form->addRow(tr("Officer"), m_officer);
    form->addRow(tr("Emergency answered"), m_emergency);
    form->addRow(QString(), messageLabel(QString::fromLatin1(fields::emergency)));
    form->addRow(tr("Planned start"), m_plannedStart);
    form->addRow(tr("Planned end"), m_plannedEnd);
    form->addRow(QString(), messageLabel(QString::fromLatin1(fields::plannedEnd)));
    form->addRow(tr("Actual start"), m_actualStart);
    form->addRow(QString(), messageLabel(QString::fromLatin1(fields::actualStart)));
    form->addRow(tr("Actual end"), m_actualEnd);
    form->addRow(QString(), messageLabel(QString::fromLatin1(fields::actualEnd)));
    return tab;
}

QWidget *ProjectEditor::buildSharesTab(Language language)
{
    auto *tab = new QWidget(this);
    m_countries = new SharesEditor(tr("Recipient country"), [language](const QString &code) {
        const Country *c = ReferenceData::instance().country(code);
        return c ? QStringLiteral("%1 (%2)").arg(c->name(language), code) : code;
    }, tab);
    fillCountries(m_countries->picker(), language);
    m_sectors = new SharesEditor(tr("DAC sector"), [language](const QString &code) {
        const CodeItem *s = ReferenceData::instance().code(QStringLiteral("Sector"), code);
        return s ? QStringLiteral("%1 %2").arg(code, s->name(language)) : code;
    }, tab);
    fillSectors(m_sectors->picker(), language);

    auto *countries = new QGroupBox(tr("Recipient countries"), tab);
    auto *countriesLayout = new QVBoxLayout(countries);
    countriesLayout->addWidget(m_countries);
    countriesLayout->addWidget(messageLabel(QString::fromLatin1(fields::countries)));
    auto *sectors = new QGroupBox(tr("Sectors"), tab);
    auto *sectorsLayout = new QVBoxLayout(sectors);
    sectorsLayout->addWidget(m_sectors);
    sectorsLayout->addWidget(messageLabel(QString::fromLatin1(fields::sectors)));

    auto *goals = new QGroupBox(tr("Sustainable Development Goals"), tab);
    auto *grid = new QGridLayout(goals);
    for (int goal = 1; goal <= 17; ++goal) {
        const CodeItem *item = ReferenceData::instance().code(QStringLiteral("UNSDG-Goals"), QString::number(goal));
        auto *box = new QCheckBox(QStringLiteral("%1 %2").arg(goal).arg(sdgShortName(goal, language)), goals);
        if (item)
            box->setToolTip(item->name(language));
        if (item && !item->color.isEmpty())
            box->setStyleSheet(QStringLiteral("QCheckBox::indicator:checked { background: %1; }").arg(item->color));
        grid->addWidget(box, (goal - 1) / 3, (goal - 1) % 3);
        m_sdgs.append(box);
    }
    grid->addWidget(messageLabel(QString::fromLatin1(fields::sdgGoals)), 6, 0, 1, 3);

    auto *layout = new QGridLayout(tab);
    layout->addWidget(countries, 0, 0);
    layout->addWidget(sectors, 0, 1);
    layout->addWidget(goals, 1, 0, 1, 2);
    return tab;
}

QWidget *ProjectEditor::buildDescriptionTab()
{
    auto *tab = new QWidget(this);
    m_descriptionEn = new QPlainTextEdit(tab);
    m_descriptionZh = new QPlainTextEdit(tab);
    m_iatiIdentifier = new QLineEdit(tab);
    auto *form = new QFormLayout(tab);
    form->addRow(tr("Description (English)"), m_descriptionEn);
    form->addRow(tr("Description (Chinese)"), m_descriptionZh);
    form->addRow(tr("IATI identifier"), m_iatiIdentifier);
    return tab;
}

void ProjectEditor::load(const Project &p)
{
    m_original = p;
    if (m_changedElsewhere)
        m_changedElsewhere->hide(); // the version shown now is the newest
    m_code->setText(p.code);
    m_titleEn->setText(p.titleEn);
    m_titleZh->setText(p.titleZh);
    selectData(m_line, keyOf(p.line));
    selectData(m_funding, keyOf(p.funding));
    selectData(m_status, int(p.status));
    m_officer->setCurrentText(p.officer);
    m_emergency->setCurrentIndex(std::max(0, m_emergency->findData(p.emergency)));
    m_plannedStart->setDate(p.plannedStart);
    m_plannedEnd->setDate(p.plannedEnd);
    m_actualStart->setDate(p.actualStart);
    m_actualEnd->setDate(p.actualEnd);
    QList<SharesEditor::Share> countries, sectors;
    for (const CountryShare &c : p.countries)
        countries.append({c.country, c.percent});
    for (const SectorShare &s : p.sectors)
        sectors.append({s.code, s.percent});
    m_countries->setShares(countries);
    m_sectors->setShares(sectors);
    for (int goal = 1; goal <= 17; ++goal)
        m_sdgs.at(goal - 1)->setChecked(p.sdgGoals.contains(goal));
    m_descriptionEn->setPlainText(p.descriptionEn);
    m_descriptionZh->setPlainText(p.descriptionZh);
    m_iatiIdentifier->setText(p.iatiIdentifier);
    loadRoles();
    showErrors({}, QString());
}

void ProjectEditor::loadRoles()
{
    if (m_original.id == 0) {
        m_roles->setRoles({});
        return;
    }
    auto roles = m_portfolio.roles().rolesOfProject(m_original.id);
    if (!roles) {
        // An empty list would look like a project without partners: say it could not be read.
        m_roles->setRoles({});
        showErrors({}, roles.error().message);
        reportReadFailure(this, roles.error());
        return;
    }
    m_roles->setRoles(roles.value());
    if (!roles)
        m_summary->setText(roles.error().describe());
}

Project ProjectEditor::edited() const
{
    Project p = m_original;
    p.code = m_code->text();
    p.titleEn = m_titleEn->text();
    p.titleZh = m_titleZh->text();
    p.line = businessLineFromKey(m_line->currentData().toString()).value_or(BusinessLine::UnProgramme);
    p.funding = fundingSourceFromKey(m_funding->currentData().toString()).value_or(FundingSource::Other);
    p.status = activityStatusFromCode(m_status->currentData().toInt()).value_or(ActivityStatus::Pipeline);
    p.officer = m_officer->currentText();
    p.emergency = m_emergency->currentData().toString();
    p.plannedStart = m_plannedStart->date();
    p.plannedEnd = m_plannedEnd->date();
    p.actualStart = m_actualStart->date();
    p.actualEnd = m_actualEnd->date();
    p.countries.clear();
    for (const auto &[code, percent] : m_countries->shares())
        p.countries.append({code, percent});
    p.sectors.clear();
    for (const auto &[code, percent] : m_sectors->shares())
        p.sectors.append({code, percent});
    p.sdgGoals.clear();
    for (int goal = 1; goal <= 17; ++goal) {
        if (m_sdgs.at(goal - 1)->isChecked())
            p.sdgGoals.append(goal);
    }
    p.descriptionEn = m_descriptionEn->toPlainText();
    p.descriptionZh = m_descriptionZh->toPlainText();
    p.iatiIdentifier = m_iatiIdentifier->text().trimmed();
    return normalised(p);
}

QString ProjectEditor::messageAt(const QString &field) const
{
    const QLabel *label = m_messages.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

void ProjectEditor::showErrors(const QList<FieldError> &errors, const QString &summary)
{
    QHash<QString, QStringList> byField;
    for (const FieldError &e : errors)
        byField[m_messages.contains(e.field) ? e.field : QString()].append(e.message);
    for (auto it = m_messages.begin(); it != m_messages.end(); ++it) {
        const QStringList messages = byField.value(it.key());
        it.value()->setText(messages.join(u'\n'));
        it.value()->setVisible(!messages.isEmpty());
    }
    QStringList lines;
    if (!summary.isEmpty())
        lines << summary;
    lines << byField.value(QString());
    m_summary->setText(lines.join(u'\n'));
    // Bring the first tab with a message to the front.
    for (auto it = m_messages.cbegin(); it != m_messages.cend(); ++it) {
        if (!it.value()->isHidden()) {
            for (int tab = 0; tab < m_tabs->count(); ++tab) {
                if (m_tabs->widget(tab)->isAncestorOf(it.value())) {
                    m_tabs->setCurrentIndex(tab);
                    return;
                }
            }
        }
    }
}

Status ProjectEditor::storeProject(Project &stored)
{
    Project mine = edited();
    if (m_original.id == 0) {
        auto *command = new CreateProjectCommand(m_portfolio, m_events, mine);
        if (Status s = ServiceCommand::run(m_undo, command); !s)
            return s;
        stored = command->project();
        return {};
    }
    for (;;) {
        if (mine == m_original) {
            stored = m_original;
            return {};
        }
        auto *command = new EditProjectCommand(m_portfolio, m_events, m_original, mine);
        Status s = ServiceCommand::run(m_undo, command);
        if (s) {
            stored = command->stored();
            return {};
        }
        if (s.error().kind != Error::Kind::Conflict)
            return s;
        auto theirs = m_portfolio.projects().get(m_original.id);
        if (!theirs)
            return theirs.error();
        const int choice = m_resolver(mine, theirs.value());
        if (choice == ConflictDialog::ReloadTheirs) {
            load(theirs.value());
            return Error::make(Error::Kind::Conflict, tr("Their version was loaded; your changes were set aside."));
        }
        if (choice != ConflictDialog::KeepMine)
            return s;
        // Deliberately overwrite: base the edit on their revision.
        m_original = theirs.value();
        mine.revision = theirs->revision;
    }
}

Status ProjectEditor::storeRoles(qint64 projectId)
{
    for (const RolesEditor::Pending &p : m_roles->removed()) {
        if (Status s = ServiceCommand::run(m_undo, new RemoveRoleCommand(m_portfolio, m_events, p.role, p.description)); !s)
            return s;
    }
    for (RolesEditor::Pending p : m_roles->added()) {
        p.role.projectId = projectId;
        if (Status s = ServiceCommand::run(m_undo, new AddRoleCommand(m_portfolio, m_events, p.role, p.description)); !s)
            return s;
    }
    return {};
}

bool ProjectEditor::save()
{
    if (!apply())
        return false;
    accept();
    return true;
}

Status ProjectEditor::storeDraftFinance(qint64 projectId)
{
    if (!m_finance->isDraft())
        return {};
    for (BudgetLine line : m_finance->draftBudgetLines()) {
        line.projectId = projectId;
        if (Status s = ServiceCommand::run(m_undo, new AddBudgetLineCommand(m_portfolio, m_events, line)); !s)
            return s;
    }
    for (FinancialTransaction t : m_finance->draftTransactions()) {
        t.projectId = projectId;
        if (Status s = ServiceCommand::run(m_undo, new AddTransactionCommand(m_portfolio, m_events, t)); !s)
            return s;
    }
    return {};
}

void ProjectEditor::openDeliveries()
{
    if (m_deliveries)
        return;
    const int index = m_tabs->count() - 1; // the placeholder
    m_deliveries = new ProjectDeliveriesTab(m_portfolio, m_events, m_undo, m_language, m_original.id, this);
    QWidget *placeholder = m_tabs->widget(index);
    m_tabs->removeTab(index);
    placeholder->deleteLater();
    m_tabs->insertTab(index, m_deliveries, tr("Deliveries"));
}

bool ProjectEditor::apply()
{
    const Project mine = edited();
    // A date field's text that is no date is not read as "not set": it is refused before all else.
    QList<FieldError> errors = dateInputErrors({{m_plannedStart, fields::plannedStart}, {m_plannedEnd, fields::plannedEnd},
        {m_actualStart, fields::actualStart}, {m_actualEnd, fields::actualEnd}});
    if (errors.isEmpty())
        errors = validateProject(mine);
    if (!errors.isEmpty()) {
        showErrors(errors, tr("The project was not saved: correct the fields marked in red."));
        return false;
    }
    // The project, its partners and (for a new one) its budget and transactions: one undo step.
    const bool draftFinance = m_finance->isDraft() && (!m_finance->draftBudgetLines().isEmpty() || !m_finance->draftTransactions().isEmpty());
    const bool rolesChange = !m_roles->added().isEmpty() || !m_roles->removed().isEmpty() || draftFinance;
    if (rolesChange)
        m_undo.beginMacro(mine.id ? tr("Edit project %1").arg(mine.code) : tr("Create project %1").arg(mine.code));
    Project stored;
    Status status = storeProject(stored);
    if (status && rolesChange)
        status = storeRoles(stored.id);
    if (status && draftFinance)
        status = storeDraftFinance(stored.id);
    if (rolesChange) {
        m_undo.endMacro();
        // Nothing is half saved: a failure part-way takes back what the macro did and drops it.
        if (!status && m_undo.count() > 0) {
            // Undo what the macro's commands did (in reverse), then drop the macro: QUndoStack
            // removes an obsolete command without undoing it.
            auto *macro = const_cast<QUndoCommand *>(m_undo.command(m_undo.count() - 1));
            macro->undo();
            macro->setObsolete(true);
            m_undo.undo();
        }
    }
    if (!status) {
        const Error &e = status.error();
        showErrors(e.fields, e.kind == Error::Kind::Validation ? tr("The project was not saved: correct the fields marked in red.")
                                                                : e.describe());
        return false;
    }
    m_original = stored;
    setWindowTitle(tr("Project %1").arg(stored.code));
    loadRoles(); // what is stored now; nothing pending
    if (m_finance->isDraft())
        m_finance->attach(stored.id);
    openDeliveries();
    m_summary->clear();
    return true;
}

} // namespace pd::ui
