#include "test_support.h"

#include <QFile>
#include <QProcess>

namespace pd::test {

TempDir::TempDir()
{
    REQUIRE(m_dir.isValid());
}

std::unique_ptr<Portfolio> newPortfolio(const TempDir &dir, const QString &name)
{
    auto portfolio = Portfolio::open(dir.path(name));
    INFO((portfolio ? QString() : portfolio.error().describe()).toStdString());
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
    QProcess process;
    process.start(QStringLiteral(PROJECTDESK_CLI_PATH), args);
    REQUIRE(process.waitForStarted());
    REQUIRE(process.waitForFinished(timeoutMs));
    CliRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace pd::test
