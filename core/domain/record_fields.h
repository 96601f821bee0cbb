#pragma once

#include "delivery.h"
#include "finance.h"
#include "partner.h"
#include "project.h"

#include <QList>
#include <QString>
#include <utility>

namespace pd {

// A record as ordered (field key, canonical text) pairs: what the audit log compares and stores,
// and what a conflict dialog shows side by side.
using FieldMap = QList<std::pair<QString, QString>>;

FieldMap fieldsOf(const Project &project);
FieldMap fieldsOf(const Partner &partner);
FieldMap fieldsOf(const BudgetLine &line);
FieldMap fieldsOf(const FinancialTransaction &transaction);
// A delivery's fields and one entry per packing-list line ("items[1]"); the history is not a field.
FieldMap fieldsOf(const Delivery &delivery);

struct FieldChange
{
    QString field;
    QString oldValue;
    QString newValue;
};

// The fields whose text differs, in the order of `after` (fields only in one side included).
QList<FieldChange> diffFields(const FieldMap &before, const FieldMap &after);

// "12.5" for 1250 hundredths.
QString percentToText(int hundredths);

} // namespace pd
