#include "core/SlaPolicy.h"

#include "unit/core/RowRoundTrip.h"

using namespace helpdesk;
using helpdesk::test::expectParseErrorWhen;
using helpdesk::test::expectRoundTrip;

namespace {

constexpr const char* kPolicy = R"({
  "id": "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
  "name": "Urgent",
  "priority": "urgent",
  "first_response_minutes": 30,
  "resolution_minutes": 240,
  "business_hours": {"mon": [["09:00", "17:00"]], "tue": [["09:00", "12:00"], ["13:00", "17:00"]]},
  "time_zone": "Europe/Berlin",
  "is_active": true,
  "created_at": "2026-11-21T08:00:00+00:00",
  "updated_at": "2026-11-21T08:00:00+00:00"
})";

} // namespace

TEST(SlaPolicy, RoundTripsAPostgrestRowWithBusinessHours)
{
    const SlaPolicy p = expectRoundTrip<SlaPolicy>(kPolicy);
    EXPECT_EQ(p.priority, TicketPriority::Urgent);
    EXPECT_EQ(p.firstResponseMinutes, 30);
    EXPECT_EQ(p.resolutionMinutes, 240);
    EXPECT_EQ(p.businessHours["tue"].size(), 2u);
    EXPECT_EQ(p.businessHours["mon"][0][1].get<std::string>(), "17:00");
    EXPECT_EQ(p.timeZone, "Europe/Berlin");
}

TEST(SlaPolicy, RejectsNonNumericMinutesAndUnknownPriorities)
{
    expectParseErrorWhen<SlaPolicy>(kPolicy, "first_response_minutes", "30");
    expectParseErrorWhen<SlaPolicy>(kPolicy, "priority", "critical");
}
