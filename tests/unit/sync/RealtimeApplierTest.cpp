#include "sync/RealtimeApplier.h"

#include "SyncFixture.h"
#include "supabase/RealtimeChannel.h"
#include "supabase/RealtimeClient.h"

#include <QSignalSpy>

using namespace helpdesk;
using namespace helpdesk::test;

class RealtimeApplierTest : public SyncFixture
{
protected:
    void SetUp() override
    {
        SyncFixture::SetUp();
        SupabaseConfig config;
        config.url = QUrl(QStringLiteral("http://127.0.0.1:9"));
        m_realtime = std::make_unique<RealtimeClient>(config);
        m_applier = std::make_unique<RealtimeApplier>(context(), *m_realtime);
    }

    static PostgresChange change(ChangeEvent type, const Json& record, const Json& old = Json::object())
    {
        PostgresChange c;
        c.schema = QStringLiteral("public");
        c.table = QStringLiteral("tickets");
        c.eventType = type;
        c.newRecord = record;
        c.oldRecord = old;
        c.errors = nullptr;
        return c;
    }

    std::unique_ptr<RealtimeClient> m_realtime;
    std::unique_ptr<RealtimeApplier> m_applier;
};

TEST_F(RealtimeApplierTest, AppliesInsertsUpdatesAndDeletes)
{
    QSignalSpy changed(m_applier.get(), &RealtimeApplier::rowsChanged);
    m_applier->apply(change(ChangeEvent::Insert, ticketRow(ticketId(1), 1, "New")));
    EXPECT_EQ(cachedTicket(1)["title"], "New");
    m_applier->apply(change(ChangeEvent::Update, ticketRow(ticketId(1), 1, "Edited", "open", 2)));
    EXPECT_EQ(cachedTicket(1)["title"], "Edited");
    m_applier->apply(change(ChangeEvent::Delete, Json::object(), Json{{"id", ticketId(1)}}));
    EXPECT_TRUE(cachedTicket(1).is_null());
    EXPECT_EQ(changed.size(), 3);
    EXPECT_EQ(changed.last().at(0).toString(), QStringLiteral("tickets"));
}

TEST_F(RealtimeApplierTest, IgnoresAnOlderUpdateThanTheCache)
{
    applyTickets(array({ticketRow(ticketId(1), 1, "Version five", "open", 5)}));
    m_applier->apply(change(ChangeEvent::Update, ticketRow(ticketId(1), 1, "Version four", "open", 4)));
    EXPECT_EQ(cachedTicket(1)["title"], "Version five");
}

TEST_F(RealtimeApplierTest, LeavesChangesWithErrorsToTheNextPull)
{
    PostgresChange truncated = change(ChangeEvent::Insert, Json{{"id", ticketId(1)}});
    truncated.errors = Json::array({"Error 413: Payload Too Large"});
    m_applier->apply(truncated);
    EXPECT_TRUE(cachedTicket(1).is_null());
}

TEST_F(RealtimeApplierTest, AppliesABurstInOneBatch)
{
    QSignalSpy changed(m_applier.get(), &RealtimeApplier::rowsChanged);
    QSignalSpy applied(m_applier.get(), &RealtimeApplier::changeApplied);
    auto* channel = m_realtime->channel(QStringLiteral("helpdesk-sync"));
    m_applier->subscribe();
    for (int i = 1; i <= 20; ++i)
        emit channel->postgresChange(change(ChangeEvent::Insert, ticketRow(ticketId(i), i, "Burst")));
    ASSERT_TRUE(changed.wait(2000));
    EXPECT_EQ(changed.size(), 1);
    EXPECT_EQ(changed.first().at(1).toStringList().size(), 20);
    EXPECT_EQ(applied.size(), 20);
    EXPECT_EQ(m_mirror->count(tickets()).value(), 20);
}
