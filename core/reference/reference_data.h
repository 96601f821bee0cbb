#pragma once

#include "common/language.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace pd {

struct Country
{
    QString alpha2;
    QString alpha3;
    QString numeric;
    QString nameEn;
    QString nameZh;
    const QString &name(Language l) const { return pick(l, nameEn, nameZh); }
};

struct CurrencyInfo
{
    QString code;
    QString numeric;
    QString nameEn;
    QString nameZh;
    // ISO 4217 minor unit exponent; funds and metals (XDR, XAU...) have none in ISO 4217 and are
    // held with 2 decimals, the precision their published amounts use.
    int minorUnits = 2;
    bool minorUnitsDefined = true;
    const QString &name(Language l) const { return pick(l, nameEn, nameZh); }
};

struct CodeItem
{
    QString code;
    QString nameEn;
    QString nameZh;
    QString category; // Sector: its DAC 3-digit category
    QString color; // UNSDG-Goals: the goal's official colour
    bool withdrawn = false;
    const QString &name(Language l) const { return pick(l, nameEn, nameZh); }
};

// ISO 3166-1 countries, ISO 4217 currencies and the IATI codelists the model uses, generated into
// resources/reference by scripts/gen_reference.py and compiled into the core library.
class ReferenceData final
{
public:
    static const ReferenceData &instance();

    const QList<Country> &countries() const { return m_countries; }
    const Country *country(const QString &alpha2) const;
    // Codes of the countries whose code or English or Chinese name contains the text.
    QStringList countriesMatching(const QString &text) const;

    const QList<CurrencyInfo> &currencies() const { return m_currencies; }
    const CurrencyInfo *currency(const QString &code) const;
    // The currency whose code or English or Chinese name equals the text (case-insensitive).
    const CurrencyInfo *currencyByCodeOrName(const QString &text) const;

    QStringList codelistNames() const { return m_codelists.keys(); }
    const QList<CodeItem> &codelist(const QString &name) const;
    const CodeItem *code(const QString &list, const QString &code) const;

private:
    ReferenceData();
    void loadCountries();
    void loadCurrencies();
    void loadCodelists();

    QList<Country> m_countries;
    QHash<QString, qsizetype> m_countryIndex;
    QList<CurrencyInfo> m_currencies;
    QHash<QString, qsizetype> m_currencyIndex;
    QHash<QString, QList<CodeItem>> m_codelists;
    QHash<QString, QHash<QString, qsizetype>> m_codeIndex; // list -> code -> position
};

} // namespace pd
