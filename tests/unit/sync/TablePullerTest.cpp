#include "sync/TablePuller.h"

#include "SyncFixture.h"

using namespace helpdesk;
using namespace helpdesk::test;

namespace {

std::string minute(int m)
{
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "2026-11-20T10:%02d:00.000001+00:00", m);
    return buffer;
}

} // namespace

class TablePullerTest : public SyncFixture
{
protected:
    // The server: tickets 1..n, ticket i updated at minute i; answers keyset pages like PostgREST.
    void serveTickets(int n, int failAtRequest = -1)
    {
        m_transport.handler = [n, failAtRequest, this](const HttpRequest& request) -> Result<HttpResponse> {
            if (failAtRequest >= 0 && static_cast<int>(m_transport.requests.size()) - 1 == failAtRequest)
                return Error::network(QStringLiteral("connection reset"));
            const QUrlQuery query = queryOf(request);
            int from = 1;
            if (query.hasQueryItem(QStringLiteral("or"))) {
                // or=(updated_at.gt."…10:MM…",and(updated_at.eq."…",id.gt.<id>)): continue after the id.
                const QString orValue = query.queryItemValue(QStringLiteral("or"));
                from = orValue.mid(orValue.lastIndexOf(QLatin1Char('-')) + 1, 12).toInt() + 1;
            }
            const int limit = query.queryItemValue(QStringLiteral("limit")).toInt();
            Json rows = Json::array();
            for (int i = from; i <= n && static_cast<int>(rows.size()) < limit; ++i)
                rows.push_back(ticketRow(ticketId(i), i, "Ticket " + std::to_string(i), "open", 1, minute(i)));
            return jsonResponse(200, rows);
        };
    }

    Result<qint64> pull(int pageSize, std::int64_t overlap = 0)
    {
        TablePuller puller(context(), tickets(), {pageSize, overlap});
        std::optional<Result<qint64>> result;
        puller.start([&](Result<qint64> r) { result = std::move(r); });
        EXPECT_TRUE(QTest::qWaitFor([&] { return result.has_value(); }, 5000));
        return result.value_or(Result<qint64>(Error::timeout()));
    }
};

TEST_F(TablePullerTest, AsksForTheNextKeysetPageAfterTheCursor)
{
    SyncCursor cursor;
    cursor.at = Timestamp::parse(QStringLiteral("2026-11-20T10:05:00.000001Z")).value();
    cursor.key = QString::fromStdString(ticketId(5));
    const HttpRequest request = TablePuller::pageQuery(tickets(), cursor, 500, 0).toRequest(SupabaseConfig{});
    const QUrlQuery query = queryOf(request);
    EXPECT_EQ(query.queryItemValue(QStringLiteral("or")),
              QStringLiteral("(updated_at.gt.\"2026-11-20T10:05:00.000001Z\",and(updated_at.eq.\"2026-11-20T10:05:00."
                             "000001Z\",id.gt.00000000-0000-4000-8000-000000000005))"));
    // A bound the index can start from (the `or` alone made PostgreSQL scan from the table's start).
    EXPECT_EQ(query.queryItemValue(QStringLiteral("updated_at")), QStringLiteral("gte.2026-11-20T10:05:00.000001Z"));
    EXPECT_EQ(query.queryItemValue(QStringLiteral("order")), QStringLiteral("updated_at.asc,id.asc"));
    EXPECT_EQ(query.queryItemValue(QStringLiteral("limit")), QStringLiteral("500"));
    EXPECT_TRUE(query.queryItemValue(QStringLiteral("select")).startsWith(QStringLiteral("id,number,title")));
    EXPECT_FALSE(query.queryItemValue(QStringLiteral("select")).contains(QStringLiteral("search")));

    const QUrlQuery overlapping = queryOf(TablePuller::pageQuery(tickets(), cursor, 500, 10'000'000).toRequest({}));
    EXPECT_EQ(overlapping.queryItemValue(QStringLiteral("updated_at")),
              QStringLiteral("gte.2026-11-20T10:04:50.000001Z"));
    EXPECT_FALSE(overlapping.hasQueryItem(QStringLiteral("or")));

    const QUrlQuery first = queryOf(TablePuller::pageQuery(tickets(), SyncCursor{}, 500, 0).toRequest({}));
    EXPECT_FALSE(first.hasQueryItem(QStringLiteral("or")));
    EXPECT_FALSE(first.hasQueryItem(QStringLiteral("updated_at")));
}

TEST_F(TablePullerTest, PullsEveryPageAndRecordsTheCursorAndTheEnd)
{
    serveTickets(25);
    auto pulled = pull(10);
    ASSERT_TRUE(pulled.ok()) << pulled.error().toString().toStdString();
    EXPECT_EQ(pulled.value(), 25);
    EXPECT_EQ(m_mirror->count(tickets()).value(), 25);
    EXPECT_EQ(m_transport.requests.size(), 3u);
    auto cursor = m_cursors->cursor(QStringLiteral("tickets"));
    ASSERT_TRUE(cursor.ok());
    EXPECT_TRUE(cursor->bootstrapped);
    EXPECT_EQ(cursor->key, QString::fromStdString(ticketId(25)));
    EXPECT_EQ(cursor->at->toIso(), QStringLiteral("2026-11-20T10:25:00.000001Z"));
    EXPECT_EQ(cursor->rowsPulled, 25);
}

TEST_F(TablePullerTest, ResumesAfterTheLastCommittedPage)
{
    serveTickets(25, /*failAtRequest=*/2);
    auto failed = pull(10);
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().kind, Error::Kind::Network);
    auto cursor = m_cursors->cursor(QStringLiteral("tickets"));
    EXPECT_FALSE(cursor->bootstrapped);
    EXPECT_EQ(cursor->key, QString::fromStdString(ticketId(20)));
    EXPECT_EQ(m_mirror->count(tickets()).value(), 20);

    m_transport.requests.clear();
    serveTickets(25);
    auto resumed = pull(10);
    ASSERT_TRUE(resumed.ok());
    EXPECT_EQ(resumed.value(), 5);
    ASSERT_EQ(m_transport.requests.size(), 1u);
    EXPECT_TRUE(queryOf(m_transport.requests.front()).queryItemValue(QStringLiteral("or")).contains(
        QString::fromStdString(ticketId(20))));
    EXPECT_EQ(m_mirror->count(tickets()).value(), 25);
    EXPECT_TRUE(m_cursors->cursor(QStringLiteral("tickets"))->bootstrapped);
}

TEST_F(TablePullerTest, ADeltaOverlapNeverMovesTheCursorBack)
{
    serveTickets(5);
    ASSERT_TRUE(pull(10).ok());
    m_transport.requests.clear();
    auto again = pull(10, 10LL * 60 * 1'000'000);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(m_cursors->cursor(QStringLiteral("tickets"))->key, QString::fromStdString(ticketId(5)));
}

TEST_F(TablePullerTest, RemovesSoftDeletedRowsItPulls)
{
    applyTickets(array({ticketRow(ticketId(1), 1, "Doomed")}));
    m_transport.handler = [](const HttpRequest&) -> Result<HttpResponse> {
        Json row = ticketRow(ticketId(1), 1, "Doomed", "open", 2, "2026-11-21T00:00:00Z");
        row["deleted_at"] = "2026-11-21T00:00:00Z";
        return jsonResponse(200, Json::array({row}));
    };
    ASSERT_TRUE(pull(10).ok());
    EXPECT_EQ(m_mirror->count(tickets()).value(), 0);
}

TEST_F(TablePullerTest, PullsSmallTablesWithoutASingleKeyWholeAndDropsWhatIsGone)
{
    const MirrorTable& members = *MirrorSchema::table(QStringLiteral("team_members"));
    auto member = [](const char* user) {
        return Json{{"team_id", "00000000-0000-4000-8000-0000000000a1"},
                    {"user_id", user},
                    {"created_at", "2026-11-20T09:00:00Z"},
                    {"updated_at", "2026-11-20T09:00:00Z"}};
    };
    ASSERT_TRUE(m_mirror->applyServerRows(members, Json::array({member("00000000-0000-4000-8000-0000000000b1")})).ok());
    m_transport.handler = [&](const HttpRequest&) -> Result<HttpResponse> {
        return jsonResponse(200, Json::array({member("00000000-0000-4000-8000-0000000000b2")}));
    };
    TablePuller puller(context(), members, {});
    std::optional<Result<qint64>> result;
    puller.start([&](Result<qint64> r) { result = std::move(r); });
    ASSERT_TRUE(QTest::qWaitFor([&] { return result.has_value(); }, 5000));
    ASSERT_TRUE(result->ok());
    auto keys = m_mirror->rowKeys(members);
    ASSERT_EQ(keys->size(), 1);
    EXPECT_TRUE(keys->first().endsWith(QStringLiteral("b2")));
}
