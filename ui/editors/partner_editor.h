#pragma once

#include "common/language.h"
#include "domain/partner.h"
#include "domain/validation.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;
class QUndoStack;

namespace pd {
class Portfolio;
}

namespace pd::ui {

class PortfolioEvents;
class SearchPicker;

// Adds or edits a partner: names, acronym, type, IATI identifier (of the form AGENCY-ID), country,
// SSC Network membership and contacts. A likely duplicate (the same identifier, or a name differing
// only in case and spacing) is named as the user types; Save stores through an undoable command.
class PartnerEditor final : public QDialog
{
    Q_OBJECT

public:
    PartnerEditor(Portfolio &portfolio, PortfolioEvents &events, QUndoStack &undo, Language language, const Partner &partner,
        QWidget *parent = nullptr);

    bool save();
    void accept() override;
    // The likely duplicates' line ("" when none) and the problems shown (for tests).
    QString duplicateText() const;
    QString messageText() const;
    // The partner's id once saved.
    qint64 partnerId() const { return m_base.id; }

private:
    Partner edited() const;
    void load(const Partner &p);
    void checkDuplicates();
    void showErrors(const QList<FieldError> &errors, const QString &summary);

    Portfolio &m_portfolio;
    PortfolioEvents &m_events;
    QUndoStack &m_undo;
    Language m_language;
    Partner m_base;

    QLineEdit *m_nameEn = nullptr;
    QLineEdit *m_nameZh = nullptr;
    QLineEdit *m_acronym = nullptr;
    QComboBox *m_type = nullptr;
    QLineEdit *m_iatiId = nullptr;
    SearchPicker *m_country = nullptr;
    QSpinBox *m_networkSince = nullptr;
    QTableWidget *m_contacts = nullptr;
    QLabel *m_duplicates = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace pd::ui
