#include "demo_vocabulary.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pd {

namespace {

Bilingual bilingual(const QJsonObject &o)
{
    return {o.value(QLatin1String("en")).toString(), o.value(QLatin1String("zh")).toString()};
}

DemoOrganisation organisation(const QJsonObject &o)
{
    return {bilingual(o), o.value(QLatin1String("acronym")).toString(), o.value(QLatin1String("iati_id")).toString(),
        o.value(QLatin1String("org_type")).toInt(), o.value(QLatin1String("member_since")).toInt()};
}

template <typename T, typename F> QList<T> mapArray(const QJsonValue &value, F convert)
{
    QList<T> list;
    for (const QJsonValue &v : value.toArray())
        list.append(convert(v.toObject()));
    return list;
}

DemoVocabulary load()
{
    QFile file(QStringLiteral(":/demo/vocabulary.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("ProjectDesk: the demo vocabulary is missing from the build");
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();

    DemoVocabulary v;
    v.networkMembers = mapArray<DemoOrganisation>(root.value(QLatin1String("network_members")), organisation);
    v.internationalOrgs = mapArray<DemoOrganisation>(root.value(QLatin1String("international_orgs")), organisation);
    v.governmentFunders = mapArray<DemoOrganisation>(root.value(QLatin1String("government_funders")), organisation);
    v.cicete = organisation(root.value(QLatin1String("cicete")).toObject());
    v.recipientOrgTemplates = mapArray<DemoOrganisation>(root.value(QLatin1String("recipient_org_templates")), organisation);
    v.officers = mapArray<Bilingual>(root.value(QLatin1String("officers")), bilingual);
    v.provinces = mapArray<Bilingual>(root.value(QLatin1String("provinces")), bilingual);
    v.subjects = mapArray<DemoSubject>(root.value(QLatin1String("hrd_subjects")), [](const QJsonObject &o) {
        return DemoSubject{bilingual(o), o.value(QLatin1String("sector")).toString()};
    });
    const QJsonObject titles = root.value(QLatin1String("titles")).toObject();
    for (auto it = titles.begin(); it != titles.end(); ++it) {
        v.titles.insert(it.key(), mapArray<DemoTitle>(it.value(), [](const QJsonObject &o) {
            DemoTitle t;
            t.text = bilingual(o);
            t.fund = o.value(QLatin1String("fund")).toString();
            for (const QJsonValue &s : o.value(QLatin1String("sectors")).toArray())
                t.sectors << s.toString();
            for (const QJsonValue &g : o.value(QLatin1String("sdgs")).toArray())
                t.sdgs << g.toInt();
            for (const QJsonValue &p : o.value(QLatin1String("partners")).toArray())
                t.partners << p.toString();
            for (const QJsonValue &theme : o.value(QLatin1String("themes")).toArray())
                t.themes << theme.toString();
            const QJsonArray years = o.value(QLatin1String("years")).toArray();
            t.fromYear = years.at(0).toInt();
            t.toYear = years.at(1).toInt();
            t.emergency = o.value(QLatin1String("emergency")).toString();
            return t;
        }));
    }
    const QJsonObject descriptions = root.value(QLatin1String("descriptions")).toObject();
    for (auto it = descriptions.begin(); it != descriptions.end(); ++it)
        v.descriptions.insert(it.key(), mapArray<Bilingual>(it.value(), bilingual));
    for (const QJsonValue &c : root.value(QLatin1String("goods_recipient_countries")).toArray())
        v.goodsCountries << c.toString();
    QFile shipping(QStringLiteral(":/demo/deliveries.json"));
    if (!shipping.open(QIODevice::ReadOnly))
        qFatal("ProjectDesk: the demo shipping catalogue is missing from the build");
    for (const QJsonValue &c : QJsonDocument::fromJson(shipping.readAll()).object().value(QLatin1String("extra_recipient_countries")).toArray())
        v.goodsCountries << c.toString();
    return v;
}

} // namespace

const DemoVocabulary &DemoVocabulary::instance()
{
    static const DemoVocabulary vocabulary = load();
    return vocabulary;
}

} // namespace pd
