#include "reliability_support.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <cstdio>

namespace pd::test {

int killCount()
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("PROJECTDESK_KILLS", &ok);
    return ok && n > 0 ? n : 5;
}

Started start(const QString &program, const QStringList &args, const QStringList &environment)
{
    Started s;
    s.process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    for (const QString &pair : environment)
        env.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
    s.process->setProcessEnvironment(env);
    s.process->start(program, args);
    REQUIRE(s.process->waitForStarted());
    s.pid = s.process->processId();
    return s;
}

bool runAndKill(const QString &program, const QStringList &args, int delayMs, QByteArray *out)
{
    Started s = start(program, args);
    const bool finished = s.process->waitForFinished(delayMs);
    if (!finished) {
        s.process->kill(); // SIGKILL: no cleanup of any kind, as a power cut or the OOM killer
        s.process->waitForFinished(10000);
    }
    if (out)
        *out = s.process->readAllStandardOutput();
    if (finished) {
        INFO(QString::fromUtf8(s.process->readAllStandardError()).toStdString());
        CHECK(s.process->exitCode() == 0);
    }
    return !finished;
}

int timeOf(const QString &program, const QStringList &args)
{
    QElapsedTimer timer;
    timer.start();
    Started s = start(program, args);
    REQUIRE(s.process->waitForFinished(300000));
    INFO(QString::fromUtf8(s.process->readAllStandardError()).toStdString());
    REQUIRE(s.process->exitCode() == 0);
    return int(timer.elapsed());
}

QStringList deletedFilesOf(qint64 pid, const QString &path)
{
    QStringList deleted;
    const QDir fds(QStringLiteral("/proc/%1/fd").arg(pid));
    const QString name = QFileInfo(path).fileName();
    for (const QFileInfo &fd : fds.entryInfoList(QDir::System | QDir::NoDotAndDotDot)) {
        const QString target = fd.symLinkTarget().isEmpty() ? QFile::symLinkTarget(fd.filePath()) : fd.symLinkTarget();
        if (target.contains(name) && target.endsWith(QLatin1String(" (deleted)")))
            deleted << target;
    }
    return deleted;
}

void copyFile(const QString &from, const QString &to)
{
    QFile::remove(to);
    for (const char *suffix : {"-wal", "-shm", ".lock", ".busy"})
        QFile::remove(to + QLatin1String(suffix));
    REQUIRE(QFile::copy(from, to));
    QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner);
}

void report(const QString &scenario, int kills, int finished, int corrupt, int partial)
{
    std::printf("%s: kills %d, finished before the kill %d, corrupt files %d, partial writes %d\n", qPrintable(scenario), kills, finished,
        corrupt, partial);
    std::fflush(stdout);
}

} // namespace pd::test
