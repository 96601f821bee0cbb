#pragma once

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace pd::ui {

// A register screen: a title, a search field that filters as you type, the table, and a count.
class RegisterPage : public QWidget
{
    Q_OBJECT

public:
    RegisterPage(const QString &title, const QString &searchHint, QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model);
    QTableView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    void setCountText(const QString &text);

Q_SIGNALS:
    // The search text, once typing has paused.
    void searchChanged(const QString &text);

private:
    QLineEdit *m_search = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_count = nullptr;
    QTimer *m_debounce = nullptr;
};

// A page that is not built yet says so.
class ComingPage final : public QWidget
{
    Q_OBJECT

public:
    ComingPage(const QString &title, const QString &what, QWidget *parent = nullptr);
};

} // namespace pd::ui
