#include "core/TicketMessage.h"

#include "unit/core/RowRoundTrip.h"

using namespace helpdesk;
using helpdesk::test::expectParseErrorWhen;
using helpdesk::test::expectRoundTrip;

namespace {

constexpr const char* kMessage = R"({
  "id": "d4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f70",
  "ticket_id": "c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f",
  "author_id": null,
  "body": "Internal: check the payment provider logs.\nLine two with \"quotes\" and ünïcode.",
  "is_internal": true,
  "source": "ai",
  "version": 2,
  "created_at": "2026-11-21T10:16:00.5+00:00",
  "updated_at": "2026-11-21T10:17:00+00:00",
  "deleted_at": "2026-11-21T10:18:00+00:00"
})";

} // namespace

TEST(TicketMessage, RoundTripsAPostgrestRow)
{
    const TicketMessage m = expectRoundTrip<TicketMessage>(kMessage);
    EXPECT_FALSE(m.authorId.has_value());
    EXPECT_TRUE(m.isInternal);
    EXPECT_EQ(m.source, MessageSource::Ai);
    EXPECT_TRUE(m.body.contains(QStringLiteral("ünïcode")));
    ASSERT_TRUE(m.deletedAt.has_value());
    EXPECT_EQ(m.version, 2);
}

TEST(TicketMessage, RejectsUnknownSources)
{
    expectParseErrorWhen<TicketMessage>(kMessage, "source", "sms");
    expectParseErrorWhen<TicketMessage>(kMessage, "is_internal", "yes");
}
