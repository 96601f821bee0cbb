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
    QStringList otherNames; // ISO's other English and Chinese names ("Viet Nam", 越南社会主义共和国)
    const QString &name(Language l) const { return pick(l, nameEn, nameZh); }
};

// A UN M49 region ("002" Africa) or sub-region ("202" Sub-Saharan Africa).
struct Region
{
    QString code;
    QString parent; // a sub-region's region; empty for a region
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
    // The country a spreadsheet names: ISO alpha-2, alpha-3 or numeric code, or its English or
    // Chinese name (ISO's short, official or common form), ignoring case and surrounding spaces.
    const Country *countryByCodeOrName(const QString &text) const;
    // Codes of the countries whose code or English or Chinese name contains the text.
    QStringList countriesMatching(const QString &text) const;

    // The 5 M49 regions, then the 17 sub-regions, each with its parent.
    const QList<Region> &regions() const { return m_regions; }
    const Region *region(const QString &code) const;
    // The countries of a region or sub-region (M49 code), sorted; empty for an unknown code.
    QStringList countriesIn(const QString &regionCode) const;

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
    void loadRegions();

    QList<Country> m_countries;
    QHash<QString, qsizetype> m_countryIndex;
    QHash<QString, qsizetype> m_countryNames; // case-folded codes and names -> position
    QList<Region> m_regions;
    QHash<QString, QStringList> m_regionCountries; // region or sub-region code -> countries
    QList<CurrencyInfo> m_currencies;
    QHash<QString, qsizetype> m_currencyIndex;
    QHash<QString, QList<CodeItem>> m_codelists;
    QHash<QString, QHash<QString, qsizetype>> m_codeIndex; // list -> code -> position
};

// The country's name in the language; an unknown code stays as it is.
QString countryName(const QString &code, Language language);
// The countries' names in the language, as a register shows them: "Kenya, Ghana" or "肯尼亚、加纳";
// an unknown code stays as it is.
QString countryNames(const QStringList &codes, Language language);

} // namespace pd
