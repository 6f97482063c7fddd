#include "core/Attachment.h"

#include "unit/core/RowRoundTrip.h"

using namespace helpdesk;
using helpdesk::test::expectParseErrorWhen;
using helpdesk::test::expectRoundTrip;

namespace {

constexpr const char* kAttachment = R"({
  "id": "e5f6a7b8-c9d0-4e1f-8a2b-3c4d5e6f7081",
  "ticket_id": "c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f",
  "message_id": "d4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f70",
  "bucket_id": "attachments",
  "storage_path": "c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f/e5f6a7b8/invoice 2026.pdf",
  "file_name": "invoice 2026.pdf",
  "size_bytes": 5368709120,
  "content_type": "application/pdf",
  "uploader_id": "5d6e7f80-1a2b-4c3d-8e9f-0a1b2c3d4e5f",
  "created_at": "2026-11-21T10:16:00+00:00",
  "updated_at": "2026-11-21T10:16:00+00:00",
  "deleted_at": null
})";

} // namespace

TEST(Attachment, RoundTripsAPostgrestRowWithA64BitSize)
{
    const Attachment a = expectRoundTrip<Attachment>(kAttachment);
    EXPECT_EQ(a.sizeBytes, 5368709120LL);
    EXPECT_EQ(a.fileName, "invoice 2026.pdf");
    EXPECT_EQ(a.contentType, "application/pdf");
    ASSERT_TRUE(a.messageId.has_value());
}

TEST(Attachment, RejectsAMissingPath)
{
    expectParseErrorWhen<Attachment>(kAttachment, "storage_path", nullptr, true);
}
