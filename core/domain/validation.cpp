#include "validation.h"

#include "common/quoted_value.h"
#include "reference/reference_data.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>
#include <QSet>

namespace pd {

namespace {

QString percentText(int hundredths)
{
    return QString::number(hundredths / 100) + u'.' + QString::number(hundredths % 100).rightJustified(2, u'0') + u'%';
}

void add(QList<FieldError> &errors, const char *field, QString message)
{
    errors.append({QString::fromLatin1(field), std::move(message)});
}

void checkDates(QList<FieldError> &errors, const Project &p)
{
    if (p.plannedStart.isValid() && p.plannedEnd.isValid() && p.plannedEnd < p.plannedStart) {
        add(errors, fields::plannedEnd,
            QCoreApplication::translate("Validation", "planned end %1 is before planned start %2")
                .arg(p.plannedEnd.toString(Qt::ISODate), p.plannedStart.toString(Qt::ISODate)));
    }
    if (p.actualEnd.isValid() && !p.actualStart.isValid())
        add(errors, fields::actualStart, QCoreApplication::translate("Validation", "an actual end needs an actual start"));
    if (p.actualStart.isValid() && p.actualEnd.isValid() && p.actualEnd < p.actualStart) {
        add(errors, fields::actualEnd,
            QCoreApplication::translate("Validation", "actual end %1 is before actual start %2")
                .arg(p.actualEnd.toString(Qt::ISODate), p.actualStart.toString(Qt::ISODate)));
    }
    if (p.status == ActivityStatus::Closed && !p.actualEnd.isValid() && p.actualStart.isValid())
        add(errors, fields::actualEnd, QCoreApplication::translate("Validation", "a closed project needs its actual end date"));
}

void checkCountries(QList<FieldError> &errors, const Project &p)
{
    QSet<QString> seen;
    int total = 0;
    for (const CountryShare &share : p.countries) {
        const QString code = share.country.toUpper(); // stored in upper case, so "ke" and "KE" are the same country
        if (!ReferenceData::instance().country(share.country))
            add(errors, fields::countries, QCoreApplication::translate("Validation", "unknown country code \"%1\"").arg(quotedValue(share.country)));
        else if (seen.contains(code))
            add(errors, fields::countries, QCoreApplication::translate("Validation", "country %1 is listed twice").arg(code));
        if (share.percent <= 0 || share.percent > kWholePercent)
            add(errors, fields::countries,
                QCoreApplication::translate("Validation", "%1: percentage %2 is not between 0 and 100").arg(quotedValue(share.country), percentText(share.percent)));
        seen.insert(code);
        total += share.percent;
    }
    if (!p.countries.isEmpty() && total != kWholePercent)
        add(errors, fields::countries, QCoreApplication::translate("Validation", "country percentages sum to %1, not 100%").arg(percentText(total)));
}

void checkSectors(QList<FieldError> &errors, const Project &p)
{
    QSet<QString> seen;
    int total = 0;
    for (const SectorShare &share : p.sectors) {
        if (!ReferenceData::instance().code(QStringLiteral("Sector"), share.code))
            add(errors, fields::sectors, QCoreApplication::translate("Validation", "unknown DAC sector code \"%1\"").arg(quotedValue(share.code)));
        else if (seen.contains(share.code))
            add(errors, fields::sectors, QCoreApplication::translate("Validation", "sector %1 is listed twice").arg(share.code));
        if (share.percent <= 0 || share.percent > kWholePercent)
            add(errors, fields::sectors,
                QCoreApplication::translate("Validation", "%1: percentage %2 is not between 0 and 100").arg(share.code, percentText(share.percent)));
        seen.insert(share.code);
        total += share.percent;
    }
    if (!p.sectors.isEmpty() && total != kWholePercent)
        add(errors, fields::sectors, QCoreApplication::translate("Validation", "sector percentages sum to %1, not 100%").arg(percentText(total)));
}

} // namespace

Project normalised(Project p)
{
    p.code = p.code.trimmed();
    p.titleEn = p.titleEn.trimmed();
    p.titleZh = p.titleZh.trimmed();
    p.officer = p.officer.trimmed();
    p.emergency = p.emergency.trimmed().toLower();
    for (CountryShare &c : p.countries)
        c.country = c.country.trimmed().toUpper();
    for (SectorShare &s : p.sectors)
        s.code = s.code.trimmed();
    return p;
}

Partner normalised(Partner p)
{
    p.nameEn = p.nameEn.trimmed();
    p.nameZh = p.nameZh.trimmed();
    p.acronym = p.acronym.trimmed();
    p.iatiId = p.iatiId.trimmed();
    p.country = p.country.trimmed().toUpper();
    return p;
}

QList<FieldError> projectDateWarnings(const Project &p)
{
    QList<FieldError> warnings;
    checkDates(warnings, p);
    return warnings;
}

QList<FieldError> validateProject(const Project &p, ValidationRules rules)
{
    QList<FieldError> errors;
    static const QRegularExpression codePattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._/-]{0,39}$"));
    if (p.code.trimmed().isEmpty())
        add(errors, fields::code, QCoreApplication::translate("Validation", "a project code is required"));
    else if (!codePattern.match(p.code).hasMatch())
        add(errors, fields::code, QCoreApplication::translate("Validation", "\"%1\" is not a valid code (letters, digits, . _ / -; at most 40)").arg(quotedValue(p.code)));
    if (p.titleEn.trimmed().isEmpty() && p.titleZh.trimmed().isEmpty())
        add(errors, fields::title, QCoreApplication::translate("Validation", "a title in English or Chinese is required"));
    if (rules == ValidationRules::Entry)
        checkDates(errors, p);
    checkCountries(errors, p);
    checkSectors(errors, p);
    QSet<int> goals;
    for (int goal : p.sdgGoals) {
        if (goal < 1 || goal > 17)
            add(errors, fields::sdgGoals, QCoreApplication::translate("Validation", "SDG goal %1 does not exist (1-17)").arg(goal));
        else if (goals.contains(goal))
            add(errors, fields::sdgGoals, QCoreApplication::translate("Validation", "SDG goal %1 is listed twice").arg(goal));
        goals.insert(goal);
    }
    return errors;
}

QString iatiOrganisationIdProblem(const QString &identifier)
{
    // Country or XM/XI, the agency's code, then the identifier it gave (which may hold hyphens).
    static const QRegularExpression form(QStringLiteral("^(?:[A-Z]{2})-[A-Z0-9]{2,}-[A-Za-z0-9][A-Za-z0-9._/-]*$"));
    if (identifier.isEmpty() || form.match(identifier).hasMatch())
        return {};
    return QCoreApplication::translate("Validation",
        "\"%1\" is not an IATI organisation identifier of the form AGENCY-ID: a registration agency such as XM-DAC or GB-COH, "
        "a hyphen and the organisation's number there (XM-DAC-41114)")
        .arg(quotedValue(identifier));
}

QList<FieldError> validatePartner(const Partner &p)
{
    QList<FieldError> errors;
    if (p.nameEn.trimmed().isEmpty() && p.nameZh.trimmed().isEmpty())
        add(errors, fields::name, QCoreApplication::translate("Validation", "a name in English or Chinese is required"));
    if (p.orgType != 0 && !ReferenceData::instance().code(QStringLiteral("OrganisationType"), QString::number(p.orgType)))
        add(errors, fields::orgType, QCoreApplication::translate("Validation", "%1 is not an IATI organisation type").arg(p.orgType));
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
    if (!p.iatiId.isEmpty() && !idPattern.match(p.iatiId).hasMatch())
        add(errors, fields::iatiId, QCoreApplication::translate("Validation", "\"%1\" is not an IATI organisation identifier").arg(quotedValue(p.iatiId)));
    if (!p.country.isEmpty() && !ReferenceData::instance().country(p.country))
        add(errors, fields::country, QCoreApplication::translate("Validation", "unknown country code \"%1\"").arg(quotedValue(p.country)));
    const int thisYear = QDate::currentDate().year();
    if (p.networkMemberSince != 0 && (p.networkMemberSince < 1995 || p.networkMemberSince > thisYear)) {
        add(errors, fields::networkMemberSince,
            QCoreApplication::translate("Validation", "%1 is not a year of the SSC Network (1995-%2)").arg(p.networkMemberSince).arg(thisYear));
    }
    static const QRegularExpression emailPattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    for (qsizetype i = 0; i < p.contacts.size(); ++i) {
        const Contact &c = p.contacts.at(i);
        if (c.name.trimmed().isEmpty())
            add(errors, fields::contacts, QCoreApplication::translate("Validation", "contact %1 has no name").arg(i + 1));
        if (!c.email.isEmpty() && !emailPattern.match(c.email).hasMatch())
            add(errors, fields::contacts, QCoreApplication::translate("Validation", "contact %1: \"%2\" is not an e-mail address").arg(i + 1).arg(c.email));
    }
    return errors;
}

} // namespace pd
