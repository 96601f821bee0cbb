#include "pickers.h"

#include "reference/reference_data.h"
#include "services/partner_service.h"

#include <QCompleter>
#include <QLineEdit>

namespace pd::ui {

namespace {

Language otherLanguage(Language language)
{
    return language == Language::Chinese ? Language::English : Language::Chinese;
}

} // namespace

SearchPicker::SearchPicker(QWidget *parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    letNarrow(this, 28);
}

void letNarrow(QComboBox *box, int characters)
{
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(characters);
}

QVariant SearchPicker::chosen() const
{
    const int index = findText(currentText(), Qt::MatchFixedString);
    return index < 0 ? QVariant() : itemData(index);
}

void fillCountries(SearchPicker *picker, Language language)
{
    picker->clear();
    for (const Country &c : ReferenceData::instance().countries())
        picker->addItem(QStringLiteral("%1 / %2 (%3)").arg(c.name(language), c.name(otherLanguage(language)), c.alpha2), c.alpha2);
    picker->setCurrentIndex(-1);
}

void fillSectors(SearchPicker *picker, Language language)
{
    picker->clear();
    for (const CodeItem &s : ReferenceData::instance().codelist(QStringLiteral("Sector"))) {
        if (!s.withdrawn)
            picker->addItem(QStringLiteral("%1 %2 / %3").arg(s.code, s.name(language), s.name(otherLanguage(language))), s.code);
    }
    picker->setCurrentIndex(-1);
}

void fillPartners(SearchPicker *picker, PartnerService &partners, Language language)
{
    picker->clear();
    PartnerQuery names;
    names.countProjects = false;
    auto rows = partners.list(names);
    if (!rows)
        return;
    for (const PartnerSummary &s : rows.value()) {
        const Partner &p = s.partner;
        QString text = p.name(language);
        if (const QString other = p.name(otherLanguage(language)); other != text && !other.isEmpty())
            text += QStringLiteral(" / ") + other;
        if (!p.acronym.isEmpty())
            text += QStringLiteral(" (%1)").arg(p.acronym);
        picker->addItem(text, p.id);
    }
    picker->setCurrentIndex(-1);
}

} // namespace pd::ui
