#include "conflict_dialog.h"

#include "domain/record_fields.h"

#include <QDialogButtonBox>
#include <QHash>
#include <QLocale>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pd::ui {

namespace {

QString fieldLabel(const QString &key)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("code"), QT_TRANSLATE_NOOP("ConflictDialog", "Code")},
        {QStringLiteral("title_en"), QT_TRANSLATE_NOOP("ConflictDialog", "Title (English)")},
        {QStringLiteral("title_zh"), QT_TRANSLATE_NOOP("ConflictDialog", "Title (Chinese)")},
        {QStringLiteral("business_line"), QT_TRANSLATE_NOOP("ConflictDialog", "Business line")},
        {QStringLiteral("funding_source"), QT_TRANSLATE_NOOP("ConflictDialog", "Funding source")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("ConflictDialog", "Status")},
        {QStringLiteral("planned_start"), QT_TRANSLATE_NOOP("ConflictDialog", "Planned start")},
        {QStringLiteral("planned_end"), QT_TRANSLATE_NOOP("ConflictDialog", "Planned end")},
        {QStringLiteral("actual_start"), QT_TRANSLATE_NOOP("ConflictDialog", "Actual start")},
        {QStringLiteral("actual_end"), QT_TRANSLATE_NOOP("ConflictDialog", "Actual end")},
        {QStringLiteral("countries"), QT_TRANSLATE_NOOP("ConflictDialog", "Countries")},
        {QStringLiteral("sectors"), QT_TRANSLATE_NOOP("ConflictDialog", "Sectors")},
        {QStringLiteral("sdg_goals"), QT_TRANSLATE_NOOP("ConflictDialog", "SDG goals")},
        {QStringLiteral("officer"), QT_TRANSLATE_NOOP("ConflictDialog", "Officer")},
        {QStringLiteral("description_en"), QT_TRANSLATE_NOOP("ConflictDialog", "Description (English)")},
        {QStringLiteral("description_zh"), QT_TRANSLATE_NOOP("ConflictDialog", "Description (Chinese)")},
        {QStringLiteral("iati_identifier"), QT_TRANSLATE_NOOP("ConflictDialog", "IATI identifier")},
    };
    const char *label = labels.value(key);
    return label ? ConflictDialog::tr(label) : key;
}

// Codes shown by their names in the UI language.
QString valueText(const QString &key, const QString &value)
{
    const Language language = languageOf(QLocale());
    if (key == QLatin1String("business_line")) {
        if (const auto line = businessLineFromKey(value))
            return nameOf(*line, language);
    } else if (key == QLatin1String("funding_source")) {
        if (const auto source = fundingSourceFromKey(value))
            return nameOf(*source, language);
    } else if (key == QLatin1String("status")) {
        if (const auto status = activityStatusFromCode(value.toInt()))
            return nameOf(*status, language);
    }
    return value;
}

} // namespace

ConflictDialog::ConflictDialog(const Project &mine, const Project &theirs, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Project changed by someone else"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Project %1 was changed in another window or by another user after you opened it "
                                "(their revision %2, yours %3). These fields differ:")
                                 .arg(theirs.code)
                                 .arg(theirs.revision)
                                 .arg(mine.revision),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    const QList<FieldChange> changes = diffFields(fieldsOf(theirs), fieldsOf(mine));
    auto *table = new QTableWidget(int(changes.size()), 3, this);
    table->setObjectName(QStringLiteral("conflictTable"));
    table->setAccessibleName(tr("Changes"));
    table->setHorizontalHeaderLabels({tr("Field"), tr("Their version"), tr("Your version")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    for (int row = 0; row < changes.size(); ++row) {
        const FieldChange &change = changes.at(row);
        auto *label = new QTableWidgetItem(fieldLabel(change.field));
        label->setData(Qt::UserRole, change.field);
        table->setItem(row, 0, label);
        table->setItem(row, 1, new QTableWidgetItem(valueText(change.field, change.oldValue)));
        table->setItem(row, 2, new QTableWidgetItem(valueText(change.field, change.newValue)));
    }
    layout->addWidget(table, 1);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *reload = buttons->addButton(tr("Reload Their Version"), QDialogButtonBox::ResetRole);
    QPushButton *keep = buttons->addButton(tr("Overwrite With Mine"), QDialogButtonBox::DestructiveRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    reload->setObjectName(QStringLiteral("reloadTheirs"));
    keep->setObjectName(QStringLiteral("keepMine"));
    connect(reload, &QPushButton::clicked, this, [this] { done(ReloadTheirs); });
    connect(keep, &QPushButton::clicked, this, [this] { done(KeepMine); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 420);
}

} // namespace pd::ui
