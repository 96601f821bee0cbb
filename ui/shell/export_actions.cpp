#include "export_actions.h"

#include "app_settings.h"
#include "long_operation.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>
#include <QPushButton>

namespace pd::ui {

std::optional<ExportFile> askExportFile(QWidget *parent, ExportFormat format, const QString &sheetName)
{
    AppSettings settings;
    ExportFile file;
    file.format = format;
    file.sheetName = sheetName;
    const QString suffix = format == ExportFormat::Xlsx ? QStringLiteral(".xlsx") : QStringLiteral(".csv");
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(sheetName + suffix);
    QString path;
    if (format == ExportFormat::Xlsx) {
        path = QFileDialog::getSaveFileName(parent, QCoreApplication::translate("ExportActions", "Export to Excel"), suggested,
            QCoreApplication::translate("ExportActions", "Excel workbook (*.xlsx)"));
    } else {
        // The file type chooses the separator: ';' suits spreadsheets where the decimal mark is a comma.
        const QList<QChar> separators{u',', u';', u'\t'};
        const QStringList types{QCoreApplication::translate("ExportActions", "CSV, comma-separated (*.csv)"),
            QCoreApplication::translate("ExportActions", "CSV, semicolon-separated (*.csv)"),
            QCoreApplication::translate("ExportActions", "Tab-separated text (*.csv *.tsv *.txt)")};
        QString chosen = types.value(separators.indexOf(settings.csvSeparator()), types.first());
        path = QFileDialog::getSaveFileName(
            parent, QCoreApplication::translate("ExportActions", "Export to CSV"), suggested, types.join(QStringLiteral(";;")), &chosen);
        file.separator = separators.value(types.indexOf(chosen), u',');
        if (!path.isEmpty())
            settings.setCsvSeparator(file.separator);
    }
    if (path.isEmpty())
        return std::nullopt;
    if (QFileInfo(path).suffix().isEmpty())
        path += suffix;
    file.path = path;
    return file;
}

Status runExport(QWidget *parent, const ConnectionSpec &spec, const ExportFile &file, const RegisterExporter &exporter)
{
    const QString name = QFileInfo(file.path).fileName();
    return runOnDatabaseWithProgress(parent, QCoreApplication::translate("ExportActions", "Export"),
        QCoreApplication::translate("ExportActions", "Exporting %1...").arg(name), spec,
        [&file, &exporter](Database &db, const ProgressCallback &progress) -> Status {
            const std::unique_ptr<TableSink> sink = makeTableSink(file);
            auto written = exporter(db, *sink, progress);
            if (!written)
                return written.error();
            return {};
        });
}

QStringList visibleColumnKeys(const QHeaderView *header, const std::function<QStringList(int)> &keysOf)
{
    QStringList keys;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            keys << keysOf(logical);
    }
    return keys;
}

QPushButton *exportButton(QWidget *page, const QString &sheetName, const std::function<Status(const ExportFile &)> &write)
{
    auto *button = new QPushButton(page);
    button->setText(QCoreApplication::translate("ExportActions", "Export"));
    button->setObjectName(QStringLiteral("exportButton"));
    auto *menu = new QMenu(button);
    auto ask = [page, sheetName, write](ExportFormat format) {
        const std::optional<ExportFile> file = askExportFile(page, format, sheetName);
        if (!file)
            return;
        const Status written = write(*file);
        if (!written && written.error().kind != Error::Kind::Cancelled)
            QMessageBox::warning(page, QCoreApplication::translate("ExportActions", "Export"), written.error().describe());
    };
    menu->addAction(QCoreApplication::translate("ExportActions", "Export to CSV..."), page, [ask] { ask(ExportFormat::Csv); });
    menu->addAction(QCoreApplication::translate("ExportActions", "Export to Excel..."), page, [ask] { ask(ExportFormat::Xlsx); });
    button->setMenu(menu);
    return button;
}

} // namespace pd::ui
