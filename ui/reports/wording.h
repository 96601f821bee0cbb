#pragma once

#include "common/language.h"

#include <QDate>
#include <QLocale>
#include <QString>

namespace pd {
class Money;
}

namespace pd::ui {

// The words of one document in a language of its own, whatever the language of the windows: a
// report is written in Chinese for MOFCOM while the officer works in English. The catalogue is the
// application's (resources/translations): classes call their trl("..."), which lupdate collects as
// it collects tr() (-tr-function-alias tr+=trl), under the class's own context.
class Wording final
{
public:
    explicit Wording(Language language);

    Language language() const { return m_language; }
    const QLocale &locale() const { return m_locale; }
    // The source text in this language; %n and %Ln replaced by n.
    QString translate(const char *context, const char *source, const char *disambiguation = nullptr, int n = -1) const;

    // Figures as a reader of the language writes them.
    QString number(qint64 value) const { return m_locale.toString(value); }
    QString date(const QDate &date) const;
    QString money(const Money &money) const; // "USD 1,234.50"
    QString amount(const Money &money) const; // "1,234.50"
    QString percentFromBasisPoints(int basisPoints) const; // 10000 -> "100.0%", -1 -> "-"

private:
    Language m_language;
    QLocale m_locale;
};

} // namespace pd::ui
