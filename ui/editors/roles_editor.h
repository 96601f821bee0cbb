#pragma once

#include "common/language.h"
#include "services/role_service.h"

#include <QWidget>

class QComboBox;
class QTableWidget;

namespace pd {
class PartnerService;
}

namespace pd::ui {

class SearchPicker;

// The partners of a project and their roles. Changes are kept here until the editor saves, then
// become undoable commands.
class RolesEditor final : public QWidget
{
    Q_OBJECT

public:
    struct Pending
    {
        ProjectRole role;
        QString description; // "UNDP (funding)", for the command's name
    };

    RolesEditor(PartnerService &partners, Language language, QWidget *parent = nullptr);

    void setRoles(const QList<RoleView> &roles);
    QList<Pending> added() const;
    QList<Pending> removed() const;
    SearchPicker *picker() const { return m_picker; }
    QComboBox *roleBox() const { return m_role; }
    // Adds the picked partner in the chosen role; false when nothing valid is picked or it is there already.
    bool addPicked();
    int rowCount() const;

private:
    struct Row
    {
        ProjectRole role;
        QString partnerName;
        bool stored = false;  // in the database already
        bool removed = false; // stored, and marked for removal
    };
    void rebuild();
    QString describe(const Row &row) const;

    Language m_language;
    QList<Row> m_rows;
    SearchPicker *m_picker = nullptr;
    QComboBox *m_role = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace pd::ui
