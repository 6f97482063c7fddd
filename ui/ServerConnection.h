#pragma once

#include "ServerProfile.h"

#include "supabase/AuthClient.h"
#include "supabase/NetworkHttpTransport.h"
#include "supabase/RealtimeClient.h"
#include "supabase/RestClient.h"

#include <QObject>

namespace helpdesk {

class Clock;
class SecretStore;

// The clients of one server profile: HTTP transport, Auth (owning the session), REST and Realtime.
class ServerConnection : public QObject
{
    Q_OBJECT
public:
    ServerConnection(const ServerProfile &profile, SecretStore &secrets, const Clock &clock,
                     QObject *parent = nullptr);

    const ServerProfile &profile() const { return m_profile; }
    AuthClient &auth() { return m_auth; }
    RestClient &rest() { return m_rest; }
    RealtimeClient &realtime() { return m_realtime; }

    static SupabaseConfig configFor(const ServerProfile &profile);

private:
    ServerProfile m_profile;
    NetworkHttpTransport m_transport;
    AuthClient m_auth;
    RestClient m_rest;
    RealtimeClient m_realtime;
};

} // namespace helpdesk
