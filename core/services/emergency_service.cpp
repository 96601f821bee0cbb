#include "emergency_service.h"

#include "storage/database.h"
#include "storage/sql_values.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace pd {

namespace {

QList<Emergency> loadBuiltIn()
{
    QFile file(QStringLiteral(":/reference/emergencies.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("ProjectDesk: reference/emergencies.json is missing from the build");
    QList<Emergency> list;
    for (const QJsonValue &v : QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("emergencies")).toArray()) {
        const QJsonObject o = v.toObject();
        list.append({o.value(QLatin1String("key")).toString(), o.value(QLatin1String("en")).toString(), o.value(QLatin1String("zh")).toString(),
            o.value(QLatin1String("glide")).toString(), QDate::fromString(o.value(QLatin1String("started")).toString(), Qt::ISODate), true});
    }
    return list;
}

} // namespace

EmergencyService::EmergencyService(Database &db)
    : m_db(db)
{ }

const QList<Emergency> &EmergencyService::builtIn()
{
    static const QList<Emergency> list = loadBuiltIn();
    return list;
}

bool EmergencyService::isKey(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return text.size() <= 40 && form.match(text).hasMatch();
}

Result<QList<Emergency>> EmergencyService::list() const
{
    QList<Emergency> all = builtIn();
    auto rows = m_db.execute(QStringLiteral("SELECT code, name_en, name_zh, glide, started FROM emergencies ORDER BY code"));
    if (!rows)
        return rows.error();
    while (rows->next()) {
        all.append({rows->value(0).toString(), rows->value(1).toString(), rows->value(2).toString(), rows->value(3).toString(),
            QDate::fromString(rows->value(4).toString(), Qt::ISODate), false});
    }
    std::stable_sort(all.begin(), all.end(), [](const Emergency &a, const Emergency &b) { return a.started > b.started; });
    return all;
}

Result<std::optional<Emergency>> EmergencyService::find(const QString &key) const
{
    auto all = list();
    if (!all)
        return all.error();
    for (const Emergency &e : all.value()) {
        if (e.key == key)
            return std::optional<Emergency>(e);
    }
    return std::optional<Emergency>();
}

Status EmergencyService::add(const Emergency &emergency)
{
    Emergency e = emergency;
    e.key = e.key.trimmed().toLower();
    e.nameEn = e.nameEn.trimmed();
    e.nameZh = e.nameZh.trimmed();
    e.glide = e.glide.trimmed().toUpper();
    QList<FieldError> errors;
    static const QRegularExpression glideForm(QStringLiteral("^[A-Z]{2}-\\d{4}-\\d{6}-[A-Z]{3}$"));
    if (!isKey(e.key))
        errors.append({QStringLiteral("key"),
            QCoreApplication::translate("Services", "The key is lower-case letters, digits and hyphens, at most 40, such as \"cyclone-freddy-2023\".")});
    if (e.nameEn.isEmpty())
        errors.append({QStringLiteral("name_en"), QCoreApplication::translate("Services", "The emergency needs an English name.")});
    if (!e.glide.isEmpty() && !glideForm.match(e.glide).hasMatch())
        errors.append({QStringLiteral("glide"), QCoreApplication::translate("Services", "A GLIDE number reads like EQ-2015-000048-NPL: hazard, year, six digits, country.")});
    if (errors.isEmpty()) {
        auto taken = find(e.key);
        if (!taken)
            return taken.error();
        if (taken->has_value())
            errors.append({QStringLiteral("key"), QCoreApplication::translate("Services", "There is already an emergency %1 (%2).").arg(e.key, taken->value().nameEn)});
    }
    if (!errors.isEmpty())
        return Error::validation(errors, QCoreApplication::translate("Services", "emergency %1").arg(e.key));
    auto added = m_db.execute(QStringLiteral("INSERT INTO emergencies (code, name_en, name_zh, glide, started, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
        {e.key, e.nameEn, e.nameZh, e.glide, dateValue(e.started), utcNow()});
    if (!added)
        return added.error();
    return {};
}

} // namespace pd
