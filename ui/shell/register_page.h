#pragma once

#include <QWidget>

class QAbstractItemModel;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QVBoxLayout;

namespace pd::ui {

// The frame every register shares: a title with buttons, a search field that filters as you type,
// room for filters, the table (with a column chooser on its header), and a count.
class RegisterPage : public QWidget
{
    Q_OBJECT

public:
    RegisterPage(const QString &title, const QString &searchHint, QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model);
    QTableView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    void setCountText(const QString &text);
    QString countText() const;
    void addButton(QWidget *button);
    // Adds a widget between the search field and the table (filters, chips).
    void addAboveTable(QWidget *widget);

    // Column widths, order, visibility and sort, for the settings; kept across models (portfolios).
    QByteArray headerState() const;
    void restoreHeaderState(const QByteArray &state);
    bool hasHeaderState() const { return !m_state.isEmpty(); }

Q_SIGNALS:
    // The search text, once typing has paused.
    void searchChanged(const QString &text);
    void activated(int row);

private:
    void showColumnMenu(const QPoint &pos);

    QHBoxLayout *m_buttons = nullptr;
    QVBoxLayout *m_above = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_count = nullptr;
    QTimer *m_debounce = nullptr;
    QByteArray m_state; // the header's layout, kept while no model is shown
};

// A page that is not built yet says so.
class ComingPage final : public QWidget
{
    Q_OBJECT

public:
    ComingPage(const QString &title, const QString &what, QWidget *parent = nullptr);
};

QLabel *pageTitle(const QString &text, QWidget *parent);

} // namespace pd::ui
