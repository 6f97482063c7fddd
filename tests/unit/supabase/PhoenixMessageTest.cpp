#include "supabase/PhoenixMessage.h"

#include <gtest/gtest.h>

using namespace helpdesk;

TEST(PhoenixMessage, EncodesVersion1JsonObjects)
{
    PhoenixMessage m;
    m.topic = QStringLiteral("phoenix");
    m.event = QStringLiteral("heartbeat");
    m.ref = QStringLiteral("7");
    EXPECT_EQ(m.encode().toStdString(),
              R"({"event":"heartbeat","join_ref":null,"payload":{},"ref":"7","topic":"phoenix"})");

    PhoenixMessage join;
    join.topic = QStringLiteral("realtime:tickets");
    join.event = QStringLiteral("phx_join");
    join.ref = QStringLiteral("1");
    join.joinRef = QStringLiteral("1");
    join.payload = Json{{"access_token", "T"}};
    EXPECT_EQ(
        join.encode().toStdString(),
        R"({"event":"phx_join","join_ref":"1","payload":{"access_token":"T"},"ref":"1","topic":"realtime:tickets"})");
}

TEST(PhoenixMessage, DecodesServerReplies)
{
    const auto m = PhoenixMessage::decode(
        R"({"topic":"realtime:t","event":"phx_reply","payload":{"status":"ok","response":{"postgres_changes":[]}},"ref":"3"})");
    ASSERT_TRUE(m.ok());
    EXPECT_EQ(m->topic, "realtime:t");
    EXPECT_EQ(m->event, "phx_reply");
    EXPECT_EQ(m->ref, QStringLiteral("3"));
    EXPECT_FALSE(m->joinRef.has_value());
    EXPECT_EQ(m->replyStatus(), "ok");
    EXPECT_TRUE(m->replyResponse()["postgres_changes"].is_array());
}

TEST(PhoenixMessage, DecodesVersion2ArraysAndNullRefs)
{
    const auto m = PhoenixMessage::decode(R"([null,null,"realtime:t","postgres_changes",{"ids":[1]}])");
    ASSERT_TRUE(m.ok());
    EXPECT_FALSE(m->ref.has_value());
    EXPECT_EQ(m->event, "postgres_changes");
    EXPECT_EQ(m->payload["ids"][0].get<int>(), 1);
    const auto numeric = PhoenixMessage::decode(R"({"topic":"x","event":"e","payload":{},"ref":12})");
    ASSERT_TRUE(numeric.ok());
    EXPECT_EQ(numeric->ref, QStringLiteral("12"));
}

TEST(PhoenixMessage, RoundTrips)
{
    PhoenixMessage m;
    m.topic = QStringLiteral("realtime:a");
    m.event = QStringLiteral("access_token");
    m.ref = QStringLiteral("9");
    m.joinRef = QStringLiteral("4");
    m.payload = Json{{"access_token", "abc"}};
    const auto back = PhoenixMessage::decode(m.encode());
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back.value(), m);
}

TEST(PhoenixMessage, RejectsFramesThatAreNotMessages)
{
    EXPECT_FALSE(PhoenixMessage::decode("not json").ok());
    EXPECT_FALSE(PhoenixMessage::decode(R"({"event":"x"})").ok());
    EXPECT_FALSE(PhoenixMessage::decode(R"([1,2,3])").ok());
    EXPECT_FALSE(PhoenixMessage::decode(R"({"topic":1,"event":"x"})").ok());
}
