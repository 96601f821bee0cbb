#include "import_wizard.h"

#include "commands/portfolio_events.h"
#include "csv_check_page.h"
#include "csv_mapping_page.h"
#include "import_file_page.h"
#include "import_run_page.h"

namespace pd::ui {

ImportWizard::ImportWizard(ConnectionSpec database, PortfolioEvents *events, QWidget *parent)
    : QWizard(parent)
    , m_database(std::move(database))
    , m_events(events)
{
    setWindowTitle(tr("Import"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setPage(FilePage, new ImportFilePage(this));
    setPage(MappingPage, new CsvMappingPage(this));
    setPage(CheckPage, new CsvCheckPage(this));
    setPage(RunPage, new ImportRunPage(this));
    resize(900, 640);
}

int ImportWizard::nextId() const
{
    switch (currentId()) {
    case FilePage:
        return iati ? RunPage : MappingPage;
    case MappingPage:
        return CheckPage;
    case CheckPage:
        return RunPage;
    default:
        return -1;
    }
}

void ImportWizard::announceChanges()
{
    if (!m_events)
        return;
    Q_EMIT m_events->projectsChanged();
    Q_EMIT m_events->partnersChanged();
    Q_EMIT m_events->deliveriesChanged();
}

} // namespace pd::ui
