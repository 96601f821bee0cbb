#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace pd {

struct Bilingual
{
    QString en;
    QString zh;
};

struct DemoOrganisation
{
    Bilingual name;
    QString acronym;
    QString iatiId;
    int orgType = 0;
    int memberSince = 0;
};

struct DemoTitle
{
    Bilingual text;
    QStringList sectors;
    QList<int> sdgs;
    QStringList partners; // acronyms of the organisations that usually run such a project
    QString fund; // "PGTF" for Pérez-Guerrero Trust Fund titles
    QStringList themes; // "health", "humanitarian"...: what goods a supply project ships
    QString emergency; // the emergency such a project answers ("covid-19"), if any
    int fromYear = 0; // the years the title fits (COVID-19 from 2020); 0: any
    int toYear = 0;
    bool fits(int year) const { return (fromYear == 0 || year >= fromYear) && (toYear == 0 || year <= toYear); }
};

struct DemoSubject
{
    Bilingual name;
    QString sector;
};

// The words the demo portfolio is made of (resources/demo/vocabulary.json): real organisations
// with their IATI identifiers, the 51 SSC Network members, title templates per business line.
struct DemoVocabulary
{
    QList<DemoOrganisation> networkMembers;
    QList<DemoOrganisation> internationalOrgs;
    QList<DemoOrganisation> governmentFunders;
    DemoOrganisation cicete;
    QList<DemoOrganisation> recipientOrgTemplates; // names with {country_en}/{country_zh}
    QList<Bilingual> officers;
    QList<Bilingual> provinces;
    QList<DemoSubject> subjects;
    QHash<QString, QList<DemoTitle>> titles; // by business-line key
    QHash<QString, QList<Bilingual>> descriptions; // by business-line key
    QStringList goodsCountries; // with the extra recipients of resources/demo/deliveries.json

    static const DemoVocabulary &instance();
};

} // namespace pd
