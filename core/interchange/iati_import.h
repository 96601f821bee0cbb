#pragma once

#include "common/result.h"
#include "csv_import.h" // ImportProgress

#include <QStringList>

namespace pd {

class Database;

// What an IATI import left out, kept with a warning, or mapped, and why: named by the activity's
// iati-identifier.
struct IatiSkip
{
    QString file;
    qint64 line = 0;
    QString activity; // iati-identifier; empty when the activity has none
    QString what;     // "activity", "transaction", "budget", "recipient-country", ...
    QString reason;
};

struct IatiImportSummary
{
    QString version;            // of the last file read ("2.03")
    int activitiesCreated = 0;  // new projects
    int activitiesUpdated = 0;  // projects matched by iati-identifier, updated
    int activitiesSkipped = 0;
    qint64 transactionsImported = 0;
    qint64 transactionsSkipped = 0;
    qint64 budgetsImported = 0;
    qint64 budgetsSkipped = 0;
    int partnersCreated = 0;
    QList<IatiSkip> skips;      // every skip (and note of a value rounded or shares scaled), in file order
    QList<IatiSkip> warnings;   // kept as the file says though it contradicts itself (dates), in file order
    QList<IatiSkip> mapped;     // IATI 1.x codes and code names read as their 2.x codes, in file order

    void add(const IatiImportSummary &other);
};

// One file of several: imported whole (its summary) or refused whole (why; nothing of it was kept).
struct IatiFileOutcome
{
    QString path;
    bool ok = false;
    Error error;               // when refused
    IatiImportSummary summary; // when imported
};

// Imports IATI 2.01-2.03 activity files, streamed (QXmlStreamReader, bounded memory, no DTD, no
// external entities). Each file is imported in one transaction: an organisation file, an IATI 1.x
// file, a file that is not well-formed or a hostile one (entities, depth, huge text) is refused
// whole with an Error naming the file (and line); within a sound file, what is unsound is skipped
// and reported, dates that contradict each other are kept and warned of, and IATI 1.x codes are
// mapped and reported. Re-importing updates the projects with the same iati-identifier.
// Every file is tried: one refused does not stop the next. progress is told each file's bytes.
QList<IatiFileOutcome> importIatiFiles(Database &db, const QStringList &paths, const ImportProgress &progress = {});

// importIatiFiles summed up; the first refusal is the Error (the files imported are kept).
Result<IatiImportSummary> importIati(Database &db, const QStringList &paths, const ImportProgress &progress = {});

} // namespace pd
