#pragma once

// What the fuzz targets share. Each target defines LLVMFuzzerTestOneInput (and, where it needs a
// Qt application, LLVMFuzzerInitialize); libFuzzer or regression_main.cpp calls them.

#include <QByteArray>
#include <QCoreApplication>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace pd::fuzz {

// The input as a QByteArray without a copy: ASan then sees any read past its end.
inline QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
}

// A broken promise of the code under test is a finding like a crash: print it and abort, so that
// libFuzzer keeps the input.
[[noreturn]] inline void fail(const char *condition, const char *file, int line)
{
    std::fprintf(stderr, "%s:%d: fuzz check failed: %s\n", file, line, condition);
    std::abort();
}

// Qt's warnings (a refused file's SQL errors, a removed connection) would cost more than the run:
// only fatal messages are printed, and Qt aborts on those itself.
inline void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg)
        std::fprintf(stderr, "Qt fatal: %s\n", qPrintable(message));
}

// The application object Qt SQL needs to load its driver plugin. Never destroyed: Qt's globals may
// outlive any order of static destruction, and it stays reachable, so LeakSanitizer ignores it.
inline void startApplication(int *argc, char ***argv)
{
    qInstallMessageHandler(quietMessages);
    if (!QCoreApplication::instance())
        new QCoreApplication(*argc, *argv);
}

} // namespace pd::fuzz

#define PD_FUZZ_CHECK(condition) ((condition) ? void() : ::pd::fuzz::fail(#condition, __FILE__, __LINE__))
