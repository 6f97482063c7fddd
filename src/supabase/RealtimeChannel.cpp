#include "supabase/RealtimeChannel.h"

#include "supabase/RealtimeClient.h"

#include <QLoggingCategory>
#include <QRandomGenerator>

Q_DECLARE_LOGGING_CATEGORY(lcRealtime)

namespace helpdesk {

RealtimeChannel::RealtimeChannel(RealtimeClient* client, QString topic)
    : QObject(client)
    , m_client(client)
    , m_topic(std::move(topic))
{
    m_joinTimer.setSingleShot(true);
    connect(&m_joinTimer, &QTimer::timeout, this,
            [this] { fail(Error::timeout(QStringLiteral("No reply to joining %1").arg(m_topic))); });
    m_rejoinTimer.setSingleShot(true);
    connect(&m_rejoinTimer, &QTimer::timeout, this, [this] {
        if (m_wanted && m_client->state() == RealtimeClient::State::Connected)
            sendJoin();
    });
}

void RealtimeChannel::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

int RealtimeChannel::onPostgresChanges(const PostgresChangeFilter& filter)
{
    m_bindings.append(filter);
    m_serverIds.append(std::nullopt);
    return static_cast<int>(m_bindings.size() - 1);
}

Json RealtimeChannel::joinPayload() const
{
    Json changes = Json::array();
    for (const auto& binding : m_bindings)
        changes.push_back(binding.toJson());
    Json config = {{"broadcast", {{"ack", false}, {"self", false}}},
                   {"presence", {{"key", ""}, {"enabled", false}}},
                   {"postgres_changes", changes},
                   {"private", false}};
    return Json{{"config", config}, {"access_token", m_client->accessToken().toStdString()}};
}

void RealtimeChannel::subscribe()
{
    m_wanted = true;
    m_rejoinAttempts = 0;
    if (m_state == State::Joined || m_state == State::Joining)
        return;
    setState(State::Joining);
    if (m_client->state() == RealtimeClient::State::Connected)
        sendJoin();
    // Otherwise the join goes out when the socket opens.
}

void RealtimeChannel::sendJoin()
{
    setState(State::Joining);
    for (auto& id : m_serverIds)
        id.reset();
    PhoenixMessage join;
    join.topic = m_topic;
    join.event = QStringLiteral("phx_join");
    join.payload = joinPayload();
    m_joinRef = m_client->push(join);
    m_joinTimer.start(m_client->options().pushTimeout);
}

void RealtimeChannel::unsubscribe()
{
    m_wanted = false;
    m_joinTimer.stop();
    m_rejoinTimer.stop();
    if (m_state == State::Joined || m_state == State::Joining) {
        if (m_client->state() == RealtimeClient::State::Connected) {
            PhoenixMessage leave;
            leave.topic = m_topic;
            leave.event = QStringLiteral("phx_leave");
            leave.joinRef = m_joinRef;
            m_leaveRef = m_client->push(leave);
            setState(State::Leaving);
            return;
        }
    }
    setState(State::Closed);
}

void RealtimeChannel::fail(const Error& error)
{
    m_joinTimer.stop();
    setState(State::Errored);
    emit channelError(error);
    if (!m_wanted)
        return;
    const auto delay =
        RealtimeClient::backoffDelay(m_rejoinAttempts++, m_client->options().reconnectBase,
                                     m_client->options().reconnectMax, QRandomGenerator::global()->generateDouble());
    m_rejoinTimer.start(delay);
}

void RealtimeChannel::handleJoinReply(const PhoenixMessage& message)
{
    m_joinTimer.stop();
    const Json response = message.replyResponse();
    if (message.replyStatus() != QLatin1String("ok")) {
        QString reason = QStringLiteral("join refused");
        if (response.is_object() && response.contains("reason") && response["reason"].is_string())
            reason = response["reason"].get<QString>();
        const QString code = reason.section(QLatin1Char(':'), 0, 0).trimmed();
        fail(Error::api(0, code, reason));
        return;
    }
    const Json changes = response.is_object() ? response.value("postgres_changes", Json::array()) : Json::array();
    if (!changes.is_array() || changes.size() != static_cast<size_t>(m_bindings.size())) {
        fail(Error::parse(QStringLiteral("mismatch between server and client bindings for postgres changes")));
        return;
    }
    for (qsizetype i = 0; i < m_bindings.size(); ++i) {
        const Json& server = changes[static_cast<size_t>(i)];
        const PostgresChangeFilter& mine = m_bindings[i];
        const auto text = [&](const char* key) {
            return server.contains(key) && server[key].is_string() ? server[key].get<QString>() : QString();
        };
        if (!server.is_object() || !server.contains("id") || !server["id"].is_number_integer() ||
            text("event") != changeEventWire(mine.event) || text("schema") != mine.schema ||
            text("table") != mine.table || text("filter") != mine.filter) {
            fail(Error::parse(QStringLiteral("mismatch between server and client bindings for postgres changes")));
            return;
        }
        m_serverIds[i] = server["id"].get<qint64>();
    }
    m_rejoinAttempts = 0;
    setState(State::Joined);
    emit subscribed();
}

void RealtimeChannel::handleMessage(const PhoenixMessage& message)
{
    const QString& event = message.event;
    if (event == QLatin1String("phx_reply")) {
        if (message.ref && *message.ref == m_joinRef && m_state == State::Joining)
            handleJoinReply(message);
        else if (message.ref && *message.ref == m_leaveRef && m_state == State::Leaving)
            setState(State::Closed);
        return;
    }
    if (event == QLatin1String("postgres_changes")) {
        if (m_state != State::Joined)
            return;
        auto change = PostgresChange::fromPayload(message.payload);
        if (!change.ok()) {
            qCWarning(lcRealtime) << m_topic << change.error().toString();
            return;
        }
        bool matches = false;
        for (qsizetype i = 0; i < m_bindings.size() && !matches; ++i) {
            const auto& id = m_serverIds[i];
            const ChangeEvent wanted = m_bindings[i].event;
            matches = id && change.value().bindingIds.contains(*id) &&
                      (wanted == ChangeEvent::All || wanted == change.value().eventType);
        }
        if (matches)
            emit postgresChange(change.value());
        return;
    }
    if (event == QLatin1String("system")) {
        const Json& p = message.payload;
        const QString status = p.contains("status") && p["status"].is_string() ? p["status"].get<QString>() : QString();
        const QString text =
            p.contains("message") && p["message"].is_string() ? p["message"].get<QString>() : QString();
        emit systemMessage(status, text);
        return;
    }
    if (event == QLatin1String("phx_close")) {
        if (m_state == State::Leaving || !m_wanted) {
            setState(State::Closed);
            return;
        }
        fail(Error::network(QStringLiteral("The server closed channel %1").arg(m_topic)));
        return;
    }
    if (event == QLatin1String("phx_error")) {
        fail(Error::network(QStringLiteral("Channel %1 crashed on the server").arg(m_topic)));
        return;
    }
}

void RealtimeChannel::onSocketOpened()
{
    if (m_wanted) {
        m_rejoinTimer.stop();
        sendJoin();
    }
}

void RealtimeChannel::onSocketClosed()
{
    m_joinTimer.stop();
    m_rejoinTimer.stop();
    if (m_wanted)
        setState(State::Joining); // rejoins when the socket is back
    else
        setState(State::Closed);
}

void RealtimeChannel::pushAccessToken(const QString& token)
{
    if (m_state != State::Joined)
        return;
    PhoenixMessage m;
    m.topic = m_topic;
    m.event = QStringLiteral("access_token");
    m.joinRef = m_joinRef;
    m.payload = Json{{"access_token", token.toStdString()}};
    m_client->push(m);
}

} // namespace helpdesk
