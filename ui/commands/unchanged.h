#pragma once

#include "common/result.h"
#include "domain/record_fields.h"

namespace pd::ui {

// The record as stored, provided it still holds what `expected` holds, whatever its revision (which
// other commands of the undo stack move on): what an undo or redo may change. Anything else means
// someone changed the record meanwhile, a conflict named by `conflictMessage`.
template <typename Record, typename Getter> Result<Record> unchanged(const Record &expected, Getter get, const QString &conflictMessage)
{
    Result<Record> current = get(expected.id);
    if (!current)
        return current.error();
    if (fieldsOf(current.value()) != fieldsOf(expected))
        return Error::make(Error::Kind::Conflict, conflictMessage);
    return current;
}

} // namespace pd::ui
