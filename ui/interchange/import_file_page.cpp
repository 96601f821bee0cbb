#include "import_file_page.h"

#include "import_wizard.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

namespace pd::ui {

namespace {

constexpr int kIati = -1; // the kind combo's data for IATI files

} // namespace

ImportFilePage::ImportFilePage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Choose a File"));
    setSubTitle(tr("An Excel workbook (.xlsx), a spreadsheet saved as CSV (from Excel or WPS, in any encoding), or IATI activity files (XML)."));
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("importPath"));
    auto *browse = new QPushButton(tr("&Browse..."), this);
    auto *row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("importKind"));
    for (ImportEntity entity : allImportEntities())
        m_kind->addItem(tr("Spreadsheet of %1").arg(nameOf(entity)), int(entity));
    m_kind->addItem(tr("IATI activities (XML)"), kIati);
    auto *form = new QFormLayout(this);
    // A row of two widgets takes no buddy by itself: the label names the path so that its & works.
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, row);
    form->addRow(tr("&Holds:"), m_kind);
    auto *note = new QLabel(tr("Nothing is written until the whole file has been checked; an import is all or nothing unless you choose to skip records with problems."), this);
    note->setWordWrap(true);
    form->addRow(QString(), note);
    connect(browse, &QPushButton::clicked, this, &ImportFilePage::browse);
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        guessKind();
        Q_EMIT completeChanged();
    });
}

void ImportFilePage::browse()
{
    const QString chosen = QFileDialog::getOpenFileName(this, tr("Import"), QDir::homePath(),
        tr("Spreadsheets and IATI files (*.xlsx *.csv *.txt *.tsv *.xml);;Excel workbooks (*.xlsx);;CSV files (*.csv *.txt *.tsv);;IATI activity files (*.xml);;All files (*)"));
    if (!chosen.isEmpty())
        m_path->setText(QDir::toNativeSeparators(chosen));
}

void ImportFilePage::guessKind()
{
    const bool xml = m_path->text().trimmed().endsWith(QLatin1String(".xml"), Qt::CaseInsensitive);
    const int iati = m_kind->findData(kIati);
    if (xml)
        m_kind->setCurrentIndex(iati);
    else if (m_kind->currentIndex() == iati)
        m_kind->setCurrentIndex(0);
}

bool ImportFilePage::isComplete() const
{
    return !m_path->text().trimmed().isEmpty();
}

bool ImportFilePage::validatePage()
{
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (!QFileInfo(path).isFile()) {
        QMessageBox::warning(this, tr("Import"), tr("%1 is not a file that can be read.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    m_wizard->path = path;
    m_wizard->iati = m_kind->currentData().toInt() == kIati;
    if (!m_wizard->iati) {
        const auto entity = ImportEntity(m_kind->currentData().toInt());
        if (m_wizard->mapping.entity != entity) {
            m_wizard->mapping = CsvMapping();
            m_wizard->mapping.entity = entity;
        }
    }
    return true;
}

} // namespace pd::ui
