#pragma once

#include "common/error.h"

#include <QElapsedTimer>
#include <QMessageBox>
#include <QObject>
#include <QPointer>


class QWidget;

namespace pd::ui {

class MessageBanner;

// Shows each failure once, as a sentence: a failure of the portfolio file itself (damaged,
// unreadable, a full disk) in the window's banner, any other in one dialog. The technical side goes
// to the log and behind the dialog's "Show Details...". While a failure is shown, the same one again
// is only counted: never a storm of boxes.
class ErrorReporter final : public QObject
{
    Q_OBJECT

public:
    ErrorReporter(QWidget *window, MessageBanner *banner);

    void report(const Error &error);
    // A dialog for one failure, not yet shown: the message, the detail and the log's place behind
    // "Show Details...".
    static QMessageBox *makeBox(QWidget *parent, const QString &title, const Error &error);
    // Whether a failure of this kind concerns the portfolio file (and goes to the banner).
    static bool isFileFailure(const Error &error);

    QMessageBox *openBox() const { return m_box; }
    int shown() const { return m_shown; }

private:
    QWidget *m_window = nullptr;
    MessageBanner *m_banner = nullptr;
    QPointer<QMessageBox> m_box;
    QString m_boxMessage;
    QString m_lastMessage;
    QElapsedTimer m_lastShown;
    int m_shown = 0;
};

} // namespace pd::ui
