#pragma once

#include <QDialog>

class QPushButton;
class QTableWidget;

namespace pd {
class Database;
}

namespace pd::ui {

class PortfolioEvents;

// Edit > Undo Import...: the portfolio's imports, newest first; Undo takes the chosen one back as a
// whole. Not a step of the undo stack: it changes the portfolio as another program's edit would,
// and the registers refresh after it.
class ImportUndoDialog final : public QDialog
{
    Q_OBJECT

public:
    ImportUndoDialog(Database &db, PortfolioEvents *events, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QPushButton *undoButton() const { return m_undo; }
    // Undoes the import of the selected row; false (the error shown, or `error` set when given) when refused.
    bool undoSelected(QString *error = nullptr);

private:
    void reload();
    void updateButton();

    Database &m_db;
    PortfolioEvents *m_events = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_undo = nullptr;
};

} // namespace pd::ui
