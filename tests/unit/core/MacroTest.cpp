#include "core/Macro.h"

#include "unit/core/RowRoundTrip.h"

using namespace helpdesk;
using helpdesk::test::expectParseErrorWhen;
using helpdesk::test::expectRoundTrip;

namespace {

constexpr const char* kMacro = R"({
  "id": "b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e",
  "title": "Refund issued",
  "body": "Hello, we have issued your refund.",
  "actions": [{"type": "set_status", "value": "solved"}, {"type": "add_tags", "value": ["refund"]}],
  "team_id": null,
  "is_active": true,
  "created_by": "5d6e7f80-1a2b-4c3d-8e9f-0a1b2c3d4e5f",
  "created_at": "2026-11-21T08:00:00+00:00",
  "updated_at": "2026-11-21T08:00:00+00:00",
  "deleted_at": null
})";

} // namespace

TEST(Macro, RoundTripsAPostgrestRow)
{
    const Macro m = expectRoundTrip<Macro>(kMacro);
    EXPECT_EQ(m.title, "Refund issued");
    ASSERT_TRUE(m.actions.is_array());
    EXPECT_EQ(m.actions[0]["type"].get<std::string>(), "set_status");
    EXPECT_FALSE(m.teamId.has_value());
    ASSERT_TRUE(m.createdBy.has_value());
    EXPECT_FALSE(m.deletedAt.has_value());
}

TEST(Macro, RejectsABadCreatorId)
{
    expectParseErrorWhen<Macro>(kMacro, "created_by", "nobody");
}
