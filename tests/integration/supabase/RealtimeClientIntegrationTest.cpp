#include "supabase/RealtimeChannel.h"
#include "supabase/RealtimeClient.h"
#include "supabase/RestClient.h"
#include "support/LocalStack.h"

#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace helpdesk;
using namespace helpdesk::test;
using namespace std::chrono_literals;

namespace {

class RealtimeClientIntegration : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(user.signUp()) << user.error.toStdString();
        rest = std::make_unique<RestClient>(user.config, user.transport, &user.auth);
    }

    Json insertTicket(const QString& title)
    {
        QueryBuilder q(QStringLiteral("tickets"));
        q.insert(Json{{"title", title.toStdString()}}).select().single();
        Capture<RestResponse> r;
        rest->execute(q, &user.context, r.callback());
        EXPECT_TRUE(r.wait());
        EXPECT_TRUE(r.ok()) << r.describe();
        return r.ok() ? r.result()->data : Json();
    }

    TestUser user;
    std::unique_ptr<RestClient> rest;
};

} // namespace

TEST_F(RealtimeClientIntegration, ConnectsAndAnswersHeartbeats)
{
    RealtimeClient::Options options;
    options.heartbeatInterval = 300ms;
    RealtimeClient realtime(user.config, options);
    QSignalSpy states(&realtime, &RealtimeClient::stateChanged);
    int heartbeatReplies = 0;
    QObject::connect(&realtime, &RealtimeClient::messageReceived, &user.context, [&](const PhoenixMessage& m) {
        if (m.topic == QLatin1String("phoenix") && m.event == QLatin1String("phx_reply") && m.replyStatus() == "ok")
            ++heartbeatReplies;
    });
    realtime.connectToServer();
    ASSERT_TRUE(waitUntil([&] { return realtime.state() == RealtimeClient::State::Connected; }));
    ASSERT_TRUE(waitUntil([&] { return heartbeatReplies >= 3; }));
    EXPECT_EQ(realtime.state(), RealtimeClient::State::Connected) << "answered heartbeats keep the link up";
    ASSERT_GE(states.count(), 2);
    EXPECT_EQ(states.at(0).at(0).value<RealtimeClient::State>(), RealtimeClient::State::Connecting);
    realtime.disconnectFromServer();
    EXPECT_EQ(realtime.state(), RealtimeClient::State::Disconnected);
}

TEST_F(RealtimeClientIntegration, DeliversInsertsAndUpdatesOfVisibleRows)
{
    RealtimeClient realtime(user.config);
    realtime.setAccessToken(user.auth.accessToken());
    RealtimeChannel* channel = realtime.channel(QStringLiteral("my-tickets"));
    const QString filter = QStringLiteral("requester_id=eq.") + user.id.toString(QUuid::WithoutBraces);
    channel->onPostgresChanges({ChangeEvent::All, QStringLiteral("public"), QStringLiteral("tickets"), filter});
    QSignalSpy subscribed(channel, &RealtimeChannel::subscribed);
    std::vector<PostgresChange> changes;
    QObject::connect(channel, &RealtimeChannel::postgresChange, &user.context,
                     [&](const PostgresChange& c) { changes.push_back(c); });
    realtime.connectToServer();
    channel->subscribe();
    ASSERT_TRUE(subscribed.wait(10'000)) << "join reply";
    EXPECT_EQ(channel->state(), RealtimeChannel::State::Joined);

    const Json row = insertTicket(QStringLiteral("realtime insert"));
    ASSERT_TRUE(row.is_object());
    ASSERT_TRUE(waitUntil([&] { return !changes.empty(); }, 15'000)) << "INSERT event";
    EXPECT_EQ(changes[0].eventType, ChangeEvent::Insert);
    EXPECT_EQ(changes[0].schema, "public");
    EXPECT_EQ(changes[0].table, "tickets");
    EXPECT_EQ(changes[0].newRecord["id"], row["id"]);
    EXPECT_EQ(changes[0].newRecord["title"].get<std::string>(), "realtime insert");
    EXPECT_GT(changes[0].commitTimestamp, Timestamp::fromSecs(1'700'000'000));

    ASSERT_TRUE(user.promote(UserRole::Agent)) << user.error.toStdString(); // customers may not edit tickets
    QueryBuilder update(QStringLiteral("tickets"));
    update.update(Json{{"priority", "urgent"}})
        .eq(QStringLiteral("id"), QString::fromStdString(row["id"].get<std::string>()));
    Capture<RestResponse> updated;
    rest->execute(update, &user.context, updated.callback());
    ASSERT_TRUE(updated.wait());
    ASSERT_TRUE(updated.ok()) << updated.describe();
    ASSERT_TRUE(waitUntil([&] { return changes.size() >= 2; }, 15'000)) << "UPDATE event";
    EXPECT_EQ(changes[1].eventType, ChangeEvent::Update);
    EXPECT_EQ(changes[1].newRecord["priority"].get<std::string>(), "urgent");
    EXPECT_EQ(changes[1].newRecord["version"].get<int>(), 2);
}

TEST_F(RealtimeClientIntegration, DoesNotDeliverOtherCustomersRows)
{
    RealtimeClient realtime(user.config);
    realtime.setAccessToken(user.auth.accessToken());
    RealtimeChannel* channel = realtime.channel(QStringLiteral("all-tickets"));
    channel->onPostgresChanges({ChangeEvent::Insert, QStringLiteral("public"), QStringLiteral("tickets"), {}});
    QSignalSpy subscribed(channel, &RealtimeChannel::subscribed);
    std::vector<PostgresChange> changes;
    QObject::connect(channel, &RealtimeChannel::postgresChange, &user.context,
                     [&](const PostgresChange& c) { changes.push_back(c); });
    realtime.connectToServer();
    channel->subscribe();
    ASSERT_TRUE(subscribed.wait(10'000));

    TestUser other;
    ASSERT_TRUE(other.signUp()) << other.error.toStdString();
    RestClient otherRest(other.config, other.transport, &other.auth);
    QueryBuilder q(QStringLiteral("tickets"));
    q.insert(Json{{"title", "someone else's"}});
    Capture<RestResponse> inserted;
    otherRest.execute(q, &other.context, inserted.callback());
    ASSERT_TRUE(inserted.wait());
    ASSERT_TRUE(inserted.ok()) << inserted.describe();
    // Then one of ours: once it arrives, the other one would have arrived before it.
    insertTicket(QStringLiteral("mine"));
    ASSERT_TRUE(waitUntil([&] { return !changes.empty(); }, 15'000));
    ASSERT_EQ(changes.size(), 1u);
    EXPECT_EQ(changes[0].newRecord["title"].get<std::string>(), "mine");
}

TEST_F(RealtimeClientIntegration, LeavesAndRejoinsAChannel)
{
    RealtimeClient realtime(user.config);
    realtime.setAccessToken(user.auth.accessToken());
    RealtimeChannel* channel = realtime.channel(QStringLiteral("leave-me"));
    channel->onPostgresChanges({ChangeEvent::All, QStringLiteral("public"), QStringLiteral("tickets"), {}});
    QSignalSpy subscribed(channel, &RealtimeChannel::subscribed);
    realtime.connectToServer();
    channel->subscribe();
    ASSERT_TRUE(subscribed.wait(10'000));
    channel->unsubscribe();
    ASSERT_TRUE(waitUntil([&] { return channel->state() == RealtimeChannel::State::Closed; }));
    channel->subscribe();
    ASSERT_TRUE(subscribed.wait(10'000));
    EXPECT_EQ(channel->state(), RealtimeChannel::State::Joined);
}

TEST_F(RealtimeClientIntegration, PushesARefreshedAccessTokenWithoutLosingTheChannel)
{
    RealtimeClient realtime(user.config);
    realtime.setAccessToken(user.auth.accessToken());
    QObject::connect(&user.auth, &AuthClient::sessionChanged, &realtime,
                     [&] { realtime.setAccessToken(user.auth.accessToken()); });
    RealtimeChannel* channel = realtime.channel(QStringLiteral("token"));
    channel->onPostgresChanges({ChangeEvent::Insert, QStringLiteral("public"), QStringLiteral("tickets"), {}});
    QSignalSpy subscribed(channel, &RealtimeChannel::subscribed);
    QSignalSpy errors(channel, &RealtimeChannel::channelError);
    std::vector<PostgresChange> changes;
    QObject::connect(channel, &RealtimeChannel::postgresChange, &user.context,
                     [&](const PostgresChange& c) { changes.push_back(c); });
    realtime.connectToServer();
    channel->subscribe();
    ASSERT_TRUE(subscribed.wait(10'000));

    Capture<Session> refreshed;
    user.auth.refreshSession(&user.context, refreshed.callback());
    ASSERT_TRUE(refreshed.wait());
    ASSERT_TRUE(refreshed.ok()) << refreshed.describe();
    EXPECT_EQ(realtime.accessToken(), user.auth.accessToken());

    insertTicket(QStringLiteral("after refresh"));
    ASSERT_TRUE(waitUntil([&] { return !changes.empty(); }, 15'000));
    EXPECT_EQ(changes[0].newRecord["title"].get<std::string>(), "after refresh");
    EXPECT_EQ(errors.count(), 0);
    EXPECT_EQ(channel->state(), RealtimeChannel::State::Joined);
}
