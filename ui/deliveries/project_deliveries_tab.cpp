#include "project_deliveries_tab.h"

#include "shell/color_scheme.h"
#include "shell/read_failure.h"

#include "commands/delivery_commands.h"
#include "commands/portfolio_events.h"
#include "delivery_editor.h"
#include "reference/reference_data.h"
#include "services/delivery_service.h"
#include "services/portfolio.h"
#include "shell/date_format.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pd::ui {

ProjectDeliveriesTab::ProjectDeliveriesTab(
    Portfolio &portfolio, PortfolioEvents &events, QUndoStack &undo, Language language, qint64 projectId, QWidget *parent)
    : QWidget(parent)
    , m_portfolio(portfolio)
    , m_events(events)
    , m_undo(undo)
    , m_language(language)
    , m_projectId(projectId)
    , m_table(new QTableWidget(0, 8, this))
    , m_totals(new QLabel(this))
    , m_message(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("projectDeliveries"));
    m_table->setAccessibleName(tr("Deliveries"));
    m_table->setHorizontalHeaderLabels(
        {tr("Code"), tr("Destination"), tr("Status"), tr("Planned arrival"), tr("Handed over"), tr("Items"), tr("Tonnes"), tr("Value")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->setWordWrap(true);

    auto *add = new QPushButton(tr("New Delivery..."), this);
    auto *edit = new QPushButton(tr("Open..."), this);
    auto *remove = new QPushButton(tr("Delete"), this);
    connect(add, &QPushButton::clicked, this, [this] {
        Delivery fresh;
        fresh.projectId = m_projectId;
        auto code = DeliveryService(m_portfolio.database()).nextCode(m_projectId);
        if (!code) {
            reportReadFailure(this, code.error());
            return;
        }
        fresh.code = code.value();
        if (auto project = m_portfolio.projects().get(m_projectId); project && !project->countries.isEmpty())
            fresh.destinationCountry = project->countries.first().country;
        open(fresh);
    });
    connect(edit, &QPushButton::clicked, this, [this] {
        if (const int row = m_table->currentRow(); row >= 0 && row < m_deliveries.size())
            open(m_deliveries.at(row));
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (row >= 0 && row < m_deliveries.size())
            open(m_deliveries.at(row));
    });
    connect(remove, &QPushButton::clicked, this, &ProjectDeliveriesTab::removeCurrent);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {add, edit, remove})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_totals);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    connect(&m_events, &PortfolioEvents::deliveriesChanged, this, &ProjectDeliveriesTab::refresh);
    connect(&m_events, &PortfolioEvents::projectsChanged, this, &ProjectDeliveriesTab::refresh);
    refresh();
}

void ProjectDeliveriesTab::open(const Delivery &delivery)
{
    DeliveryEditor editor(m_portfolio, m_events, m_undo, m_language, delivery, this);
    editor.exec();
    refresh();
}

void ProjectDeliveriesTab::removeCurrent()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_deliveries.size())
        return;
    const Delivery &d = m_deliveries.at(row);
    if (QMessageBox::question(this, tr("Delete Delivery"), tr("Delete delivery %1 with its packing list? You can undo this.").arg(d.code))
        != QMessageBox::Yes)
        return;
    Status removed = ServiceCommand::run(m_undo, new RemoveDeliveryCommand(m_portfolio, m_events, d));
    m_message->setText(removed ? QString() : removed.error().describe());
}

void ProjectDeliveriesTab::refresh()
{
    auto list = DeliveryService(m_portfolio.database()).ofProject(m_projectId);
    if (!list) {
        m_message->setText(list.error().describe());
        return;
    }
    m_deliveries = list.value();
    const QLocale locale;
    const QDate today = QDate::currentDate();
    m_table->setRowCount(int(m_deliveries.size()));
    qint64 grams = 0;
    QMap<QString, qint64> values;
    for (int r = 0; r < m_deliveries.size(); ++r) {
        const Delivery &d = m_deliveries.at(r);
        // A packing list whose sum is out of range shows no value rather than a wrong one.
        const auto summed = totalsOf(d);
        const DeliveryTotals totals = summed ? summed.value() : DeliveryTotals{Money::zero(d.currency), 0, 0};
        const QStringList cells{d.code, countryName(d.destinationCountry, m_language),
            nameOf(d.status, m_language) + (d.isOverdue(today) ? tr(" (overdue)") : QString()), DateFormat::display(d.plannedArrival),
            DateFormat::display(d.actualHandover), locale.toString(totals.items), tonnesText(totals.grossWeightGrams, locale),
            summed ? totals.value.format(locale) : tr("out of range")};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c >= 5)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (d.isOverdue(today))
                item->setForeground(ColorScheme::alertText());
            m_table->setItem(r, c, item);
        }
        grams += totals.grossWeightGrams;
        values[d.currency] += totals.value.minorUnits();
    }
    m_table->resizeColumnsToContents();
    QStringList sums;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        sums << Money(it.value(), it.key()).format(locale);
    m_totals->setText(tr("Deliveries: %1, weight: %2 t, value: %3")
                          .arg(locale.toString(m_deliveries.size()), tonnesText(grams, locale),
                              sums.isEmpty() ? QStringLiteral("-") : sums.join(QStringLiteral(", "))));
}

} // namespace pd::ui
