#include "partner_page.h"

#include "shell/read_failure.h"

#include "reference/reference_data.h"
#include "services/portfolio.h"
#include "shell/register_page.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pd::ui {

PartnerPage::PartnerPage(Portfolio &portfolio, qint64 partnerId, Language language, QWidget *parent)
    : QDialog(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto partner = portfolio.partners().get(partnerId);
    if (!partner) {
        layout->addWidget(new QLabel(partner.error().describe(), this));
        return;
    }
    const Partner &p = partner.value();
    setWindowTitle(p.name(language));
    layout->addWidget(pageTitle(p.name(language), this));
    const ReferenceData &ref = ReferenceData::instance();
    auto *form = new QFormLayout;
    const QString other = p.name(language == Language::Chinese ? Language::English : Language::Chinese);
    if (other != p.name(language))
        form->addRow(tr("Also known as"), new QLabel(other, this));
    if (!p.acronym.isEmpty())
        form->addRow(tr("Acronym"), new QLabel(p.acronym, this));
    if (const CodeItem *type = ref.code(QStringLiteral("OrganisationType"), QString::number(p.orgType)))
        form->addRow(tr("Type"), new QLabel(type->name(language), this));
    if (const Country *c = ref.country(p.country))
        form->addRow(tr("Country"), new QLabel(c->name(language), this));
    if (!p.iatiId.isEmpty())
        form->addRow(tr("IATI identifier"), new QLabel(p.iatiId, this));
    if (p.isNetworkMember())
        form->addRow(tr("SSC Network member since"), new QLabel(QString::number(p.networkMemberSince), this));
    for (const Contact &c : p.contacts)
        form->addRow(tr("Contact"), new QLabel(QStringList{c.name, c.position, c.email, c.phone}.join(QStringLiteral(" · ")), this));
    layout->addLayout(form);

    // A partner like CICETE plays a role in every project: the page lists the first ones.
    constexpr int kShown = 1000;
    auto roles = portfolio.roles().rolesOfPartner(partnerId, kShown);
    auto counted = portfolio.roles().countRolesOfPartner(partnerId);
    if (!roles)
        reportReadFailure(parent, roles.error());
    else if (!counted)
        reportReadFailure(parent, counted.error());
    const qint64 allRoles = counted ? counted.value() : 0;
    auto *table = new QTableWidget(this);
    table->setColumnCount(3);
    table->setHorizontalHeaderLabels({tr("Project"), tr("Title"), tr("Role")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->horizontalHeader()->setStretchLastSection(true);
    if (roles) {
        table->setRowCount(int(roles->size()));
        for (int row = 0; row < roles->size(); ++row) {
            const RoleView &r = roles->at(row);
            auto *code = new QTableWidgetItem(r.projectCode);
            code->setData(Qt::UserRole, r.role.projectId);
            table->setItem(row, 0, code);
            table->setItem(row, 1, new QTableWidgetItem(pick(language, r.projectTitleEn, r.projectTitleZh)));
            table->setItem(row, 2, new QTableWidgetItem(nameOf(r.role.role, language)));
        }
    }
    table->resizeColumnsToContents();
    layout->addWidget(new QLabel(allRoles > table->rowCount()
                                     ? tr("The first %1 of %2 project roles", nullptr).arg(QLocale().toString(table->rowCount()), QLocale().toString(allRoles))
                                     : tr("%n project role(s)", nullptr, int(table->rowCount())),
                                 this));
    layout->addWidget(table, 1);
    connect(table, &QTableWidget::itemActivated, this, [this, table](QTableWidgetItem *item) {
        Q_EMIT openProjectRequested(table->item(item->row(), 0)->data(Qt::UserRole).toLongLong());
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(820, 560);
}

} // namespace pd::ui
