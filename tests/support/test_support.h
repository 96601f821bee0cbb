#pragma once

#include "services/portfolio.h"

#include <catch2/catch.hpp>

#include <QByteArray>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace pd::test {

// A fresh directory per test case, removed afterwards.
class TempDir
{
public:
    TempDir();
    QString path(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

// A new portfolio file in dir, opened (and migrated); fails the test if it cannot be made.
std::unique_ptr<Portfolio> newPortfolio(const TempDir &dir, const QString &name = QStringLiteral("test.db"));

QByteArray readFile(const QString &path);
void writeFile(const QString &path, const QByteArray &content);
// Whether the file holds exactly these bytes: a plain bool, so that a failure does not print a whole database.
bool fileEquals(const QString &path, const QByteArray &content);

// Runs projectdesk-cli with the arguments; waits up to timeoutMs.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};
CliRun runCli(const QStringList &args, int timeoutMs = 60000);

} // namespace pd::test

// Lets Catch2 print QString values in failure messages.
namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch
