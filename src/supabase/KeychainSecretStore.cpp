#include "supabase/KeychainSecretStore.h"

#include "supabase/Deliver.h"

#include <QLoggingCategory>
#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcSecrets, "helpdesk.secrets")

namespace helpdesk {

namespace {

bool isBackendMissing(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::NotImplemented ||
           error == QKeychain::AccessDeniedByUser || error == QKeychain::OtherError;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service, QObject* parent)
    : SecretStore(parent)
    , m_service(std::move(service))
{}

void KeychainSecretStore::fallBack(const QString& reason)
{
    if (m_fallback)
        return;
    m_fallback = true;
    const QString message =
        tr("No system keychain is available (%1). You stay signed in until the application closes, but you will "
           "have to sign in again next time.")
            .arg(reason);
    qCWarning(lcSecrets).noquote() << message;
    emit warning(message);
}

void KeychainSecretStore::enqueue(std::function<void()> job)
{
    m_queue.push_back(std::move(job));
    if (!m_busy) {
        m_busy = true;
        auto next = std::move(m_queue.front());
        m_queue.pop_front();
        next();
    }
}

void KeychainSecretStore::jobDone()
{
    if (m_queue.empty()) {
        m_busy = false;
        return;
    }
    auto next = std::move(m_queue.front());
    m_queue.pop_front();
    next();
}

void KeychainSecretStore::read(const QString& key, QObject* context, ReadCallback callback)
{
    QPointer<QObject> ctx(context);
    enqueue([this, key, ctx, callback = std::move(callback)]() mutable {
        if (m_fallback) {
            m_memory.read(key, this, [this, ctx, callback](Result<std::optional<QByteArray>> r) {
                detail::deliver(ctx, [callback, r] { callback(r); });
                jobDone();
            });
            return;
        }
        auto* job = new QKeychain::ReadPasswordJob(m_service, this);
        job->setAutoDelete(true);
        job->setInsecureFallback(false);
        job->setKey(key);
        connect(job, &QKeychain::Job::finished, this, [this, key, ctx, callback](QKeychain::Job* j) {
            auto* readJob = static_cast<QKeychain::ReadPasswordJob*>(j);
            if (readJob->error() == QKeychain::NoError) {
                const QByteArray data = readJob->binaryData();
                detail::deliver(ctx, [callback, data] { callback(std::optional<QByteArray>(data)); });
            } else if (readJob->error() == QKeychain::EntryNotFound) {
                detail::deliver(ctx, [callback] { callback(std::optional<QByteArray>()); });
            } else if (isBackendMissing(readJob->error())) {
                fallBack(readJob->errorString());
                m_queue.push_front([this, key, ctx, callback] {
                    m_memory.read(key, this, [this, ctx, callback](Result<std::optional<QByteArray>> r) {
                        detail::deliver(ctx, [callback, r] { callback(r); });
                        jobDone();
                    });
                });
            } else {
                const Error e = Error::validation(readJob->errorString());
                detail::deliver(ctx, [callback, e] { callback(e); });
            }
            jobDone();
        });
        job->start();
    });
}

void KeychainSecretStore::write(const QString& key, const QByteArray& value, QObject* context, WriteCallback callback)
{
    QPointer<QObject> ctx(context);
    enqueue([this, key, value, ctx, callback = std::move(callback)]() mutable {
        if (m_fallback) {
            m_memory.write(key, value, this, [this, ctx, callback](Result<void> r) {
                detail::deliver(ctx, [callback, r] { callback(r); });
                jobDone();
            });
            return;
        }
        auto* job = new QKeychain::WritePasswordJob(m_service, this);
        job->setAutoDelete(true);
        job->setInsecureFallback(false);
        job->setKey(key);
        job->setBinaryData(value);
        connect(job, &QKeychain::Job::finished, this, [this, key, value, ctx, callback](QKeychain::Job* j) {
            if (j->error() == QKeychain::NoError) {
                detail::deliver(ctx, [callback] { callback(Result<void>()); });
            } else if (isBackendMissing(j->error())) {
                fallBack(j->errorString());
                m_queue.push_front([this, key, value, ctx, callback] {
                    m_memory.write(key, value, this, [this, ctx, callback](Result<void> r) {
                        detail::deliver(ctx, [callback, r] { callback(r); });
                        jobDone();
                    });
                });
            } else {
                const Error e = Error::validation(j->errorString());
                detail::deliver(ctx, [callback, e] { callback(e); });
            }
            jobDone();
        });
        job->start();
    });
}

void KeychainSecretStore::remove(const QString& key, QObject* context, WriteCallback callback)
{
    QPointer<QObject> ctx(context);
    enqueue([this, key, ctx, callback = std::move(callback)]() mutable {
        if (m_fallback) {
            m_memory.remove(key, this, [this, ctx, callback](Result<void> r) {
                detail::deliver(ctx, [callback, r] { callback(r); });
                jobDone();
            });
            return;
        }
        auto* job = new QKeychain::DeletePasswordJob(m_service, this);
        job->setAutoDelete(true);
        job->setInsecureFallback(false);
        job->setKey(key);
        connect(job, &QKeychain::Job::finished, this, [this, key, ctx, callback](QKeychain::Job* j) {
            if (j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound) {
                detail::deliver(ctx, [callback] { callback(Result<void>()); });
            } else if (isBackendMissing(j->error())) {
                fallBack(j->errorString());
                m_queue.push_front([this, key, ctx, callback] {
                    m_memory.remove(key, this, [this, ctx, callback](Result<void> r) {
                        detail::deliver(ctx, [callback, r] { callback(r); });
                        jobDone();
                    });
                });
            } else {
                const Error e = Error::validation(j->errorString());
                detail::deliver(ctx, [callback, e] { callback(e); });
            }
            jobDone();
        });
        job->start();
    });
}

} // namespace helpdesk
