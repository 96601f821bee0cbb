#pragma once

#include "common/error.h"
#include "partner.h"
#include "project.h"

namespace pd {

// Which rules a project is held to. Entry (the editor, CLI edits) holds it to all of them; Import
// keeps what a file says: dates that contradict each other are not refused but told as warnings
// (projectDateWarnings), because a file received is a record of what its publisher said.
enum class ValidationRules { Entry, Import };

// Rules a record must keep whatever stores it. Rules that need the database (a duplicate code)
// are checked by the services. An empty list means valid.
QList<FieldError> validateProject(const Project &project, ValidationRules rules = ValidationRules::Entry);
// The rules of dates that Import leaves out, as warnings: a planned or actual end before its start,
// an actual end without an actual start, a closed project without its actual end.
QList<FieldError> projectDateWarnings(const Project &project);

// The forms stored: codes trimmed, country codes upper-case. Services store what these return.
Project normalised(Project project);
Partner normalised(Partner partner);
QList<FieldError> validatePartner(const Partner &partner);
// Why an IATI organisation identifier typed by hand is not of the form AGENCY-ID (a registration
// agency such as XM-DAC or GB-COH, then the organisation's number there: XM-DAC-41114); empty when
// it is. Files received keep the identifiers they carry (IATI 1.x files have older forms such as GB-1),
// so this is asked on entry, not of every stored partner.
QString iatiOrganisationIdProblem(const QString &identifier);

// Field keys used in FieldError::field, shared with the editors that show the messages.
namespace fields {
inline constexpr char code[] = "code";
inline constexpr char title[] = "title";
inline constexpr char plannedStart[] = "planned_start";
inline constexpr char plannedEnd[] = "planned_end";
inline constexpr char actualStart[] = "actual_start";
inline constexpr char actualEnd[] = "actual_end";
inline constexpr char countries[] = "countries";
inline constexpr char sectors[] = "sectors";
inline constexpr char sdgGoals[] = "sdg_goals";
inline constexpr char name[] = "name";
inline constexpr char orgType[] = "org_type";
inline constexpr char iatiId[] = "iati_id";
inline constexpr char country[] = "country";
inline constexpr char networkMemberSince[] = "network_member_since";
inline constexpr char contacts[] = "contacts";
inline constexpr char emergency[] = "emergency";
} // namespace fields

} // namespace pd
