#pragma once

#include <QList>
#include <QString>

namespace pd {

// A column that refers to another table's id (its rowid).
struct SalvageReference
{
    QString column;
    QString parent;
    // A link the schema clears when its row goes (ON DELETE SET NULL): a row whose linked partner
    // was lost is kept with the link cleared, as deleting the partner would have left it.
    bool optional = false;
};

// One table that a salvage copies: the schema version that created it and what it refers to.
struct SalvageTable
{
    QString name;
    int since = 1;
    QList<SalvageReference> references;
};

// The tables of the portfolio schema in foreign-key order (parents first), fixed here so that no
// table or column name is ever taken from a damaged file. Derived tables are left out: the target
// rebuilds them itself (transaction_days is kept by the triggers on transactions). No migration of
// versions 1-4 alters a table; step 6 adds projects.emergency, and a copy takes the columns both
// schemas have, so a version-5 file's projects come over with no emergency.
const QList<SalvageTable> &salvageTables();

} // namespace pd
