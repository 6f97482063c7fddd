#include "core/TeamMember.h"

#include "unit/core/RowRoundTrip.h"

using namespace helpdesk;
using helpdesk::test::expectParseErrorWhen;
using helpdesk::test::expectRoundTrip;

namespace {

constexpr const char* kMember = R"({
  "team_id": "0e1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b",
  "user_id": "5d6e7f80-1a2b-4c3d-8e9f-0a1b2c3d4e5f",
  "created_at": "2026-11-21T09:00:00+00:00",
  "updated_at": "2026-11-21T09:00:00+00:00"
})";

} // namespace

TEST(TeamMember, RoundTripsAPostgrestRow)
{
    const TeamMember m = expectRoundTrip<TeamMember>(kMember);
    EXPECT_EQ(m.teamId.toString(QUuid::WithoutBraces), "0e1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b");
    EXPECT_EQ(m.userId.toString(QUuid::WithoutBraces), "5d6e7f80-1a2b-4c3d-8e9f-0a1b2c3d4e5f");
}

TEST(TeamMember, RejectsAMissingKeyPart)
{
    expectParseErrorWhen<TeamMember>(kMember, "user_id", nullptr, true);
}
