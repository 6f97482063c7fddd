#include "core/TicketEvent.h"

#include "unit/core/RowRoundTrip.h"

using namespace helpdesk;
using helpdesk::test::expectParseErrorWhen;
using helpdesk::test::expectRoundTrip;

TEST(TicketEvent, RoundTripsAnUpdateWithJsonValues)
{
    const TicketEvent e = expectRoundTrip<TicketEvent>(R"({
      "id": 9007199254740993,
      "ticket_id": "c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f",
      "actor_id": "5d6e7f80-1a2b-4c3d-8e9f-0a1b2c3d4e5f",
      "event_type": "updated",
      "field": "status",
      "old_value": "open",
      "new_value": "solved",
      "created_at": "2026-11-21T10:20:00.123+00:00"
    })");
    EXPECT_EQ(e.id, 9007199254740993LL) << "bigint ids above 2^53 survive";
    EXPECT_EQ(e.eventType, "updated");
    EXPECT_EQ(e.field, QStringLiteral("status"));
    EXPECT_EQ(e.oldValue.get<std::string>(), "open");
    EXPECT_EQ(e.newValue.get<std::string>(), "solved");
}

TEST(TicketEvent, RoundTripsACreationWithNulls)
{
    const TicketEvent e = expectRoundTrip<TicketEvent>(R"({
      "id": 1,
      "ticket_id": "c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f",
      "actor_id": null,
      "event_type": "created",
      "field": null,
      "old_value": null,
      "new_value": {"title": "x", "tags": ["a"]},
      "created_at": "2026-11-21T10:20:00+00:00"
    })");
    EXPECT_FALSE(e.actorId.has_value());
    EXPECT_FALSE(e.field.has_value());
    EXPECT_TRUE(e.oldValue.is_null());
    EXPECT_EQ(e.newValue["tags"][0].get<std::string>(), "a");
}

TEST(TicketEvent, RejectsAStringId)
{
    expectParseErrorWhen<TicketEvent>(R"({"id": 1, "ticket_id": "c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f",
      "actor_id": null, "event_type": "created", "field": null, "old_value": null, "new_value": null,
      "created_at": "2026-11-21T10:20:00+00:00"})",
                                      "id", "1");
}
