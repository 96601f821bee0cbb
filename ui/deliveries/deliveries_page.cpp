#include "deliveries_page.h"

#include "analytics/delivery_summary.h"
#include "delivery_table_model.h"
#include "editors/pickers.h"
#include "registers/project_filter_panel.h"
#include "shell/date_format.h"
#include "registers/background_job.h"
#include "services/portfolio.h"
#include "shell/export_actions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>

namespace pd::ui {

DeliveriesPage::DeliveriesPage(Language language, QWidget *parent)
    : RegisterPage(tr("Deliveries"), tr("Search code, B/L or AWB, carrier, project, consignee or country (English or Chinese)"), parent)
    , m_language(language)
    , m_status(new QComboBox(this))
    , m_country(new SearchPicker(this))
    , m_overdue(new QCheckBox(tr("Overdue only"), this))
    , m_delivered(new QFutureWatcher<DeliveredText>(this))
{
    connect(m_delivered, &QFutureWatcher<DeliveredText>::finished, this, [this] {
        if (m_delivered->future().resultCount() == 0)
            return;
        const DeliveredText result = m_delivered->result();
        m_sentence = result.error ? QString() : result.sentence;
        if (result.error)
            Q_EMIT errorOccurred(*result.error);
        updateCount();
    });
    setObjectName(QStringLiteral("DeliveriesPage"));
    auto *newButton = new QPushButton(tr("New Delivery"), this);
    m_newButton = newButton;
    connect(newButton, &QPushButton::clicked, this, &DeliveriesPage::newDeliveryRequested);
    addButton(exportButton(this, registerTitle(ExportRegister::Deliveries), [this](const ExportFile &file) { return exportTo(file); }));
    addButton(newButton);

    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("Any status"), 0);
    m_status->addItem(tr("Under way (not handed over)"), -1);
    for (DeliveryStatus s : allDeliveryStatuses())
        m_status->addItem(nameOf(s, language), int(s));
    m_country->setObjectName(QStringLiteral("countryFilter"));
    fillCountries(m_country, language);
    m_country->insertItem(0, tr("Any destination"), QString());
    m_country->setCurrentIndex(0);
    // Both may narrow (long names), so that the page fits a small or scaled screen.
    letNarrow(m_status, 10);
    letNarrow(m_country, 10);
    m_overdue->setObjectName(QStringLiteral("overdueFilter"));
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(new QLabel(tr("Status"), bar));
    row->addWidget(m_status);
    row->addSpacing(12);
    row->addWidget(new QLabel(tr("Destination"), bar));
    row->addWidget(m_country);
    row->addSpacing(12);
    row->addWidget(m_overdue);
    row->addStretch(1);
    m_projectButton = new QToolButton(bar);
    m_projectButton->setText(tr("Project Filters"));
    m_projectButton->setObjectName(QStringLiteral("projectFiltersButton"));
    m_projectButton->setCheckable(true);
    row->addWidget(m_projectButton);
    addAboveTable(bar);
    m_projectPanel = new ProjectFilterPanel(language, this);
    m_projectPanel->setObjectName(QStringLiteral("projectFilters"));
    m_projectPanel->hide();
    addAboveTable(m_projectPanel);
    // The panel's choices (officers, partners) are read when it is first shown, not on every open.
    connect(m_projectButton, &QToolButton::toggled, this, [this](bool on) {
        if (on)
            loadChoices();
        m_projectPanel->setVisible(on);
    });
    connect(m_projectPanel, &ProjectFilterPanel::filterChanged, this, &DeliveriesPage::applyFilter);
    m_scopeBar = new QWidget(this);
    auto *scopeRow = new QHBoxLayout(m_scopeBar);
    scopeRow->setContentsMargins(0, 0, 0, 0);
    m_scopeLabel = new QLabel(m_scopeBar);
    m_scopeLabel->setObjectName(QStringLiteral("deliveryScope"));
    m_scopeLabel->setWordWrap(true);
    auto *clearScope = new QPushButton(tr("Show All"), m_scopeBar);
    connect(clearScope, &QPushButton::clicked, this, [this] {
        m_scope = {};
        m_scopeBar->hide();
        applyFilter();
    });
    scopeRow->addWidget(m_scopeLabel, 1);
    scopeRow->addWidget(clearScope);
    m_scopeBar->hide();
    addAboveTable(m_scopeBar);

    connect(this, &RegisterPage::searchChanged, this, &DeliveriesPage::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &DeliveriesPage::applyFilter);
    connect(m_country, &QComboBox::currentIndexChanged, this, &DeliveriesPage::applyFilter);
    connect(m_overdue, &QCheckBox::toggled, this, &DeliveriesPage::applyFilter);
    connect(this, &RegisterPage::activated, this, [this](int) {
        if (const qint64 id = currentDeliveryId())
            Q_EMIT openDeliveryRequested(id);
    });
    view()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view(), &QTableView::customContextMenuRequested, this, &DeliveriesPage::showRowMenu);
}

void DeliveriesPage::setPortfolio(Portfolio *portfolio)
{
    DeliveryTableModel *old = m_model;
    m_portfolio = portfolio;
    m_model = nullptr;
    if (portfolio) {
        m_model = new DeliveryTableModel(portfolio->database(), m_language, this);
        m_model->setToday(m_today);
        connect(m_model, &DeliveryTableModel::matchingCountChanged, this, &DeliveriesPage::updateCount);
        connect(m_model, &DeliveryTableModel::errorOccurred, this, &DeliveriesPage::errorOccurred);
    }
    setModel(m_model);
    delete old;
    m_choicesStale = true;
    if (m_projectButton->isChecked())
        loadChoices();
    if (m_model && !hasHeaderState()) {
        QHeaderView *header = view()->horizontalHeader();
        header->setStretchLastSection(false);
        header->resizeSection(DeliveryTableModel::Code, 125);
        header->resizeSection(DeliveryTableModel::Project, 100);
        header->resizeSection(DeliveryTableModel::Country, 115);
        header->setSectionResizeMode(DeliveryTableModel::Consignee, QHeaderView::Stretch);
        header->resizeSection(DeliveryTableModel::Status, 130);
        for (int c : {DeliveryTableModel::PlannedDispatch, DeliveryTableModel::PlannedArrival, DeliveryTableModel::Handover})
            header->resizeSection(c, 85);
        header->resizeSection(DeliveryTableModel::Tonnes, 75);
        header->resizeSection(DeliveryTableModel::Value, 125);
        header->setSectionHidden(DeliveryTableModel::Items, true); // the column chooser shows it
        header->setSectionHidden(DeliveryTableModel::Document, true);
    }
    refresh();
}

void DeliveriesPage::loadChoices()
{
    if (!m_portfolio || !m_choicesStale)
        return;
    m_choicesStale = false;
    m_projectPanel->loadChoices(*m_portfolio);
}

void DeliveriesPage::refresh()
{
    applyFilter();
}

void DeliveriesPage::setToday(const QDate &today)
{
    m_today = today;
    if (m_model)
        m_model->setToday(today);
}

DeliveryFilter DeliveriesPage::filter() const
{
    DeliveryFilter f;
    f.search = searchField()->text().trimmed();
    const int status = m_status->currentData().toInt();
    if (status > 0)
        f.statuses = {DeliveryStatus(status)};
    else if (status < 0)
        f.statuses = {DeliveryStatus::Planned, DeliveryStatus::Procured, DeliveryStatus::Dispatched, DeliveryStatus::InTransit,
            DeliveryStatus::Arrived};
    if (const QString country = m_country->chosen().toString(); !country.isEmpty())
        f.countries = {country};
    f.overdueOnly = m_overdue->isChecked();
    f.today = m_today;
    f.projectId = m_scope.projectId;
    f.projects = m_projectPanel->filter();
    f.handedOverFrom = m_scope.handedOverFrom;
    f.handedOverTo = m_scope.handedOverTo;
    f.plannedArrivalFrom = m_scope.plannedArrivalFrom;
    f.plannedArrivalTo = m_scope.plannedArrivalTo;
    return f;
}

void DeliveriesPage::setFilter(const DeliveryFilter &f)
{
    const QSignalBlocker blockStatus(m_status), blockCountry(m_country), blockOverdue(m_overdue), blockSearch(searchField());
    m_status->setCurrentIndex(std::max(0, m_status->findData(f.statuses.size() == 1 ? int(f.statuses.first()) : 0)));
    m_country->setCurrentIndex(std::max(0, m_country->findData(f.countries.value(0))));
    m_overdue->setChecked(f.overdueOnly);
    searchField()->setText(f.search);
    if (f.today.isValid() && f.today != m_today) // judged on the same day as where it came from
        setToday(f.today);
    m_scope = {};
    m_scope.projectId = f.projectId;
    m_projectButton->setChecked(!f.projects.isEmpty()); // loads the choices first when it shows the panel
    m_projectPanel->setFilter(f.projects);
    m_scope.handedOverFrom = f.handedOverFrom;
    m_scope.handedOverTo = f.handedOverTo;
    m_scope.plannedArrivalFrom = f.plannedArrivalFrom;
    m_scope.plannedArrivalTo = f.plannedArrivalTo;
    QStringList parts;
    if (f.handedOverFrom.isValid() || f.handedOverTo.isValid())
        parts << tr("handed over %1 – %2").arg(DateFormat::display(f.handedOverFrom), DateFormat::display(f.handedOverTo));
    if (f.plannedArrivalFrom.isValid() || f.plannedArrivalTo.isValid())
        parts << tr("due to arrive %1 – %2").arg(DateFormat::display(f.plannedArrivalFrom), DateFormat::display(f.plannedArrivalTo));
    if (f.projectId != 0)
        parts << tr("one project");
    m_scopeLabel->setText(tr("Only: %1").arg(parts.join(QStringLiteral(", "))));
    m_scopeBar->setVisible(!parts.isEmpty());
    applyFilter();
}

void DeliveriesPage::applyFilter()
{
    if (!m_model)
        return;
    const DeliveryFilter f = filter();
    m_model->setFilter(f);
    m_sentence.clear();
    m_summaryStale = true;
    if (isVisible())
        summarise();
    updateCount();
}

void DeliveriesPage::summarise()
{
    m_summaryStale = false;
    const DeliveryFilter f = filter();
    const Language language = m_language;
    const QDate today = m_today;
    m_delivered->setFuture(runOnPortfolio<DeliveredText>(m_portfolio->database().spec(), [f, language, today](Portfolio &p) {
        // The sentence needs the totals only: the packing lists are not read.
        auto summary = computeDeliverySummary(p.database(), f, today, {}, false);
        if (!summary)
            return DeliveredText{{}, summary.error()};
        // Nothing handed over among them (overdue ones, say): no sentence of zeros.
        return DeliveredText{summary->delivered > 0 ? summarySentence(summary.value(), language) : QString(), {}};
    }));
}

void DeliveriesPage::showEvent(QShowEvent *event)
{
    RegisterPage::showEvent(event);
    if (m_summaryStale && m_model)
        summarise(); // the summary of a hidden page waits until it is shown
}

void DeliveriesPage::updateCount()
{
    const qint64 matching = m_model ? m_model->matchingCount() : 0;
    QString text = matching < 0 ? tr("Counting deliveries...")
        : matching == 1         ? tr("1 delivery")
                                : tr("%1 deliveries").arg(QLocale().toString(matching));
    if (!m_sentence.isEmpty())
        text += QStringLiteral("  ·  ") + tr("Handed over: %1").arg(m_sentence);
    setCountText(text);
}

qint64 DeliveriesPage::currentDeliveryId() const
{
    if (!m_model)
        return 0;
    const DeliveryRow *row = m_model->rowAt(view()->currentIndex().row());
    return row ? row->id : 0;
}

bool DeliveriesPage::selectDelivery(qint64 deliveryId)
{
    if (!m_model)
        return false;
    const int row = m_model->rowOf(deliveryId);
    if (row < 0)
        return false;
    view()->setCurrentIndex(m_model->index(row, DeliveryTableModel::Code));
    view()->scrollTo(view()->currentIndex());
    return true;
}

Status DeliveriesPage::exportTo(const ExportFile &file)
{
    if (!m_model || !m_portfolio)
        return Error::make(Error::Kind::InvalidArgument, tr("Open a portfolio to export its deliveries."));
    const DeliveryQuery query = m_model->query();
    ExportOptions options;
    options.columns = visibleColumnKeys(view()->horizontalHeader(), &DeliveryTableModel::columnKeys);
    options.language = m_language;
    return runExport(
        this, m_portfolio->database().spec(), file, [query, options](Database &db, TableSink &sink, const ExportProgress &progress) {
            return exportDeliveries(db, query, options, sink, progress);
        });
}

void DeliveriesPage::showRowMenu(const QPoint &pos)
{
    const qint64 id = currentDeliveryId();
    QMenu menu(this);
    QAction *open = menu.addAction(tr("Open Delivery"), this, [this, id] { Q_EMIT openDeliveryRequested(id); });
    QAction *remove = menu.addAction(tr("Delete Delivery..."), this, [this, id] { Q_EMIT deleteDeliveryRequested(id); });
    open->setEnabled(id != 0);
    remove->setEnabled(id != 0 && !m_readOnly);
    menu.addSeparator();
    menu.addAction(tr("New Delivery"), this, &DeliveriesPage::newDeliveryRequested)->setEnabled(!m_readOnly);
    menu.exec(view()->viewport()->mapToGlobal(pos));
}

void DeliveriesPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_newButton->setEnabled(!readOnly);
}

} // namespace pd::ui
