#pragma once

#include "common/language.h"

#include <QList>
#include <QString>

#include <optional>

namespace pd {

// CICETE's lines of work (DOMAIN.md). Stored by key, which never changes.
enum class BusinessLine { UnProgramme, GoodsSupply, Sscaf, HumanResources, Conferences, SscNetwork };

// Where a project's money comes from.
enum class FundingSource { ChinaAidGrant, InterestFreeLoan, ConcessionalLoan, Sscaf, Pgtf, Gssd, Undp, Unido, Other };

// IATI ActivityStatus codes.
enum class ActivityStatus { Pipeline = 1, Implementation = 2, Finalisation = 3, Closed = 4, Cancelled = 5, Suspended = 6 };

// IATI OrganisationRole codes 1-4; goods supply adds the consignee and the beneficiary, which
// IATI has no code for (exported as implementing and not at all, respectively).
enum class OrganisationRole { Funding = 1, Accountable = 2, Extending = 3, Implementing = 4, Consignee = 101, Beneficiary = 102 };

template <typename E> struct EnumInfo
{
    E value;
    const char *key;
    const char *nameEn;
    const char *nameZh;
};

QList<BusinessLine> allBusinessLines();
QString keyOf(BusinessLine line);
std::optional<BusinessLine> businessLineFromKey(const QString &key);
QString nameOf(BusinessLine line, Language language);
// A short name for legends and narrow places: "SSCAF", "Goods supply", "物资援助".
QString shortNameOf(BusinessLine line, Language language);

QList<FundingSource> allFundingSources();
QString keyOf(FundingSource source);
std::optional<FundingSource> fundingSourceFromKey(const QString &key);
QString nameOf(FundingSource source, Language language);

QList<ActivityStatus> allActivityStatuses();
std::optional<ActivityStatus> activityStatusFromCode(int code);
QString nameOf(ActivityStatus status, Language language);

QList<OrganisationRole> allOrganisationRoles();
std::optional<OrganisationRole> organisationRoleFromCode(int code);
QString keyOf(OrganisationRole role);
std::optional<OrganisationRole> organisationRoleFromKey(const QString &key);
QString nameOf(OrganisationRole role, Language language);

// The short name of a Sustainable Development Goal (1-17), "Zero Hunger" / "零饥饿"; the IATI
// codelist's English names are the goals' full sentences.
QString sdgShortName(int goal, Language language);

} // namespace pd
