#include "project_filter_panel.h"

#include "services/emergency_service.h"

#include "editors/pickers.h"

#include "shell/read_failure.h"

#include "reference/reference_data.h"
#include "services/portfolio.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

namespace pd::ui {

namespace {

constexpr int kFirstYear = 1983; // CICETE's founding
constexpr int kLastYear = 2100;
constexpr int kActive = -1; // the status choice "Active": implementation or finalisation

void selectData(QComboBox *box, const QVariant &value)
{
    const int index = box->findData(value);
    box->setCurrentIndex(index < 0 ? 0 : index);
}

QString sdgName(int goal, Language language)
{
    return QStringLiteral("%1 %2").arg(goal).arg(sdgShortName(goal, language));
}

} // namespace

ProjectFilterPanel::ProjectFilterPanel(Language language, QWidget *parent)
    : QWidget(parent)
    , m_language(language)
{
    m_line = combo(tr("Any line"));
    for (BusinessLine line : allBusinessLines())
        m_line->addItem(nameOf(line, language), keyOf(line));
    m_status = combo(tr("Any status"));
    // Under way: in implementation or finalisation, what the dashboard counts as active.
    m_status->addItem(tr("Active (implementation or finalisation)"), kActive);
    for (ActivityStatus status : allActivityStatuses())
        m_status->addItem(nameOf(status, language), int(status));
    m_funding = combo(tr("Any funding"));
    for (FundingSource source : allFundingSources())
        m_funding->addItem(nameOf(source, language), keyOf(source));
    m_region = combo(tr("Any region"));
    m_region->setObjectName(QStringLiteral("region"));
    // A tree: each region followed by its own sub-regions, indented.
    const QList<Region> regions = ReferenceData::instance().regions();
    for (const Region &top : regions) {
        if (!top.parent.isEmpty())
            continue;
        m_region->addItem(top.name(language), top.code);
        for (const Region &sub : regions) {
            if (sub.parent == top.code)
                m_region->addItem(QStringLiteral("\u2003\u2003") + sub.name(language), sub.code);
        }
    }
    m_country = combo(tr("Any country"));
    m_country->setEditable(true);
    m_country->setInsertPolicy(QComboBox::NoInsert);
    for (const Country &c : ReferenceData::instance().countries())
        m_country->addItem(
            QStringLiteral("%1 / %2 (%3)")
                .arg(c.name(language), c.name(language == Language::Chinese ? Language::English : Language::Chinese), c.alpha2),
            c.alpha2);
    m_country->completer()->setFilterMode(Qt::MatchContains);
    m_country->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_officer = combo(tr("Any officer"));
    m_partner = combo(tr("Any partner"));
    m_partner->setEditable(true);
    m_partner->setInsertPolicy(QComboBox::NoInsert);
    m_partner->completer()->setFilterMode(Qt::MatchContains);
    m_partner->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_emergency = combo(tr("Any emergency"));
    m_emergency->setObjectName(QStringLiteral("emergency"));
    m_sdg = combo(tr("Any SDG"));
    for (int goal = 1; goal <= 17; ++goal)
        m_sdg->addItem(sdgName(goal, language), goal);

    auto spin = [this] {
        auto *box = new QSpinBox(this);
        box->setRange(kFirstYear - 1, kLastYear);
        box->setSpecialValueText(tr("any"));
        box->setValue(kFirstYear - 1);
        connect(box, &QSpinBox::valueChanged, this, [this] {
            if (!m_applying)
                Q_EMIT filterChanged();
        });
        return box;
    };
    m_yearFrom = spin();
    m_yearTo = spin();
    m_yearFrom->setAccessibleName(tr("Years from"));
    m_yearTo->setAccessibleName(tr("Years to"));

    auto *years = new QHBoxLayout;
    years->addWidget(m_yearFrom);
    years->addWidget(new QLabel(tr("to"), this));
    years->addWidget(m_yearTo);
    auto *form = new QFormLayout;
    form->addRow(tr("Business line"), m_line);
    form->addRow(tr("Status"), m_status);
    form->addRow(tr("Funding source"), m_funding);
    form->addRow(tr("Years"), years);
    auto *form2 = new QFormLayout;
    form2->addRow(tr("Region"), m_region);
    form2->addRow(tr("Country"), m_country);
    form2->addRow(tr("Officer"), m_officer);
    form2->addRow(tr("Partner"), m_partner);
    form2->addRow(tr("SDG goal"), m_sdg);
    form->addRow(tr("Emergency"), m_emergency);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form, 1);
    layout->addLayout(form2, 1);
}

QComboBox *ProjectFilterPanel::combo(const QString &anyText)
{
    auto *box = new QComboBox(this);
    box->addItem(anyText, QVariant());
    letNarrow(box, 16);
    connect(box, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_applying)
            Q_EMIT filterChanged();
    });
    return box;
}

void ProjectFilterPanel::setOfficers(const QStringList &officers)
{
    const QVariant current = m_officer->currentData();
    m_applying = true;
    while (m_officer->count() > 1)
        m_officer->removeItem(1);
    for (const QString &name : officers)
        m_officer->addItem(name, name);
    selectData(m_officer, current);
    m_applying = false;
}

void ProjectFilterPanel::setPartners(const QList<std::pair<qint64, QString>> &partners)
{
    const QVariant current = m_partner->currentData();
    m_applying = true;
    while (m_partner->count() > 1)
        m_partner->removeItem(1);
    for (const auto &[id, name] : partners)
        m_partner->addItem(name, id);
    selectData(m_partner, current);
    m_applying = false;
}

void ProjectFilterPanel::loadChoices(Portfolio &portfolio)
{
    if (auto emergencies = EmergencyService(portfolio.database()).list()) {
        const QVariant current = m_emergency->currentData();
        m_applying = true;
        while (m_emergency->count() > 1)
            m_emergency->removeItem(1);
        for (const Emergency &e : emergencies.value())
            m_emergency->addItem(e.name(m_language), e.key);
        selectData(m_emergency, current);
        m_applying = false;
    } else {
        reportReadFailure(this, emergencies.error());
    }
    if (auto officers = portfolio.projects().officers())
        setOfficers(officers.value());
    else
        reportReadFailure(this, officers.error());
    QList<std::pair<qint64, QString>> partners;
    PartnerQuery names;
    names.countProjects = false;
    if (auto rows = portfolio.partners().list(names); rows) {
        const Language other = m_language == Language::Chinese ? Language::English : Language::Chinese;
        for (const PartnerSummary &s : rows.value()) {
            const QString second = s.partner.name(other);
            partners.append({s.partner.id, s.partner.name(m_language) + (second.isEmpty() ? QString() : QStringLiteral(" / ") + second)});
        }
    }
    setPartners(partners);
}

ProjectFilter ProjectFilterPanel::filter() const
{
    ProjectFilter f;
    if (const auto line = businessLineFromKey(m_line->currentData().toString()))
        f.lines = {*line};
    if (m_status->currentData().toInt() == kActive)
        f.statuses = activeStatuses();
    else if (const auto status = activityStatusFromCode(m_status->currentData().toInt()))
        f.statuses = {*status};
    if (const auto source = fundingSourceFromKey(m_funding->currentData().toString()))
        f.fundings = {*source};
    if (const QString country = m_country->currentData().toString(); !country.isEmpty())
        f.countries = {country};
    f.region = m_region->currentData().toString();
    f.yearFrom = m_yearFrom->value() >= kFirstYear ? m_yearFrom->value() : 0;
    f.yearTo = m_yearTo->value() >= kFirstYear ? m_yearTo->value() : 0;
    f.officer = m_officer->currentData().toString();
    f.partnerId = m_partner->currentData().toLongLong();
    f.sdgGoal = m_sdg->currentData().toInt();
    f.emergency = m_emergency->currentData().toString();
    return f;
}

void ProjectFilterPanel::setFilter(const ProjectFilter &f)
{
    m_applying = true;
    selectData(m_line, f.lines.isEmpty() ? QVariant() : QVariant(keyOf(f.lines.first())));
    selectData(m_status,
        f.statuses == activeStatuses() ? QVariant(kActive)
            : f.statuses.isEmpty()     ? QVariant()
                                       : QVariant(int(f.statuses.first())));
    selectData(m_country, f.countries.isEmpty() ? QVariant() : QVariant(f.countries.first()));
    selectData(m_funding, f.fundings.isEmpty() ? QVariant() : QVariant(keyOf(f.fundings.first())));
    selectData(m_region, f.region.isEmpty() ? QVariant() : QVariant(f.region));
    m_yearFrom->setValue(f.yearFrom ? f.yearFrom : kFirstYear - 1);
    m_yearTo->setValue(f.yearTo ? f.yearTo : kFirstYear - 1);
    selectData(m_officer, f.officer.isEmpty() ? QVariant() : QVariant(f.officer));
    selectData(m_partner, f.partnerId ? QVariant(f.partnerId) : QVariant());
    selectData(m_sdg, f.sdgGoal ? QVariant(f.sdgGoal) : QVariant());
    selectData(m_emergency, f.emergency.isEmpty() ? QVariant() : QVariant(f.emergency));
    m_applying = false;
}

QList<FilterChip> chipsFor(const ProjectFilter &f, Language language, const QString &partnerName)
{
    QList<FilterChip> chips;
    if (!f.search.isEmpty())
        chips.append({QStringLiteral("search"), ProjectFilterPanel::tr("Search: %1").arg(f.search)});
    for (BusinessLine line : f.lines)
        chips.append({QStringLiteral("line"), nameOf(line, language)});
    if (f.statuses == activeStatuses())
        chips.append({QStringLiteral("status"), ProjectFilterPanel::tr("Active (implementation or finalisation)")});
    else {
        for (ActivityStatus status : f.statuses)
            chips.append({QStringLiteral("status"), nameOf(status, language)});
    }
    for (FundingSource source : f.fundings)
        chips.append({QStringLiteral("funding"), nameOf(source, language)});
    if (const Region *r = ReferenceData::instance().region(f.region))
        chips.append({QStringLiteral("region"), r->name(language)});
    for (const QString &code : f.countries) {
        chips.append({QStringLiteral("country"), countryName(code, language)});
    }
    if (f.yearFrom || f.yearTo) {
        chips.append({QStringLiteral("years"),
            ProjectFilterPanel::tr("Years %1-%2")
                .arg(f.yearFrom ? QString::number(f.yearFrom) : QString(), f.yearTo ? QString::number(f.yearTo) : QString())});
    }
    if (!f.officer.isEmpty())
        chips.append({QStringLiteral("officer"), ProjectFilterPanel::tr("Officer: %1").arg(f.officer)});
    if (f.partnerId)
        chips.append({QStringLiteral("partner"), ProjectFilterPanel::tr("Partner: %1").arg(partnerName)});
    if (f.sdgGoal)
        chips.append({QStringLiteral("sdg"), ProjectFilterPanel::tr("SDG %1").arg(f.sdgGoal)});
    if (!f.emergency.isEmpty()) {
        QString name = f.emergency; // one a user added is shown by its key
        for (const Emergency &e : EmergencyService::builtIn()) {
            if (e.key == f.emergency)
                name = e.name(language);
        }
        chips.append({QStringLiteral("emergency"), ProjectFilterPanel::tr("Emergency: %1").arg(name)});
    }
    return chips;
}

ProjectFilter withoutChip(ProjectFilter f, const QString &key)
{
    if (key == QLatin1String("search"))
        f.search.clear();
    else if (key == QLatin1String("line"))
        f.lines.clear();
    else if (key == QLatin1String("status"))
        f.statuses.clear();
    else if (key == QLatin1String("country"))
        f.countries.clear();
    else if (key == QLatin1String("funding"))
        f.fundings.clear();
    else if (key == QLatin1String("region"))
        f.region.clear();
    else if (key == QLatin1String("years"))
        f.yearFrom = f.yearTo = 0;
    else if (key == QLatin1String("officer"))
        f.officer.clear();
    else if (key == QLatin1String("emergency"))
        f.emergency.clear();
    else if (key == QLatin1String("partner"))
        f.partnerId = 0;
    else if (key == QLatin1String("sdg"))
        f.sdgGoal = 0;
    return f;
}

} // namespace pd::ui
