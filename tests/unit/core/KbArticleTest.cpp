#include "core/KbArticle.h"

#include "unit/core/RowRoundTrip.h"

using namespace helpdesk;
using helpdesk::test::expectParseErrorWhen;
using helpdesk::test::expectRoundTrip;

namespace {

constexpr const char* kArticle = R"({
  "id": "f6a7b8c9-d0e1-4f2a-9b3c-4d5e6f708192",
  "slug": "reset-your-password",
  "title": "Reset your password",
  "body": "# Steps\n1. Open settings",
  "visibility": "internal",
  "status": "published",
  "tags": [],
  "author_id": "5d6e7f80-1a2b-4c3d-8e9f-0a1b2c3d4e5f",
  "version": 3,
  "published_at": "2026-11-20T09:00:00+00:00",
  "created_at": "2026-11-19T09:00:00+00:00",
  "updated_at": "2026-11-20T09:00:00+00:00",
  "deleted_at": null,
  "search": "'password':3A 'reset':1A"
})";

} // namespace

TEST(KbArticle, RoundTripsAPostgrestRow)
{
    const KbArticle a = expectRoundTrip<KbArticle>(kArticle, {"search"});
    EXPECT_EQ(a.slug, "reset-your-password");
    EXPECT_EQ(a.visibility, KbVisibility::Internal);
    EXPECT_EQ(a.status, KbStatus::Published);
    EXPECT_TRUE(a.tags.isEmpty());
    EXPECT_EQ(a.version, 3);
    ASSERT_TRUE(a.publishedAt.has_value());
}

TEST(KbArticle, RejectsUnknownVisibility)
{
    expectParseErrorWhen<KbArticle>(kArticle, "visibility", "secret");
    expectParseErrorWhen<KbArticle>(kArticle, "status", "live");
}
