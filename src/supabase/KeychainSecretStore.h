#pragma once

#include "supabase/InMemorySecretStore.h"
#include "supabase/SecretStore.h"

#include <QPointer>
#include <deque>
#include <functional>

namespace helpdesk {

// Secrets in the OS keychain through QtKeychain (Secret Service / KWallet, macOS Keychain, Windows
// Credential Store), one job at a time (as Nextcloud's keychainchunk). Insecure plain-text fallback is off.
// When no keychain backend answers, it says so once through warning() and the log, and keeps secrets in
// memory only for this run.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(QString service = QStringLiteral("helpdesk"), QObject* parent = nullptr);

    void read(const QString& key, QObject* context, ReadCallback callback) override;
    void write(const QString& key, const QByteArray& value, QObject* context, WriteCallback callback) override;
    void remove(const QString& key, QObject* context, WriteCallback callback) override;
    bool isPersistent() const override { return !m_fallback; }

private:
    void enqueue(std::function<void()> job);
    void jobDone();
    void fallBack(const QString& reason);

    QString m_service;
    bool m_fallback = false;
    bool m_busy = false;
    std::deque<std::function<void()>> m_queue;
    InMemorySecretStore m_memory;
};

} // namespace helpdesk
