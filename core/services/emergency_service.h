#pragma once

#include "common/language.h"
#include "common/result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace pd {

class Database;

// An emergency goods are sent to answer: a key ("covid-19", "nepal-earthquake-2015"), its names,
// and its GLIDE number (GLIDEnumber.net, "EQ-2015-000048-NPL") when it has one.
struct Emergency
{
    QString key;
    QString nameEn;
    QString nameZh;
    QString glide;
    QDate started;
    bool builtIn = false; // from ProjectDesk's reference list, not added by a user

    const QString &name(Language l) const { return pick(l, nameEn, nameZh); }
};

// The emergencies a project may name: ProjectDesk's own list and those the portfolio's users added.
class EmergencyService
{
public:
    explicit EmergencyService(Database &db);

    static const QList<Emergency> &builtIn();
    // Whether text has the form of a key: lower-case letters, digits and single hyphens, at most 40.
    static bool isKey(const QString &text);
    // Every emergency, the most recent first.
    Result<QList<Emergency>> list() const;
    Result<std::optional<Emergency>> find(const QString &key) const;
    // Adds one; a validation error names the field ("key", "name_en", "glide") for a malformed or taken key.
    Status add(const Emergency &emergency);

private:
    Database &m_db;
};

} // namespace pd
