#include "csv_mapping_page.h"

#include "field_rule_dialog.h"
#include "import_wizard.h"
#include "interchange/record_reader.h"
#include "common/language.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pd::ui {

namespace {

const char *const kEncodings[] = {"UTF-8", "UTF-16LE", "UTF-16BE", "GB18030"};
// The column choice that stands for a value fixed for every record (no header is this).
const QString kFixed = QStringLiteral("\x1D(fixed)");

QString separatorName(QChar c)
{
    if (c == u'\t')
        return QCoreApplication::translate("pd::ui::CsvMappingPage", "tab");
    if (c == u';')
        return QCoreApplication::translate("pd::ui::CsvMappingPage", "semicolon");
    return QCoreApplication::translate("pd::ui::CsvMappingPage", "comma");
}

// A cell's widget replaced: the old one is hidden at once (the table deletes it later, when the
// event loop runs), so that it never shows where the new one stands.
void setCell(QTableWidget *table, int row, int column, QWidget *widget)
{
    if (QWidget *old = table->cellWidget(row, column))
        old->hide();
    if (widget)
        table->setCellWidget(row, column, widget);
    else
        table->removeCellWidget(row, column);
}

} // namespace

CsvMappingPage::CsvMappingPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Match the Columns"));
    setSubTitle(tr("Each field takes the column chosen for it, or a value fixed for every record. Values... says what a column's "
                   "values mean. Fields marked * must be given. The preview shows the first rows as they will be imported."));
    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("encoding"));
    m_encoding->addItem(tr("Detect"), QString());
    for (const char *e : kEncodings)
        m_encoding->addItem(QString::fromLatin1(e), QString::fromLatin1(e));
    m_separator = new QComboBox(this);
    m_separator->setObjectName(QStringLiteral("separator"));
    m_separator->addItem(tr("Detect"), QString());
    m_separator->addItem(tr("Comma"), QStringLiteral(","));
    m_separator->addItem(tr("Semicolon"), QStringLiteral(";"));
    m_separator->addItem(tr("Tab"), QStringLiteral("\t"));
    m_sheet = new QComboBox(this);
    m_sheet->setObjectName(QStringLiteral("sheet"));
    m_headerRow = new QSpinBox(this);
    m_headerRow->setObjectName(QStringLiteral("headerRow"));
    m_headerRow->setRange(0, 1000000);
    m_headerRow->setSpecialValueText(tr("first with content"));
    m_groupBy = new QComboBox(this);
    m_groupBy->setObjectName(QStringLiteral("groupBy"));
    m_onInvalid = new QComboBox(this);
    m_onInvalid->setObjectName(QStringLiteral("onInvalid"));
    m_onInvalid->addItem(tr("Import nothing until every record is valid"), int(OnInvalid::Stop));
    m_onInvalid->addItem(tr("Import the valid records; write the others to a .rejected.csv file"), int(OnInvalid::Skip));
    auto *load = new QPushButton(tr("&Load Mapping..."), this);
    auto *save = new QPushButton(tr("&Save Mapping..."), this);

    auto *top = new QHBoxLayout;
    auto addLabelled = [&](const QString &text, QWidget *field, QList<QWidget *> *only) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        top->addWidget(label);
        top->addWidget(field);
        if (only)
            *only << label << field;
    };
    addLabelled(tr("&Encoding:"), m_encoding, &m_csvOnly);
    addLabelled(tr("Se&parator:"), m_separator, &m_csvOnly);
    addLabelled(tr("S&heet:"), m_sheet, &m_workbookOnly);
    addLabelled(tr("Header &row:"), m_headerRow, nullptr);
    top->addStretch(1);
    top->addWidget(load);
    top->addWidget(save);
    auto *options = new QFormLayout;
    options->addRow(tr("&Group rows by:"), m_groupBy);
    options->addRow(tr("Records with &problems:"), m_onInvalid);

    m_state = new QLabel(this);
    m_state->setWordWrap(true);
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("mapping"));
    m_table->setAccessibleName(tr("Columns and fields"));
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Column in the file"), tr("What it means")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview = new QTableWidget(this);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setAccessibleName(tr("Preview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(options);
    layout->addWidget(m_state);
    layout->addWidget(m_table, 3);
    layout->addWidget(new QLabel(tr("Preview:"), this));
    layout->addWidget(m_preview, 2);

    const auto reread = [this] {
        if (!m_filling) {
            readOptions();
            readFile();
        }
    };
    connect(m_encoding, &QComboBox::currentIndexChanged, this, reread);
    connect(m_separator, &QComboBox::currentIndexChanged, this, reread);
    connect(m_sheet, &QComboBox::currentIndexChanged, this, reread);
    connect(m_headerRow, &QSpinBox::valueChanged, this, reread);
    connect(m_groupBy, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling) {
            readOptions();
            for (int r = 0; r < m_table->rowCount(); ++r)
                showRule(r);
        }
    });
    connect(m_onInvalid, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            readOptions();
    });
    connect(load, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Load Mapping"), QDir::homePath(), tr("Mappings (*.json)"));
        if (!file.isEmpty())
            loadMapping(file);
    });
    connect(save, &QPushButton::clicked, this, [this] {
        const QString name = keyOf(m_wizard->mapping.entity) + QStringLiteral("-mapping.json");
        const QString file = QFileDialog::getSaveFileName(this, tr("Save Mapping"), QDir::home().filePath(name), tr("Mappings (*.json)"));
        if (!file.isEmpty())
            saveMapping(file);
    });
}

// The options above the table into the mapping.
void CsvMappingPage::readOptions()
{
    CsvMapping &m = m_wizard->mapping;
    m.dialect.encoding = m_encoding->currentData().toString();
    const QString separator = m_separator->currentData().toString();
    m.dialect.separator = separator.isEmpty() ? QChar() : separator.at(0);
    if (isWorkbook(m_wizard->path))
        m.sheet = m_sheet->currentIndex() > 0 ? m_sheet->currentText() : QString();
    m.headerRow = m_headerRow->value();
    const QString group = m_groupBy->currentData().toString();
    m.groupBy = group.isEmpty() ? QStringList() : group.split(QChar(0x1F));
    m.onInvalid = OnInvalid(m_onInvalid->currentData().toInt());
}

void CsvMappingPage::initializePage()
{
    m_fields = importFields(m_wizard->mapping.entity);
    m_filling = true;
    const CsvMapping &m = m_wizard->mapping;
    m_encoding->setCurrentIndex(std::max(0, m_encoding->findData(m.dialect.encoding)));
    m_separator->setCurrentIndex(m.dialect.separator.isNull() ? 0 : std::max(0, m_separator->findData(QString(m.dialect.separator))));
    m_headerRow->setValue(m.headerRow);
    m_onInvalid->setCurrentIndex(std::max(0, m_onInvalid->findData(int(m.onInvalid))));
    const bool workbook = isWorkbook(m_wizard->path);
    for (QWidget *w : std::as_const(m_csvOnly))
        w->setVisible(!workbook);
    for (QWidget *w : std::as_const(m_workbookOnly))
        w->setVisible(workbook);
    m_filling = false;
    readFile();
}

void CsvMappingPage::readFile()
{
    auto head = previewTable(m_wizard->path, m_wizard->mapping, 200);
    if (!head) {
        m_head = CsvPreview();
        m_state->setText(head.error().describe());
    } else {
        m_head = head.value();
        if (isWorkbook(m_wizard->path))
            m_state->setText(tr("%1: a workbook; the header is on row %2; %n column(s).", nullptr, int(m_head.header.size()))
                                 .arg(QFileInfo(m_wizard->path).fileName())
                                 .arg(m_head.lines.isEmpty() ? 1 : m_head.lines.first() - 1));
        else
            m_state->setText(tr("%1: %2, separated by %3; %n column(s).", nullptr, int(m_head.header.size()))
                                 .arg(QFileInfo(m_wizard->path).fileName(), m_head.encoding, separatorName(m_head.separator)));
    }
    m_filling = true;
    // The sheets, keeping the one chosen.
    const QString sheet = m_wizard->mapping.sheet;
    m_sheet->clear();
    m_sheet->addItem(tr("(the first)"));
    m_sheet->addItems(m_head.sheets);
    m_sheet->setCurrentIndex(sheet.isEmpty() ? 0 : std::max(0, m_sheet->findText(sheet)));
    // Grouping: by one column, or the columns a loaded mapping names.
    const QString group = m_wizard->mapping.groupBy.join(QChar(0x1F));
    m_groupBy->clear();
    m_groupBy->addItem(tr("(each row is one record)"), QString());
    for (const QString &h : std::as_const(m_head.header))
        m_groupBy->addItem(h, h);
    if (!group.isEmpty() && m_groupBy->findData(group) < 0)
        m_groupBy->addItem(m_wizard->mapping.groupBy.join(QStringLiteral(" + ")), group);
    m_groupBy->setCurrentIndex(std::max(0, m_groupBy->findData(group)));
    m_filling = false;
    // Keep what was chosen (or loaded) where the file has that column; guess the rest.
    const CsvMapping guessed = autoMapping(m_wizard->mapping.entity, m_head.header);
    QMap<QString, QString> columns;
    for (const ImportField &f : std::as_const(m_fields)) {
        const QString chosen = m_wizard->mapping.columns.value(f.key);
        if (m_wizard->mapping.rules.value(f.key).constant)
            continue;
        if (!chosen.isEmpty() && m_head.header.contains(chosen))
            columns.insert(f.key, chosen);
        else if (guessed.columns.contains(f.key))
            columns.insert(f.key, guessed.columns.value(f.key));
    }
    m_wizard->mapping.columns = columns;
    showFields();
    showPreview();
    Q_EMIT completeChanged();
}

void CsvMappingPage::showFields()
{
    m_filling = true;
    m_table->setRowCount(int(m_fields.size()));
    for (int r = 0; r < m_fields.size(); ++r) {
        const ImportField &f = m_fields.at(r);
        auto *label = new QTableWidgetItem(f.required ? f.label + QStringLiteral(" *") : f.label);
        label->setData(Qt::UserRole, f.key);
        label->setToolTip(f.aliases.join(QStringLiteral(", ")));
        m_table->setItem(r, 0, label);
        auto *choice = new QComboBox(m_table);
        choice->setObjectName(QStringLiteral("column-") + f.key);
        choice->setAccessibleName(tr("Column for %1").arg(f.label));
        choice->addItem(tr("(not imported)"), QString());
        choice->addItem(tr("(the same value for every record)"), kFixed);
        for (const QString &h : std::as_const(m_head.header))
            choice->addItem(h, h);
        const bool fixed = m_wizard->mapping.rules.value(f.key).constant.has_value();
        choice->setCurrentIndex(fixed ? 1 : std::max(0, choice->findData(m_wizard->mapping.columns.value(f.key))));
        connect(choice, &QComboBox::currentIndexChanged, this, [this, r] {
            if (m_filling)
                return;
            collect();
            showRule(r);
            changed();
        });
        setCell(m_table, r, 1, choice);
        showRule(r);
    }
    m_filling = false;
}

// The third cell of a field: the fixed value's editor, or Values... with what the rule says.
void CsvMappingPage::showRule(int row)
{
    const ImportField &f = m_fields.at(row);
    const auto *choice = qobject_cast<QComboBox *>(m_table->cellWidget(row, 1));
    const QString source = choice ? choice->currentData().toString() : QString();
    const FieldRule rule = m_wizard->mapping.rules.value(f.key);
    if (source.isEmpty()) {
        setCell(m_table, row, 2, nullptr);
        return;
    }
    if (source == kFixed) {
        auto *value = new QComboBox(m_table);
        value->setObjectName(QStringLiteral("value-") + f.key);
        value->setAccessibleName(tr("Value of %1 for every record").arg(f.label));
        value->setEditable(true);
        for (const ImportChoice &c : importFieldChoices(m_wizard->mapping.entity, f.key, languageOf(QLocale())))
            value->addItem(c.label, c.value);
        const QString current = rule.constant.value_or(QString());
        const int at = value->findData(current);
        if (at >= 0)
            value->setCurrentIndex(at);
        else
            value->setEditText(current);
        const auto store = [this, value, key = f.key] {
            const bool listed = value->currentIndex() >= 0 && value->currentText() == value->itemText(value->currentIndex());
            FieldRule fixed;
            fixed.constant = listed ? value->currentData().toString() : value->currentText().trimmed();
            m_wizard->mapping.rules.insert(key, fixed);
            changed();
        };
        connect(value, &QComboBox::currentTextChanged, this, store);
        setCell(m_table, row, 2, value);
        if (!rule.constant)
            store();
        return;
    }
    auto *cell = new QWidget(m_table);
    auto *layout = new QHBoxLayout(cell);
    layout->setContentsMargins(2, 0, 2, 0);
    auto *button = new QPushButton(tr("Values..."), cell);
    button->setObjectName(QStringLiteral("values-") + f.key);
    button->setAccessibleName(tr("Values of %1").arg(f.label));
    QStringList said;
    if (!rule.lookup.isEmpty())
        said << tr("%n value(s) translated", nullptr, int(rule.lookup.size()));
    if (!rule.format.isEmpty())
        said << tr("dates as %1").arg(rule.format);
    if (rule.sum)
        said << tr("added up");
    auto *summary = new QLabel(said.isEmpty() ? tr("as written") : said.join(QStringLiteral("; ")), cell);
    layout->addWidget(button);
    layout->addWidget(summary, 1);
    connect(button, &QPushButton::clicked, this, [this, key = f.key] {
        FieldRuleDialog *dialog = ruleDialog(key);
        if (dialog->exec() == QDialog::Accepted)
            setRule(key, dialog->rule());
        dialog->deleteLater();
    });
    setCell(m_table, row, 2, cell);
}

FieldRuleDialog *CsvMappingPage::ruleDialog(const QString &field)
{
    const int row = rowOf(field);
    const ImportField &f = m_fields.at(row);
    const int column = int(m_head.header.indexOf(m_wizard->mapping.columns.value(field)));
    return new FieldRuleDialog(f, importFieldChoices(m_wizard->mapping.entity, field, languageOf(QLocale())), distinctValues(m_head.rows, column),
        m_wizard->mapping.rules.value(field), !m_wizard->mapping.groupBy.isEmpty(), this);
}

void CsvMappingPage::setRule(const QString &field, const FieldRule &rule)
{
    if (rule.isEmpty())
        m_wizard->mapping.rules.remove(field);
    else
        m_wizard->mapping.rules.insert(field, rule);
    showRule(rowOf(field));
    changed();
}

void CsvMappingPage::changed()
{
    showPreview();
    Q_EMIT completeChanged();
}

void CsvMappingPage::collect()
{
    CsvMapping &m = m_wizard->mapping;
    m.columns.clear();
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const QString key = m_table->item(r, 0)->data(Qt::UserRole).toString();
        const auto *choice = qobject_cast<QComboBox *>(m_table->cellWidget(r, 1));
        const QString source = choice ? choice->currentData().toString() : QString();
        if (source == kFixed) {
            if (!m.rules.value(key).constant)
                m.rules.insert(key, FieldRule{QString(), {}, {}, false});
            continue;
        }
        if (m.rules.value(key).constant || source.isEmpty())
            m.rules.remove(key);
        if (!source.isEmpty())
            m.columns.insert(key, source);
    }
}

int CsvMappingPage::rowOf(const QString &field) const
{
    for (int r = 0; r < m_fields.size(); ++r) {
        if (m_fields.at(r).key == field)
            return r;
    }
    return 0;
}

void CsvMappingPage::showPreview()
{
    // The first rows through the mapping: constants, look-ups and formats as the import reads them.
    ImportReport scratch;
    ProblemList problems(scratch, 0);
    RecordReader reader(m_wizard->mapping, m_head.header, problems, false);
    reader.resolve();
    QStringList labels;
    QList<int> cells;
    for (const ImportField &f : std::as_const(m_fields)) {
        if (!reader.columns().contains(f.key))
            continue;
        labels << f.label;
        cells << reader.columns().value(f.key);
    }
    m_preview->clear();
    m_preview->setColumnCount(int(labels.size()));
    m_preview->setHorizontalHeaderLabels(labels);
    const int shown = int(std::min<qsizetype>(m_head.rows.size(), 20));
    m_preview->setRowCount(shown);
    QStringList lines;
    for (int r = 0; r < shown; ++r) {
        const qint64 line = r < m_head.lines.size() ? m_head.lines.at(r) : r + 2;
        const ImportRecord record = reader.read(m_head.rows.at(r), line);
        lines << tr("line %1").arg(line);
        for (int c = 0; c < cells.size(); ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(record.cells.value(cells.at(c))));
    }
    m_preview->setVerticalHeaderLabels(lines);
    m_preview->resizeColumnsToContents();
}

QString CsvMappingPage::columnOf(const QString &field) const
{
    return m_wizard->mapping.columns.value(field);
}

void CsvMappingPage::setColumn(const QString &field, const QString &header)
{
    auto *choice = qobject_cast<QComboBox *>(m_table->cellWidget(rowOf(field), 1));
    choice->setCurrentIndex(std::max(0, choice->findData(header)));
}

void CsvMappingPage::setConstant(const QString &field, const QString &value)
{
    auto *choice = qobject_cast<QComboBox *>(m_table->cellWidget(rowOf(field), 1));
    choice->setCurrentIndex(choice->findData(kFixed));
    auto *editor = qobject_cast<QComboBox *>(m_table->cellWidget(rowOf(field), 2));
    const int at = editor->findData(value);
    if (at >= 0)
        editor->setCurrentIndex(at);
    else
        editor->setEditText(value);
}

void CsvMappingPage::setGroupBy(const QString &header)
{
    m_groupBy->setCurrentIndex(std::max(0, m_groupBy->findData(header)));
}

void CsvMappingPage::setOnInvalid(OnInvalid onInvalid)
{
    m_onInvalid->setCurrentIndex(m_onInvalid->findData(int(onInvalid)));
}

bool CsvMappingPage::isComplete() const
{
    if (m_head.header.isEmpty())
        return false;
    for (const ImportField &f : m_fields) {
        if (f.required && !m_wizard->mapping.maps(f.key))
            return false;
    }
    return true;
}

bool CsvMappingPage::validatePage()
{
    readOptions();
    return true;
}

bool CsvMappingPage::loadMapping(const QString &file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Load Mapping"), tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(file), in.errorString()));
        return false;
    }
    auto loaded = mappingFromJson(in.readAll());
    if (!loaded) {
        QMessageBox::warning(this, tr("Load Mapping"), tr("%1: %2").arg(QDir::toNativeSeparators(file), loaded.error().describe()));
        return false;
    }
    if (loaded->entity != m_wizard->mapping.entity) {
        QMessageBox::warning(this, tr("Load Mapping"), tr("%1 is a mapping for %2, not for %3.")
                                                           .arg(QDir::toNativeSeparators(file), nameOf(loaded->entity), nameOf(m_wizard->mapping.entity)));
        return false;
    }
    m_wizard->mapping = loaded.value();
    initializePage();
    return true;
}

bool CsvMappingPage::saveMapping(const QString &file)
{
    readOptions();
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(mappingToJson(m_wizard->mapping)) < 0 || !out.commit()) {
        QMessageBox::warning(this, tr("Save Mapping"), tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(file), out.errorString()));
        return false;
    }
    return true;
}

} // namespace pd::ui
