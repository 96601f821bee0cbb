#pragma once

#include "interchange/csv_import.h"
#include "storage/connection_spec.h"

#include <QWizard>

namespace pd::ui {

class PortfolioEvents;

// File > Import: a spreadsheet (CSV) of one kind of record, or IATI activity files. For a CSV the
// wizard maps the file's columns to fields (automatically by header, editable, saved and reused),
// previews the first rows as they will be imported, checks the whole file and lists every problem
// with its line and column (fix the file and check again), then imports it all or nothing, with
// progress and Cancel. IATI files are imported straight away, with a report of what was skipped.
class ImportWizard final : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePage, MappingPage, CheckPage, RunPage };

    // The work runs on worker threads with connections of their own to the portfolio's file.
    ImportWizard(ConnectionSpec database, PortfolioEvents *events, QWidget *parent = nullptr);

    // What the pages decide and read.
    QString path;
    bool iati = false;
    CsvMapping mapping;

    const ConnectionSpec &database() const { return m_database; }
    // After an import: every view showing the portfolio refreshes.
    void announceChanges();

    int nextId() const override;

private:
    ConnectionSpec m_database;
    PortfolioEvents *m_events = nullptr;
};

} // namespace pd::ui
