#include "ui/common/passwordstore.h"

#include "ui/common/logging.h"

#include <qt6keychain/keychain.h>

namespace cs::ui {

namespace {
bool g_unavailable = false;

QString entryKey(const QString& profile, const QString& user)
{
    return profile + u'/' + user;
}

PasswordStore::Status statusOf(const QKeychain::Job* job)
{
    switch (job->error()) {
    case QKeychain::NoError: return PasswordStore::Status::Ok;
    case QKeychain::EntryNotFound: return PasswordStore::Status::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        g_unavailable = true;
        return PasswordStore::Status::NoKeychain;
    case QKeychain::OtherError:
        // On Linux without a secret service the D-Bus call fails with OtherError.
        if (job->errorString().contains(u"D-Bus", Qt::CaseInsensitive)
            || job->errorString().contains(u"secret", Qt::CaseInsensitive)
            || job->errorString().contains(u"kwallet", Qt::CaseInsensitive)
            || job->errorString().contains(u"not available", Qt::CaseInsensitive)) {
            g_unavailable = true;
            return PasswordStore::Status::NoKeychain;
        }
        return PasswordStore::Status::Failed;
    default: return PasswordStore::Status::Failed;
    }
}
} // namespace

PasswordStore::PasswordStore(QObject* parent)
    : QObject(parent)
{
}

QString PasswordStore::serviceName()
{
    return QStringLiteral("CleanStation Production");
}

bool PasswordStore::knownUnavailable()
{
    return g_unavailable;
}

// The jobs have no parent: the secret service answers asynchronously, and a job deleted with its
// parent (the login dialog closing) before the answer arrives would be called back after deletion.
// Each job deletes itself when finished; `this` as the connection context drops the callback when
// the store is gone first.
void PasswordStore::read(const QString& profile, const QString& user, ReadCallback done)
{
    auto* job = new QKeychain::ReadPasswordJob(serviceName());
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(entryKey(profile, user));
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job* j) {
        const Status st = statusOf(j);
        if (st != Status::Ok && st != Status::NotFound)
            logWarning(QStringLiteral("keychain read failed: %1").arg(j->errorString()));
        done(st, st == Status::Ok ? static_cast<QKeychain::ReadPasswordJob*>(j)->textData() : QString());
    });
    job->start();
}

void PasswordStore::write(const QString& profile, const QString& user, const QString& password, WriteCallback done)
{
    auto* job = new QKeychain::WritePasswordJob(serviceName());
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(entryKey(profile, user));
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job* j) {
        const Status st = statusOf(j);
        if (st != Status::Ok)
            logWarning(QStringLiteral("keychain write failed: %1").arg(j->errorString()));
        if (done)
            done(st);
    });
    job->start();
}

void PasswordStore::remove(const QString& profile, const QString& user, WriteCallback done)
{
    auto* job = new QKeychain::DeletePasswordJob(serviceName());
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(entryKey(profile, user));
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job* j) {
        if (done)
            done(statusOf(j));
    });
    job->start();
}

} // namespace cs::ui
