#include "core/KbFeedback.h"

#include "unit/core/RowRoundTrip.h"

using namespace helpdesk;
using helpdesk::test::expectParseErrorWhen;
using helpdesk::test::expectRoundTrip;

namespace {

constexpr const char* kFeedback = R"({
  "id": "0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d",
  "article_id": "f6a7b8c9-d0e1-4f2a-9b3c-4d5e6f708192",
  "user_id": "5d6e7f80-1a2b-4c3d-8e9f-0a1b2c3d4e5f",
  "helpful": false,
  "comment": "Step 2 is missing",
  "created_at": "2026-11-21T10:00:00+00:00",
  "updated_at": "2026-11-21T10:00:00+00:00"
})";

} // namespace

TEST(KbFeedback, RoundTripsAPostgrestRow)
{
    const KbFeedback f = expectRoundTrip<KbFeedback>(kFeedback);
    EXPECT_FALSE(f.helpful);
    EXPECT_EQ(f.comment, QStringLiteral("Step 2 is missing"));
}

TEST(KbFeedback, RejectsANonBooleanVote)
{
    expectParseErrorWhen<KbFeedback>(kFeedback, "helpful", 1);
}
