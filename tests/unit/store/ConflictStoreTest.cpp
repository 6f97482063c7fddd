#include "store/ConflictStore.h"

#include "CacheFixture.h"

using namespace helpdesk;
using namespace helpdesk::test;

class ConflictStoreTest : public CacheFixture
{
};

TEST_F(ConflictStoreTest, KeepsConflictsUntilTheUserDismissesThem)
{
    ConflictRecord record;
    record.kind = ConflictRecord::Kind::Rejected;
    record.table = QStringLiteral("tickets");
    record.rowKey = QString::fromStdString(ticketId(1));
    record.localChange = Json{{"status", "closed"}};
    record.serverRow = ticketRow(ticketId(1), 1, "Server");
    record.reason = QStringLiteral("Not allowed");
    record.createdAt = m_clock.now();
    ASSERT_TRUE(m_conflicts->record(record).ok());
    EXPECT_GT(record.id, 0);

    reopen();
    auto open = m_conflicts->open();
    ASSERT_TRUE(open.ok());
    ASSERT_EQ(open->size(), 1u);
    EXPECT_EQ(open->front().kind, ConflictRecord::Kind::Rejected);
    EXPECT_EQ(open->front().localChange, (Json{{"status", "closed"}}));
    EXPECT_FALSE(open->front().localRow.has_value());
    EXPECT_EQ((*open->front().serverRow)["title"], "Server");
    EXPECT_EQ(open->front().reason, QStringLiteral("Not allowed"));

    ASSERT_TRUE(m_conflicts->resolve(record.id, m_clock.now()).ok());
    EXPECT_EQ(m_conflicts->openCount().value(), 0);
    auto all = m_conflicts->all();
    ASSERT_EQ(all->size(), 1u);
    EXPECT_TRUE(all->front().resolvedAt.has_value());
}
