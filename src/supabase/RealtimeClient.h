#pragma once

#include "supabase/PhoenixMessage.h"
#include "supabase/SupabaseConfig.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QWebSocket>
#include <chrono>

namespace helpdesk {

class RealtimeChannel;

// Realtime over one WebSocket (Phoenix protocol, serializer vsn 1.0.0; see PhoenixMessage for why).
// Heartbeats every 25 s (a missed reply means a dead link), reconnects with jittered exponential backoff and
// rejoins every channel that was subscribed; setAccessToken() pushes a refreshed token to joined channels.
class RealtimeClient : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Disconnected,
        Connecting,
        Connected
    };
    Q_ENUM(State)

    struct Options
    {
        std::chrono::milliseconds heartbeatInterval{25'000};
        std::chrono::milliseconds pushTimeout{10'000};
        std::chrono::milliseconds reconnectBase{1'000};
        std::chrono::milliseconds reconnectMax{30'000};
    };

    explicit RealtimeClient(SupabaseConfig config, QObject* parent = nullptr);
    RealtimeClient(SupabaseConfig config, Options options, QObject* parent = nullptr);
    ~RealtimeClient() override;

    void connectToServer();
    void disconnectFromServer();
    State state() const { return m_state; }

    // The channel for topic "realtime:<name>", created on first use and owned by this client.
    RealtimeChannel* channel(const QString& name);
    void removeChannel(RealtimeChannel* channel);
    QList<RealtimeChannel*> channels() const { return m_channels.values(); }

    // The user's access token (empty: the anon key). Joined channels get an access_token push.
    void setAccessToken(const QString& token);
    QString accessToken() const;

    QUrl socketUrl() const; // ws(s)://…/realtime/v1/websocket?apikey=…&vsn=1.0.0
    const Options& options() const { return m_options; }

    // Equal-jitter exponential backoff: half of min(max, base·2^attempt) plus a random share of the other half.
    static std::chrono::milliseconds backoffDelay(int attempt, std::chrono::milliseconds base,
                                                  std::chrono::milliseconds max, double random01);

    // Sends a message now (false when not connected); assigns a ref when it has none. Returns the ref.
    QString push(PhoenixMessage message);

signals:
    void stateChanged(helpdesk::RealtimeClient::State state);
    void messageReceived(const helpdesk::PhoenixMessage& message); // every decoded frame (diagnostics, tests)

private:
    void setState(State state);
    void openSocket();
    void onConnected();
    void onSocketClosed();
    void onTextMessage(const QString& text);
    void sendHeartbeat();
    QString makeRef();

    SupabaseConfig m_config;
    Options m_options;
    QWebSocket m_socket;
    QTimer m_heartbeatTimer;
    QTimer m_reconnectTimer;
    State m_state = State::Disconnected;
    bool m_wantConnected = false;
    bool m_socketOpen = false;
    int m_attempts = 0;
    quint64 m_nextRef = 1;
    QString m_pendingHeartbeat;
    QString m_accessToken;
    QHash<QString, RealtimeChannel*> m_channels;
};

} // namespace helpdesk

Q_DECLARE_METATYPE(helpdesk::PhoenixMessage)
