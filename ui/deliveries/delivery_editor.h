#pragma once

#include "common/error.h"
#include "common/language.h"
#include "domain/delivery.h"
#include "domain/enums.h"

#include <QDialog>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTabWidget;
class QUndoStack;

namespace pd {
class Database;
class Portfolio;
}

namespace pd::ui {

class DateField;
class ProjectPicker;

class PackingListTable;
class PortfolioEvents;
class SearchPicker;

// One delivery: the shipment (project, destination, consignee, route, documents, planned and
// actual dates), its packing list, and its workflow: buttons for the legal next steps only, each
// dated and applied at once (undoable), with the history of steps. Save stores the rest as one
// undoable command; problems are shown at their fields.
class DeliveryEditor final : public QDialog
{
    Q_OBJECT

public:
    DeliveryEditor(Portfolio &portfolio, PortfolioEvents &events, QUndoStack &undo, Language language, const Delivery &delivery,
        QWidget *parent = nullptr);

    // Validates and stores; false with the problems shown when refused.
    bool save();
    // Takes the workflow one step on `date`, else on the day beside the step buttons (today unless
    // changed); a handover takes the certificate number typed in its field. False when refused.
    bool moveTo(DeliveryStatus status, const QDate &date = {}, const QString &certificate = {});
    void setToday(const QDate &today);
    const Delivery &delivery() const { return m_base; }
    // The notice that another officer saved this delivery meanwhile (hidden when none).
    QLabel *changedElsewhereNotice() const { return m_changedElsewhere; }
    PackingListTable *packingList() const { return m_items; }
    QTabWidget *tabs() const { return m_tabs; }
    QString messageText() const;
    QStringList stepButtonTexts() const;

    void accept() override;

private:
    QWidget *buildShipmentTab();
    static QList<BusinessLine> ownLines(const Database &db);
    void fillFromProject(qint64 projectId);
    void load(const Delivery &d);
    void showWorkflow();
    Delivery edited(QList<FieldError> &errors) const;
    void showErrors(const QList<FieldError> &errors, const QString &summary);

    Portfolio &m_portfolio;
    PortfolioEvents &m_events;
    QUndoStack &m_undo;
    Language m_language;
    Delivery m_base; // as stored (or the new one's starting point)
    QDate m_today = QDate::currentDate();

    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_code = nullptr;
    ProjectPicker *m_project = nullptr;
    QLabel *m_projectTitle = nullptr;
    SearchPicker *m_country = nullptr;
    SearchPicker *m_consignee = nullptr;
    QLineEdit *m_origin = nullptr;
    QLineEdit *m_destination = nullptr;
    QLineEdit *m_carrier = nullptr;
    QLineEdit *m_document = nullptr;
    QComboBox *m_incoterm = nullptr;
    QComboBox *m_currency = nullptr;
    DateField *m_plannedDispatch = nullptr;
    DateField *m_plannedArrival = nullptr;
    DateField *m_plannedHandover = nullptr;
    DateField *m_actualDispatch = nullptr;
    DateField *m_actualArrival = nullptr;
    DateField *m_actualHandover = nullptr;
    QLineEdit *m_certificate = nullptr;
    DateField *m_certificateDate = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    PackingListTable *m_items = nullptr;
    QLabel *m_status = nullptr;
    QHBoxLayout *m_stepButtons = nullptr;
    DateField *m_stepDate = nullptr;
    QLabel *m_stepDateLabel = nullptr;
    QListWidget *m_history = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_changedElsewhere = nullptr; // a team server told of a newer version of this delivery
};

} // namespace pd::ui
