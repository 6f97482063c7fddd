#include "core/Enums.h"

#include "core/Json.h"

#include <gtest/gtest.h>

using namespace helpdesk;

namespace {

template <WireEnum E> void expectRoundTrip()
{
    for (E value : allValues<E>()) {
        const auto back = fromWire<E>(toWire(value));
        ASSERT_TRUE(back.ok()) << toWire(value);
        EXPECT_EQ(back.value(), value);
        Json j = value;
        EXPECT_EQ(j.get<std::string>(), std::string(toWire(value)));
        EXPECT_EQ(j.get<E>(), value);
    }
}

} // namespace

TEST(Enums, EveryValueRoundTripsThroughItsWireString)
{
    expectRoundTrip<TicketStatus>();
    expectRoundTrip<TicketPriority>();
    expectRoundTrip<TicketChannel>();
    expectRoundTrip<UserRole>();
    expectRoundTrip<MessageSource>();
    expectRoundTrip<KbVisibility>();
    expectRoundTrip<KbStatus>();
}

TEST(Enums, WireStringsMatchThePostgresEnumLabels)
{
    EXPECT_EQ(toWire(TicketStatus::OnHold), "on_hold");
    EXPECT_EQ(toWire(TicketStatus::New), "new");
    EXPECT_EQ(toWire(TicketPriority::Urgent), "urgent");
    EXPECT_EQ(toWire(TicketChannel::Api), "api");
    EXPECT_EQ(toWire(UserRole::Admin), "admin");
    EXPECT_EQ(toWire(MessageSource::Ai), "ai");
    EXPECT_EQ(toWire(KbVisibility::Internal), "internal");
    EXPECT_EQ(toWire(KbStatus::Archived), "archived");
    EXPECT_EQ(toWireString(TicketStatus::Solved), QStringLiteral("solved"));
    EXPECT_EQ(allValues<TicketStatus>().size(), 6u);
    EXPECT_EQ(allValues<TicketChannel>().size(), 5u);
}

TEST(Enums, UnknownStringsAreParseErrors)
{
    const auto r = fromWire<TicketStatus>(std::string_view("onhold"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, Error::Kind::Parse);
    EXPECT_TRUE(r.error().message.contains("TicketStatus"));
    EXPECT_TRUE(r.error().message.contains("onhold"));
    EXPECT_FALSE(fromWire<TicketPriority>(QStringLiteral("Urgent")).ok()) << "wire strings are case-sensitive";
    EXPECT_FALSE(fromWire<UserRole>(std::string_view("")).ok());
}

TEST(Enums, UnknownStringsInJsonBecomeParseErrorsNotExceptions)
{
    const auto bad = parseJson<KbStatus>(Json("deleted"));
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().kind, Error::Kind::Parse);
    const auto wrongType = parseJson<KbStatus>(Json(3));
    ASSERT_FALSE(wrongType.ok());
    EXPECT_EQ(wrongType.error().kind, Error::Kind::Parse);
}
