#include "supabase/PostgresChange.h"

#include <gtest/gtest.h>

using namespace helpdesk;

TEST(PostgresChange, ReadsAnUpdatePayload)
{
    const Json payload = Json::parse(R"({
      "ids": [84473029, 11880273],
      "data": {
        "schema": "public", "table": "tickets", "commit_timestamp": "2026-08-21T10:15:30.123Z", "type": "UPDATE",
        "columns": [{"name": "id", "type": "uuid"}, {"name": "status", "type": "ticket_status"}],
        "record": {"id": "c3d4", "status": "open", "version": 2},
        "old_record": {"id": "c3d4"},
        "errors": null
      }})");
    const auto c = PostgresChange::fromPayload(payload);
    ASSERT_TRUE(c.ok()) << c.error().toString().toStdString();
    EXPECT_EQ(c->schema, "public");
    EXPECT_EQ(c->table, "tickets");
    EXPECT_EQ(c->eventType, ChangeEvent::Update);
    EXPECT_EQ(c->newRecord["version"].get<int>(), 2);
    EXPECT_EQ(c->oldRecord["id"].get<std::string>(), "c3d4");
    EXPECT_EQ(c->commitTimestamp.toIsoString(), "2026-08-21T10:15:30.123000Z");
    EXPECT_EQ(c->bindingIds, (QList<qint64>{84473029, 11880273}));
    EXPECT_TRUE(c->errors.is_null());
    EXPECT_EQ(c->columns.size(), 2u);
}

TEST(PostgresChange, ReadsInsertAndDeleteWithEmptySides)
{
    const auto insert = PostgresChange::fromPayload(Json::parse(
        R"({"ids":[1],"data":{"schema":"public","table":"t","commit_timestamp":"2026-08-21T10:15:30Z","type":"INSERT","record":{"id":1}}})"));
    ASSERT_TRUE(insert.ok());
    EXPECT_EQ(insert->eventType, ChangeEvent::Insert);
    EXPECT_TRUE(insert->oldRecord.empty());
    const auto del = PostgresChange::fromPayload(Json::parse(
        R"({"ids":[1],"data":{"schema":"public","table":"t","commit_timestamp":"2026-08-21T10:15:30Z","type":"DELETE","old_record":{"id":1}}})"));
    ASSERT_TRUE(del.ok());
    EXPECT_EQ(del->eventType, ChangeEvent::Delete);
    EXPECT_TRUE(del->newRecord.empty());
}

TEST(PostgresChange, RejectsBrokenPayloads)
{
    EXPECT_FALSE(PostgresChange::fromPayload(Json::parse(R"({"ids":[1]})")).ok());
    EXPECT_FALSE(
        PostgresChange::fromPayload(
            Json::parse(
                R"({"data":{"schema":"public","table":"t","commit_timestamp":"2026-08-21T10:15:30Z","type":"TRUNCATE"}})"))
            .ok());
    EXPECT_FALSE(
        PostgresChange::fromPayload(
            Json::parse(R"({"data":{"schema":"public","table":"t","commit_timestamp":"yesterday","type":"INSERT"}})"))
            .ok());
}

TEST(PostgresChange, FiltersSerializeAsTheJoinExpectsThem)
{
    PostgresChangeFilter all;
    all.table = QStringLiteral("tickets");
    EXPECT_EQ(all.toJson().dump(), R"({"event":"*","schema":"public","table":"tickets"})");
    PostgresChangeFilter some{ChangeEvent::Insert, QStringLiteral("public"), QStringLiteral("ticket_messages"),
                              QStringLiteral("ticket_id=eq.c3d4")};
    EXPECT_EQ(some.toJson().dump(),
              R"({"event":"INSERT","filter":"ticket_id=eq.c3d4","schema":"public","table":"ticket_messages"})");
    EXPECT_EQ(changeEventFromWire(QStringLiteral("DELETE")).value(), ChangeEvent::Delete);
    EXPECT_FALSE(changeEventFromWire(QStringLiteral("delete")).ok());
}
