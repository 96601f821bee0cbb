#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QToolButton;

namespace pd::ui {

// A strip across the top of the window that says one thing until it no longer holds: the portfolio
// is read-only and why, or the portfolio file failed. Unlike a dialog it never piles up: showing the
// same text again only counts it. Buttons act on what it says (Details, Recover, Open for Editing).
class MessageBanner final : public QFrame
{
    Q_OBJECT

public:
    enum class Tone { Info, Warning, Error };

    explicit MessageBanner(QWidget *parent = nullptr);

    // Shows text (replacing what was shown, with its buttons); `details` goes behind a Details button.
    void showMessage(Tone tone, const QString &text, const QString &details = {});
    // A button beside the text, until the next message.
    QPushButton *addButton(const QString &text);
    // Hides the banner; `closable` lets the user do so with a close button.
    void dismiss();
    void setClosable(bool closable);

    QString text() const;
    int repeats() const { return m_repeats; }

Q_SIGNALS:
    void dismissed();

private:
    void showDetails();

    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QHBoxLayout *m_buttons = nullptr;
    QPushButton *m_detailsButton = nullptr;
    QToolButton *m_close = nullptr;
    QString m_message;
    QString m_details;
    int m_repeats = 0;
};

} // namespace pd::ui
