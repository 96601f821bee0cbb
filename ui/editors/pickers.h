#pragma once

#include "common/language.h"

#include <QComboBox>

namespace pd {
class PartnerService;
}

namespace pd::ui {

// A combo box whose typed text finds items anywhere in their names, in English and Chinese alike
// ("gha", "加纳", "GH" all find Ghana). The item data is the code or id.
class SearchPicker final : public QComboBox
{
    Q_OBJECT

public:
    explicit SearchPicker(QWidget *parent = nullptr);
    // The chosen item's data, or an invalid QVariant when the text matches no item.
    QVariant chosen() const;
};

// Lets a box narrow to `characters` however long its items are (long names would otherwise set
// the width of the form or header it stands in).
void letNarrow(QComboBox *box, int characters);

// Items "name / other-language name (code)" for the three pickers of the editor.
void fillCountries(SearchPicker *picker, Language language);
void fillSectors(SearchPicker *picker, Language language);
void fillPartners(SearchPicker *picker, PartnerService &partners, Language language);

} // namespace pd::ui
