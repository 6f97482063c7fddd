#include "sync/OutboxFlusher.h"

#include "SyncFixture.h"

#include <QSignalSpy>

using namespace helpdesk;
using namespace helpdesk::test;
using namespace std::chrono_literals;

class OutboxFlusherTest : public SyncFixture
{
protected:
    void SetUp() override
    {
        SyncFixture::SetUp();
        m_flusher = std::make_unique<OutboxFlusher>(context(), RetryPolicy(20ms, 40ms));
    }

    static QString key(int n) { return QString::fromStdString(ticketId(n)); }

    // Flushes and waits until the outbox is empty or `requests` requests were made.
    bool flushUntil(const std::function<bool()>& done, bool retryNow = true)
    {
        m_flusher->flush(retryNow);
        return QTest::qWaitFor(done, 5000);
    }

    std::unique_ptr<OutboxFlusher> m_flusher;
};

TEST_F(OutboxFlusherTest, SendsWritesInOrderWithTheirBaseVersionAndAcknowledgesEach)
{
    applyTickets(array({ticketRow(ticketId(1), 1, "Title", "open", 4)}));
    ASSERT_TRUE(m_journal->update(QStringLiteral("tickets"), key(1), Json{{"status", "pending"}}).ok());
    ASSERT_TRUE(m_journal->update(QStringLiteral("tickets"), key(1), Json{{"title", "Renamed"}}).ok());
    int version = 4;
    m_transport.handler = [&](const HttpRequest& request) -> Result<HttpResponse> {
        const QUrlQuery q = queryOf(request);
        EXPECT_EQ(request.method, QByteArray("PATCH"));
        EXPECT_EQ(q.queryItemValue(QStringLiteral("id")), QStringLiteral("eq.") + key(1));
        EXPECT_EQ(q.queryItemValue(QStringLiteral("version")), QStringLiteral("eq.%1").arg(version));
        EXPECT_TRUE(request.header("Prefer").contains("return=representation"));
        const Json patch = Json::parse(request.body.toStdString());
        Json row = ticketRow(ticketId(1), 1, patch.contains("title") ? "Renamed" : "Title", "pending", ++version);
        return jsonResponse(200, Json::array({row}));
    };
    QSignalSpy acknowledged(m_flusher.get(), &OutboxFlusher::acknowledged);
    ASSERT_TRUE(flushUntil([&] { return acknowledged.size() == 2; }));
    EXPECT_EQ(m_transport.requests.size(), 2u);
    EXPECT_EQ(Json::parse(m_transport.requests[0].body.toStdString()), (Json{{"status", "pending"}}));
    EXPECT_EQ(Json::parse(m_transport.requests[1].body.toStdString()), (Json{{"title", "Renamed"}}));
    EXPECT_EQ(m_outbox->count().value(), 0);
    EXPECT_EQ(cachedTicket(1)["version"], 6);
    EXPECT_EQ(cachedTicket(1)["title"], "Renamed");
}

TEST_F(OutboxFlusherTest, KeepsAWriteThroughNetworkErrorsAndSendsItWhenTheServerIsBack)
{
    applyTickets(array({ticketRow(ticketId(1), 1, "Title", "open", 1)}));
    ASSERT_TRUE(m_journal->update(QStringLiteral("tickets"), key(1), Json{{"status", "solved"}}).ok());
    bool serverUp = false;
    m_transport.handler = [&](const HttpRequest&) -> Result<HttpResponse> {
        if (!serverUp)
            return Error::network(QStringLiteral("Connection refused"));
        return jsonResponse(200, Json::array({ticketRow(ticketId(1), 1, "Title", "solved", 2)}));
    };
    QSignalSpy failures(m_flusher.get(), &OutboxFlusher::deliveryFailed);
    ASSERT_TRUE(flushUntil([&] { return failures.size() >= 3; })); // retried by itself, with backoff
    auto pending = m_outbox->pending();
    ASSERT_EQ(pending->size(), 1u);
    EXPECT_GE(pending->front().attempts, 3);
    EXPECT_TRUE(pending->front().lastError.contains(QStringLiteral("Connection refused")));
    EXPECT_EQ(cachedTicket(1)["status"], "solved"); // still shown as the user left it

    serverUp = true;
    ASSERT_TRUE(flushUntil([&] { return m_outbox->count().value() == 0; }));
    EXPECT_EQ(cachedTicket(1)["version"], 2);
}

TEST_F(OutboxFlusherTest, KeepsAConflictWhenTheRowChangedOnTheServer)
{
    applyTickets(array({ticketRow(ticketId(1), 1, "Title", "open", 1)}));
    ASSERT_TRUE(m_journal->update(QStringLiteral("tickets"), key(1), Json{{"title", "Mine"}}).ok());
    m_transport.handler = [&](const HttpRequest& request) -> Result<HttpResponse> {
        if (request.method == "PATCH")
            return jsonResponse(200, Json::array()); // version=eq.1 matched nothing
        return jsonResponse(200, Json::array({ticketRow(ticketId(1), 1, "Theirs", "open", 3)}));
    };
    QSignalSpy conflicts(m_flusher.get(), &OutboxFlusher::conflictRecorded);
    ASSERT_TRUE(flushUntil([&] { return conflicts.size() == 1; }));
    EXPECT_EQ(cachedTicket(1)["title"], "Theirs");
    EXPECT_EQ(m_outbox->count().value(), 0);
    auto open = m_conflicts->open();
    ASSERT_EQ(open->size(), 1u);
    EXPECT_EQ(open->front().localChange, (Json{{"title", "Mine"}}));
    EXPECT_EQ((*open->front().serverRow)["title"], "Theirs");
    EXPECT_FALSE(open->front().reason.isEmpty());
}

TEST_F(OutboxFlusherTest, AcknowledgesAnUpdateWhoseEarlierAttemptAlreadyLanded)
{
    applyTickets(array({ticketRow(ticketId(1), 1, "Title", "open", 1)}));
    ASSERT_TRUE(m_journal->update(QStringLiteral("tickets"), key(1), Json{{"status", "solved"}}).ok());
    m_transport.handler = [&](const HttpRequest& request) -> Result<HttpResponse> {
        if (request.method == "PATCH")
            return jsonResponse(200, Json::array());
        return jsonResponse(200, Json::array({ticketRow(ticketId(1), 1, "Title", "solved", 2)}));
    };
    QSignalSpy acknowledged(m_flusher.get(), &OutboxFlusher::acknowledged);
    ASSERT_TRUE(flushUntil([&] { return acknowledged.size() == 1; }));
    EXPECT_EQ(m_conflicts->openCount().value(), 0);
    EXPECT_EQ(cachedTicket(1)["version"], 2);
}

TEST_F(OutboxFlusherTest, RevertsAWriteThePolicyRefusesAndSaysWhy)
{
    applyTickets(array({ticketRow(ticketId(1), 1, "Title", "open", 1)}));
    ASSERT_TRUE(m_journal->update(QStringLiteral("tickets"), key(1), Json{{"status", "closed"}}).ok());
    ASSERT_TRUE(m_journal->update(QStringLiteral("tickets"), key(1), Json{{"title", "Fine"}}).ok());
    m_transport.handler = [&](const HttpRequest& request) -> Result<HttpResponse> {
        const Json patch = Json::parse(request.body.toStdString());
        if (patch.contains("status"))
            return postgrestError(403, "42501", "new row violates row-level security policy for table \"tickets\"");
        return jsonResponse(200, Json::array({ticketRow(ticketId(1), 1, "Fine", "open", 2)}));
    };
    QSignalSpy rejected(m_flusher.get(), &OutboxFlusher::writeRejected);
    ASSERT_TRUE(flushUntil([&] { return m_outbox->count().value() == 0; }));
    ASSERT_EQ(rejected.size(), 1);
    EXPECT_EQ(m_transport.requests.size(), 2u); // never retried
    EXPECT_EQ(cachedTicket(1)["status"], "open");
    EXPECT_EQ(cachedTicket(1)["title"], "Fine");
    auto open = m_conflicts->open();
    ASSERT_EQ(open->size(), 1u);
    EXPECT_EQ(open->front().kind, ConflictRecord::Kind::Rejected);
    EXPECT_TRUE(open->front().reason.contains(QStringLiteral("permission"))) << open->front().reason.toStdString();
}

TEST_F(OutboxFlusherTest, RevertsAnUpdateThatAPolicySilentlyFiltersOut)
{
    applyTickets(array({ticketRow(ticketId(1), 1, "Title", "open", 1)}));
    ASSERT_TRUE(m_journal->update(QStringLiteral("tickets"), key(1), Json{{"title", "Nope"}}).ok());
    m_transport.handler = [&](const HttpRequest& request) -> Result<HttpResponse> {
        if (request.method == "PATCH")
            return jsonResponse(200, Json::array());
        return jsonResponse(200, Json::array({ticketRow(ticketId(1), 1, "Title", "open", 1)}));
    };
    QSignalSpy rejected(m_flusher.get(), &OutboxFlusher::writeRejected);
    ASSERT_TRUE(flushUntil([&] { return rejected.size() == 1; }));
    EXPECT_EQ(cachedTicket(1)["title"], "Title");
}

TEST_F(OutboxFlusherTest, TreatsADuplicateOfItsOwnNewRowAsDelivered)
{
    auto entry = m_journal->insert(QStringLiteral("ticket_messages"),
                                   Json{{"ticket_id", ticketId(1)}, {"body", "Hello"}, {"is_internal", false}});
    ASSERT_TRUE(entry.ok());
    const std::string id = entry->rowKey.toStdString();
    m_transport.handler = [&](const HttpRequest& request) -> Result<HttpResponse> {
        if (request.method == "POST")
            return postgrestError(409, "23505", "duplicate key value violates unique constraint");
        return jsonResponse(200, Json::array({Json{{"id", id},
                                                  {"ticket_id", ticketId(1)},
                                                  {"author_id", nullptr},
                                                  {"body", "Hello"},
                                                  {"is_internal", false},
                                                  {"source", "agent"},
                                                  {"version", 1},
                                                  {"created_at", "2026-11-21T00:00:00Z"},
                                                  {"updated_at", "2026-11-21T00:00:00Z"},
                                                  {"deleted_at", nullptr}}}));
    };
    QSignalSpy acknowledged(m_flusher.get(), &OutboxFlusher::acknowledged);
    ASSERT_TRUE(flushUntil([&] { return acknowledged.size() == 1; }));
    EXPECT_EQ(m_conflicts->openCount().value(), 0);
    EXPECT_EQ((*m_mirror->row(messages(), entry->rowKey).value())["source"], "agent");
}

TEST_F(OutboxFlusherTest, KeepsWritesWhileTheSessionIsGone)
{
    applyTickets(array({ticketRow(ticketId(1), 1, "Title", "open", 1)}));
    ASSERT_TRUE(m_journal->update(QStringLiteral("tickets"), key(1), Json{{"status", "solved"}}).ok());
    m_transport.handler = [&](const HttpRequest&) -> Result<HttpResponse> {
        return postgrestError(401, "PGRST303", "JWT expired");
    };
    QSignalSpy signIn(m_flusher.get(), &OutboxFlusher::signInRequired);
    ASSERT_TRUE(flushUntil([&] { return signIn.size() == 1; }));
    EXPECT_TRUE(m_flusher->isWaitingForSignIn());
    EXPECT_EQ(m_outbox->count().value(), 1);
    EXPECT_EQ(m_conflicts->openCount().value(), 0);
    EXPECT_EQ(cachedTicket(1)["status"], "solved");
}

TEST_F(OutboxFlusherTest, DeletesRowsAndTreatsAnAlreadyDeletedRowAsDone)
{
    const MirrorTable& teams = *MirrorSchema::table(QStringLiteral("teams"));
    const Json team{{"id", "00000000-0000-4000-8000-0000000000a1"},
                    {"name", "Billing"},
                    {"description", ""},
                    {"created_at", "2026-11-20T09:00:00Z"},
                    {"updated_at", "2026-11-20T09:00:00Z"}};
    ASSERT_TRUE(m_mirror->applyServerRows(teams, Json::array({team})).ok());
    ASSERT_TRUE(m_journal->remove(QStringLiteral("teams"), QStringLiteral("00000000-0000-4000-8000-0000000000a1")).ok());
    m_transport.handler = [&](const HttpRequest&) -> Result<HttpResponse> { return jsonResponse(200, Json::array()); };
    QSignalSpy acknowledged(m_flusher.get(), &OutboxFlusher::acknowledged);
    ASSERT_TRUE(flushUntil([&] { return acknowledged.size() == 1; }));
    EXPECT_EQ(m_transport.requests.front().method, QByteArray("DELETE"));
    EXPECT_EQ(m_mirror->count(teams).value(), 0);
}
