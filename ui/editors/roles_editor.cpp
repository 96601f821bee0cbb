#include "roles_editor.h"

#include "pickers.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pd::ui {

RolesEditor::RolesEditor(PartnerService &partners, Language language, QWidget *parent)
    : QWidget(parent)
    , m_language(language)
    , m_picker(new SearchPicker(this))
    , m_role(new QComboBox(this))
    , m_table(new QTableWidget(0, 2, this))
{
    fillPartners(m_picker, partners, language);
    for (OrganisationRole role : allOrganisationRoles())
        m_role->addItem(nameOf(role, language), int(role));
    m_table->setHorizontalHeaderLabels({tr("Partner"), tr("Role")});
    m_picker->setAccessibleName(tr("Partner to add"));
    m_role->setAccessibleName(tr("Role"));
    m_table->setAccessibleName(tr("Partners and roles"));
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *add = new QPushButton(tr("Add"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    connect(add, &QPushButton::clicked, this, &RolesEditor::addPicked);
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        int visible = -1;
        for (qsizetype i = 0; i < m_rows.size(); ++i) {
            if (m_rows.at(i).removed || ++visible != row)
                continue;
            if (m_rows.at(i).stored)
                m_rows[i].removed = true;
            else
                m_rows.removeAt(i);
            break;
        }
        rebuild();
    });
    auto *pickRow = new QHBoxLayout;
    pickRow->addWidget(m_picker, 1);
    pickRow->addWidget(m_role);
    pickRow->addWidget(add);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(pickRow);
    layout->addWidget(m_table, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);
}

void RolesEditor::setRoles(const QList<RoleView> &roles)
{
    m_rows.clear();
    for (const RoleView &r : roles)
        m_rows.append({r.role, pick(m_language, r.partnerNameEn, r.partnerNameZh), true, false});
    rebuild();
}

bool RolesEditor::addPicked()
{
    const QVariant partner = m_picker->chosen();
    if (!partner.isValid())
        return false;
    const auto role = organisationRoleFromCode(m_role->currentData().toInt());
    if (!role)
        return false;
    for (Row &row : m_rows) {
        if (row.role.partnerId == partner.toLongLong() && row.role.role == *role) {
            if (!row.removed)
                return false;
            row.removed = false; // taking back a removal
            rebuild();
            return true;
        }
    }
    ProjectRole r;
    r.partnerId = partner.toLongLong();
    r.role = *role;
    m_rows.append({r, m_picker->currentText(), false, false});
    m_picker->setCurrentIndex(-1);
    m_picker->clearEditText();
    rebuild();
    return true;
}

int RolesEditor::rowCount() const
{
    return m_table->rowCount();
}

QString RolesEditor::describe(const Row &row) const
{
    return QStringLiteral("%1 (%2)").arg(row.partnerName, nameOf(row.role.role, m_language));
}

QList<RolesEditor::Pending> RolesEditor::added() const
{
    QList<Pending> list;
    for (const Row &row : m_rows) {
        if (!row.stored)
            list.append({row.role, describe(row)});
    }
    return list;
}

QList<RolesEditor::Pending> RolesEditor::removed() const
{
    QList<Pending> list;
    for (const Row &row : m_rows) {
        if (row.removed)
            list.append({row.role, describe(row)});
    }
    return list;
}

void RolesEditor::rebuild()
{
    m_table->setRowCount(0);
    for (const Row &row : m_rows) {
        if (row.removed)
            continue;
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        m_table->setItem(r, 0, new QTableWidgetItem(row.partnerName));
        m_table->setItem(r, 1, new QTableWidgetItem(nameOf(row.role.role, m_language)));
    }
}

} // namespace pd::ui
