#pragma once

#include "test_support.h"

#include "demo/demo_generator.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QInputMethodEvent>
#include <QTest>
#include <QWidget>

// QtTest's QTRY_* macros end in QCOMPARE/QVERIFY, which outside a QtTest run only `return` from the
// function on failure: under Catch a test would stop silently and pass. These wait the same way
// (processing events) and then fail the Catch test for real.
#undef QTRY_VERIFY_WITH_TIMEOUT
#define QTRY_VERIFY_WITH_TIMEOUT(expr, timeoutMs)                                                                                  \
    do {                                                                                                                           \
        QElapsedTimer pdTryTimer_;                                                                                                 \
        pdTryTimer_.start();                                                                                                       \
        while (!(expr) && pdTryTimer_.elapsed() < (timeoutMs))                                                                     \
            QTest::qWait(10);                                                                                                      \
        REQUIRE((expr));                                                                                                           \
    } while (false)
#undef QTRY_COMPARE_WITH_TIMEOUT
#define QTRY_COMPARE_WITH_TIMEOUT(expr, expected, timeoutMs)                                                                       \
    do {                                                                                                                           \
        QElapsedTimer pdTryTimer_;                                                                                                 \
        pdTryTimer_.start();                                                                                                       \
        while (!((expr) == (expected)) && pdTryTimer_.elapsed() < (timeoutMs))                                                     \
            QTest::qWait(10);                                                                                                      \
        REQUIRE((expr) == (expected));                                                                                             \
    } while (false)
#undef QTRY_VERIFY
#define QTRY_VERIFY(expr) QTRY_VERIFY_WITH_TIMEOUT(expr, 5000)
#undef QTRY_COMPARE
#define QTRY_COMPARE(expr, expected) QTRY_COMPARE_WITH_TIMEOUT(expr, expected, 5000)

namespace pd::test {

// Saves a picture of the widget as PROJECTDESK_SCREENSHOT_DIR/NAME.png (the pictures docs/ shows).
inline void shoot(QWidget *widget, const QString &name)
{
    QDir().mkpath(QStringLiteral(PROJECTDESK_SCREENSHOT_DIR));
    CHECK(widget->grab().save(QStringLiteral(PROJECTDESK_SCREENSHOT_DIR "/%1.png").arg(name)));
}

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
