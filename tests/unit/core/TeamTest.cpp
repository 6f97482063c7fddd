#include "core/Team.h"

#include "unit/core/RowRoundTrip.h"

using namespace helpdesk;
using helpdesk::test::expectParseErrorWhen;
using helpdesk::test::expectRoundTrip;

namespace {

constexpr const char* kTeam = R"({
  "id": "0e1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b",
  "name": "Billing",
  "description": "Invoices, refunds, payment methods",
  "created_at": "2026-11-21T09:00:00+00:00",
  "updated_at": "2026-11-21T09:30:00.5+00:00"
})";

} // namespace

TEST(Team, RoundTripsAPostgrestRow)
{
    const Team t = expectRoundTrip<Team>(kTeam);
    EXPECT_EQ(t.name, "Billing");
    EXPECT_EQ(t.description, "Invoices, refunds, payment methods");
    EXPECT_EQ(t.createdAt.microsTo(t.updatedAt), 1800'500000);
}

TEST(Team, RejectsRowsWithoutAName)
{
    expectParseErrorWhen<Team>(kTeam, "name", nullptr, true);
    expectParseErrorWhen<Team>(kTeam, "name", nullptr);
}
