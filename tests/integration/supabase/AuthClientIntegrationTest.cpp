#include "supabase/AuthClient.h"
#include "support/LocalStack.h"

#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace helpdesk;
using namespace helpdesk::test;

TEST(AuthClientIntegration, SignsUpThenSignsInWithPassword)
{
    TestUser user;
    ASSERT_TRUE(user.signUp(Json{{"full_name", "Ada Lovelace"}})) << user.error.toStdString();
    ASSERT_TRUE(user.auth.isSignedIn());
    EXPECT_FALSE(user.auth.accessToken().isEmpty());
    EXPECT_EQ(user.auth.currentSession()->user.email, user.email.toLower());
    EXPECT_GT(user.auth.currentSession()->expiresAt, user.clock.now());

    Capture<void> out;
    user.auth.signOut(SignOutScope::Local, &user.context, out.callback());
    ASSERT_TRUE(out.wait());
    EXPECT_TRUE(out.ok()) << out.describe();
    EXPECT_FALSE(user.auth.isSignedIn());

    Capture<Session> in;
    user.auth.signInWithPassword(user.email, testPassword(), &user.context, in.callback());
    ASSERT_TRUE(in.wait());
    ASSERT_TRUE(in.ok()) << in.describe();
    EXPECT_EQ(in.result()->user.id, user.id);
    EXPECT_EQ(in.result()->user.userMetadata.value("full_name", std::string()), "Ada Lovelace");
}

TEST(AuthClientIntegration, WrongPasswordIsInvalidCredentials)
{
    TestUser user;
    ASSERT_TRUE(user.signUp()) << user.error.toStdString();
    Capture<Session> in;
    user.auth.signInWithPassword(user.email, QStringLiteral("wrong-password"), &user.context, in.callback());
    ASSERT_TRUE(in.wait());
    ASSERT_FALSE(in.ok());
    EXPECT_EQ(in.result().error().kind, Error::Kind::Api);
    EXPECT_EQ(in.result().error().httpStatus, 400);
    EXPECT_EQ(in.result().error().code, "invalid_credentials");
}

TEST(AuthClientIntegration, SigningUpTwiceIsRefused)
{
    TestUser user;
    ASSERT_TRUE(user.signUp()) << user.error.toStdString();
    TestUser again;
    Capture<SignUpResult> second;
    again.auth.signUp(user.email, testPassword(), Json::object(), &again.context, second.callback());
    ASSERT_TRUE(second.wait());
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.result().error().code, "user_already_exists");
    EXPECT_EQ(second.result().error().httpStatus, 422);
}

TEST(AuthClientIntegration, WeakPasswordsAreRefused)
{
    TestUser user;
    Capture<SignUpResult> result;
    user.auth.signUp(randomEmail(), QStringLiteral("123"), Json::object(), &user.context, result.callback());
    ASSERT_TRUE(result.wait());
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.result().error().code, "weak_password");
}

TEST(AuthClientIntegration, RefreshRotatesTheRefreshToken)
{
    TestUser user;
    ASSERT_TRUE(user.signUp()) << user.error.toStdString();
    const Session before = *user.auth.currentSession();
    QSignalSpy changed(&user.auth, &AuthClient::sessionChanged);
    Capture<Session> refreshed;
    user.auth.refreshSession(&user.context, refreshed.callback());
    ASSERT_TRUE(refreshed.wait());
    ASSERT_TRUE(refreshed.ok()) << refreshed.describe();
    EXPECT_NE(refreshed.result()->refreshToken, before.refreshToken);
    EXPECT_EQ(refreshed.result()->user.id, user.id);
    EXPECT_EQ(user.auth.currentSession()->refreshToken, refreshed.result()->refreshToken);
    EXPECT_EQ(changed.count(), 1);
    ASSERT_TRUE(user.auth.scheduledRefreshAt().has_value());
}

TEST(AuthClientIntegration, FetchesTheSignedInUser)
{
    TestUser user;
    ASSERT_TRUE(user.signUp()) << user.error.toStdString();
    Capture<AuthUser> fetched;
    user.auth.fetchUser(&user.context, fetched.callback());
    ASSERT_TRUE(fetched.wait());
    ASSERT_TRUE(fetched.ok()) << fetched.describe();
    EXPECT_EQ(fetched.result()->id, user.id);
    EXPECT_EQ(fetched.result()->role, "authenticated");
}

TEST(AuthClientIntegration, RestoresASessionFromTheSecretStore)
{
    TestUser user;
    ASSERT_TRUE(user.signUp()) << user.error.toStdString();
    ASSERT_TRUE(waitUntil([&] { return user.secrets.contains(user.auth.storageKey()); }));

    AuthClient restoredAuth(user.config, user.transport, user.secrets, user.clock);
    Capture<std::optional<Session>> restored;
    restoredAuth.restoreSession(&user.context, restored.callback());
    ASSERT_TRUE(restored.wait());
    ASSERT_TRUE(restored.ok());
    ASSERT_TRUE(restored.result().value().has_value());
    Capture<AuthUser> fetched;
    restoredAuth.fetchUser(&user.context, fetched.callback());
    ASSERT_TRUE(fetched.wait());
    ASSERT_TRUE(fetched.ok()) << fetched.describe();
    EXPECT_EQ(fetched.result()->id, user.id);
}

TEST(AuthClientIntegration, AGlobalSignOutRevokesTheRefreshToken)
{
    TestUser user;
    ASSERT_TRUE(user.signUp()) << user.error.toStdString();
    ASSERT_TRUE(waitUntil([&] { return user.secrets.contains(user.auth.storageKey()); }));
    // A second client holding the same session (restored from the same store).
    InMemorySecretStore copy;
    Capture<void> copied;
    copy.write(user.auth.storageKey(), user.secrets.value(user.auth.storageKey()), &user.context, copied.callback());
    ASSERT_TRUE(copied.wait());
    AuthClient other(user.config, user.transport, copy, user.clock);
    Capture<std::optional<Session>> restored;
    other.restoreSession(&user.context, restored.callback());
    ASSERT_TRUE(restored.wait());
    ASSERT_TRUE(other.isSignedIn());

    Capture<void> out;
    user.auth.signOut(SignOutScope::Global, &user.context, out.callback());
    ASSERT_TRUE(out.wait());
    ASSERT_TRUE(out.ok()) << out.describe();

    QSignalSpy ended(&other, &AuthClient::sessionEnded);
    Capture<Session> refresh;
    other.refreshSession(&user.context, refresh.callback());
    ASSERT_TRUE(refresh.wait());
    ASSERT_FALSE(refresh.ok());
    EXPECT_EQ(refresh.result().error().httpStatus, 400) << refresh.describe();
    EXPECT_FALSE(other.isSignedIn());
    EXPECT_EQ(ended.count(), 1);
}
