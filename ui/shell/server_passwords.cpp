#include "server_passwords.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>

namespace pd::ui::ServerPasswords {

namespace {

const QString kService = QStringLiteral("ProjectDesk team server");

// qtkeychain's jobs are asynchronous; these few calls wait for theirs (the keychain answers at once,
// or asks the user to unlock it).
template <typename Job> bool runJob(Job &job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    loop.exec();
    return job.error() == QKeychain::NoError;
}

} // namespace

QString stored(const QString &serverUrl)
{
    QKeychain::ReadPasswordJob job(kService);
    job.setKey(serverUrl);
    return runJob(job) ? job.textData() : QString();
}

bool store(const QString &serverUrl, const QString &password)
{
    QKeychain::WritePasswordJob job(kService);
    job.setKey(serverUrl);
    job.setTextData(password);
    return runJob(job);
}

void forget(const QString &serverUrl)
{
    QKeychain::DeletePasswordJob job(kService);
    job.setKey(serverUrl);
    (void)runJob(job);
}

} // namespace pd::ui::ServerPasswords
