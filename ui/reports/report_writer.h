#pragma once

#include "wording.h"

#include <QObject>

namespace pd::ui {

// What every report class shares: the words of the report's language. Subclasses (each with
// Q_OBJECT) write trl("...") where a window would write tr("..."): same catalogue and context,
// but the report's language rather than the windows'.
class ReportWriter : public QObject
{
    Q_OBJECT

public:
    explicit ReportWriter(Language language, QObject *parent = nullptr)
        : QObject(parent)
        , m_wording(language)
    { }

    const Wording &wording() const { return m_wording; }

protected:
    QString trl(const char *source, const char *disambiguation = nullptr, int n = -1) const
    {
        return m_wording.translate(metaObject()->className(), source, disambiguation, n);
    }

private:
    Wording m_wording;
};

} // namespace pd::ui
