#include "test_support.h"

#include "test_server.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace pd::test {

TempDir::TempDir()
{
    REQUIRE(m_dir.isValid());
}

TempDir::~TempDir()
{
    QStringList names;
    for (const QString &url : std::as_const(m_serverPortfolios))
        names << databaseOf(url);
    dropServerDatabases(names);
}

QString TempDir::portfolio(const QString &name) const
{
    if (!onServer())
        return path(name);
    if (!m_serverPortfolios.contains(name)) {
        REQUIRE(serverAvailable());
        m_serverPortfolios.insert(name, newServerPortfolio());
    }
    return m_serverPortfolios.value(name);
}

std::unique_ptr<Portfolio> newPortfolio(const TempDir &dir, const QString &name)
{
    auto portfolio = Portfolio::open(dir.portfolio(name));
    INFO((portfolio ? QString() : portfolio.error().describe() + QStringLiteral(" | ") + portfolio.error().detail).toStdString());
    REQUIRE(portfolio.ok());
    return std::move(portfolio).value();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(content) == content.size());
}

bool fileEquals(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.readAll() == content;
}

CliRun runCli(const QStringList &args, int timeoutMs)
{
    return runCli(args, {}, timeoutMs);
}

CliRun runCli(const QStringList &args, const QStringList &environment, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &pair : environment)
        env.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(PROJECTDESK_CLI_PATH), args);
    REQUIRE(process.waitForStarted());
    REQUIRE(process.waitForFinished(timeoutMs));
    CliRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

namespace {

bool isRoot()
{
#ifdef Q_OS_UNIX
    return geteuid() == 0;
#else
    return false;
#endif
}

bool run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

} // namespace

ReadOnlyFolder::ReadOnlyFolder(const TempDir &dir, const QStringList &files)
    : m_folder(dir.path(QStringLiteral("read-only")))
{
    REQUIRE(QDir().mkpath(m_folder));
    if (isRoot()) {
        // Permissions do not stop root: a read-only mount does.
        if (!run(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), QStringLiteral("size=64m"),
                QStringLiteral("tmpfs"), m_folder}))
            return;
        m_mounted = true;
    }
    for (const QString &file : files)
        REQUIRE(QFile::copy(file, path(QFileInfo(file).fileName())));
    if (m_mounted) {
        m_ready = run(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,ro"), m_folder});
    } else {
        for (const QString &file : files)
            QFile::setPermissions(path(QFileInfo(file).fileName()), QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
        m_ready = QFile::setPermissions(m_folder, QFile::ReadOwner | QFile::ExeOwner);
    }
}

ReadOnlyFolder::~ReadOnlyFolder()
{
    if (m_mounted)
        run(QStringLiteral("umount"), {m_folder});
    else
        QFile::setPermissions(m_folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

QString ReadOnlyFolder::path(const QString &name) const
{
    return QDir(m_folder).filePath(name);
}

SmallDisk::SmallDisk(const TempDir &dir, int kilobytes)
    : m_folder(dir.path(QStringLiteral("small-disk")))
{
    REQUIRE(QDir().mkpath(m_folder));
    m_ready = isRoot()
        && run(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
               QStringLiteral("size=%1k").arg(kilobytes), QStringLiteral("tmpfs"), m_folder});
}

SmallDisk::~SmallDisk()
{
    if (m_ready)
        run(QStringLiteral("umount"), {m_folder});
}

QString SmallDisk::path(const QString &name) const
{
    return QDir(m_folder).filePath(name);
}

} // namespace pd::test
