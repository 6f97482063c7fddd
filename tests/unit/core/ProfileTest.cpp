#include "core/Profile.h"

#include "unit/core/RowRoundTrip.h"

using namespace helpdesk;
using helpdesk::test::expectParseErrorWhen;
using helpdesk::test::expectRoundTrip;

namespace {

constexpr const char* kProfile = R"({
  "id": "5d6e7f80-1a2b-4c3d-8e9f-0a1b2c3d4e5f",
  "email": "agent@example.com",
  "full_name": "Ada Agent",
  "role": "agent",
  "avatar_url": null,
  "timezone": "Europe/Berlin",
  "is_active": true,
  "created_at": "2026-11-21T10:15:30.123456+00:00",
  "updated_at": "2026-11-21T10:15:31+00:00"
})";

} // namespace

TEST(Profile, RoundTripsAPostgrestRow)
{
    const Profile p = expectRoundTrip<Profile>(kProfile);
    EXPECT_EQ(p.id, QUuid::fromString(QStringLiteral("5d6e7f80-1a2b-4c3d-8e9f-0a1b2c3d4e5f")));
    EXPECT_EQ(p.email, QStringLiteral("agent@example.com"));
    EXPECT_EQ(p.fullName, "Ada Agent");
    EXPECT_EQ(p.role, UserRole::Agent);
    EXPECT_FALSE(p.avatarUrl.has_value());
    EXPECT_EQ(p.timezone, "Europe/Berlin");
    EXPECT_TRUE(p.isActive);
    EXPECT_EQ(p.createdAt.micros() % 1'000'000, 123456);
    EXPECT_EQ(p.updatedAt.toIsoString(), "2026-11-21T10:15:31.000000Z");
}

TEST(Profile, RejectsUnknownRolesAndMissingKeys)
{
    expectParseErrorWhen<Profile>(kProfile, "role", "superuser");
    expectParseErrorWhen<Profile>(kProfile, "id", "not-a-uuid");
    expectParseErrorWhen<Profile>(kProfile, "full_name", nullptr, true);
    expectParseErrorWhen<Profile>(kProfile, "created_at", "2026-11-21");
}
