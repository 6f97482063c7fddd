#pragma once

#include "core/Error.h"
#include "supabase/PhoenixMessage.h"
#include "supabase/PostgresChange.h"

#include <QList>
#include <QObject>
#include <QTimer>
#include <optional>

namespace helpdesk {

class RealtimeClient;

// One Phoenix channel (topic "realtime:<name>"). Add postgres_changes bindings, then subscribe(): the join
// carries the bindings and the access token; the join reply's binding ids (same order) route each change.
// After a reconnect, a subscribed channel joins again by itself.
class RealtimeChannel : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Closed,
        Joining,
        Joined,
        Leaving,
        Errored
    };
    Q_ENUM(State)

    QString topic() const { return m_topic; }
    State state() const { return m_state; }

    // Before subscribe() (or a later re-subscribe). Returns the binding's index.
    int onPostgresChanges(const PostgresChangeFilter& filter);
    QList<PostgresChangeFilter> bindings() const { return m_bindings; }

    void subscribe();
    void unsubscribe();

    // The phx_join payload as sent (for tests and diagnostics).
    Json joinPayload() const;

signals:
    void stateChanged(helpdesk::RealtimeChannel::State state);
    void subscribed();
    void postgresChange(const helpdesk::PostgresChange& change);
    void systemMessage(const QString& status, const QString& message); // e.g. "ok", "Subscribed to PostgreSQL"
    void channelError(const helpdesk::Error& error);

private:
    friend class RealtimeClient;
    RealtimeChannel(RealtimeClient* client, QString topic);

    void setState(State state);
    void sendJoin();
    void handleMessage(const PhoenixMessage& message);
    void handleJoinReply(const PhoenixMessage& message);
    void fail(const Error& error);
    void onSocketOpened();
    void onSocketClosed();
    void pushAccessToken(const QString& token);

    RealtimeClient* m_client;
    QString m_topic;
    QList<PostgresChangeFilter> m_bindings;
    QList<std::optional<qint64>> m_serverIds;
    State m_state = State::Closed;
    bool m_wanted = false;
    QString m_joinRef;
    QString m_leaveRef;
    QTimer m_joinTimer; // join reply timeout
    QTimer m_rejoinTimer;
    int m_rejoinAttempts = 0;
};

} // namespace helpdesk
