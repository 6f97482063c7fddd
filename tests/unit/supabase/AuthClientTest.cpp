#include "supabase/AuthClient.h"

#include "core/ManualClock.h"
#include "supabase/InMemorySecretStore.h"
#include "support/FakeHttpTransport.h"
#include "support/Wait.h"

#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace helpdesk;
using helpdesk::test::Capture;
using helpdesk::test::FakeHttpTransport;

namespace {

const QString kUserId = QStringLiteral("5d6e7f80-1a2b-4c3d-8e9f-0a1b2c3d4e5f");

QByteArray sessionBody(const QString& access, const QString& refresh, std::int64_t expiresAt, bool withExpiresAt = true)
{
    Json j = {{"access_token", access.toStdString()},
              {"token_type", "bearer"},
              {"expires_in", 3600},
              {"refresh_token", refresh.toStdString()},
              {"user",
               {{"id", kUserId.toStdString()},
                {"aud", "authenticated"},
                {"role", "authenticated"},
                {"email", "ada@example.com"},
                {"app_metadata", {{"provider", "email"}}},
                {"user_metadata", {{"full_name", "Ada"}}},
                {"created_at", "2026-11-21T10:00:00Z"}}}};
    if (withExpiresAt)
        j["expires_at"] = expiresAt;
    return QByteArray::fromStdString(j.dump());
}

class AuthClientTest : public ::testing::Test
{
protected:
    AuthClientTest()
    {
        config.url = QUrl(QStringLiteral("http://127.0.0.1:54321"));
        config.anonKey = QStringLiteral("ANON");
    }

    // Signs in through the fake transport and returns the session's expires_at (seconds).
    std::int64_t signIn(AuthClient& auth)
    {
        Capture<Session> signedIn;
        auth.signInWithPassword(QStringLiteral("ada@example.com"), QStringLiteral("secret1"), &context,
                                signedIn.callback());
        const std::int64_t expiresAt = clock.now().secs() + 3600;
        transport.respondNext(200, sessionBody(QStringLiteral("A1"), QStringLiteral("R1"), expiresAt));
        EXPECT_TRUE(signedIn.wait()) << "sign-in callback";
        EXPECT_TRUE(signedIn.ok()) << signedIn.describe();
        return expiresAt;
    }

    SupabaseConfig config;
    FakeHttpTransport transport;
    InMemorySecretStore secrets;
    ManualClock clock{Timestamp::fromSecs(1'800'000'000)};
    QObject context;
};

} // namespace

TEST_F(AuthClientTest, SignInSendsGoTrueHeadersAndKeepsTheSession)
{
    AuthClient auth(config, transport, secrets, clock);
    QSignalSpy changed(&auth, &AuthClient::sessionChanged);
    const std::int64_t expiresAt = signIn(auth);

    ASSERT_EQ(transport.count(), 1u);
    EXPECT_EQ(transport.request(0).toText().toStdString(),
              "POST http://127.0.0.1:54321/auth/v1/token?grant_type=password\n"
              "apikey: ANON\nAuthorization: Bearer ANON\nX-Client-Info: helpdesk-qt/0.1.0\n"
              "X-Supabase-Api-Version: 2024-01-01\nContent-Type: application/json;charset=UTF-8\n\n"
              R"({"email":"ada@example.com","gotrue_meta_security":{},"password":"secret1"})"
              "\n");
    ASSERT_TRUE(auth.currentSession().has_value());
    EXPECT_EQ(auth.accessToken(), "A1");
    EXPECT_EQ(auth.currentSession()->user.id.toString(QUuid::WithoutBraces), kUserId);
    EXPECT_EQ(auth.currentSession()->user.userMetadata["full_name"].get<std::string>(), "Ada");
    EXPECT_EQ(changed.count(), 1);
    // Stored for the next run.
    ASSERT_TRUE(test::waitUntil([&] { return secrets.contains(auth.storageKey()); }));
    EXPECT_EQ(auth.storageKey(), "sb-127.0.0.1:54321-auth-token");
    EXPECT_NE(secrets.value(auth.storageKey()).indexOf("\"refresh_token\":\"R1\""), -1);
    // Refresh due 60-90 s before expiry.
    ASSERT_TRUE(auth.scheduledRefreshAt().has_value());
    EXPECT_GE(*auth.scheduledRefreshAt(), Timestamp::fromSecs(expiresAt - 90));
    EXPECT_LE(*auth.scheduledRefreshAt(), Timestamp::fromSecs(expiresAt - 60));
}

TEST_F(AuthClientTest, FillsExpiresAtFromExpiresInWhenMissing)
{
    AuthClient auth(config, transport, secrets, clock);
    Capture<Session> signedIn;
    auth.signInWithPassword(QStringLiteral("a@b.c"), QStringLiteral("pw1234"), &context, signedIn.callback());
    transport.respondNext(200, sessionBody(QStringLiteral("A1"), QStringLiteral("R1"), 0, false));
    ASSERT_TRUE(signedIn.wait());
    ASSERT_TRUE(signedIn.ok()) << signedIn.describe();
    EXPECT_EQ(signedIn.result()->expiresAt, clock.now().addSecs(3600));
}

TEST_F(AuthClientTest, WrongPasswordIsAnApiErrorWithGoTruesCode)
{
    AuthClient auth(config, transport, secrets, clock);
    Capture<Session> signedIn;
    auth.signInWithPassword(QStringLiteral("a@b.c"), QStringLiteral("nope"), &context, signedIn.callback());
    transport.respondNext(400, R"({"code":"invalid_credentials","message":"Invalid login credentials"})",
                          {{"X-Supabase-Api-Version", "2024-01-01"}});
    ASSERT_TRUE(signedIn.wait());
    ASSERT_FALSE(signedIn.ok());
    EXPECT_EQ(signedIn.result().error().code, "invalid_credentials");
    EXPECT_EQ(signedIn.result().error().userMessage(), "The email address or password is incorrect.");
    EXPECT_FALSE(auth.isSignedIn());
}

TEST_F(AuthClientTest, ConcurrentRefreshesShareOneRequest)
{
    AuthClient auth(config, transport, secrets, clock);
    signIn(auth);
    Capture<Session> first;
    Capture<Session> second;
    Capture<QString> afterUnauthorized;
    auth.refreshSession(&context, first.callback());
    auth.refreshSession(&context, second.callback());
    auth.refreshAfterUnauthorized(QStringLiteral("A1"), &context, afterUnauthorized.callback());
    ASSERT_EQ(transport.count(), 2u) << "one sign-in and one refresh";
    EXPECT_EQ(transport.last().url.toString().toStdString(),
              "http://127.0.0.1:54321/auth/v1/token?grant_type=refresh_token");
    EXPECT_EQ(transport.last().body.toStdString(), R"({"refresh_token":"R1"})");
    transport.respondNext(200, sessionBody(QStringLiteral("A2"), QStringLiteral("R2"), clock.now().secs() + 3600));
    ASSERT_TRUE(first.wait() && second.wait() && afterUnauthorized.wait());
    EXPECT_EQ(first.result()->accessToken, "A2");
    EXPECT_EQ(second.result()->accessToken, "A2");
    EXPECT_EQ(afterUnauthorized.result().value(), "A2");
    EXPECT_EQ(auth.accessToken(), "A2");
    EXPECT_EQ(transport.count(), 2u);
}

TEST_F(AuthClientTest, AfterUnauthorizedWithAnOldTokenUsesTheCurrentOneWithoutARequest)
{
    AuthClient auth(config, transport, secrets, clock);
    signIn(auth);
    Capture<QString> token;
    auth.refreshAfterUnauthorized(QStringLiteral("SOME-OLDER-TOKEN"), &context, token.callback());
    ASSERT_TRUE(token.wait());
    EXPECT_EQ(token.result().value(), "A1");
    EXPECT_EQ(transport.count(), 1u);
}

TEST_F(AuthClientTest, ARefusedRefreshTokenEndsTheSession)
{
    AuthClient auth(config, transport, secrets, clock);
    signIn(auth);
    ASSERT_TRUE(test::waitUntil([&] { return secrets.contains(auth.storageKey()); }));
    QSignalSpy ended(&auth, &AuthClient::sessionEnded);
    Capture<Session> refresh;
    auth.refreshSession(&context, refresh.callback());
    transport.respondNext(
        400, R"({"code":"refresh_token_not_found","message":"Invalid Refresh Token: Refresh Token Not Found"})");
    ASSERT_TRUE(refresh.wait());
    EXPECT_FALSE(refresh.ok());
    EXPECT_FALSE(auth.isSignedIn());
    EXPECT_EQ(auth.accessToken(), "");
    ASSERT_EQ(ended.count(), 1);
    EXPECT_EQ(ended.at(0).at(0).value<Error>().code, "refresh_token_not_found");
    EXPECT_TRUE(test::waitUntil([&] { return !secrets.contains(auth.storageKey()); }));
    EXPECT_FALSE(auth.scheduledRefreshAt().has_value());
}

TEST_F(AuthClientTest, BeingOfflineKeepsYouSignedInAndRetriesLater)
{
    AuthClient auth(config, transport, secrets, clock);
    signIn(auth);
    for (const Error& failure : {Error::network(QStringLiteral("Connection refused")), Error::timeout(),
                                 Error::http(503), Error::api(429, QStringLiteral("over_request_rate_limit"), {})}) {
        Capture<Session> refresh;
        auth.refreshSession(&context, refresh.callback());
        if (failure.kind == Error::Kind::Network || failure.kind == Error::Kind::Timeout)
            transport.failNext(failure);
        else
            transport.respondNext(failure.httpStatus,
                                  failure.httpStatus == 503
                                      ? QByteArray("Service Unavailable")
                                      : R"({"code":"over_request_rate_limit","message":"slow down"})");
        ASSERT_TRUE(refresh.wait());
        EXPECT_FALSE(refresh.ok());
        EXPECT_TRUE(auth.isSignedIn()) << failure.toString().toStdString();
        EXPECT_EQ(auth.accessToken(), "A1");
        ASSERT_TRUE(auth.scheduledRefreshAt().has_value());
        EXPECT_GT(*auth.scheduledRefreshAt(), clock.now());
        EXPECT_LE(*auth.scheduledRefreshAt(), clock.now().addSecs(60));
    }
}

TEST_F(AuthClientTest, RestoresAStoredSessionAndRefreshesItWhenNearExpiry)
{
    {
        AuthClient first(config, transport, secrets, clock);
        signIn(first);
        ASSERT_TRUE(test::waitUntil([&] { return secrets.contains(first.storageKey()); }));
    }
    clock.advanceSecs(3600 - 30); // 30 s before expiry: inside the refresh window
    const size_t before = transport.count();
    AuthClient auth(config, transport, secrets, clock);
    QSignalSpy changed(&auth, &AuthClient::sessionChanged);
    Capture<std::optional<Session>> restored;
    auth.restoreSession(&context, restored.callback());
    ASSERT_TRUE(restored.wait());
    ASSERT_TRUE(restored.ok());
    ASSERT_TRUE(restored.result().value().has_value());
    EXPECT_EQ(restored.result().value()->accessToken, "A1");
    EXPECT_TRUE(auth.isSignedIn());
    ASSERT_EQ(transport.count(), before + 1) << "a refresh was started at once";
    EXPECT_EQ(transport.last().body.toStdString(), R"({"refresh_token":"R1"})");
    transport.respondNext(200, sessionBody(QStringLiteral("A2"), QStringLiteral("R2"), clock.now().secs() + 3600));
    ASSERT_TRUE(test::waitUntil([&] { return auth.accessToken() == QLatin1String("A2"); }));
    EXPECT_GE(changed.count(), 2);
}

TEST_F(AuthClientTest, RestoringWithNothingStoredGivesNoSession)
{
    AuthClient auth(config, transport, secrets, clock);
    Capture<std::optional<Session>> restored;
    auth.restoreSession(&context, restored.callback());
    ASSERT_TRUE(restored.wait());
    ASSERT_TRUE(restored.ok());
    EXPECT_FALSE(restored.result().value().has_value());
    EXPECT_EQ(transport.count(), 0u);
}

TEST_F(AuthClientTest, RestoringAFreshSessionOnlySchedulesTheRefresh)
{
    {
        AuthClient first(config, transport, secrets, clock);
        signIn(first);
        ASSERT_TRUE(test::waitUntil([&] { return secrets.contains(first.storageKey()); }));
    }
    AuthClient auth(config, transport, secrets, clock);
    Capture<std::optional<Session>> restored;
    auth.restoreSession(&context, restored.callback());
    ASSERT_TRUE(restored.wait());
    EXPECT_TRUE(auth.isSignedIn());
    EXPECT_EQ(transport.count(), 1u);
    ASSERT_TRUE(auth.scheduledRefreshAt().has_value());
}

TEST_F(AuthClientTest, LocalSignOutEndsTheSessionAtOnceAndTellsTheServer)
{
    AuthClient auth(config, transport, secrets, clock);
    signIn(auth);
    Capture<void> out;
    auth.signOut(SignOutScope::Local, &context, out.callback());
    EXPECT_FALSE(auth.isSignedIn());
    EXPECT_EQ(transport.last().toText().toStdString(),
              "POST http://127.0.0.1:54321/auth/v1/logout?scope=local\n"
              "apikey: ANON\nAuthorization: Bearer A1\nX-Client-Info: helpdesk-qt/0.1.0\n"
              "X-Supabase-Api-Version: 2024-01-01\n");
    transport.respondNext(204, {});
    ASSERT_TRUE(out.wait());
    EXPECT_TRUE(out.ok()) << out.describe();
}

TEST_F(AuthClientTest, SignOutOfflineStillSignsOutLocally)
{
    AuthClient auth(config, transport, secrets, clock);
    signIn(auth);
    Capture<void> out;
    auth.signOut(SignOutScope::Global, &context, out.callback());
    transport.failNext(Error::network(QStringLiteral("unreachable")));
    ASSERT_TRUE(out.wait());
    EXPECT_FALSE(out.ok());
    EXPECT_FALSE(auth.isSignedIn());
}

TEST_F(AuthClientTest, SignUpWithAutoconfirmSignsIn)
{
    AuthClient auth(config, transport, secrets, clock);
    Capture<SignUpResult> result;
    auth.signUp(QStringLiteral("new@example.com"), QStringLiteral("secret1"), Json{{"full_name", "New Person"}},
                &context, result.callback());
    EXPECT_EQ(transport.last().url.toString().toStdString(), "http://127.0.0.1:54321/auth/v1/signup");
    EXPECT_EQ(
        transport.last().body.toStdString(),
        R"({"data":{"full_name":"New Person"},"email":"new@example.com","gotrue_meta_security":{},"password":"secret1"})");
    transport.respondNext(200, sessionBody(QStringLiteral("A1"), QStringLiteral("R1"), clock.now().secs() + 3600));
    ASSERT_TRUE(result.wait());
    ASSERT_TRUE(result.ok()) << result.describe();
    EXPECT_TRUE(result.result()->session.has_value());
    EXPECT_TRUE(auth.isSignedIn());
}

TEST_F(AuthClientTest, SignUpWithoutAutoconfirmReturnsTheUserOnly)
{
    AuthClient auth(config, transport, secrets, clock);
    Capture<SignUpResult> result;
    auth.signUp(QStringLiteral("new@example.com"), QStringLiteral("secret1"), Json(), &context, result.callback());
    transport.respondNext(200,
                          QByteArray::fromStdString(
                              Json{{"id", kUserId.toStdString()}, {"email", "new@example.com"}, {"role", ""}}.dump()));
    ASSERT_TRUE(result.wait());
    ASSERT_TRUE(result.ok()) << result.describe();
    EXPECT_FALSE(result.result()->session.has_value());
    EXPECT_EQ(result.result()->user.email, "new@example.com");
    EXPECT_FALSE(auth.isSignedIn());
}

TEST_F(AuthClientTest, CallbacksAreDroppedWhenTheContextIsGone)
{
    AuthClient auth(config, transport, secrets, clock);
    int calls = 0;
    {
        QObject shortLived;
        auth.signInWithPassword(QStringLiteral("a@b.c"), QStringLiteral("pw1234"), &shortLived,
                                [&calls](Result<Session>) { ++calls; });
    }
    transport.respondNext(200, sessionBody(QStringLiteral("A1"), QStringLiteral("R1"), clock.now().secs() + 3600));
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    EXPECT_EQ(calls, 0);
}

TEST_F(AuthClientTest, CancellingAWaiterLeavesTheSharedRefreshRunning)
{
    AuthClient auth(config, transport, secrets, clock);
    signIn(auth);
    Capture<Session> cancelled;
    Capture<Session> kept;
    RequestHandle handle = auth.refreshSession(&context, cancelled.callback());
    auth.refreshSession(&context, kept.callback());
    handle.cancel();
    ASSERT_TRUE(cancelled.wait());
    EXPECT_EQ(cancelled.result().error().kind, Error::Kind::Cancelled);
    transport.respondNext(200, sessionBody(QStringLiteral("A2"), QStringLiteral("R2"), clock.now().secs() + 3600));
    ASSERT_TRUE(kept.wait());
    EXPECT_EQ(kept.result()->accessToken, "A2");
    EXPECT_EQ(cancelled.calls(), 1);
}

TEST_F(AuthClientTest, RefreshesOnItsOwnBeforeTheAccessTokenExpires)
{
    AuthClient auth(config, transport, secrets, clock);
    Capture<Session> signedIn;
    auth.signInWithPassword(QStringLiteral("ada@example.com"), QStringLiteral("secret1"), &context,
                            signedIn.callback());
    // A token that expires in 45 s: inside the 60-90 s margin, so the refresh is due at once.
    transport.respondNext(200, sessionBody(QStringLiteral("A1"), QStringLiteral("R1"), clock.now().secs() + 45));
    ASSERT_TRUE(signedIn.wait());
    ASSERT_TRUE(signedIn.ok()) << signedIn.describe();
    ASSERT_TRUE(auth.scheduledRefreshAt().has_value());
    EXPECT_LE(auth.scheduledRefreshAt()->secs(), clock.now().secs() + 45 - 60);
    const size_t before = transport.count();
    // Nobody asks for a token: the scheduled refresh sends the refresh token by itself.
    ASSERT_TRUE(test::waitUntil([&] { return transport.count() == before + 1; }, 5'000));
    EXPECT_TRUE(transport.last().url.toString().endsWith(QStringLiteral("/auth/v1/token?grant_type=refresh_token")))
        << transport.last().url.toString().toStdString();
    EXPECT_EQ(transport.last().body.toStdString(), R"({"refresh_token":"R1"})");
    transport.respondNext(200, sessionBody(QStringLiteral("A2"), QStringLiteral("R2"), clock.now().secs() + 3600));
    ASSERT_TRUE(test::waitUntil([&] { return auth.accessToken() == QLatin1String("A2"); }));
    // The next one is scheduled 60-90 s before the new expiry, not now.
    ASSERT_TRUE(auth.scheduledRefreshAt().has_value());
    EXPECT_GE(auth.scheduledRefreshAt()->secs(), clock.now().secs() + 3600 - 90);
    EXPECT_LE(auth.scheduledRefreshAt()->secs(), clock.now().secs() + 3600 - 60);
}
