// Channel behaviour against a scripted Phoenix endpoint (a QWebSocketServer on localhost): binding ids from
// the join reply route changes, mismatched bindings are an error, and a dropped link or a missed heartbeat
// leads to a reconnect and an automatic rejoin. The real server is covered by the integration tests; these
// cases need a server that misbehaves on purpose.
#include "supabase/RealtimeChannel.h"

#include "supabase/RealtimeClient.h"
#include "support/Wait.h"

#include <QSignalSpy>
#include <QWebSocket>
#include <QWebSocketServer>
#include <gtest/gtest.h>
#include <vector>

using namespace helpdesk;
using namespace std::chrono_literals;
using helpdesk::test::waitUntil;

namespace {

class FakePhoenixServer : public QObject
{
public:
    FakePhoenixServer() : m_server(QStringLiteral("fake"), QWebSocketServer::NonSecureMode)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
            QWebSocket* socket = m_server.nextPendingConnection();
            ++connections;
            m_socket = socket;
            connect(socket, &QWebSocket::textMessageReceived, this, [this](const QString& text) {
                auto m = PhoenixMessage::decode(text.toUtf8());
                if (!m.ok())
                    return;
                received.push_back(m.value());
                if (m->event == QLatin1String("heartbeat") && answerHeartbeats)
                    reply(m.value(), Json{{"status", "ok"}, {"response", Json::object()}});
                if (m->event == QLatin1String("phx_join")) {
                    Json bindings = Json::array();
                    std::int64_t id = 100;
                    for (const auto& b : m->payload["config"]["postgres_changes"]) {
                        Json withId = b;
                        withId["id"] = id++;
                        if (mismatchBindings)
                            withId["table"] = "something_else";
                        bindings.push_back(withId);
                    }
                    reply(m.value(), Json{{"status", "ok"}, {"response", {{"postgres_changes", bindings}}}});
                }
            });
        });
    }

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }

    void reply(const PhoenixMessage& to, const Json& payload)
    {
        PhoenixMessage r;
        r.topic = to.topic;
        r.event = QStringLiteral("phx_reply");
        r.ref = to.ref;
        r.payload = payload;
        send(r);
    }
    void send(const PhoenixMessage& m)
    {
        if (m_socket)
            m_socket->sendTextMessage(QString::fromUtf8(m.encode()));
    }
    void dropConnection()
    {
        if (m_socket)
            m_socket->abort();
    }
    int joins() const
    {
        int n = 0;
        for (const auto& m : received)
            n += m.event == QLatin1String("phx_join") ? 1 : 0;
        return n;
    }

    std::vector<PhoenixMessage> received;
    int connections = 0;
    bool answerHeartbeats = true;
    bool mismatchBindings = false;

private:
    QWebSocketServer m_server;
    QPointer<QWebSocket> m_socket;
};

SupabaseConfig configFor(const FakePhoenixServer& server)
{
    SupabaseConfig c;
    c.url = server.url();
    c.anonKey = QStringLiteral("ANON");
    return c;
}

RealtimeClient::Options fastOptions()
{
    RealtimeClient::Options o;
    o.heartbeatInterval = 100ms;
    o.pushTimeout = 2000ms;
    o.reconnectBase = 20ms;
    o.reconnectMax = 200ms;
    return o;
}

PhoenixMessage change(const QString& topic, QList<qint64> ids, const char* type, const char* title)
{
    PhoenixMessage m;
    m.topic = topic;
    m.event = QStringLiteral("postgres_changes");
    Json jsonIds = Json::array();
    for (qint64 id : ids)
        jsonIds.push_back(id);
    m.payload = Json{{"ids", jsonIds},
                     {"data",
                      {{"schema", "public"},
                       {"table", "tickets"},
                       {"type", type},
                       {"commit_timestamp", "2026-11-21T10:15:30.123Z"},
                       {"record", {{"title", title}}}}}};
    return m;
}

} // namespace

TEST(RealtimeChannel, RoutesChangesByTheBindingIdsOfTheJoinReply)
{
    FakePhoenixServer server;
    RealtimeClient client(configFor(server), fastOptions());
    RealtimeChannel* channel = client.channel(QStringLiteral("t"));
    channel->onPostgresChanges(
        {ChangeEvent::Insert, QStringLiteral("public"), QStringLiteral("tickets"), {}}); // id 100
    channel->onPostgresChanges(
        {ChangeEvent::Update, QStringLiteral("public"), QStringLiteral("tickets"), {}}); // id 101
    std::vector<PostgresChange> changes;
    QObject::connect(channel, &RealtimeChannel::postgresChange, channel,
                     [&](const PostgresChange& c) { changes.push_back(c); });
    QSignalSpy subscribed(channel, &RealtimeChannel::subscribed);
    client.connectToServer();
    channel->subscribe();
    ASSERT_TRUE(subscribed.wait(5000));

    server.send(change(channel->topic(), {100}, "INSERT", "first"));
    server.send(change(channel->topic(), {999}, "INSERT", "not ours"));    // unknown binding id
    server.send(change(channel->topic(), {100}, "UPDATE", "wrong event")); // binding 100 is INSERT only
    server.send(change(channel->topic(), {101}, "UPDATE", "second"));
    ASSERT_TRUE(waitUntil([&] { return changes.size() >= 2; }, 5000));
    QCoreApplication::processEvents();
    ASSERT_EQ(changes.size(), 2u);
    EXPECT_EQ(changes[0].newRecord["title"].get<std::string>(), "first");
    EXPECT_EQ(changes[1].newRecord["title"].get<std::string>(), "second");
    EXPECT_EQ(changes[1].eventType, ChangeEvent::Update);
}

TEST(RealtimeChannel, MismatchedBindingsInTheJoinReplyAreAnError)
{
    FakePhoenixServer server;
    server.mismatchBindings = true;
    RealtimeClient client(configFor(server), fastOptions());
    RealtimeChannel* channel = client.channel(QStringLiteral("t"));
    channel->onPostgresChanges({ChangeEvent::All, QStringLiteral("public"), QStringLiteral("tickets"), {}});
    QSignalSpy errors(channel, &RealtimeChannel::channelError);
    client.connectToServer();
    channel->subscribe();
    ASSERT_TRUE(errors.wait(5000));
    EXPECT_TRUE(errors.at(0).at(0).value<Error>().message.contains(QStringLiteral("mismatch")));
    EXPECT_NE(channel->state(), RealtimeChannel::State::Joined);
}

TEST(RealtimeChannel, RejoinsAfterTheConnectionDrops)
{
    FakePhoenixServer server;
    RealtimeClient client(configFor(server), fastOptions());
    RealtimeChannel* channel = client.channel(QStringLiteral("t"));
    channel->onPostgresChanges({ChangeEvent::All, QStringLiteral("public"), QStringLiteral("tickets"), {}});
    QSignalSpy subscribed(channel, &RealtimeChannel::subscribed);
    client.connectToServer();
    channel->subscribe();
    ASSERT_TRUE(subscribed.wait(5000));
    server.dropConnection();
    ASSERT_TRUE(waitUntil([&] { return server.connections == 2 && subscribed.count() == 2; }, 5000));
    EXPECT_EQ(server.joins(), 2);
    EXPECT_EQ(client.state(), RealtimeClient::State::Connected);
    EXPECT_EQ(channel->state(), RealtimeChannel::State::Joined);
}

TEST(RealtimeChannel, AMissedHeartbeatReplyMeansReconnecting)
{
    FakePhoenixServer server;
    server.answerHeartbeats = false;
    RealtimeClient client(configFor(server), fastOptions());
    client.connectToServer();
    ASSERT_TRUE(waitUntil([&] { return server.connections >= 2; }, 5000))
        << "an unanswered heartbeat makes the client drop the link and connect again";
}

TEST(RealtimeChannel, PushesTheNewAccessTokenToJoinedChannels)
{
    FakePhoenixServer server;
    RealtimeClient client(configFor(server), fastOptions());
    RealtimeChannel* channel = client.channel(QStringLiteral("t"));
    QSignalSpy subscribed(channel, &RealtimeChannel::subscribed);
    client.connectToServer();
    channel->subscribe();
    ASSERT_TRUE(subscribed.wait(5000));
    client.setAccessToken(QStringLiteral("NEW-JWT"));
    ASSERT_TRUE(waitUntil(
        [&] {
            for (const auto& m : server.received)
                if (m.event == QLatin1String("access_token") && m.topic == channel->topic())
                    return m.payload["access_token"].get<std::string>() == "NEW-JWT";
            return false;
        },
        5000));
}

TEST(RealtimeChannel, LeavingSendsPhxLeaveAndCloses)
{
    FakePhoenixServer server;
    RealtimeClient client(configFor(server), fastOptions());
    RealtimeChannel* channel = client.channel(QStringLiteral("t"));
    QSignalSpy subscribed(channel, &RealtimeChannel::subscribed);
    client.connectToServer();
    channel->subscribe();
    ASSERT_TRUE(subscribed.wait(5000));
    channel->unsubscribe();
    EXPECT_EQ(channel->state(), RealtimeChannel::State::Leaving);
    ASSERT_TRUE(
        waitUntil([&] { return !server.received.empty() && server.received.back().event == "phx_leave"; }, 5000));
    server.reply(server.received.back(), Json{{"status", "ok"}, {"response", Json::object()}});
    ASSERT_TRUE(waitUntil([&] { return channel->state() == RealtimeChannel::State::Closed; }, 5000));
}
