#include "supabase/InMemorySecretStore.h"

#include "supabase/Deliver.h"

namespace helpdesk {

void InMemorySecretStore::read(const QString& key, QObject* context, ReadCallback callback)
{
    std::optional<QByteArray> value;
    if (const auto it = m_values.constFind(key); it != m_values.constEnd())
        value = *it;
    detail::post(context, [callback = std::move(callback), value] { callback(value); });
}

void InMemorySecretStore::write(const QString& key, const QByteArray& value, QObject* context, WriteCallback callback)
{
    m_values.insert(key, value);
    detail::post(context, [callback = std::move(callback)] { callback(Result<void>()); });
}

void InMemorySecretStore::remove(const QString& key, QObject* context, WriteCallback callback)
{
    m_values.remove(key);
    detail::post(context, [callback = std::move(callback)] { callback(Result<void>()); });
}

} // namespace helpdesk
