#pragma once

#include "services/portfolio.h"

#include <catch2/catch.hpp>

#include <QByteArray>
#include <QStringList>
#include <QMap>
#include <QTemporaryDir>

#include <memory>

namespace pd::test {

// A fresh directory per test case, removed afterwards.
class TempDir
{
public:
    TempDir();
    ~TempDir();
    QString path(const QString &name) const { return m_dir.filePath(name); }
    // Where a test's portfolio named `name` lives: the file in this directory, or on a server run
    // (see test_server.h) a new database on the test server holding the latest schema, dropped with
    // the directory. The same name gives the same portfolio.
    QString portfolio(const QString &name = QStringLiteral("test.db")) const;

private:
    QTemporaryDir m_dir;
    mutable QMap<QString, QString> m_serverPortfolios; // name -> URL
};

// The value of a result the test cannot go on without: fails the test with the error's words if there is none.
template <typename T> T required(Result<T> r)
{
    INFO((r ? QString() : r.error().describe() + QStringLiteral(" | ") + r.error().detail).toStdString());
    REQUIRE(r.ok());
    return std::move(r).value();
}

// A new portfolio in dir (dir.portfolio(name): a file, or a database on a server run), opened (and
// migrated); fails the test if it cannot be made.
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
// The same with environment variables set for the program (e.g. PROJECTDESK_FILESYSTEM=network).
CliRun runCli(const QStringList &args, const QStringList &environment, int timeoutMs = 60000);

// A folder whose files cannot be written, even by root: a read-only mount when the tests run as
// root (permissions do not stop root), else permissions. Holds copies of the files given.
class ReadOnlyFolder
{
public:
    // Copies the files into a new folder under `dir`, then makes the folder read-only.
    ReadOnlyFolder(const TempDir &dir, const QStringList &files);
    ~ReadOnlyFolder();
    QString path(const QString &name) const;
    // False when no read-only folder can be made here (root without mount rights): the test says so.
    bool ready() const { return m_ready; }

private:
    QString m_folder;
    bool m_mounted = false;
    bool m_ready = false;
};

// A small file system that fills up, for full-disk tests: a tmpfs of `kilobytes` mounted on a new
// folder (root only; ready() is false elsewhere).
class SmallDisk
{
public:
    SmallDisk(const TempDir &dir, int kilobytes);
    ~SmallDisk();
    QString path(const QString &name) const;
    bool ready() const { return m_ready; }

private:
    QString m_folder;
    bool m_ready = false;
};

} // namespace pd::test

// Lets Catch2 print QString values in failure messages.
namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
} // namespace Catch
