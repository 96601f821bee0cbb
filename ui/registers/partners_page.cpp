#include "partners_page.h"

#include "reference/reference_data.h"

#include "editors/pickers.h"
#include "partner_table_model.h"
#include "project_filter_panel.h"
#include "services/portfolio.h"
#include "shell/export_actions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QToolButton>

namespace pd::ui {

PartnersPage::PartnersPage(Language language, QWidget *parent)
    : RegisterPage(tr("Partners"), tr("Search name (English or Chinese), acronym or IATI identifier"), parent)
    , m_language(language)
    , m_networkOnly(new QCheckBox(tr("SSC Network members only"), this))
    , m_orgType(new QComboBox(this))
{
    m_orgType->setObjectName(QStringLiteral("orgTypeFilter"));
    m_orgType->addItem(tr("Any type"), 0);
    for (const CodeItem &type : ReferenceData::instance().codelist(QStringLiteral("OrganisationType")))
        m_orgType->addItem(type.name(language), type.code.toInt());
    // The filters stand in a row of their own above the table; the header keeps the edits.
    auto *filterBar = new QWidget(this);
    auto *filterRow = new QHBoxLayout(filterBar);
    filterRow->setContentsMargins(0, 0, 0, 0);
    letNarrow(m_orgType, 16);
    filterRow->addWidget(new QLabel(tr("Type"), filterBar));
    filterRow->addWidget(m_orgType);
    filterRow->addSpacing(12);
    filterRow->addWidget(m_networkOnly);
    filterRow->addStretch(1);
    addAboveTable(filterBar);
    // The register's edits act on the current row; each is undoable (Edit > Undo).
    const std::pair<QString, void (PartnersPage::*)(qint64)> actions[] = {{tr("Edit..."), &PartnersPage::editPartnerRequested},
        {tr("Merge..."), &PartnersPage::mergePartnerRequested}, {tr("Delete"), &PartnersPage::deletePartnerRequested}};
    for (const auto &[text, signal] : actions) {
        auto *button = new QPushButton(text, this);
        connect(button, &QPushButton::clicked, this, [this, signal] {
            if (const qint64 id = currentPartnerId())
                Q_EMIT(this->*signal)(id);
        });
        addButton(button);
        if (signal != &PartnersPage::editPartnerRequested)
            m_writeButtons.append(button);
    }
    auto *add = new QPushButton(tr("New Partner"), this);
    connect(add, &QPushButton::clicked, this, &PartnersPage::newPartnerRequested);
    addButton(add);
    m_writeButtons.append(add);
    addButton(exportButton(this, registerTitle(ExportRegister::Partners), [this](const ExportFile &file) { return exportTo(file); }));
    connect(m_orgType, &QComboBox::currentIndexChanged, this, &PartnersPage::applyQuery);
    m_scopeBar = new QWidget(this);
    auto *scopeRow = new QHBoxLayout(m_scopeBar);
    scopeRow->setContentsMargins(0, 0, 0, 0);
    m_scopeLabel = new QLabel(m_scopeBar);
    m_scopeLabel->setWordWrap(true);
    auto *clearScope = new QPushButton(tr("Show All"), m_scopeBar);
    connect(clearScope, &QPushButton::clicked, this, [this] {
        m_projects = {};
        m_inProjects = false;
        m_scopeBar->hide();
        applyQuery();
    });
    scopeRow->addWidget(m_scopeLabel, 1);
    scopeRow->addWidget(clearScope);
    m_scopeBar->hide();
    addAboveTable(m_scopeBar);
    view()->setSortingEnabled(false);
    connect(m_networkOnly, &QCheckBox::toggled, this, &PartnersPage::applyQuery);
    connect(this, &RegisterPage::searchChanged, this, &PartnersPage::applyQuery);
    connect(this, &RegisterPage::activated, this, [this](int) {
        if (const qint64 id = currentPartnerId())
            Q_EMIT openPartnerRequested(id);
    });
}

void PartnersPage::setReadOnly(bool readOnly)
{
    for (QWidget *button : std::as_const(m_writeButtons))
        button->setEnabled(!readOnly);
}

void PartnersPage::setPortfolio(Portfolio *portfolio)
{
    PartnerTableModel *old = m_model;
    m_portfolio = portfolio;
    m_model = portfolio ? new PartnerTableModel(portfolio->partners(), this) : nullptr;
    if (m_model) {
        m_model->setLanguage(m_language);
        connect(m_model, &PartnerTableModel::errorOccurred, this, &PartnersPage::errorOccurred);
    }
    setModel(m_model); // keeps the previous model's layout, if any
    delete old;
    const bool firstLayout = !hasHeaderState();
    if (m_model && firstLayout) {
        QHeaderView *header = view()->horizontalHeader();
        header->setStretchLastSection(false);
        header->setSectionResizeMode(PartnerTableModel::Name, QHeaderView::Stretch);
        header->resizeSection(PartnerTableModel::Projects, 80);
        header->resizeSection(PartnerTableModel::Acronym, 100);
        header->resizeSection(PartnerTableModel::Type, 220);
        header->resizeSection(PartnerTableModel::Country, 110);
        header->resizeSection(PartnerTableModel::IatiId, 130);
        header->resizeSection(PartnerTableModel::NetworkSince, 120);
    }
    applyQuery();
}

void PartnersPage::refresh()
{
    applyQuery();
}

void PartnersPage::applyQuery()
{
    if (!m_model)
        return;
    PartnerQuery query;
    query.search = searchField()->text().trimmed();
    query.networkOnly = m_networkOnly->isChecked();
    query.orgType = m_orgType->currentData().toInt();
    query.projects = m_projects;
    query.inProjects = m_inProjects;
    query.orderByChineseName = m_language == Language::Chinese;
    m_model->setQuery(query);
    auto matching = m_portfolio->partners().count(query);
    auto total = m_portfolio->partners().count();
    if (!matching || !total) {
        setCountText(QString());
        Q_EMIT errorOccurred(!matching ? matching.error() : total.error());
        return;
    }
    const QLocale locale;
    setCountText(tr("%1 of %2 partners").arg(locale.toString(matching.value()), locale.toString(total.value())));
}

qint64 PartnersPage::currentPartnerId() const
{
    if (!m_model)
        return 0;
    const PartnerSummary *s = m_model->summaryAt(view()->currentIndex().row());
    return s ? s->partner.id : 0;
}

Status PartnersPage::exportTo(const ExportFile &file)
{
    if (!m_model || !m_portfolio)
        return Error::make(Error::Kind::InvalidArgument, tr("Open a portfolio to export its partners."));
    const PartnerQuery query = m_model->query();
    ExportOptions options;
    options.columns = visibleColumnKeys(view()->horizontalHeader(), &PartnerTableModel::columnKeys);
    options.language = m_language;
    return runExport(
        this, m_portfolio->database().spec(), file, [query, options](Database &db, TableSink &sink, const ExportProgress &progress) {
            return exportPartners(db, query, options, sink, progress);
        });
}

void PartnersPage::showScope(const ProjectFilter &projects, int orgType)
{
    {
        const QSignalBlocker quietType(m_orgType), quietNetwork(m_networkOnly), quietSearch(this);
        m_orgType->setCurrentIndex(std::max(0, m_orgType->findData(orgType)));
        m_networkOnly->setChecked(false);
        searchField()->clear();
    }
    m_projects = projects;
    m_inProjects = true;
    QStringList parts;
    for (const FilterChip &chip : chipsFor(projects, m_language, QString()))
        parts << chip.text;
    m_scopeLabel->setText(parts.isEmpty() ? tr("Partners playing a role in a project")
                                          : tr("Partners of the projects: %1").arg(parts.join(QStringLiteral(", "))));
    m_scopeBar->show();
    applyQuery();
}

} // namespace pd::ui
