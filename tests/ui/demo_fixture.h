#pragma once

#include "test_support.h"

#include "demo/demo_generator.h"

#include <QCoreApplication>
#include <QInputMethodEvent>
#include <QTest>
#include <QWidget>

namespace pd::test {

// A demo portfolio (scale 1, about 100 projects) in dir.
inline std::unique_ptr<Portfolio> demoPortfolio(const TempDir &dir)
{
    auto portfolio = newPortfolio(dir);
    auto made = DemoGenerator(portfolio->database(), DemoOptions{}).run();
    REQUIRE(made.ok());
    return portfolio;
}

// Types text into a widget as a user does: ASCII as key presses, anything else (Chinese) the way an
// input method delivers it, as a committed string.
inline void typeText(QWidget *widget, const QString &text)
{
    QString ascii;
    auto flushAscii = [&] {
        if (!ascii.isEmpty())
            QTest::keyClicks(widget, ascii);
        ascii.clear();
    };
    QString other;
    auto flushOther = [&] {
        if (other.isEmpty())
            return;
        QInputMethodEvent event;
        event.setCommitString(other);
        QCoreApplication::sendEvent(widget, &event);
        other.clear();
    };
    for (QChar c : text) {
        if (c.unicode() < 128) {
            flushOther();
            ascii += c;
        } else {
            flushAscii();
            other += c;
        }
    }
    flushAscii();
    flushOther();
}

} // namespace pd::test
