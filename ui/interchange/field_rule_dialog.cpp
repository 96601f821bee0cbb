#include "field_rule_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace pd::ui {

namespace {

// The formats offered; any other Qt date format can be typed.
const char *const kFormats[] = {"excel-serial", "excel-serial-1904", "yyyy-MM-dd", "dd.MM.yyyy", "dd/MM/yyyy", "MM/dd/yyyy", "d/M/yyyy", "yyyy"};

} // namespace

QStringList distinctValues(const QList<QStringList> &rows, int column, int limit)
{
    QHash<QString, int> counts;
    QStringList order;
    for (const QStringList &row : rows) {
        const QString value = row.value(column).trimmed();
        if (value.isEmpty())
            continue;
        if (!counts.contains(value))
            order.append(value);
        ++counts[value];
    }
    std::stable_sort(order.begin(), order.end(), [&](const QString &a, const QString &b) { return counts.value(a) > counts.value(b); });
    return order.mid(0, limit);
}

FieldRuleDialog::FieldRuleDialog(const ImportField &field, const QList<ImportChoice> &choices, const QStringList &values, const FieldRule &rule,
    bool grouping, QWidget *parent)
    : QDialog(parent)
    , m_choices(choices)
{
    setWindowTitle(tr("Values of %1").arg(field.label));
    // Look-ups of values this file's first rows do not hold are kept as they are.
    for (const auto &entry : rule.lookup) {
        if (!std::any_of(values.cbegin(), values.cend(), [&](const QString &v) { return v.trimmed().compare(entry.first.trimmed(), Qt::CaseInsensitive) == 0; }))
            m_kept.append(entry);
    }
    auto *intro = new QLabel(tr("Each value found in the file is imported as written, or as the value you give it here. "
                                "Values are matched ignoring case and surrounding spaces."),
        this);
    intro->setWordWrap(true);
    m_values = new QTableWidget(int(values.size()), 2, this);
    m_values->setObjectName(QStringLiteral("lookup"));
    m_values->setAccessibleName(tr("Values and what they are imported as"));
    m_values->setHorizontalHeaderLabels({tr("In the file"), tr("Imported as")});
    m_values->horizontalHeader()->setStretchLastSection(true);
    m_values->verticalHeader()->hide();
    for (int r = 0; r < values.size(); ++r) {
        auto *source = new QTableWidgetItem(values.at(r));
        source->setFlags(source->flags() & ~Qt::ItemIsEditable);
        m_values->setItem(r, 0, source);
        auto *target = new QComboBox(m_values);
        target->setEditable(true);
        target->addItem(tr("(as written)"), QString());
        for (const ImportChoice &c : choices)
            target->addItem(c.label, c.value);
        target->setCurrentIndex(0);
        for (const auto &[from, to] : rule.lookup) {
            if (from.trimmed().compare(values.at(r).trimmed(), Qt::CaseInsensitive) == 0) {
                const int at = target->findData(to);
                if (at >= 0)
                    target->setCurrentIndex(at);
                else
                    target->setEditText(to);
            }
        }
        m_values->setCellWidget(r, 1, target);
    }
    m_values->resizeColumnToContents(0);

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("format"));
    m_format->setEditable(true);
    m_format->addItem(tr("(YYYY-MM-DD or as Excel shows it)"), QString());
    for (const char *f : kFormats)
        m_format->addItem(QString::fromLatin1(f), QString::fromLatin1(f));
    setFormat(rule.format);
    m_sum = new QCheckBox(tr("Add up the values of the rows grouped into one record"), this);
    m_sum->setObjectName(QStringLiteral("sum"));
    m_sum->setChecked(rule.sum);
    m_sum->setEnabled(grouping || rule.sum);

    auto *form = new QFormLayout;
    form->addRow(tr("Date &format:"), m_format);
    form->addRow(QString(), m_sum);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_values, 1);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(560, 480);
}

void FieldRuleDialog::setFormat(const QString &format)
{
    const int at = m_format->findData(format);
    if (at >= 0)
        m_format->setCurrentIndex(at);
    else
        m_format->setEditText(format);
}

void FieldRuleDialog::setImportedAs(const QString &value, const QString &importedAs)
{
    for (int r = 0; r < m_values->rowCount(); ++r) {
        if (m_values->item(r, 0)->text() != value)
            continue;
        auto *target = qobject_cast<QComboBox *>(m_values->cellWidget(r, 1));
        const int at = target->findData(importedAs);
        if (at >= 0)
            target->setCurrentIndex(at);
        else
            target->setEditText(importedAs);
    }
}

FieldRule FieldRuleDialog::rule() const
{
    FieldRule rule;
    rule.lookup = m_kept;
    for (int r = 0; r < m_values->rowCount(); ++r) {
        const auto *target = qobject_cast<QComboBox *>(m_values->cellWidget(r, 1));
        // A choice from the list gives its value; text typed over it is taken as it is.
        QString to = target->currentIndex() > 0 && target->currentText() == target->itemText(target->currentIndex())
            ? target->currentData().toString()
            : target->currentText().trimmed();
        if (target->currentIndex() == 0 && target->currentText() == target->itemText(0))
            to.clear();
        if (!to.isEmpty())
            rule.lookup.append({m_values->item(r, 0)->text(), to});
    }
    const QString format = m_format->currentIndex() >= 0 && m_format->currentText() == m_format->itemText(m_format->currentIndex())
        ? m_format->currentData().toString()
        : m_format->currentText().trimmed();
    rule.format = format;
    rule.sum = m_sum->isChecked();
    return rule;
}

} // namespace pd::ui
