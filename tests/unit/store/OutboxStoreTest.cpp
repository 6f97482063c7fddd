#include "store/OutboxStore.h"

#include "CacheFixture.h"

using namespace helpdesk;
using namespace helpdesk::test;

class OutboxStoreTest : public CacheFixture
{
protected:
    OutboxEntry entry(const QString& key, const std::string& title)
    {
        OutboxEntry e;
        e.idempotencyKey = key;
        e.table = QStringLiteral("tickets");
        e.operation = OutboxEntry::Operation::Update;
        e.rowKey = QString::fromStdString(ticketId(1));
        e.payload = Json{{"title", title}};
        e.baseVersion = 3;
        e.beforeRow = ticketRow(ticketId(1), 1, "before");
        e.createdAt = m_clock.now();
        return e;
    }
};

TEST_F(OutboxStoreTest, KeepsPendingWritesInOrderAcrossRestart)
{
    for (int i = 0; i < 3; ++i) {
        OutboxEntry e = entry(QStringLiteral("key-%1").arg(i), "title " + std::to_string(i));
        ASSERT_TRUE(m_outbox->append(e).ok());
        EXPECT_GT(e.seq, 0);
    }
    reopen();
    auto pending = m_outbox->pending();
    ASSERT_TRUE(pending.ok());
    ASSERT_EQ(pending->size(), 3u);
    for (int i = 0; i < 3; ++i) {
        const OutboxEntry& e = (*pending)[static_cast<std::size_t>(i)];
        EXPECT_EQ(e.idempotencyKey, QStringLiteral("key-%1").arg(i));
        EXPECT_EQ(e.payload["title"], "title " + std::to_string(i));
        EXPECT_EQ(e.baseVersion, 3);
        ASSERT_TRUE(e.beforeRow.has_value());
        EXPECT_EQ((*e.beforeRow)["title"], "before");
        EXPECT_EQ(e.createdAt, m_clock.now());
    }
    EXPECT_LT((*pending)[0].seq, (*pending)[1].seq);
    EXPECT_EQ(m_outbox->head().value()->idempotencyKey, QStringLiteral("key-0"));
}

TEST_F(OutboxStoreTest, RemovesOnlyTheAnsweredEntry)
{
    OutboxEntry a = entry(QStringLiteral("a"), "a");
    OutboxEntry b = entry(QStringLiteral("b"), "b");
    ASSERT_TRUE(m_outbox->append(a).ok());
    ASSERT_TRUE(m_outbox->append(b).ok());
    ASSERT_TRUE(m_outbox->remove(a.seq).ok());
    EXPECT_EQ(m_outbox->count().value(), 1);
    EXPECT_EQ(m_outbox->head().value()->idempotencyKey, QStringLiteral("b"));
    EXPECT_FALSE(m_outbox->entry(a.seq).value().has_value());
}

TEST_F(OutboxStoreTest, RefusesASecondEntryWithTheSameIdempotencyKey)
{
    OutboxEntry a = entry(QStringLiteral("same"), "a");
    OutboxEntry b = entry(QStringLiteral("same"), "b");
    ASSERT_TRUE(m_outbox->append(a).ok());
    EXPECT_FALSE(m_outbox->append(b).ok());
    EXPECT_EQ(m_outbox->count().value(), 1);
}

TEST_F(OutboxStoreTest, CountsFailedAttemptsAndWhenToRetry)
{
    OutboxEntry a = entry(QStringLiteral("a"), "a");
    ASSERT_TRUE(m_outbox->append(a).ok());
    const Timestamp later = m_clock.now().addSecs(4);
    ASSERT_TRUE(m_outbox->recordAttempt(a.seq, QStringLiteral("connection refused"), later).ok());
    ASSERT_TRUE(m_outbox->recordAttempt(a.seq, QStringLiteral("timeout"), later.addSecs(8)).ok());
    auto read = m_outbox->entry(a.seq);
    ASSERT_TRUE(read.ok() && read.value());
    EXPECT_EQ(read.value()->attempts, 2);
    EXPECT_EQ(read.value()->lastError, QStringLiteral("timeout"));
    EXPECT_EQ(read.value()->nextAttemptAt, later.addSecs(8));
}

TEST_F(OutboxStoreTest, ListsTheWritesOfOneRow)
{
    OutboxEntry a = entry(QStringLiteral("a"), "a");
    OutboxEntry other = entry(QStringLiteral("b"), "b");
    other.rowKey = QString::fromStdString(ticketId(2));
    ASSERT_TRUE(m_outbox->append(a).ok());
    ASSERT_TRUE(m_outbox->append(other).ok());
    auto forRow = m_outbox->pendingForRow(QStringLiteral("tickets"), QString::fromStdString(ticketId(2)));
    ASSERT_TRUE(forRow.ok());
    ASSERT_EQ(forRow->size(), 1u);
    EXPECT_EQ(forRow->front().idempotencyKey, QStringLiteral("b"));
}
