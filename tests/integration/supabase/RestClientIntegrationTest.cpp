#include "core/Profile.h"
#include "core/Ticket.h"
#include "supabase/RestClient.h"
#include "support/LocalStack.h"

#include <gtest/gtest.h>

using namespace helpdesk;
using namespace helpdesk::test;

namespace {

class RestClientIntegration : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(user.signUp(Json{{"full_name", "Rest Tester"}})) << user.error.toStdString();
        rest = std::make_unique<RestClient>(user.config, user.transport, &user.auth);
    }

    Result<RestResponse> run(const QueryBuilder& query)
    {
        Capture<RestResponse> result;
        rest->execute(query, &user.context, result.callback());
        if (!result.wait(20'000))
            return Error::timeout(QStringLiteral("test wait"));
        return result.result();
    }

    Ticket createTicket(const QString& title, TicketPriority priority = TicketPriority::Normal)
    {
        QueryBuilder insert(QStringLiteral("tickets"));
        insert.insert(Json{{"title", title.toStdString()}, {"priority", priority}}).select().single();
        const auto r = run(insert);
        EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().toString().toStdString());
        if (!r.ok())
            return {};
        EXPECT_EQ(r->status, 201);
        const auto ticket = r->single<Ticket>();
        EXPECT_TRUE(ticket.ok()) << (ticket.ok() ? "" : ticket.error().toString().toStdString());
        return ticket.ok() ? ticket.value() : Ticket{};
    }

    TestUser user;
    std::unique_ptr<RestClient> rest;
};

} // namespace

TEST_F(RestClientIntegration, ReadsOwnProfileCreatedAtSignUp)
{
    QueryBuilder q(QStringLiteral("profiles"));
    q.select().eq(QStringLiteral("id"), user.id).single();
    const auto r = run(q);
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    const auto profile = r->single<Profile>();
    ASSERT_TRUE(profile.ok()) << profile.error().toString().toStdString();
    EXPECT_EQ(profile->id, user.id);
    EXPECT_EQ(profile->role, UserRole::Customer);
    EXPECT_EQ(profile->fullName, "Rest Tester");
    EXPECT_EQ(profile->email, user.email.toLower());
}

TEST_F(RestClientIntegration, CreatesATicketAndReadsItBackTyped)
{
    const Ticket created = createTicket(QStringLiteral("Printer: on fire (again), help!"), TicketPriority::High);
    EXPECT_FALSE(created.id.isNull());
    EXPECT_GT(created.number, 0);
    EXPECT_EQ(created.requesterId, user.id);
    EXPECT_EQ(created.status, TicketStatus::New);
    EXPECT_EQ(created.priority, TicketPriority::High);
    EXPECT_EQ(created.version, 1);
    EXPECT_TRUE(created.tags.isEmpty());

    QueryBuilder q(QStringLiteral("tickets"));
    q.select().eq(QStringLiteral("title"), QStringLiteral("Printer: on fire (again), help!"));
    const auto r = run(q);
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    const auto rows = r->rows<Ticket>();
    ASSERT_TRUE(rows.ok()) << rows.error().toString().toStdString();
    ASSERT_EQ(rows->size(), 1u);
    EXPECT_EQ(rows->front().id, created.id);
    EXPECT_EQ(rows->front().createdAt, created.createdAt) << "microseconds survive the round trip";
}

TEST_F(RestClientIntegration, FiltersOrdersPagesAndCounts)
{
    createTicket(QStringLiteral("alpha"), TicketPriority::Low);
    createTicket(QStringLiteral("beta, with comma"), TicketPriority::Urgent);
    createTicket(QStringLiteral("gamma"), TicketPriority::High);

    QueryBuilder q(QStringLiteral("tickets"));
    q.select(QStringLiteral("id,title,priority"))
        .in(QStringLiteral("priority"), {TicketPriority::Urgent, TicketPriority::High})
        .is(QStringLiteral("deleted_at"), IsValue::Null)
        .order(QStringLiteral("title"), false)
        .limit(1)
        .count(CountMethod::Exact);
    const auto r = run(q);
    ASSERT_TRUE(r.ok()) << r.error().toString().toStdString();
    ASSERT_TRUE(r->data.is_array());
    ASSERT_EQ(r->data.size(), 1u);
    EXPECT_EQ(r->data[0]["title"].get<std::string>(), "gamma");
    EXPECT_EQ(r->count(), 2);
    EXPECT_EQ(r->status, 206);

    QueryBuilder inList(QStringLiteral("tickets"));
    inList.select(QStringLiteral("title"))
        .in(QStringLiteral("title"), {QStringLiteral("beta, with comma"), QStringLiteral("nope")});
    const auto quoted = run(inList);
    ASSERT_TRUE(quoted.ok()) << quoted.error().toString().toStdString();
    ASSERT_EQ(quoted->data.size(), 1u) << "a value with a comma is quoted in the in-list";

    QueryBuilder orTree(QStringLiteral("tickets"));
    orTree.select(QStringLiteral("title"))
        .orFilter({QueryBuilder::condition(QStringLiteral("title"), QStringLiteral("eq"), QStringLiteral("alpha")),
                   QueryBuilder::condition(QStringLiteral("title"), QStringLiteral("eq"),
                                           QStringLiteral("beta, with comma"))})
        .order(QStringLiteral("title"));
    const auto ored = run(orTree);
    ASSERT_TRUE(ored.ok()) << ored.error().toString().toStdString();
    ASSERT_EQ(ored->data.size(), 2u);
    EXPECT_EQ(ored->data[1]["title"].get<std::string>(), "beta, with comma");

    QueryBuilder ranged(QStringLiteral("tickets"));
    ranged.select(QStringLiteral("id")).order(QStringLiteral("number")).range(1, 2).count(CountMethod::Exact);
    const auto page = run(ranged);
    ASSERT_TRUE(page.ok()) << page.error().toString().toStdString();
    EXPECT_EQ(page->data.size(), 2u);
    ASSERT_TRUE(page->contentRange.has_value());
    EXPECT_EQ(page->contentRange->first, 1);
    EXPECT_EQ(page->contentRange->last, 2);
    EXPECT_EQ(page->contentRange->total, 3);

    QueryBuilder search(QStringLiteral("tickets"));
    search.select(QStringLiteral("title"))
        .contains(QStringLiteral("tags"), QStringList{})
        .textSearch(QStringLiteral("search"), QStringLiteral("gamma"), TextSearch::Plain, QStringLiteral("english"));
    const auto found = run(search);
    ASSERT_TRUE(found.ok()) << found.error().toString().toStdString();
    ASSERT_EQ(found->data.size(), 1u);
    EXPECT_EQ(found->data[0]["title"].get<std::string>(), "gamma");
}

TEST_F(RestClientIntegration, VersionedUpdatesDetectConflicts)
{
    const Ticket t = createTicket(QStringLiteral("versioned"));
    ASSERT_TRUE(user.promote(UserRole::Agent)) << user.error.toStdString(); // customers may not edit tickets
    QueryBuilder first(QStringLiteral("tickets"));
    first.update(Json{{"title", "versioned, edited"}, {"tags", {"edited"}}})
        .eq(QStringLiteral("id"), t.id)
        .eq(QStringLiteral("version"), t.version)
        .select(QStringLiteral("id,version,csat_score"));
    const auto updated = run(first);
    ASSERT_TRUE(updated.ok()) << updated.error().toString().toStdString();
    ASSERT_EQ(updated->data.size(), 1u);
    EXPECT_EQ(updated->data[0]["version"].get<int>(), t.version + 1);

    QueryBuilder tagged(QStringLiteral("tickets"));
    tagged.select(QStringLiteral("id"))
        .eq(QStringLiteral("id"), t.id)
        .contains(QStringLiteral("tags"), QStringList{QStringLiteral("edited")});
    const auto found = run(tagged);
    ASSERT_TRUE(found.ok()) << found.error().toString().toStdString();
    EXPECT_EQ(found->data.size(), 1u) << "cs.{edited} matches the array column";

    // The same update based on the stale version changes nothing: zero rows back is the conflict.
    QueryBuilder stale(QStringLiteral("tickets"));
    stale.update(Json{{"title", "lost update"}})
        .eq(QStringLiteral("id"), t.id)
        .eq(QStringLiteral("version"), t.version)
        .select(QStringLiteral("id,version"));
    const auto conflict = run(stale);
    ASSERT_TRUE(conflict.ok()) << conflict.error().toString().toStdString();
    EXPECT_TRUE(conflict->data.empty());
}

TEST_F(RestClientIntegration, SingleWithNoRowIsPGRST116)
{
    QueryBuilder q(QStringLiteral("tickets"));
    q.select().eq(QStringLiteral("id"), QUuid::createUuid()).single();
    const auto r = run(q);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, Error::Kind::Api);
    EXPECT_EQ(r.error().httpStatus, 406);
    EXPECT_EQ(r.error().code, "PGRST116");
}

TEST_F(RestClientIntegration, ConstraintViolationsAreApiErrors)
{
    QueryBuilder q(QStringLiteral("tickets"));
    q.insert(Json{{"title", "   "}});
    const auto r = run(q);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().httpStatus, 400);
    EXPECT_EQ(r.error().code, "23514");
    EXPECT_FALSE(r.error().retryable());
}

TEST_F(RestClientIntegration, RowLevelSecurityHidesOtherCustomersTickets)
{
    const Ticket mine = createTicket(QStringLiteral("private matter"));
    TestUser other;
    ASSERT_TRUE(other.signUp()) << other.error.toStdString();
    RestClient otherRest(other.config, other.transport, &other.auth);
    QueryBuilder q(QStringLiteral("tickets"));
    q.select(QStringLiteral("id")).eq(QStringLiteral("id"), mine.id);
    Capture<RestResponse> r;
    otherRest.execute(q, &other.context, r.callback());
    ASSERT_TRUE(r.wait());
    ASSERT_TRUE(r.ok()) << r.describe();
    EXPECT_TRUE(r.result()->data.empty());
}

TEST_F(RestClientIntegration, CallsFunctionsByPostAndGet)
{
    const auto post = run(QueryBuilder::rpc(QStringLiteral("is_agent")));
    ASSERT_TRUE(post.ok()) << post.error().toString().toStdString();
    EXPECT_EQ(post->data, Json(false));
    const auto get = run(QueryBuilder::rpc(QStringLiteral("is_agent"), Json::object(), RpcMethod::Get));
    ASSERT_TRUE(get.ok()) << get.error().toString().toStdString();
    EXPECT_EQ(get->data, Json(false));
    const auto missing = run(QueryBuilder::rpc(QStringLiteral("no_such_function")));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().httpStatus, 404);
}

TEST_F(RestClientIntegration, UnknownTablesAre404WithAPostgrestCode)
{
    const auto r = run(QueryBuilder(QStringLiteral("no_such_table")));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().httpStatus, 404);
    EXPECT_TRUE(r.error().code.startsWith(QLatin1String("PGRST"))) << r.error().toString().toStdString();
}

TEST_F(RestClientIntegration, AnExpiredTokenIsRefreshedOnceAndTheRequestRepeated)
{
    // Make the server refuse the current access token by handing the client a broken one: the 401 leads
    // to one refresh (the refresh token is still valid) and the request is repeated with the new token.
    Session tampered = *user.auth.currentSession();
    ASSERT_TRUE(waitUntil([&] { return user.secrets.contains(user.auth.storageKey()); }));
    tampered.accessToken = tampered.accessToken.left(tampered.accessToken.lastIndexOf(QLatin1Char('.'))) +
                           QStringLiteral(".invalidsignature");
    InMemorySecretStore store;
    Capture<void> written;
    store.write(user.auth.storageKey(), QByteArray::fromStdString(Json(tampered).dump()), &user.context,
                written.callback());
    ASSERT_TRUE(written.wait());
    AuthClient auth(user.config, user.transport, store, user.clock);
    Capture<std::optional<Session>> restored;
    auth.restoreSession(&user.context, restored.callback());
    ASSERT_TRUE(restored.wait());
    ASSERT_EQ(auth.accessToken(), tampered.accessToken);

    RestClient client(user.config, user.transport, &auth);
    QueryBuilder q(QStringLiteral("profiles"));
    q.select(QStringLiteral("id")).eq(QStringLiteral("id"), user.id);
    Capture<RestResponse> r;
    client.execute(q, &user.context, r.callback());
    ASSERT_TRUE(r.wait(20'000));
    ASSERT_TRUE(r.ok()) << r.describe();
    EXPECT_EQ(r.result()->data.size(), 1u);
    EXPECT_NE(auth.accessToken(), tampered.accessToken);
}
