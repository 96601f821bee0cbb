#include "csv_mapping_page.h"

#include "import_wizard.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pd::ui {

namespace {

const char *const kEncodings[] = {"UTF-8", "UTF-16LE", "UTF-16BE", "GB18030"};

QString separatorName(QChar c)
{
    if (c == u'\t')
        return QCoreApplication::translate("pd::ui::CsvMappingPage", "tab");
    if (c == u';')
        return QCoreApplication::translate("pd::ui::CsvMappingPage", "semicolon");
    return QCoreApplication::translate("pd::ui::CsvMappingPage", "comma");
}

} // namespace

CsvMappingPage::CsvMappingPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Match the Columns"));
    setSubTitle(tr("Each field takes the column chosen for it. Fields marked * must be given. The preview shows the first rows as they will be imported."));
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
    auto *load = new QPushButton(tr("&Load Mapping..."), this);
    auto *save = new QPushButton(tr("&Save Mapping..."), this);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Encoding:"), this));
    top->addWidget(m_encoding);
    top->addWidget(new QLabel(tr("Separator:"), this));
    top->addWidget(m_separator);
    top->addStretch(1);
    top->addWidget(load);
    top->addWidget(save);

    m_state = new QLabel(this);
    m_state->setWordWrap(true);
    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(QStringLiteral("mapping"));
    m_table->setAccessibleName(tr("Columns and fields"));
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Column in the file")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview = new QTableWidget(this);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setAccessibleName(tr("Preview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_state);
    layout->addWidget(m_table, 3);
    layout->addWidget(new QLabel(tr("Preview:"), this));
    layout->addWidget(m_preview, 2);

    const auto reread = [this] {
        if (!m_filling)
            readFile();
    };
    connect(m_encoding, &QComboBox::currentIndexChanged, this, reread);
    connect(m_separator, &QComboBox::currentIndexChanged, this, reread);
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

CsvDialect CsvMappingPage::chosenDialect() const
{
    CsvDialect d;
    d.encoding = m_encoding->currentData().toString();
    const QString separator = m_separator->currentData().toString();
    if (!separator.isEmpty())
        d.separator = separator.at(0);
    return d;
}

void CsvMappingPage::initializePage()
{
    m_fields = importFields(m_wizard->mapping.entity);
    m_filling = true;
    const CsvDialect &d = m_wizard->mapping.dialect;
    m_encoding->setCurrentIndex(std::max(0, m_encoding->findData(d.encoding)));
    m_separator->setCurrentIndex(d.separator.isNull() ? 0 : std::max(0, m_separator->findData(QString(d.separator))));
    m_filling = false;
    readFile();
}

void CsvMappingPage::readFile()
{
    auto head = previewCsv(m_wizard->path, chosenDialect());
    if (!head) {
        m_head = CsvPreview();
        m_state->setText(head.error().describe());
    } else {
        m_head = head.value();
        m_state->setText(tr("%1: %2, separated by %3; %n column(s).", nullptr, int(m_head.header.size()))
                             .arg(QFileInfo(m_wizard->path).fileName(), m_head.encoding, separatorName(m_head.separator)));
    }
    // Keep what was chosen (or loaded) where the file has that column; guess the rest.
    const CsvMapping guessed = autoMapping(m_wizard->mapping.entity, m_head.header);
    QMap<QString, QString> columns;
    for (const ImportField &f : std::as_const(m_fields)) {
        const QString chosen = m_wizard->mapping.columns.value(f.key);
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
        choice->addItem(tr("(not imported)"), QString());
        for (const QString &h : std::as_const(m_head.header))
            choice->addItem(h, h);
        choice->setCurrentIndex(std::max(0, choice->findData(m_wizard->mapping.columns.value(f.key))));
        connect(choice, &QComboBox::currentIndexChanged, this, [this] {
            if (m_filling)
                return;
            collect();
            showPreview();
            Q_EMIT completeChanged();
        });
        m_table->setCellWidget(r, 1, choice);
    }
    m_filling = false;
}

void CsvMappingPage::collect()
{
    m_wizard->mapping.columns.clear();
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const auto *choice = qobject_cast<QComboBox *>(m_table->cellWidget(r, 1));
        const QString header = choice ? choice->currentData().toString() : QString();
        if (!header.isEmpty())
            m_wizard->mapping.columns.insert(m_table->item(r, 0)->data(Qt::UserRole).toString(), header);
    }
}

void CsvMappingPage::showPreview()
{
    QStringList labels;
    QList<int> sources;
    for (const ImportField &f : std::as_const(m_fields)) {
        const QString header = m_wizard->mapping.columns.value(f.key);
        if (header.isEmpty())
            continue;
        labels << f.label;
        sources << int(m_head.header.indexOf(header));
    }
    m_preview->clear();
    m_preview->setColumnCount(int(labels.size()));
    m_preview->setHorizontalHeaderLabels(labels);
    m_preview->setRowCount(int(m_head.rows.size()));
    QStringList lines;
    for (int r = 0; r < m_head.rows.size(); ++r) {
        const QStringList &row = m_head.rows.at(r);
        lines << tr("line %1").arg(r < m_head.lines.size() ? m_head.lines.at(r) : r + 2);
        for (int c = 0; c < sources.size(); ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(sources.at(c) >= 0 ? row.value(sources.at(c)) : QString()));
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
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (m_table->item(r, 0)->data(Qt::UserRole).toString() == field) {
            auto *choice = qobject_cast<QComboBox *>(m_table->cellWidget(r, 1));
            choice->setCurrentIndex(std::max(0, choice->findData(header)));
        }
    }
}

bool CsvMappingPage::isComplete() const
{
    if (m_head.header.isEmpty())
        return false;
    for (const ImportField &f : m_fields) {
        if (f.required && !m_wizard->mapping.columns.contains(f.key))
            return false;
    }
    return true;
}

bool CsvMappingPage::validatePage()
{
    m_wizard->mapping.dialect = chosenDialect();
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
    m_wizard->mapping.dialect = chosenDialect();
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(mappingToJson(m_wizard->mapping)) < 0 || !out.commit()) {
        QMessageBox::warning(this, tr("Save Mapping"), tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(file), out.errorString()));
        return false;
    }
    return true;
}

} // namespace pd::ui
