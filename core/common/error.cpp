#include "error.h"

#include <QStringList>

namespace pd {

Error Error::validation(QList<FieldError> fieldErrors, QString record)
{
    Error e;
    e.kind = Kind::Validation;
    e.record = std::move(record);
    e.fields = std::move(fieldErrors);
    QStringList parts;
    for (const FieldError &f : std::as_const(e.fields))
        parts << f.field + QStringLiteral(": ") + f.message;
    e.message = e.record.isEmpty() ? QStringLiteral("invalid record: %1").arg(parts.join(QStringLiteral("; ")))
                                   : QStringLiteral("invalid %1: %2").arg(e.record, parts.join(QStringLiteral("; ")));
    return e;
}

Error Error::make(Kind kind, QString message, QString record)
{
    Error e;
    e.kind = kind;
    e.message = std::move(message);
    e.record = std::move(record);
    return e;
}

QString Error::describe() const
{
    if (kind != Kind::Validation || fields.isEmpty())
        return message;
    QString text = record.isEmpty() ? QStringLiteral("invalid record") : QStringLiteral("invalid %1").arg(record);
    for (const FieldError &f : fields)
        text += QStringLiteral("\n  %1: %2").arg(f.field, f.message);
    return text;
}

} // namespace pd
