#include "store/MirrorStore.h"

#include "CacheFixture.h"

using namespace helpdesk;
using namespace helpdesk::test;

class MirrorStoreTest : public CacheFixture
{
};

TEST_F(MirrorStoreTest, ReadsRowsBackInTheServersShape)
{
    Json row = ticketRow(ticketId(1), 41, "Cannot log in");
    row["tags"] = Json::array({"login", "vip"});
    row["custom_fields"] = Json{{"plan", "gold"}, {"seats", 12}};
    row["resolution_due_at"] = "2026-11-21T12:34:56.123456Z";
    row["assignee_id"] = "00000000-0000-4000-8000-00000000A001"; // upper case on the wire is kept lower case
    applyTickets(array({row}));

    auto read = m_mirror->row(tickets(), QString::fromStdString(ticketId(1)));
    ASSERT_TRUE(read.ok());
    ASSERT_TRUE(read.value().has_value());
    Json expected = row;
    expected["assignee_id"] = "00000000-0000-4000-8000-00000000a001";
    EXPECT_EQ(*read.value(), expected);
}

TEST_F(MirrorStoreTest, KeepsMicrosecondTimestampsExact)
{
    applyTickets(array({ticketRow(ticketId(1), 1, "a", "open", 1, "2026-11-21 10:15:30.000007+00")}));
    auto read = m_mirror->row(tickets(), QString::fromStdString(ticketId(1)));
    ASSERT_TRUE(read.ok() && read.value());
    EXPECT_EQ((*read.value())["updated_at"].get<std::string>(), "2026-11-21T10:15:30.000007Z");
}

TEST_F(MirrorStoreTest, NeverReplacesANewerVersionWithAnOlderOne)
{
    applyTickets(array({ticketRow(ticketId(1), 1, "Version three", "open", 3)}));
    auto applied = m_mirror->applyServerRows(tickets(), array({ticketRow(ticketId(1), 1, "Version two", "open", 2)}));
    ASSERT_TRUE(applied.ok());
    EXPECT_EQ(applied->skippedStale, 1);
    EXPECT_EQ((*m_mirror->row(tickets(), QString::fromStdString(ticketId(1))).value())["title"], "Version three");

    applied = m_mirror->applyServerRows(tickets(), array({ticketRow(ticketId(1), 1, "Version four", "open", 4)}));
    ASSERT_TRUE(applied.ok());
    EXPECT_EQ(applied->written, 1);
    EXPECT_EQ((*m_mirror->row(tickets(), QString::fromStdString(ticketId(1))).value())["title"], "Version four");
}

TEST_F(MirrorStoreTest, RemovesRowsSoftDeletedOnTheServer)
{
    applyTickets(array({ticketRow(ticketId(1), 1, "a"), ticketRow(ticketId(2), 2, "b")}));
    Json deleted = ticketRow(ticketId(1), 1, "a", "open", 2);
    deleted["deleted_at"] = "2026-11-21T10:00:00Z";
    auto applied = m_mirror->applyServerRows(tickets(), array({deleted}));
    ASSERT_TRUE(applied.ok());
    EXPECT_EQ(applied->removed, 1);
    EXPECT_EQ(m_mirror->count(tickets()).value(), 1);
    EXPECT_FALSE(m_mirror->row(tickets(), QString::fromStdString(ticketId(1))).value().has_value());
}

TEST_F(MirrorStoreTest, DropsRowsNoLongerVisibleExceptThoseWithPendingWrites)
{
    applyTickets(array({ticketRow(ticketId(1), 1, "a"), ticketRow(ticketId(2), 2, "b"), ticketRow(ticketId(3), 3, "c")}));
    const QSet<QString> visible{QString::fromStdString(ticketId(1))};
    const QSet<QString> keep{QString::fromStdString(ticketId(3))};
    auto removed = m_mirror->removeRowsNotIn(tickets(), visible, keep);
    ASSERT_TRUE(removed.ok());
    EXPECT_EQ(removed.value(), 1);
    auto keys = m_mirror->rowKeys(tickets());
    ASSERT_TRUE(keys.ok());
    EXPECT_EQ(QSet<QString>(keys->begin(), keys->end()),
              (QSet<QString>{QString::fromStdString(ticketId(1)), QString::fromStdString(ticketId(3))}));
}

TEST_F(MirrorStoreTest, HandlesTablesWithACompositeKey)
{
    const MirrorTable& members = *MirrorSchema::table(QStringLiteral("team_members"));
    const Json row{{"team_id", "00000000-0000-4000-8000-0000000000a1"},
                   {"user_id", "00000000-0000-4000-8000-0000000000b1"},
                   {"created_at", "2026-11-20T09:00:00Z"},
                   {"updated_at", "2026-11-20T09:00:00Z"}};
    ASSERT_TRUE(m_mirror->applyServerRows(members, array({row, row})).ok());
    EXPECT_EQ(m_mirror->count(members).value(), 1);
    const QString key = MirrorStore::rowKey(members, row);
    EXPECT_EQ(key, QStringLiteral("00000000-0000-4000-8000-0000000000a1|00000000-0000-4000-8000-0000000000b1"));
    EXPECT_TRUE(m_mirror->row(members, key).value().has_value());
    EXPECT_EQ(MirrorStore::keyObject(members, key)["user_id"], "00000000-0000-4000-8000-0000000000b1");
    EXPECT_TRUE(m_mirror->removeRow(members, key).value());
    EXPECT_EQ(m_mirror->count(members).value(), 0);
}

TEST_F(MirrorStoreTest, RefusesRowsWithoutAKeyAndAppliesNoneOfTheBatch)
{
    Json noKey = ticketRow(ticketId(2), 2, "b");
    noKey.erase("id");
    auto applied = m_mirror->applyServerRows(tickets(), array({ticketRow(ticketId(1), 1, "a"), noKey}));
    EXPECT_FALSE(applied.ok());
    EXPECT_EQ(m_mirror->count(tickets()).value(), 0);
}

TEST_F(MirrorStoreTest, RefusesAnUnreadableTimestamp)
{
    Json row = ticketRow(ticketId(1), 1, "a");
    row["updated_at"] = "yesterday";
    auto applied = m_mirror->applyServerRows(tickets(), array({row}));
    ASSERT_FALSE(applied.ok());
    EXPECT_EQ(applied.error().kind, Error::Kind::Parse);
}

TEST_F(MirrorStoreTest, ReadsManyRowsByKey)
{
    applyTickets(array({ticketRow(ticketId(1), 1, "a"), ticketRow(ticketId(2), 2, "b"), ticketRow(ticketId(3), 3, "c")}));
    auto rows = m_mirror->rows(tickets(), {QString::fromStdString(ticketId(3)), QString::fromStdString(ticketId(1)),
                                           QStringLiteral("00000000-0000-4000-8000-999999999999")});
    ASSERT_TRUE(rows.ok());
    EXPECT_EQ(rows->size(), 2u);
}
