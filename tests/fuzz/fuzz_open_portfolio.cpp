// Opening a portfolio file: whatever its bytes, Database::openFile refuses it or opens it, and an
// open portfolio survives its check and a few reads through the services and analytics. Inspect
// only reads, so the file must keep its bytes whatever the outcome; a file opened to work on has
// the latest schema. Each input is written to the same name in a directory of this process's own,
// and whatever SQLite or the migrator left beside it (-wal, -shm, -journal, .bak) is removed before
// the next input, so that no input sees another's leftovers.
#include "fuzz_support.h"

#include "analytics/finance_rollup.h"
#include "analytics/portfolio_stats.h"
#include "services/partner_service.h"
#include "services/project_service.h"
#include "storage/database.h"
#include "storage/migrator.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace pd;

namespace {

QTemporaryDir &workDir()
{
    static QTemporaryDir dir;
    return dir;
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void clearWorkDir()
{
    QDir dir(workDir().path());
    for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden | QDir::System))
        PD_FUZZ_CHECK(dir.remove(name));
}

// Reads as the status bar, the registers and the finance page would; errors are fine.
void readThrough(Database &db)
{
    (void)computePortfolioStats(db);
    ProjectQuery projects;
    projects.limit = 20;
    if (auto list = ProjectService(db).list(projects); list && !list->isEmpty())
        (void)ProjectService(db).get(list->first().id); // with its countries, sectors and roles
    PartnerQuery partners;
    partners.limit = 20;
    (void)PartnerService(db).list(partners);
    (void)computeFinanceRollup(db);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fuzz::startApplication(argc, argv);
    PD_FUZZ_CHECK(workDir().isValid());
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = fuzz::bytesOf(data, size);
    const QString path = workDir().filePath(QStringLiteral("portfolio.pdsk"));
    {
        QFile file(path);
        PD_FUZZ_CHECK(file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size());
    }

    if (auto inspected = Database::openFile(path, Database::OpenMode::Inspect))
        (void)inspected.value()->check();
    PD_FUZZ_CHECK(contents(path) == bytes);

    if (auto opened = Database::openFile(path, Database::OpenMode::ExistingOnly)) {
        Database &db = *opened.value();
        PD_FUZZ_CHECK(db.schemaVersion() == Migrator::latestVersion());
        (void)db.check();
        readThrough(db);
    }
    clearWorkDir();
    return 0;
}
