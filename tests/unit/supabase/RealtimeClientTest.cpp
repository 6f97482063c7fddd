#include "supabase/RealtimeClient.h"

#include "supabase/RealtimeChannel.h"

#include <gtest/gtest.h>

using namespace helpdesk;
using namespace std::chrono_literals;

namespace {

SupabaseConfig config()
{
    SupabaseConfig c;
    c.url = QUrl(QStringLiteral("https://abc.supabase.co"));
    c.anonKey = QStringLiteral("ANON");
    return c;
}

} // namespace

TEST(RealtimeClient, ConnectsToTheVersion1WebSocketUrl)
{
    RealtimeClient client(config());
    EXPECT_EQ(client.socketUrl().toString().toStdString(),
              "wss://abc.supabase.co/realtime/v1/websocket?apikey=ANON&vsn=1.0.0");
    SupabaseConfig local = config();
    local.url = QUrl(QStringLiteral("http://127.0.0.1:54321/"));
    EXPECT_EQ(RealtimeClient(local).socketUrl().toString().toStdString(),
              "ws://127.0.0.1:54321/realtime/v1/websocket?apikey=ANON&vsn=1.0.0");
    EXPECT_EQ(client.state(), RealtimeClient::State::Disconnected);
    EXPECT_EQ(client.options().heartbeatInterval, 25s);
}

TEST(RealtimeClient, BackoffGrowsExponentiallyWithJitterAndACap)
{
    EXPECT_EQ(RealtimeClient::backoffDelay(0, 1000ms, 30000ms, 0.0), 500ms);
    EXPECT_EQ(RealtimeClient::backoffDelay(0, 1000ms, 30000ms, 1.0), 1000ms);
    EXPECT_EQ(RealtimeClient::backoffDelay(3, 1000ms, 30000ms, 0.0), 4000ms);
    EXPECT_EQ(RealtimeClient::backoffDelay(3, 1000ms, 30000ms, 1.0), 8000ms);
    EXPECT_EQ(RealtimeClient::backoffDelay(10, 1000ms, 30000ms, 1.0), 30000ms);
    EXPECT_EQ(RealtimeClient::backoffDelay(1000, 1000ms, 30000ms, 0.5), 22500ms);
    // Jitter spreads clients that lost the connection at the same moment.
    EXPECT_NE(RealtimeClient::backoffDelay(4, 1000ms, 30000ms, 0.1),
              RealtimeClient::backoffDelay(4, 1000ms, 30000ms, 0.9));
}

TEST(RealtimeClient, HandsOutOneChannelPerTopic)
{
    RealtimeClient client(config());
    RealtimeChannel* a = client.channel(QStringLiteral("tickets"));
    EXPECT_EQ(a->topic(), "realtime:tickets");
    EXPECT_EQ(client.channel(QStringLiteral("realtime:tickets")), a);
    EXPECT_NE(client.channel(QStringLiteral("messages")), a);
    EXPECT_EQ(client.channels().size(), 2);
}

TEST(RealtimeClient, JoinPayloadCarriesBindingsAndTheAccessToken)
{
    RealtimeClient client(config());
    RealtimeChannel* channel = client.channel(QStringLiteral("helpdesk"));
    EXPECT_EQ(channel->onPostgresChanges({ChangeEvent::All, QStringLiteral("public"), QStringLiteral("tickets"), {}}),
              0);
    EXPECT_EQ(channel->onPostgresChanges({ChangeEvent::Insert, QStringLiteral("public"),
                                          QStringLiteral("ticket_messages"), QStringLiteral("ticket_id=eq.x")}),
              1);
    EXPECT_EQ(channel->joinPayload().dump(),
              R"({"access_token":"ANON","config":{"broadcast":{"ack":false,"self":false},)"
              R"("postgres_changes":[{"event":"*","schema":"public","table":"tickets"},)"
              R"({"event":"INSERT","filter":"ticket_id=eq.x","schema":"public","table":"ticket_messages"}],)"
              R"("presence":{"enabled":false,"key":""},"private":false}})");
    client.setAccessToken(QStringLiteral("USER-JWT"));
    EXPECT_EQ(channel->joinPayload()["access_token"].get<std::string>(), "USER-JWT");
    client.setAccessToken(QString());
    EXPECT_EQ(client.accessToken(), "ANON");
}

TEST(RealtimeClient, SubscribingWhileDisconnectedWaitsForTheSocket)
{
    RealtimeClient client(config());
    RealtimeChannel* channel = client.channel(QStringLiteral("t"));
    channel->subscribe();
    EXPECT_EQ(channel->state(), RealtimeChannel::State::Joining);
    channel->unsubscribe();
    EXPECT_EQ(channel->state(), RealtimeChannel::State::Closed);
}
