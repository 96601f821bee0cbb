#pragma once

#include "enums.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace pd {

// Percentages are held as hundredths of a percent (100% = 10000): exact, and IATI's two decimals fit.
constexpr int kWholePercent = 10000;

struct CountryShare
{
    QString country; // ISO 3166-1 alpha-2
    int percent = kWholePercent; // hundredths of a percent
    friend bool operator==(const CountryShare &, const CountryShare &) = default;
};

struct SectorShare
{
    QString code; // OECD DAC 5-digit purpose code (IATI Sector vocabulary 1)
    int percent = kWholePercent;
    friend bool operator==(const SectorShare &, const SectorShare &) = default;
};

struct Project
{
    qint64 id = 0; // 0 until stored
    int revision = 0; // bumped by every stored change; a stale revision is a conflict

    QString code; // e.g. SSCAF-2019-007, unique in the portfolio
    QString titleEn;
    QString titleZh;
    BusinessLine line = BusinessLine::UnProgramme;
    FundingSource funding = FundingSource::ChinaAidGrant;
    ActivityStatus status = ActivityStatus::Pipeline;
    QDate plannedStart;
    QDate plannedEnd;
    QDate actualStart;
    QDate actualEnd;
    QList<CountryShare> countries;
    QList<SectorShare> sectors;
    QList<int> sdgGoals; // 1-17
    QString officer;
    QString descriptionEn;
    QString descriptionZh;
    QString iatiIdentifier; // set when the project is published in or imported from IATI
    QString emergency; // the key of the emergency it answers ("covid-19"), empty for none; see EmergencyService

    const QString &title(Language l) const { return pick(l, titleEn, titleZh); }
    QString recordName() const { return QCoreApplication::translate("Services", "project %1").arg(code); }
    friend bool operator==(const Project &, const Project &) = default;
};

} // namespace pd
