#include "core/Ticket.h"

#include "unit/core/RowRoundTrip.h"

using namespace helpdesk;
using helpdesk::test::expectParseErrorWhen;
using helpdesk::test::expectRoundTrip;

namespace {

// As GET /rest/v1/tickets?select=* returns it (the generated tsvector "search" included).
constexpr const char* kTicket = R"({
  "id": "c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f",
  "number": 1042,
  "title": "Cannot download invoice",
  "description": "The PDF link gives a 404.",
  "status": "on_hold",
  "priority": "high",
  "channel": "email",
  "tags": ["billing", "invoice"],
  "custom_fields": {"order": "A-77", "plan": {"name": "pro", "seats": 5}},
  "requester_id": "5d6e7f80-1a2b-4c3d-8e9f-0a1b2c3d4e5f",
  "assignee_id": "6e7f8091-2b3c-4d4e-9f0a-1b2c3d4e5f60",
  "team_id": "0e1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b",
  "sla_policy_id": "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
  "first_response_due_at": "2026-11-21T11:15:30.123456+00:00",
  "resolution_due_at": "2026-11-22T10:15:30.123456+00:00",
  "first_responded_at": "2026-11-21T10:45:00.000001+00:00",
  "solved_at": null,
  "closed_at": null,
  "sla_paused_at": "2026-11-21T12:00:00+00:00",
  "sla_paused_minutes": 15,
  "assigned_at": "2026-11-21T10:20:00+00:00",
  "csat_score": null,
  "version": 7,
  "created_at": "2026-11-21T10:15:30.123456+00:00",
  "updated_at": "2026-11-21T12:00:00.654321+00:00",
  "deleted_at": null,
  "search": "'404':9B 'download':2A 'invoic':3A 'link':7B 'pdf':6B"
})";

} // namespace

TEST(Ticket, RoundTripsAPostgrestRow)
{
    const Ticket t = expectRoundTrip<Ticket>(kTicket, {"search"});
    EXPECT_EQ(t.number, 1042);
    EXPECT_EQ(t.status, TicketStatus::OnHold);
    EXPECT_EQ(t.priority, TicketPriority::High);
    EXPECT_EQ(t.channel, TicketChannel::Email);
    EXPECT_EQ(t.tags, (QStringList{"billing", "invoice"}));
    EXPECT_EQ(t.customFields["plan"]["seats"].get<int>(), 5);
    ASSERT_TRUE(t.assigneeId.has_value());
    EXPECT_EQ(t.assigneeId->toString(QUuid::WithoutBraces), "6e7f8091-2b3c-4d4e-9f0a-1b2c3d4e5f60");
    ASSERT_TRUE(t.firstRespondedAt.has_value());
    EXPECT_EQ(t.firstRespondedAt->micros() % 1'000'000, 1);
    EXPECT_FALSE(t.solvedAt.has_value());
    EXPECT_FALSE(t.csatScore.has_value());
    EXPECT_EQ(t.slaPausedMinutes, 15);
    EXPECT_EQ(t.version, 7);
    EXPECT_EQ(t.updatedAt.toIsoString(), "2026-11-21T12:00:00.654321Z");
    EXPECT_FALSE(t.deletedAt.has_value());
}

TEST(Ticket, KeepsMicrosecondsOfUpdatedAtForKeysetCursors)
{
    Json row = Json::parse(kTicket);
    row["updated_at"] = "2026-11-21T12:00:00.000001+00:00";
    const auto a = parseJson<Ticket>(row);
    row["updated_at"] = "2026-11-21T12:00:00.000002+00:00";
    const auto b = parseJson<Ticket>(row);
    ASSERT_TRUE(a.ok() && b.ok());
    EXPECT_LT(a->updatedAt, b->updatedAt);
}

TEST(Ticket, SerializesNullsForAbsentOptionalColumns)
{
    Ticket t;
    t.title = QStringLiteral("x");
    const Json j = t;
    EXPECT_TRUE(j.at("assignee_id").is_null());
    EXPECT_TRUE(j.at("deleted_at").is_null());
    EXPECT_EQ(j.at("status").get<std::string>(), "new");
    EXPECT_EQ(j.at("tags").dump(), "[]");
    EXPECT_EQ(j.at("custom_fields").dump(), "{}");
}

TEST(Ticket, RejectsUnknownStatusesAndBrokenColumns)
{
    expectParseErrorWhen<Ticket>(kTicket, "status", "archived");
    expectParseErrorWhen<Ticket>(kTicket, "channel", "fax");
    expectParseErrorWhen<Ticket>(kTicket, "tags", "billing");
    expectParseErrorWhen<Ticket>(kTicket, "number", "1042");
    expectParseErrorWhen<Ticket>(kTicket, "resolution_due_at", "soon");
    expectParseErrorWhen<Ticket>(kTicket, "version", nullptr, true);
    expectParseErrorWhen<Ticket>(kTicket, "requester_id", nullptr);
}

TEST(Ticket, ANonObjectIsAParseError)
{
    const auto r = parseJson<Ticket>(Json::parse("[1,2]"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, Error::Kind::Parse);
}
