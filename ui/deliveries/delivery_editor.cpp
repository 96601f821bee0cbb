#include "delivery_editor.h"

#include "commands/delivery_commands.h"
#include "domain/record_fields.h"
#include "editors/pickers.h"
#include "packing_list_table.h"
#include "reference/reference_data.h"
#include "services/delivery_service.h"
#include "commands/portfolio_events.h"
#include "services/portfolio.h"
#include "editors/project_picker.h"
#include "shell/date_field.h"
#include "shell/date_format.h"

#include <QComboBox>
#include "shell/changed_elsewhere_notice.h"
#include "shell/read_only_view.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace pd::ui {

namespace {

QString stepVerb(DeliveryStatus to)
{
    switch (to) {
    case DeliveryStatus::Procured:
        return DeliveryEditor::tr("Mark Procured");
    case DeliveryStatus::Dispatched:
        return DeliveryEditor::tr("Mark Dispatched");
    case DeliveryStatus::InTransit:
        return DeliveryEditor::tr("Mark In Transit");
    case DeliveryStatus::Arrived:
        return DeliveryEditor::tr("Mark Arrived");
    case DeliveryStatus::HandedOver:
        return DeliveryEditor::tr("Mark Handed Over");
    case DeliveryStatus::Cancelled:
        return DeliveryEditor::tr("Cancel Delivery");
    default:
        return {};
    }
}

} // namespace

DeliveryEditor::DeliveryEditor(
    Portfolio &portfolio, PortfolioEvents &events, QUndoStack &undo, Language language, const Delivery &delivery, QWidget *parent)
    : QDialog(parent)
    , m_portfolio(portfolio)
    , m_events(events)
    , m_undo(undo)
    , m_language(language)
    , m_base(delivery)
    , m_tabs(new QTabWidget(this))
    , m_items(new PackingListTable(language, this))
{
    setObjectName(QStringLiteral("DeliveryEditor"));
    setWindowTitle(delivery.id ? tr("Delivery %1").arg(delivery.code) : tr("New Delivery"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("deliveryStatus"));
    m_stepButtons = new QHBoxLayout;
    m_history = new QListWidget(this);
    m_history->setObjectName(QStringLiteral("deliveryHistory"));
    m_history->setAccessibleName(tr("History"));
    m_history->setMaximumHeight(90);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->setWordWrap(true);

    auto *workflow = new QGroupBox(tr("Workflow"), this);
    auto *workflowLayout = new QVBoxLayout(workflow);
    // A step is one click, dated by the day beside the buttons: today unless changed.
    m_stepDate = new DateField(QDate::currentDate(), this);
    m_stepDate->setOptional(false);
    m_stepDate->setObjectName(QStringLiteral("stepDate"));
    m_stepDate->setName(tr("Date of the step"));
    m_stepDateLabel = new QLabel(tr("On"), this);
    m_stepDateLabel->setBuddy(m_stepDate);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status);
    statusRow->addStretch(1);
    statusRow->addWidget(m_stepDateLabel);
    statusRow->addWidget(m_stepDate);
    statusRow->addLayout(m_stepButtons);
    workflowLayout->addLayout(statusRow);
    workflowLayout->addWidget(m_history);

    m_tabs->addTab(buildShipmentTab(), tr("Shipment"));
    m_tabs->addTab(m_items, tr("Packing list"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &DeliveryEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DeliveryEditor::reject);

    // Told by a team server before the user saves, so that the conflict is no surprise.
    m_changedElsewhere = new ChangedElsewhereNotice(m_events, QStringLiteral("deliveries"), [this] { return std::pair{m_base.id, m_base.revision}; },
        tr("%1 saved a newer version of this delivery while you were editing it. When you save, you will be asked which version to keep."), this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_changedElsewhere);
    layout->addWidget(workflow);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(980, 720);
    load(delivery);
    // On a team server an officer changes the deliveries of their own lines' projects only.
    const Database &db = m_portfolio.database();
    bool otherLine = false;
    if (delivery.projectId > 0 && db.spec().team.role == TeamAccess::Role::Officer) {
        if (auto project = m_portfolio.projects().get(delivery.projectId))
            otherLine = !db.spec().team.mayEdit(keyOf(project->line));
    }
    if (!db.isWritable() || otherLine)
        applyReadOnly(this, buttons);
    if (otherLine)
        m_message->setText(tr("This delivery belongs to a project of another line: you may change deliveries of your own lines (%1) only.")
                               .arg(db.spec().team.lines.join(QStringLiteral(", "))));
}

// The lines whose projects the user may give deliveries: an officer's own on a team server; all
// (empty) otherwise.
QList<BusinessLine> DeliveryEditor::ownLines(const Database &db)
{
    QList<BusinessLine> lines;
    if (db.spec().team.role != TeamAccess::Role::Officer)
        return lines;
    for (const QString &key : db.spec().team.lines) {
        if (const auto line = businessLineFromKey(key))
            lines.append(*line);
    }
    return lines;
}

void DeliveryEditor::fillFromProject(qint64 projectId)
{
    auto project = m_portfolio.projects().get(projectId);
    if (!project)
        return;
    m_projectTitle->setText(project->title(m_language));
    if (m_code->text().trimmed().isEmpty()) {
        if (auto code = DeliveryService(m_portfolio.database()).nextCode(project->id))
            m_code->setText(code.value());
    }
    // What the project already says, where the user has not chosen otherwise: the destination is its
    // recipient country (the largest share), the consignee its partner in that role (else the beneficiary).
    if (!m_country->chosen().isValid() && !project->countries.isEmpty()) {
        const auto largest = std::max_element(project->countries.cbegin(), project->countries.cend(),
            [](const CountryShare &a, const CountryShare &b) { return a.percent < b.percent; });
        m_country->setCurrentIndex(m_country->findData(largest->country));
    }
    if (m_consignee->chosen().toLongLong() == 0) {
        if (auto roles = m_portfolio.roles().rolesOfProject(project->id)) {
            for (OrganisationRole wanted : {OrganisationRole::Consignee, OrganisationRole::Beneficiary}) {
                const auto match = std::find_if(roles->cbegin(), roles->cend(), [wanted](const RoleView &r) { return r.role.role == wanted; });
                if (match != roles->cend()) {
                    m_consignee->setCurrentIndex(std::max(0, m_consignee->findData(match->role.partnerId)));
                    break;
                }
            }
        }
    }
}

QWidget *DeliveryEditor::buildShipmentTab()
{
    auto *tab = new QWidget(this);
    m_code = new QLineEdit(tab);
    m_project = new ProjectPicker(m_portfolio.projects(), m_language, tab);
    m_project->setLines(ownLines(m_portfolio.database()));
    m_projectTitle = new QLabel(tab);
    m_projectTitle->setWordWrap(true);
    m_projectTitle->setStyleSheet(QStringLiteral("color: palette(mid);"));
    // The title shows the project chosen (fillFromProject); typing unchooses it, without a look-up per key.
    connect(m_project, &QLineEdit::textEdited, m_projectTitle, &QLabel::clear);
    m_country = new SearchPicker(tab);
    fillCountries(m_country, m_language);
    m_consignee = new SearchPicker(tab);
    fillPartners(m_consignee, m_portfolio.partners(), m_language);
    m_consignee->insertItem(0, tr("(not named yet)"), qint64(0));
    m_origin = new QLineEdit(tab);
    m_destination = new QLineEdit(tab);
    m_carrier = new QLineEdit(tab);
    m_document = new QLineEdit(tab);
    m_incoterm = new QComboBox(tab);
    m_incoterm->addItem(QString());
    m_incoterm->addItems(incoterms());
    m_currency = new QComboBox(tab);
    for (const CurrencyInfo &c : ReferenceData::instance().currencies())
        m_currency->addItem(c.code, c.code);
    m_plannedDispatch = new DateField(tab);
    m_plannedArrival = new DateField(tab);
    m_plannedHandover = new DateField(tab);
    m_actualDispatch = new DateField(tab);
    m_actualArrival = new DateField(tab);
    m_actualHandover = new DateField(tab);
    m_certificate = new QLineEdit(tab);
    m_certificateDate = new DateField(tab);
    m_notes = new QPlainTextEdit(tab);
    m_notes->setMaximumHeight(70);
    const QList<std::pair<QWidget *, const char *>> names{{m_code, "code"}, {m_project, "project"}, {m_country, "destination_country"},
        {m_consignee, "consignee"}, {m_plannedDispatch, "planned_dispatch"}, {m_plannedArrival, "planned_arrival"},
        {m_plannedHandover, "planned_handover"}, {m_actualDispatch, "actual_dispatch"}, {m_actualArrival, "actual_arrival"},
        {m_actualHandover, "actual_handover"}, {m_currency, "currency"}, {m_incoterm, "incoterm"}};
    for (const auto &[widget, name] : names)
        widget->setObjectName(QLatin1String(name));
    connect(m_currency, &QComboBox::currentTextChanged, m_items, &PackingListTable::setCurrency);
    connect(m_project, &ProjectPicker::projectChosen, this, &DeliveryEditor::fillFromProject);

    auto *left = new QFormLayout;
    left->addRow(tr("Code"), m_code);
    left->addRow(tr("Project"), m_project);
    left->addRow(QString(), m_projectTitle);
    left->addRow(tr("Destination country"), m_country);
    left->addRow(tr("Consignee"), m_consignee);
    left->addRow(tr("Port of loading"), m_origin);
    left->addRow(tr("Port of discharge"), m_destination);
    left->addRow(tr("Carrier"), m_carrier);
    left->addRow(tr("Bill of lading / air waybill"), m_document);
    left->addRow(tr("Incoterm"), m_incoterm);
    left->addRow(tr("Currency of values"), m_currency);
    auto *right = new QFormLayout;
    right->addRow(tr("Planned dispatch"), m_plannedDispatch);
    right->addRow(tr("Planned arrival"), m_plannedArrival);
    right->addRow(tr("Planned handover"), m_plannedHandover);
    right->addRow(tr("Dispatched on"), m_actualDispatch);
    right->addRow(tr("Arrived on"), m_actualArrival);
    right->addRow(tr("Handed over on"), m_actualHandover);
    right->addRow(tr("Handover certificate no."), m_certificate);
    right->addRow(tr("Certificate date"), m_certificateDate);
    right->addRow(tr("Notes"), m_notes);
    auto *columns = new QHBoxLayout(tab);
    columns->addLayout(left, 1);
    columns->addSpacing(16);
    columns->addLayout(right, 1);
    return tab;
}

void DeliveryEditor::load(const Delivery &d)
{
    if (m_changedElsewhere)
        m_changedElsewhere->hide(); // the version shown now is the newest
    m_code->setText(d.code);
    if (d.projectId > 0) {
        if (auto project = m_portfolio.projects().get(d.projectId)) {
            m_project->setText(project->code);
            m_projectTitle->setText(project->title(m_language));
        }
        m_project->setReadOnly(d.id > 0 || !m_project->text().isEmpty());
    }
    m_country->setCurrentIndex(std::max(0, m_country->findData(d.destinationCountry)));
    if (d.destinationCountry.isEmpty())
        m_country->setCurrentIndex(-1);
    m_consignee->setCurrentIndex(std::max(0, m_consignee->findData(d.consigneeId)));
    m_origin->setText(d.originPort);
    m_destination->setText(d.destinationPort);
    m_carrier->setText(d.carrier);
    m_document->setText(d.transportDocument);
    m_incoterm->setCurrentIndex(std::max(0, m_incoterm->findText(d.incoterm)));
    m_currency->setCurrentIndex(std::max(0, m_currency->findData(d.currency)));
    m_plannedDispatch->setDate(d.plannedDispatch);
    m_plannedArrival->setDate(d.plannedArrival);
    m_plannedHandover->setDate(d.plannedHandover);
    m_actualDispatch->setDate(d.actualDispatch);
    m_actualArrival->setDate(d.actualArrival);
    m_actualHandover->setDate(d.actualHandover);
    m_certificate->setText(d.certificateNumber);
    m_certificateDate->setDate(d.certificateDate);
    m_notes->setPlainText(d.notes);
    m_items->setItems(d.items, d.currency);
    showWorkflow();
}

void DeliveryEditor::setToday(const QDate &today)
{
    m_today = today;
    m_stepDate->setDate(today);
    showWorkflow();
}

void DeliveryEditor::showWorkflow()
{
    QString status = tr("Status: <b>%1</b>").arg(nameOf(m_base.status, m_language));
    if (m_base.isOverdue(m_today))
        status
            += QStringLiteral(" <span style='color:#b00020'>%1</span>").arg(tr("overdue since %1").arg(DateFormat::display(m_base.plannedArrival)));
    m_status->setText(status);
    while (QLayoutItem *item = m_stepButtons->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (m_base.id == 0) {
        m_stepButtons->addWidget(new QLabel(tr("Save the delivery to start its workflow."), this));
    } else {
        for (DeliveryStatus next : legalTransitions(m_base.status)) {
            auto *button = new QPushButton(stepVerb(next), this);
            connect(button, &QPushButton::clicked, this, [this, next] { moveTo(next); });
            m_stepButtons->addWidget(button);
        }
    }
    const bool steps = m_base.id != 0 && !legalTransitions(m_base.status).isEmpty();
    m_stepDate->setVisible(steps);
    m_stepDateLabel->setVisible(steps);
    m_history->clear();
    for (const DeliveryEvent &e : m_base.history) {
        m_history->addItem(
            tr("%1: %2 → %3 (recorded by %4)").arg(DateFormat::display(e.date), nameOf(e.from, m_language), nameOf(e.to, m_language), e.recordedBy));
    }
    m_history->setVisible(!m_base.history.isEmpty());
}

QStringList DeliveryEditor::stepButtonTexts() const
{
    QStringList texts;
    for (int i = 0; i < m_stepButtons->count(); ++i) {
        if (auto *button = qobject_cast<QPushButton *>(m_stepButtons->itemAt(i)->widget()))
            texts << button->text();
    }
    return texts;
}

bool DeliveryEditor::moveTo(DeliveryStatus status, const QDate &date, const QString &certificate)
{
    if (!date.isValid()) {
        if (auto bad = m_stepDate->inputError(QStringLiteral("step_date"))) {
            showErrors({}, bad->message);
            m_stepDate->revealProblem();
            return false;
        }
    }
    const QDate day = date.isValid() ? date : m_stepDate->date();
    // A handover takes its certificate number from the field, when one was typed there.
    const QString number = certificate.isEmpty() && status == DeliveryStatus::HandedOver ? m_certificate->text().trimmed() : certificate;
    auto *command = new MoveDeliveryCommand(m_portfolio, m_events, m_base, status, day, number);
    Status moved = ServiceCommand::run(m_undo, command);
    if (!moved) {
        showErrors(moved.error().fields, moved.error().fields.isEmpty() ? moved.error().describe() : moved.error().message);
        return false;
    }
    // The step changed the status, its date and the certificate: take those, keep the other edits.
    auto stored = DeliveryService(m_portfolio.database()).get(m_base.id);
    if (!stored) {
        showErrors({}, stored.error().describe());
        return false;
    }
    m_base = stored.value();
    m_actualDispatch->setDate(m_base.actualDispatch);
    m_actualArrival->setDate(m_base.actualArrival);
    m_actualHandover->setDate(m_base.actualHandover);
    m_certificate->setText(m_base.certificateNumber);
    m_certificateDate->setDate(m_base.certificateDate);
    m_message->clear();
    showWorkflow();
    return true;
}

Delivery DeliveryEditor::edited(QList<FieldError> &errors) const
{
    errors += dateInputErrors({{m_plannedDispatch, "planned_dispatch"}, {m_plannedArrival, "planned_arrival"},
        {m_plannedHandover, "planned_handover"}, {m_actualDispatch, "actual_dispatch"}, {m_actualArrival, "actual_arrival"},
        {m_actualHandover, "actual_handover"}, {m_certificateDate, "certificate_date"}});
    Delivery d = m_base;
    d.code = m_code->text().trimmed();
    if (d.id == 0 || d.projectId == 0) {
        auto project = m_portfolio.projects().findByCode(m_project->text().trimmed());
        d.projectId = project ? project->id : 0;
        const QList<BusinessLine> own = ownLines(m_portfolio.database());
        if (!project)
            errors.append({QStringLiteral("project"), tr("no project has the code \"%1\"").arg(m_project->text().trimmed())});
        else if (!own.isEmpty() && !own.contains(project->line))
            errors.append({QStringLiteral("project"),
                tr("%1 is a project of another line: you may add deliveries to projects of your own lines (%2) only.")
                    .arg(project->code, m_portfolio.database().spec().team.lines.join(QStringLiteral(", ")))});
    }
    d.destinationCountry = m_country->chosen().toString();
    d.consigneeId = m_consignee->chosen().toLongLong();
    d.originPort = m_origin->text();
    d.destinationPort = m_destination->text();
    d.carrier = m_carrier->text();
    d.transportDocument = m_document->text();
    d.incoterm = m_incoterm->currentText();
    d.currency = m_currency->currentData().toString();
    d.plannedDispatch = m_plannedDispatch->date();
    d.plannedArrival = m_plannedArrival->date();
    d.plannedHandover = m_plannedHandover->date();
    d.actualDispatch = m_actualDispatch->date();
    d.actualArrival = m_actualArrival->date();
    d.actualHandover = m_actualHandover->date();
    d.certificateNumber = m_certificate->text();
    d.certificateDate = m_certificateDate->date();
    d.notes = m_notes->toPlainText();
    d.items = m_items->items(errors);
    return d;
}

bool DeliveryEditor::save()
{
    QList<FieldError> errors;
    const Delivery d = edited(errors);
    if (!errors.isEmpty()) {
        showErrors(errors, tr("The delivery was not saved."));
        return false;
    }
    if (d.id > 0 && fieldsOf(d) == fieldsOf(m_base))
        return true; // nothing changed
    ServiceCommand *command = d.id > 0 ? static_cast<ServiceCommand *>(new EditDeliveryCommand(m_portfolio, m_events, m_base, d))
                                       : new AddDeliveryCommand(m_portfolio, m_events, d);
    auto *add = dynamic_cast<AddDeliveryCommand *>(command);
    Status stored = ServiceCommand::run(m_undo, command); // the stack owns the command from here
    if (!stored) {
        showErrors(stored.error().fields, stored.error().fields.isEmpty() ? stored.error().describe() : tr("The delivery was not saved."));
        return false;
    }
    const qint64 id = add ? add->deliveryId() : d.id;
    if (auto fresh = DeliveryService(m_portfolio.database()).get(id))
        m_base = fresh.value();
    setWindowTitle(tr("Delivery %1").arg(m_base.code));
    m_message->clear();
    showWorkflow();
    return true;
}

void DeliveryEditor::accept()
{
    if (save())
        QDialog::accept();
}

QString DeliveryEditor::messageText() const
{
    return m_message->text();
}

void DeliveryEditor::showErrors(const QList<FieldError> &errors, const QString &summary)
{
    QStringList lines{summary};
    for (const FieldError &e : errors)
        lines << QStringLiteral("• %1").arg(e.message);
    m_message->setText(lines.join(u'\n'));
    // The first field named gets the focus, on its tab.
    for (const FieldError &e : errors) {
        if (e.field.startsWith(QLatin1String("items"))) {
            m_tabs->setCurrentWidget(m_items);
            return;
        }
        if (auto *w = findChild<QWidget *>(e.field)) {
            m_tabs->setCurrentIndex(0);
            w->setFocus();
            return;
        }
    }
}

} // namespace pd::ui
