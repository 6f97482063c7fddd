#include "ServerConnection.h"

namespace helpdesk {

SupabaseConfig ServerConnection::configFor(const ServerProfile &profile)
{
    SupabaseConfig config;
    config.url = profile.url;
    config.anonKey = profile.anonKey;
    config.timeout = std::chrono::milliseconds(15'000);
    return config;
}

ServerConnection::ServerConnection(const ServerProfile &profile, SecretStore &secrets, const Clock &clock,
                                   QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_auth(configFor(profile), m_transport, secrets, clock)
    , m_rest(configFor(profile), m_transport, &m_auth)
    , m_realtime(configFor(profile))
{
}

} // namespace helpdesk
