#include "core/KbArticleVersion.h"

#include "unit/core/RowRoundTrip.h"

using namespace helpdesk;
using helpdesk::test::expectParseErrorWhen;
using helpdesk::test::expectRoundTrip;

namespace {

constexpr const char* kVersion = R"({
  "id": 12,
  "article_id": "f6a7b8c9-d0e1-4f2a-9b3c-4d5e6f708192",
  "version": 2,
  "title": "Reset your password",
  "body": "Old body",
  "edited_by": null,
  "created_at": "2026-11-19T10:00:00+00:00"
})";

} // namespace

TEST(KbArticleVersion, RoundTripsAPostgrestRow)
{
    const KbArticleVersion v = expectRoundTrip<KbArticleVersion>(kVersion);
    EXPECT_EQ(v.id, 12);
    EXPECT_EQ(v.version, 2);
    EXPECT_FALSE(v.editedBy.has_value());
}

TEST(KbArticleVersion, RejectsAMissingVersionNumber)
{
    expectParseErrorWhen<KbArticleVersion>(kVersion, "version", nullptr, true);
}
