#pragma once

#include "enums.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace pd {

struct Contact
{
    QString name;
    QString position;
    QString email;
    QString phone;
    friend bool operator==(const Contact &, const Contact &) = default;
};

// An organisation CICETE works with: a UN agency, a ministry, a network member, a consignee.
struct Partner
{
    qint64 id = 0;
    int revision = 0;

    QString nameEn;
    QString nameZh;
    QString acronym;
    int orgType = 0; // IATI OrganisationType code; 0 when unknown
    QString iatiId; // IATI organisation identifier, e.g. XM-DAC-41114; empty when none
    QString country; // ISO 3166-1 alpha-2; empty for international organisations
    int networkMemberSince = 0; // year it joined the China SSC Network; 0 when not a member
    QList<Contact> contacts;

    const QString &name(Language l) const { return pick(l, nameEn, nameZh); }
    bool isNetworkMember() const { return networkMemberSince > 0; }
    QString recordName() const
    {
        return QCoreApplication::translate("Services", "partner %1").arg(acronym.isEmpty() ? pick(Language::English, nameEn, nameZh) : acronym);
    }
    friend bool operator==(const Partner &, const Partner &) = default;
};

// The role a partner plays in a project; a partner may play several.
struct ProjectRole
{
    qint64 id = 0;
    qint64 projectId = 0;
    qint64 partnerId = 0;
    OrganisationRole role = OrganisationRole::Implementing;
    friend bool operator==(const ProjectRole &, const ProjectRole &) = default;
};

} // namespace pd
