#pragma once

#include "common/language.h"
#include "domain/partner.h"

#include <QDialog>

class QLabel;

namespace pd {
class Portfolio;
}

namespace pd::ui {

class SearchPicker;

// Merge: which record of the same organisation to keep when `merged` is joined into it, with what
// will move said before anything is done. The likely duplicates come first in the list.
class MergePartnersDialog final : public QDialog
{
    Q_OBJECT

public:
    MergePartnersDialog(Portfolio &portfolio, const Partner &merged, Language language, QWidget *parent = nullptr);
    // The record chosen to keep (0: none yet).
    qint64 keptId() const;
    SearchPicker *picker() const { return m_kept; }
    QString summaryText() const;

private:
    void describe();

    Portfolio &m_portfolio;
    Partner m_merged;
    Language m_language;
    SearchPicker *m_kept = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace pd::ui
