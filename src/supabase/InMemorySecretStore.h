#pragma once

#include "supabase/SecretStore.h"

#include <QHash>

namespace helpdesk {

// Secrets in a hash for the life of the object (tests; and the fallback when no keychain exists).
class InMemorySecretStore final : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;

    void read(const QString& key, QObject* context, ReadCallback callback) override;
    void write(const QString& key, const QByteArray& value, QObject* context, WriteCallback callback) override;
    void remove(const QString& key, QObject* context, WriteCallback callback) override;
    bool isPersistent() const override { return false; }

    // Synchronous access for tests.
    bool contains(const QString& key) const { return m_values.contains(key); }
    QByteArray value(const QString& key) const { return m_values.value(key); }

private:
    QHash<QString, QByteArray> m_values;
};

} // namespace helpdesk
