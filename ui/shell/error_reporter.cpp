#include "error_reporter.h"

#include "common/log.h"
#include "message_banner.h"

#include <QDir>
#include <QMessageBox>

namespace pd::ui {

namespace {

// The same failure within this time is not shown again (a view refreshing keeps failing).
constexpr qint64 kQuietMs = 10 * 1000;

} // namespace

ErrorReporter::ErrorReporter(QWidget *window, MessageBanner *banner)
    : QObject(window)
    , m_window(window)
    , m_banner(banner)
{ }

bool ErrorReporter::isFileFailure(const Error &error)
{
    switch (error.kind) {
    case Error::Kind::Io:
    case Error::Kind::DiskFull:
    case Error::Kind::Damaged:
    case Error::Kind::NotADatabase:
        return true;
    default:
        return false;
    }
}

QMessageBox *ErrorReporter::makeBox(QWidget *parent, const QString &title, const Error &error)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, error.describe(), QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("errorBox"));
    if (!error.detail.isEmpty())
        box->setDetailedText(error.detail + QStringLiteral("\n\n") + tr("Log: %1").arg(QDir::toNativeSeparators(log::filePath())));
    return box;
}

void ErrorReporter::report(const Error &error)
{
    if (error.kind == Error::Kind::Cancelled)
        return; // the user asked for it
    log::error(error);
    const QString message = error.describe();
    if (m_box && m_boxMessage == message)
        return; // the same box is open
    if (message == m_lastMessage && m_lastShown.isValid() && m_lastShown.elapsed() < kQuietMs)
        return;
    m_lastMessage = message;
    m_lastShown.start();
    ++m_shown;
    if (m_banner && isFileFailure(error)) {
        m_banner->showMessage(MessageBanner::Tone::Error, message,
            error.detail.isEmpty() ? QString() : error.detail + QStringLiteral("\n\n") + tr("Log: %1").arg(QDir::toNativeSeparators(log::filePath())));
        return;
    }
    if (m_box)
        m_box->close(); // one dialog at a time: the newer failure replaces the older
    m_box = makeBox(m_window, tr("ProjectDesk"), error);
    m_boxMessage = message;
    m_box->setAttribute(Qt::WA_DeleteOnClose);
    // Window-modal but not blocking: the window stays responsive behind it.
    m_box->open();
}

} // namespace pd::ui
