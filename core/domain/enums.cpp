#include "enums.h"

#include "enum_table.h"
#include "reference/reference_data.h"

namespace pd {

using namespace enum_table;

namespace {

constexpr EnumInfo<BusinessLine> kLines[] = {
    {BusinessLine::UnProgramme, "un", "UN programme cooperation", "联合国合作项目"},
    {BusinessLine::GoodsSupply, "goods", "Goods and materials supply", "物资援助项目"},
    {BusinessLine::Sscaf, "sscaf", "South-South Cooperation Assistance Fund", "南南合作援助基金"},
    {BusinessLine::HumanResources, "hrd", "Human resources development", "人力资源开发合作"},
    {BusinessLine::Conferences, "conference", "Conferences and exhibitions", "会议展览"},
    {BusinessLine::SscNetwork, "network", "SSC Network", "中国南南合作网络"},
};

constexpr EnumInfo<FundingSource> kSources[] = {
    {FundingSource::ChinaAidGrant, "china_grant", "China aid grant", "中国援外无偿援助"},
    {FundingSource::InterestFreeLoan, "interest_free_loan", "Interest-free loan", "无息贷款"},
    {FundingSource::ConcessionalLoan, "concessional_loan", "Concessional loan", "优惠贷款"},
    {FundingSource::Sscaf, "sscaf", "South-South Cooperation Assistance Fund", "南南合作援助基金"},
    {FundingSource::Pgtf, "pgtf", "Pérez-Guerrero Trust Fund", "佩雷斯-格雷罗信托基金"},
    {FundingSource::Gssd, "gssd", "Global South-South Development Center", "全球南南发展中心"},
    {FundingSource::Undp, "undp", "UNDP", "联合国开发计划署"},
    {FundingSource::Unido, "unido", "UNIDO", "联合国工业发展组织"},
    {FundingSource::Other, "other", "Other", "其他"},
};

constexpr EnumInfo<OrganisationRole> kRoles[] = {
    {OrganisationRole::Funding, "funding", "Funding", "出资方"},
    {OrganisationRole::Accountable, "accountable", "Accountable", "责任方"},
    {OrganisationRole::Extending, "extending", "Extending", "执行管理方"},
    {OrganisationRole::Implementing, "implementing", "Implementing", "实施方"},
    {OrganisationRole::Consignee, "consignee", "Consignee", "收货方"},
    {OrganisationRole::Beneficiary, "beneficiary", "Beneficiary", "受益方"},
};

} // namespace

QList<BusinessLine> allBusinessLines()
{
    return values(kLines);
}
QString keyOf(BusinessLine line)
{
    return QLatin1String(find(kLines, line)->key);
}
std::optional<BusinessLine> businessLineFromKey(const QString &key)
{
    return fromKey(kLines, key);
}
QString nameOf(BusinessLine line, Language language)
{
    return nameIn(find(kLines, line), language);
}

QString shortNameOf(BusinessLine line, Language language)
{
    static constexpr EnumInfo<BusinessLine> kShort[] = {
        {BusinessLine::UnProgramme, "un", "UN programmes", "联合国合作"},
        {BusinessLine::GoodsSupply, "goods", "Goods supply", "物资援助"},
        {BusinessLine::Sscaf, "sscaf", "SSCAF", "南南合作援助基金"},
        {BusinessLine::HumanResources, "hrd", "Training (HRD)", "人力资源开发"},
        {BusinessLine::Conferences, "conference", "Conferences", "会议展览"},
        {BusinessLine::SscNetwork, "network", "SSC Network", "南南合作网络"},
    };
    return nameIn(find(kShort, line), language);
}

QList<FundingSource> allFundingSources()
{
    return values(kSources);
}
QString keyOf(FundingSource source)
{
    return QLatin1String(find(kSources, source)->key);
}
std::optional<FundingSource> fundingSourceFromKey(const QString &key)
{
    return fromKey(kSources, key);
}
QString nameOf(FundingSource source, Language language)
{
    return nameIn(find(kSources, source), language);
}

QList<ActivityStatus> allActivityStatuses()
{
    return {ActivityStatus::Pipeline, ActivityStatus::Implementation, ActivityStatus::Finalisation, ActivityStatus::Closed,
        ActivityStatus::Cancelled, ActivityStatus::Suspended};
}

std::optional<ActivityStatus> activityStatusFromCode(int code)
{
    if (code < 1 || code > 6)
        return std::nullopt;
    return static_cast<ActivityStatus>(code);
}

QString nameOf(ActivityStatus status, Language language)
{
    const CodeItem *item = ReferenceData::instance().code(QStringLiteral("ActivityStatus"), QString::number(int(status)));
    return item ? item->name(language) : QString::number(int(status));
}

QList<OrganisationRole> allOrganisationRoles()
{
    return values(kRoles);
}

std::optional<OrganisationRole> organisationRoleFromCode(int code)
{
    for (const auto &info : kRoles) {
        if (int(info.value) == code)
            return info.value;
    }
    return std::nullopt;
}

QString keyOf(OrganisationRole role)
{
    return QLatin1String(find(kRoles, role)->key);
}
std::optional<OrganisationRole> organisationRoleFromKey(const QString &key)
{
    return fromKey(kRoles, key);
}
QString nameOf(OrganisationRole role, Language language)
{
    return nameIn(find(kRoles, role), language);
}

QString sdgShortName(int goal, Language language)
{
    static const char *const kEnglish[] = {"No Poverty", "Zero Hunger", "Good Health and Well-being", "Quality Education",
                                           "Gender Equality", "Clean Water and Sanitation", "Affordable and Clean Energy",
                                           "Decent Work and Economic Growth", "Industry, Innovation and Infrastructure",
                                           "Reduced Inequalities", "Sustainable Cities and Communities",
                                           "Responsible Consumption and Production", "Climate Action", "Life Below Water", "Life on Land",
                                           "Peace, Justice and Strong Institutions", "Partnerships for the Goals"};
    if (goal < 1 || goal > 17)
        return {};
    if (language == Language::English)
        return QLatin1String(kEnglish[goal - 1]);
    const CodeItem *item = ReferenceData::instance().code(QStringLiteral("UNSDG-Goals"), QString::number(goal));
    return item ? item->nameZh : QLatin1String(kEnglish[goal - 1]);
}

} // namespace pd
