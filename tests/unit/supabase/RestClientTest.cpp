#include "supabase/RestClient.h"

#include "core/ManualClock.h"
#include "core/Team.h"
#include "supabase/AuthClient.h"
#include "supabase/InMemorySecretStore.h"
#include "support/FakeHttpTransport.h"
#include "support/Wait.h"

#include <gtest/gtest.h>

using namespace helpdesk;
using helpdesk::test::Capture;
using helpdesk::test::FakeHttpTransport;

namespace {

SupabaseConfig config()
{
    SupabaseConfig c;
    c.url = QUrl(QStringLiteral("http://127.0.0.1:54321"));
    c.anonKey = QStringLiteral("ANON");
    return c;
}

HttpResponse response(int status, const QByteArray& body, HttpHeaders headers = {})
{
    HttpResponse r;
    r.status = status;
    r.body = body;
    r.headers = std::move(headers);
    return r;
}

constexpr const char* kTeams = R"([
  {"id":"0e1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b","name":"Billing","description":"","created_at":"2026-11-21T09:00:00+00:00","updated_at":"2026-11-21T09:00:00+00:00"},
  {"id":"1e1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b","name":"Tech","description":"x","created_at":"2026-11-21T09:00:00+00:00","updated_at":"2026-11-21T09:00:00+00:00"}])";

} // namespace

TEST(RestClient, InterpretsRowsAndContentRange)
{
    const auto r = RestClient::interpret(response(206, kTeams, {{"Content-Range", "0-1/57"}}));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->status, 206);
    EXPECT_EQ(r->count(), 57);
    const auto teams = r->rows<Team>();
    ASSERT_TRUE(teams.ok()) << teams.error().toString().toStdString();
    ASSERT_EQ(teams->size(), 2u);
    EXPECT_EQ(teams->at(1).name, "Tech");
    EXPECT_FALSE(r->single<Team>().ok()) << "two rows are not a single row";
}

TEST(RestClient, EmptyBodiesAreNullData)
{
    const auto r = RestClient::interpret(response(201, "", {{"Content-Range", "*/*"}}));
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r->data.is_null());
    EXPECT_FALSE(r->count().has_value());
    EXPECT_TRUE(r->rows<Team>()->empty());
}

TEST(RestClient, ErrorsCarryPostgrestFields)
{
    const auto r = RestClient::interpret(response(
        403,
        R"({"code":"42501","message":"new row violates row-level security policy for table \"tickets\"","details":null,"hint":null})"));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, "42501");
    EXPECT_EQ(r.error().httpStatus, 403);
}

TEST(RestClient, BadRowsAreParseErrors)
{
    const auto r = RestClient::interpret(response(200, R"([{"id":"nope"}])"));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->rows<Team>().error().kind, Error::Kind::Parse);
    EXPECT_EQ(RestClient::interpret(response(200, "{oops")).error().kind, Error::Kind::Parse);
}

TEST(RestClient, RefreshesOnceAfter401AndRepeatsTheRequest)
{
    FakeHttpTransport transport;
    InMemorySecretStore secrets;
    ManualClock clock;
    QObject context;
    AuthClient auth(config(), transport, secrets, clock);
    Capture<Session> signedIn;
    auth.signInWithPassword(QStringLiteral("a@b.c"), QStringLiteral("pw1234"), &context, signedIn.callback());
    const auto session = [&](const char* access, const char* refresh) {
        return QByteArray::fromStdString(Json{{"access_token", access},
                                              {"refresh_token", refresh},
                                              {"expires_in", 3600},
                                              {"expires_at", clock.now().secs() + 3600},
                                              {"user", {{"id", "5d6e7f80-1a2b-4c3d-8e9f-0a1b2c3d4e5f"}}}}
                                             .dump());
    };
    transport.respondNext(200, session("A1", "R1"));
    ASSERT_TRUE(signedIn.wait());

    RestClient rest(config(), transport, &auth);
    Capture<RestResponse> result;
    QueryBuilder query = rest.from(QStringLiteral("teams"));
    query.select();
    rest.execute(query, &context, result.callback());
    ASSERT_EQ(transport.count(), 2u);
    EXPECT_EQ(transport.last().header("Authorization"), "Bearer A1");
    transport.respondNext(401, R"({"code":"PGRST303","message":"JWT expired","details":null,"hint":null})");
    ASSERT_TRUE(test::waitUntil([&] { return transport.count() == 3u; }));
    EXPECT_EQ(transport.last().url.path().toStdString(), "/auth/v1/token");
    transport.respondNext(200, session("A2", "R2"));
    ASSERT_TRUE(test::waitUntil([&] { return transport.count() == 4u; }));
    EXPECT_EQ(transport.last().header("Authorization"), "Bearer A2");
    EXPECT_EQ(transport.last().url, transport.request(1).url);
    transport.respondNext(200, kTeams);
    ASSERT_TRUE(result.wait());
    ASSERT_TRUE(result.ok()) << result.describe();
    EXPECT_EQ(result.result()->data.size(), 2u);
}

TEST(RestClient, ASecond401IsReturnedNotRetriedForever)
{
    FakeHttpTransport transport;
    InMemorySecretStore secrets;
    ManualClock clock;
    QObject context;
    AuthClient auth(config(), transport, secrets, clock);
    Capture<Session> signedIn;
    auth.signInWithPassword(QStringLiteral("a@b.c"), QStringLiteral("pw1234"), &context, signedIn.callback());
    transport.respondNext(200,
                          QByteArray::fromStdString(Json{{"access_token", "A1"},
                                                         {"refresh_token", "R1"},
                                                         {"expires_in", 3600},
                                                         {"user", {{"id", "5d6e7f80-1a2b-4c3d-8e9f-0a1b2c3d4e5f"}}}}
                                                        .dump()));
    ASSERT_TRUE(signedIn.wait());
    RestClient rest(config(), transport, &auth);
    Capture<RestResponse> result;
    rest.execute(rest.from(QStringLiteral("teams")), &context, result.callback());
    transport.respondNext(401, R"({"code":"PGRST301","message":"bad","details":null,"hint":null})");
    ASSERT_TRUE(test::waitUntil([&] { return transport.count() == 3u; }));
    transport.respondNext(200,
                          QByteArray::fromStdString(Json{{"access_token", "A2"},
                                                         {"refresh_token", "R2"},
                                                         {"expires_in", 3600},
                                                         {"user", {{"id", "5d6e7f80-1a2b-4c3d-8e9f-0a1b2c3d4e5f"}}}}
                                                        .dump()));
    ASSERT_TRUE(test::waitUntil([&] { return transport.count() == 4u; }));
    transport.respondNext(401, R"({"code":"PGRST301","message":"still bad","details":null,"hint":null})");
    ASSERT_TRUE(result.wait());
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.result().error().message, "still bad");
    EXPECT_EQ(transport.count(), 4u);
}

TEST(RestClient, CancelDeliversCancelled)
{
    FakeHttpTransport transport;
    QObject context;
    RestClient rest(config(), transport);
    Capture<RestResponse> result;
    RequestHandle handle = rest.execute(rest.from(QStringLiteral("teams")), &context, result.callback());
    EXPECT_TRUE(handle.isActive());
    handle.cancel();
    ASSERT_TRUE(result.wait());
    EXPECT_EQ(result.result().error().kind, Error::Kind::Cancelled);
    EXPECT_FALSE(handle.isActive());
}
