#pragma once

#include "test_support.h"

#include <QProcess>
#include <QStringList>

#include <functional>

namespace pd::test {

// How many times each reliability test kills its program: PROJECTDESK_KILLS, 5 unless set (CI runs
// the few; the full count is 25 and more: PROJECTDESK_KILLS=25 ctest -L reliability).
int killCount();

// A program started with the tests' environment plus `environment`.
struct Started
{
    std::unique_ptr<QProcess> process;
    qint64 pid = 0;
};
Started start(const QString &program, const QStringList &args, const QStringList &environment = {});

// Runs a program and kills it (SIGKILL) after `delayMs`, unless it has finished by then. Returns
// true when it was killed, false when it finished first (its exit code must then be 0).
bool runAndKill(const QString &program, const QStringList &args, int delayMs, QByteArray *out = nullptr);

// How long the program takes, unkilled: the range the kills are spread over.
int timeOf(const QString &program, const QStringList &args);

// The files of a process that point at a deleted file of `path` (a deleted write-ahead log or its
// index): must stay empty. Empty too where /proc does not exist.
QStringList deletedFilesOf(qint64 pid, const QString &path);

// A fresh copy of a closed portfolio file (no side files).
void copyFile(const QString &from, const QString &to);

// The numbers printed by `name: value unit` lines that the reliability tests give at their end.
void report(const QString &scenario, int kills, int finished, int corrupt, int partial);

} // namespace pd::test
