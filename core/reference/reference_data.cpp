#include "reference_data.h"

#include <algorithm>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pd {

namespace {

QJsonDocument readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("ProjectDesk: reference resource %s is missing from the build", qPrintable(path));
    QJsonParseError error;
    QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("ProjectDesk: reference resource %s is corrupt: %s", qPrintable(path), qPrintable(error.errorString()));
    return doc;
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

const ReferenceData &ReferenceData::instance()
{
    static const ReferenceData data;
    return data;
}

ReferenceData::ReferenceData()
{
    loadCountries();
    loadCurrencies();
    loadCodelists();
    loadRegions();
}

void ReferenceData::loadRegions()
{
    const QJsonObject root = readResource(QStringLiteral(":/reference/regions.json")).object();
    for (const char *list : {"regions", "subregions"}) {
        for (const QJsonValue &v : root.value(QLatin1String(list)).toArray()) {
            const QJsonObject o = v.toObject();
            m_regions.append({str(o, "code"), str(o, "region"), str(o, "en"), str(o, "zh")});
        }
    }
    const QJsonObject countries = root.value(QLatin1String("countries")).toObject();
    for (auto it = countries.begin(); it != countries.end(); ++it) {
        const QString sub = it.value().toString();
        if (sub.isEmpty())
            continue;
        m_regionCountries[sub] << it.key();
        if (const Region *r = region(sub); r && !r->parent.isEmpty())
            m_regionCountries[r->parent] << it.key();
    }
    for (QStringList &codes : m_regionCountries)
        codes.sort();
}

const Region *ReferenceData::region(const QString &code) const
{
    for (const Region &r : m_regions) {
        if (r.code == code)
            return &r;
    }
    return nullptr;
}

QStringList ReferenceData::countriesIn(const QString &regionCode) const
{
    return m_regionCountries.value(regionCode);
}

void ReferenceData::loadCountries()
{
    const QJsonArray array = readResource(QStringLiteral(":/reference/countries.json")).array();
    m_countries.reserve(array.size());
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        QStringList aka;
        for (const QJsonValue &name : o.value(QLatin1String("aka")).toArray())
            aka.append(name.toString());
        m_countries.append({str(o, "a2"), str(o, "a3"), str(o, "num"), str(o, "en"), str(o, "zh"), aka});
        m_countryIndex.insert(m_countries.last().alpha2, m_countries.size() - 1);
    }
    // Codes first, so that a name can never shadow a code.
    for (qsizetype i = 0; i < m_countries.size(); ++i) {
        const Country &c = m_countries.at(i);
        for (const QString &key : {c.alpha2, c.alpha3, c.numeric})
            m_countryNames.insert(key.toCaseFolded(), i);
    }
    for (qsizetype i = 0; i < m_countries.size(); ++i) {
        const Country &c = m_countries.at(i);
        for (const QString &name : QStringList{c.nameEn, c.nameZh} + c.otherNames) {
            if (!m_countryNames.contains(name.toCaseFolded()))
                m_countryNames.insert(name.toCaseFolded(), i);
        }
    }
}

const Country *ReferenceData::countryByCodeOrName(const QString &text) const
{
    QString key = text.simplified().toCaseFolded();
    // Numeric codes are three digits ("4" is Afghanistan's "004").
    if (!key.isEmpty() && key.size() < 3 && std::all_of(key.cbegin(), key.cend(), [](QChar c) { return c.isDigit(); }))
        key = key.rightJustified(3, QLatin1Char('0'));
    const auto it = m_countryNames.constFind(key);
    return it == m_countryNames.cend() ? nullptr : &m_countries.at(*it);
}

void ReferenceData::loadCurrencies()
{
    const QJsonArray array = readResource(QStringLiteral(":/reference/currencies.json")).array();
    m_currencies.reserve(array.size());
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        CurrencyInfo c{str(o, "code"), str(o, "num"), str(o, "en"), str(o, "zh")};
        const QJsonValue minor = o.value(QLatin1String("minor"));
        c.minorUnitsDefined = !minor.isNull();
        c.minorUnits = c.minorUnitsDefined ? minor.toInt() : 2;
        m_currencies.append(c);
        m_currencyIndex.insert(c.code, m_currencies.size() - 1);
    }
}

void ReferenceData::loadCodelists()
{
    const QJsonObject lists = readResource(QStringLiteral(":/reference/codelists.json")).object();
    for (auto it = lists.begin(); it != lists.end(); ++it) {
        QList<CodeItem> items;
        QHash<QString, qsizetype> &index = m_codeIndex[it.key()];
        for (const QJsonValue &v : it.value().toArray()) {
            const QJsonObject o = v.toObject();
            items.append({str(o, "code"), str(o, "en"), str(o, "zh"), str(o, "category"), str(o, "color"),
                o.value(QLatin1String("withdrawn")).toBool()});
            index.insert(items.last().code, items.size() - 1);
        }
        m_codelists.insert(it.key(), items);
    }
}

const Country *ReferenceData::country(const QString &alpha2) const
{
    const auto it = m_countryIndex.constFind(alpha2.toUpper());
    return it == m_countryIndex.constEnd() ? nullptr : &m_countries.at(*it);
}

QStringList ReferenceData::countriesMatching(const QString &text) const
{
    QStringList codes;
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return codes;
    for (const Country &c : m_countries) {
        if (c.alpha2.compare(needle, Qt::CaseInsensitive) == 0 || c.alpha3.compare(needle, Qt::CaseInsensitive) == 0
            || c.nameEn.contains(needle, Qt::CaseInsensitive) || c.nameZh.contains(needle))
            codes.append(c.alpha2);
    }
    return codes;
}

const CurrencyInfo *ReferenceData::currency(const QString &code) const
{
    const auto it = m_currencyIndex.constFind(code.toUpper());
    return it == m_currencyIndex.constEnd() ? nullptr : &m_currencies.at(*it);
}

const CurrencyInfo *ReferenceData::currencyByCodeOrName(const QString &text) const
{
    if (const CurrencyInfo *c = currency(text))
        return c;
    for (const CurrencyInfo &c : m_currencies) {
        if (c.nameZh == text || c.nameEn.compare(text, Qt::CaseInsensitive) == 0)
            return &c;
    }
    return nullptr;
}

const QList<CodeItem> &ReferenceData::codelist(const QString &name) const
{
    static const QList<CodeItem> empty;
    const auto it = m_codelists.constFind(name);
    return it == m_codelists.constEnd() ? empty : *it;
}

const CodeItem *ReferenceData::code(const QString &list, const QString &code) const
{
    const auto listIndex = m_codeIndex.constFind(list);
    if (listIndex == m_codeIndex.constEnd())
        return nullptr;
    const auto position = listIndex->constFind(code);
    return position == listIndex->constEnd() ? nullptr : &m_codelists.constFind(list)->at(*position);
}

QString countryName(const QString &code, Language language)
{
    const Country *c = ReferenceData::instance().country(code);
    return c ? c->name(language) : code;
}

QString countryNames(const QStringList &codes, Language language)
{
    QStringList names;
    for (const QString &code : codes)
        names << countryName(code, language);
    return names.join(language == Language::Chinese ? QStringLiteral("、") : QStringLiteral(", "));
}

} // namespace pd
