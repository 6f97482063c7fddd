#include "store/SyncCursorStore.h"

#include "CacheFixture.h"

using namespace helpdesk;
using namespace helpdesk::test;

class SyncCursorStoreTest : public CacheFixture
{
};

TEST_F(SyncCursorStoreTest, StartsWithNothingPulled)
{
    SyncCursorStore cursors(*m_cache);
    auto cursor = cursors.cursor(QStringLiteral("tickets"));
    ASSERT_TRUE(cursor.ok());
    EXPECT_FALSE(cursor->at.has_value());
    EXPECT_FALSE(cursor->bootstrapped);
    EXPECT_FALSE(cursors.allBootstrapped({QStringLiteral("tickets")}).value());
}

TEST_F(SyncCursorStoreTest, KeepsTheKeysetPositionAcrossRestart)
{
    {
        SyncCursorStore cursors(*m_cache);
        SyncCursor cursor;
        cursor.at = Timestamp::fromMicros(1'795'000'000'123'456);
        cursor.key = QString::fromStdString(ticketId(42));
        cursor.rowsPulled = 4000;
        ASSERT_TRUE(cursors.save(QStringLiteral("tickets"), cursor, m_clock.now()).ok());
        cursor.bootstrapped = true;
        ASSERT_TRUE(cursors.save(QStringLiteral("profiles"), cursor, m_clock.now()).ok());
    }
    reopen();
    SyncCursorStore cursors(*m_cache);
    auto cursor = cursors.cursor(QStringLiteral("tickets"));
    ASSERT_TRUE(cursor.ok());
    EXPECT_EQ(cursor->at, Timestamp::fromMicros(1'795'000'000'123'456));
    EXPECT_EQ(cursor->key, QString::fromStdString(ticketId(42)));
    EXPECT_EQ(cursor->rowsPulled, 4000);
    EXPECT_FALSE(cursor->bootstrapped);
    EXPECT_TRUE(cursors.allBootstrapped({QStringLiteral("profiles")}).value());
    EXPECT_FALSE(cursors.allBootstrapped({QStringLiteral("profiles"), QStringLiteral("tickets")}).value());
    ASSERT_TRUE(cursors.clear().ok());
    EXPECT_FALSE(cursors.cursor(QStringLiteral("profiles"))->bootstrapped);
}
