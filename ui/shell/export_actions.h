#pragma once

#include "interchange/register_export.h"
#include "storage/connection_spec.h"

#include <functional>
#include <optional>

class QHeaderView;
class QPushButton;
class QWidget;

namespace pd::ui {

// Writes a register's rows into a sink on a worker thread (with a connection of its own), reporting progress.
using RegisterExporter = std::function<Result<qint64>(Database &db, TableSink &sink, const ExportProgress &progress)>;

// Asks where to export: an .xlsx file, or a CSV file with its separator (chosen by the dialog's
// file type, remembered for the next time). nullopt when the user cancels.
std::optional<ExportFile> askExportFile(QWidget *parent, ExportFormat format, const QString &sheetName);

// Runs the export with a progress dialog that can cancel it. The file appears only when all went
// well; a cancel returns Error::Kind::Cancelled and leaves no file.
Status runExport(QWidget *parent, const ConnectionSpec &spec, const ExportFile &file, const RegisterExporter &exporter);

// The export columns of a view as the user sees them: the visible sections in their visual order,
// each as the keys keysOf(model column) gives.
QStringList visibleColumnKeys(const QHeaderView *header, const std::function<QStringList(int)> &keysOf);

// An "Export" button with "Export to CSV..." and "Export to Excel...": a choice asks for the file,
// then write() exports to it; an error is shown in a message box (it names the file).
QPushButton *exportButton(QWidget *page, const QString &sheetName, const std::function<Status(const ExportFile &)> &write);

} // namespace pd::ui
