#include "report_scope.h"

#include "reference/reference_data.h"

namespace pd::ui {

QString ReportScope::projects(const ProjectFilter &f) const
{
    const Language l = wording().language();
    QStringList parts;
    QStringList names;
    for (BusinessLine line : f.lines)
        names << nameOf(line, l);
    if (!names.isEmpty())
        parts << names.join(trl(", "));
    names.clear();
    for (ActivityStatus status : f.statuses)
        names << nameOf(status, l);
    if (!names.isEmpty())
        parts << trl("status %1").arg(names.join(trl(", ")));
    names.clear();
    for (FundingSource funding : f.fundings)
        names << nameOf(funding, l);
    if (!names.isEmpty())
        parts << trl("funded by %1").arg(names.join(trl(", ")));
    if (!f.countries.isEmpty())
        parts << countryNames(f.countries, l);
    if (!f.region.isEmpty()) {
        const Region *region = ReferenceData::instance().region(f.region);
        parts << (region ? region->name(l) : f.region);
    }
    if (!f.officer.isEmpty())
        parts << trl("officer %1").arg(f.officer);
    if (f.sdgGoal > 0)
        parts << trl("SDG %1").arg(f.sdgGoal);
    if (!f.search.isEmpty())
        parts << trl("matching \"%1\"").arg(f.search);
    if (f.yearFrom > 0 || f.yearTo > 0)
        parts << trl("running in %1").arg(f.yearFrom == f.yearTo ? QString::number(f.yearFrom)
                                                                   : QStringLiteral("%1–%2").arg(f.yearFrom > 0 ? QString::number(f.yearFrom) : QString(),
                                                                         f.yearTo > 0 ? QString::number(f.yearTo) : QString()));
    if (parts.isEmpty())
        return trl("All projects of the portfolio");
    return trl("Projects: %1").arg(parts.join(trl("; ")));
}

QString ReportScope::period(const QDate &from, const QDate &to) const
{
    const Wording &w = wording();
    if (from.isValid() && to.isValid())
        return trl("Period: %1 to %2").arg(w.date(from), w.date(to));
    if (from.isValid())
        return trl("Period: from %1").arg(w.date(from));
    if (to.isValid())
        return trl("Period: until %1").arg(w.date(to));
    return trl("Period: all dates");
}

QString ReportScope::currencyNote(const QString &currency, const QDate &asOf) const
{
    return trl("Amounts in %1, converted at the exchange rate of each value date. As of %2.").arg(currency, wording().date(asOf));
}

QString ReportScope::incompleteNote() const
{
    return trl("Some amounts have no exchange rate into the reporting currency and are left out of the converted totals.");
}

} // namespace pd::ui
